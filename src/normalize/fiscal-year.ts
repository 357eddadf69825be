import {
  ERA_OR_ABBREVIATION_PATTERN,
  ERA_PATTERN,
  ERA_YEAR_PATTERN,
  MONTH_DAY_PATTERN,
  eraYearNumber,
  findEra,
  isEraAbbreviation,
  isEraYear,
  isEraBoundary,
  prepareEraText,
  toGregorianYear,
  type Era,
} from './era.js';
import { GREGORIAN_YEAR_PATTERN, gregorianYear } from './gregorian.js';

export interface FiscalYearOptions {
  /** Era assumed for a bare `２９年度` (no era written), e.g. from the document's other dates. */
  defaultEra?: string;
  /**
   * `proleptic` (the default): an era year past the era's end is kept as written
   * (平成32年度 → 2020, as plans made before 2019 name FY2020). `strict`: a year
   * the era never reached names no year (平成32年 → null), as
   * slangsoft/jeraconv's limit_check.
   */
  eraSpan?: 'strict' | 'proleptic';
}

/**
 * An era year, then optionally 年度, or a month (`年4月`, `.3`) that places it in
 * a fiscal year: January to March belong to the fiscal year before.
 */
const ERA_FISCAL = new RegExp(
  `${ERA_OR_ABBREVIATION_PATTERN}${ERA_YEAR_PATTERN}(?:(年度)|年${MONTH_DAY_PATTERN}月|[.．/／]([0-9]{1,2})(?![0-9]))?`,
  'g',
);
/** What may follow a one-kanji era year (昭45, 平30年度, 明19): not a counter or a word (大3人 is no year). */
const AFTER_ABBREVIATION = /^(?:年|[.．/／]|$|[\s、。，,・）)\]」』～~\-―])/;
/** A Gregorian year (2019, 二〇一九, 二千十九) with 年度 or 年 (and a month), or FY2019. */
const GREGORIAN_FISCAL = new RegExp(
  `${GREGORIAN_YEAR_PATTERN}(?:年度|年(?:${MONTH_DAY_PATTERN}月)?)|(?<![A-Za-z])FY([0-9]{4})(?![0-9])`,
  'gi',
);
const BARE_FISCAL = /(?<![0-9])([0-9]{1,2}|元|[〇一二三四五六七八九十]{1,4})年度/g;
const ERA_ANYWHERE = new RegExp(`${ERA_PATTERN}\\s*${ERA_YEAR_PATTERN}(?![0-9])`, 'g');
const WHITESPACE = /\s+/g;

interface Found {
  index: number;
  year: number;
}

/** Fiscal year (April start) of a month in a Gregorian year; the year itself when not asked for fiscal years. */
function shiftForMonth(year: number, month: number | null, fiscal: boolean): number {
  return fiscal && month !== null && month >= 1 && month <= 3 ? year - 1 : year;
}

/** Whether era year n began before the era ended (平成31 did, 平成32 did not). */
function reachedByEra(era: Era, n: number): boolean {
  return era.end === null || toGregorianYear(era, n) <= Number(era.end.slice(0, 4));
}

function firstEraYear(s: string, fiscal: boolean, options: FiscalYearOptions): Found | null {
  for (const m of s.matchAll(ERA_FISCAL)) {
    const era = findEra(m[1]!);
    const n = eraYearNumber(m[2]!);
    if (!era || !isEraYear(n) || !isEraBoundary(s, m.index, m[1]!)) continue;
    if (options.eraSpan === 'strict' && !reachedByEra(era, n)) continue;
    if (isEraAbbreviation(m[1]!) && !AFTER_ABBREVIATION.test(s.slice(m.index + m[1]!.length + m[2]!.length))) continue;
    const monthToken = m[4] ?? m[5];
    const month = monthToken === undefined ? null : eraYearNumber(monthToken);
    if (month !== null && (month < 1 || month > 12)) continue;
    return { index: m.index, year: shiftForMonth(toGregorianYear(era, n), month, fiscal) };
  }
  return null;
}

function firstGregorianYear(s: string, fiscal: boolean): Found | null {
  for (const m of s.matchAll(GREGORIAN_FISCAL)) {
    if (m[3] !== undefined) return { index: m.index, year: Number(m[3]) };
    const year = gregorianYear(m[1]!);
    if (year === null) continue;
    const month = m[2] === undefined ? null : eraYearNumber(m[2]);
    if (month !== null && (month < 1 || month > 12)) continue;
    return { index: m.index, year: shiftForMonth(year, month, fiscal) };
  }
  return null;
}

function firstBareFiscal(s: string, era: Era): Found | null {
  for (const m of s.matchAll(BARE_FISCAL)) {
    const n = eraYearNumber(m[1]!);
    if (n !== null && n >= 1) return { index: m.index, year: toGregorianYear(era, n) };
  }
  return null;
}

function firstYear(input: string, fiscal: boolean, options: FiscalYearOptions): number | null {
  const s = prepareEraText(input).replace(WHITESPACE, '');
  const candidates = [firstEraYear(s, fiscal, options), firstGregorianYear(s, fiscal)];
  const defaultEra = options.defaultEra ? findEra(options.defaultEra) : undefined;
  if (defaultEra) candidates.push(firstBareFiscal(s, defaultEra));
  let best: Found | null = null;
  for (const c of candidates) if (c && (best === null || c.index < best.index)) best = c;
  return best?.year ?? null;
}

/**
 * The first fiscal year a text names, as the Gregorian year in which that
 * April–March year starts: 平成28年度 → 2016, Ｈ３０ → 2018, 令和元年度 → 2019,
 * R2 → 2020, 令和２年度末 → 2020, 平成二○年度 → 2008, 昭45 → 1970,
 * ～２８年度 (with defaultEra 平成) → 2016, 2019年度 / 2019年 / 二〇一九年 /
 * FY2019 → 2019. A year with a month counts January to March in the fiscal year
 * before (H30.3.31 → 2017, 2024年3月 → 2023). Years past an era's end are kept
 * as written (平成32年度 → 2020, as plans made before 2019 say).
 * Returns null when no fiscal year is named.
 */
export function parseFiscalYear(input: string, options: FiscalYearOptions = {}): number | null {
  return firstYear(input, true, options);
}

/**
 * The first calendar year a text names, as a Gregorian year: 昭和41年 → 1966,
 * Ｓ４１年 → 1966, 千九百六十六年 → 1966, 明19 → 1886, H30.3.31 → 2018 (no
 * fiscal shift). Returns null when no year is named.
 */
export function parseYear(input: string, options: FiscalYearOptions = {}): number | null {
  return firstYear(input, false, options);
}

/** The era named in a text (平成, H, ㍻ …), for use as a default era elsewhere. */
export function findEraIn(input: string): Era | undefined {
  const s = prepareEraText(input);
  for (const m of s.matchAll(ERA_ANYWHERE)) {
    if (isEraBoundary(s, m.index, m[1]!)) return findEra(m[1]!);
  }
  return undefined;
}
