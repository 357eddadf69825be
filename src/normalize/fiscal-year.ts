import { ERA_PATTERN, ERA_YEAR_PATTERN, eraYearNumber, findEra, prepareEraText, toGregorianYear, type Era } from './era.js';

export interface FiscalYearOptions {
  /** Era assumed for a bare `２９年度` (no era written), e.g. from the document's other dates. */
  defaultEra?: string;
}

const ERA_FISCAL = new RegExp(`${ERA_PATTERN}\\s*${ERA_YEAR_PATTERN}(?![0-9])\\s*(?:年度|年)?`);
const GREGORIAN_FISCAL = /((?:18|19|20|21)[0-9]{2})\s*年度/;
const BARE_FISCAL = /(?:^|[^0-9])([0-9]{1,2}|元|[〇一二三四五六七八九十]{1,4})\s*年\s*度/;

/**
 * The fiscal year a text names, as the Gregorian year in which that April–March
 * year starts: 平成28年度 → 2016, Ｈ３０ → 2018, 令和元年度 → 2019, R2 → 2020,
 * 令和２年度末 → 2020, ～２８年度 (with defaultEra 平成) → 2016, 2019年度 → 2019.
 * Returns null when no fiscal year is named.
 */
export function parseFiscalYear(input: string, options: FiscalYearOptions = {}): number | null {
  const s = prepareEraText(input).replace(/\s+/g, '');
  const era = ERA_FISCAL.exec(s);
  if (era) {
    const e = findEra(era[1]!);
    const n = eraYearNumber(era[2]!);
    // a lone letter followed by digits (H30) counts; a lone letter inside a word does not
    if (e && n !== null && n >= 1 && (era[1]!.length > 1 || isLetterEraBoundary(s, era.index))) {
      return toGregorianYear(e, n);
    }
  }
  const greg = GREGORIAN_FISCAL.exec(s);
  if (greg) return Number(greg[1]);
  if (options.defaultEra) {
    const e = findEra(options.defaultEra);
    const bare = BARE_FISCAL.exec(s);
    if (e && bare) {
      const n = eraYearNumber(bare[1]!);
      if (n !== null && n >= 1) return toGregorianYear(e, n);
    }
  }
  return null;
}

/** An era letter must not be the tail of a Latin word (`PH30` is not Heisei 30). */
function isLetterEraBoundary(s: string, index: number): boolean {
  return index === 0 || !/[A-Za-z]/.test(s[index - 1]!);
}

/** The era named in a text (平成, H, ㍻ …), for use as a default era elsewhere. */
export function findEraIn(input: string): Era | undefined {
  const s = prepareEraText(input);
  const m = new RegExp(`${ERA_PATTERN}\\s*${ERA_YEAR_PATTERN}`).exec(s);
  return m ? findEra(m[1]!) : undefined;
}
