import {
  ERA_PATTERN,
  ERA_YEAR_PATTERN,
  MONTH_DAY_PATTERN,
  eraYearNumber,
  findEra,
  isEraBoundary,
  prepareEraText,
  toGregorianYear,
  type Era,
} from './era.js';

export interface FiscalYearOptions {
  /** Era assumed for a bare `２９年度` (no era written), e.g. from the document's other dates. */
  defaultEra?: string;
}

/**
 * An era year, then optionally 年度, or a month (`年4月`, `.3`) that places it in
 * a fiscal year: January to March belong to the fiscal year before.
 */
const ERA_FISCAL = new RegExp(
  `${ERA_PATTERN}${ERA_YEAR_PATTERN}(?![0-9])(?:(年度)|年${MONTH_DAY_PATTERN}月|[.．/／]([0-9]{1,2})(?![0-9]))?`,
  'g',
);
const GREGORIAN_FISCAL = /(?<![0-9])((?:18|19|20|21)[0-9]{2})年度|(?<![A-Za-z])FY([0-9]{4})(?![0-9])/gi;
const BARE_FISCAL = /(?<![0-9])([0-9]{1,2}|元|[〇一二三四五六七八九十]{1,4})年度/g;
const ERA_ANYWHERE = new RegExp(`${ERA_PATTERN}\\s*${ERA_YEAR_PATTERN}(?![0-9])`, 'g');
const WHITESPACE = /\s+/g;

interface Found {
  index: number;
  year: number;
}

/** Fiscal year (April start) of a month in a Gregorian year. */
function fiscalOfMonth(year: number, month: number | null): number {
  return month !== null && month >= 1 && month <= 3 ? year - 1 : year;
}

function firstEraFiscal(s: string): Found | null {
  for (const m of s.matchAll(ERA_FISCAL)) {
    const era = findEra(m[1]!);
    const n = eraYearNumber(m[2]!);
    if (!era || n === null || n < 1 || !isEraBoundary(s, m.index, m[1]!)) continue;
    const monthToken = m[4] ?? m[5];
    const month = monthToken === undefined ? null : eraYearNumber(monthToken);
    if (month !== null && (month < 1 || month > 12)) continue;
    return { index: m.index, year: fiscalOfMonth(toGregorianYear(era, n), month) };
  }
  return null;
}

function firstGregorianFiscal(s: string): Found | null {
  for (const m of s.matchAll(GREGORIAN_FISCAL)) return { index: m.index, year: Number(m[1] ?? m[2]) };
  return null;
}

function firstBareFiscal(s: string, era: Era): Found | null {
  for (const m of s.matchAll(BARE_FISCAL)) {
    const n = eraYearNumber(m[1]!);
    if (n !== null && n >= 1) return { index: m.index, year: toGregorianYear(era, n) };
  }
  return null;
}

/**
 * The first fiscal year a text names, as the Gregorian year in which that
 * April–March year starts: 平成28年度 → 2016, Ｈ３０ → 2018, 令和元年度 → 2019,
 * R2 → 2020, 令和２年度末 → 2020, ～２８年度 (with defaultEra 平成) → 2016,
 * 2019年度 → 2019, FY2019 → 2019. An era year with a month counts January to
 * March in the fiscal year before (H30.3.31 → 2017). Years past an era's end
 * are kept as written (平成32年度 → 2020, as plans made before 2019 say).
 * Returns null when no fiscal year is named.
 */
export function parseFiscalYear(input: string, options: FiscalYearOptions = {}): number | null {
  const s = prepareEraText(input).replace(WHITESPACE, '');
  const candidates = [firstEraFiscal(s), firstGregorianFiscal(s)];
  const defaultEra = options.defaultEra ? findEra(options.defaultEra) : undefined;
  if (defaultEra) candidates.push(firstBareFiscal(s, defaultEra));
  let best: Found | null = null;
  for (const c of candidates) if (c && (best === null || c.index < best.index)) best = c;
  return best?.year ?? null;
}

/** The era named in a text (平成, H, ㍻ …), for use as a default era elsewhere. */
export function findEraIn(input: string): Era | undefined {
  const s = prepareEraText(input);
  for (const m of s.matchAll(ERA_ANYWHERE)) {
    if (isEraBoundary(s, m.index, m[1]!)) return findEra(m[1]!);
  }
  return undefined;
}
