import {
  ERA_OR_ABBREVIATION_PATTERN,
  ERA_YEAR_PATTERN,
  MONTH_DAY_PATTERN,
  eraYearNumber,
  findEra,
  isEraYear,
  isEraBoundary,
  prepareEraText,
  toGregorianYear,
  type Era,
} from './era.js';
import { GREGORIAN_YEAR_PATTERN, gregorianYear } from './gregorian.js';
import { meijiLunisolarToIso } from './lunisolar.js';

export interface DateOptions {
  /**
   * `strict` (the default): a date outside its era's span did not exist as
   * written and is refused (令和元年1月1日, 平成31年5月1日), and 明治 dates before
   * 明治6年 are read in the lunisolar calendar they were written in.
   * `proleptic`: era year n is the era's first Gregorian year + n − 1 and the
   * month and day are Gregorian, whatever the span (令和元年1月1日 → 2019-01-01,
   * 明治元年2月3日 → 1868-02-03), as kv5h/wareki-conv reads every date and
   * sugi/wareki reads dates from 1873 on.
   */
  eraSpan?: 'strict' | 'proleptic';
  /** Era assumed for a dotted date written without one (`06.02.03` → 令和6年2月3日), as kv5h/wareki-conv assumes 令和. */
  defaultEra?: string;
}

/** A date read from text: the ISO date, or why the date as written does not exist. `raw` is the date as matched (widths normalized). */
export type DateResult =
  | { ok: true; iso: string; raw: string }
  | { ok: false; raw: string; reason: string };

/** Separators of a dotted date; the second must repeat the first (R5.3.31, H27/3/31, R5・3・31). */
const SEPARATOR = '\\s*([./．／・･-])\\s*';
const ERA_DOTTED = new RegExp(`${ERA_OR_ABBREVIATION_PATTERN}\\s*${ERA_YEAR_PATTERN}${SEPARATOR}([0-9]{1,2})\\s*\\3\\s*([0-9]{1,2})(?![0-9])`, 'g');
/** The day of a 年月日 date: a number, or 朔日 / 晦日 (the first / last day of the month). */
const KANJI_DAY = `(?:${MONTH_DAY_PATTERN}\\s*日|([朔晦])日)`;
/** 閏 before the month names a lunisolar leap month (明治元年閏4月). */
const ERA_KANJI = new RegExp(`${ERA_OR_ABBREVIATION_PATTERN}\\s*${ERA_YEAR_PATTERN}\\s*年\\s*(閏)?\\s*${MONTH_DAY_PATTERN}\\s*月\\s*${KANJI_DAY}`, 'g');
const GREGORIAN_KANJI = new RegExp(`${GREGORIAN_YEAR_PATTERN}\\s*年\\s*${MONTH_DAY_PATTERN}\\s*月\\s*${KANJI_DAY}`, 'g');
/** A year the text says is Gregorian (西暦10年5月3日): any year from 1, not only the span reports mean. */
const WESTERN_KANJI = new RegExp(`西暦\\s*([0-9]{1,4})\\s*年\\s*${MONTH_DAY_PATTERN}\\s*月\\s*${KANJI_DAY}`, 'g');
const GREGORIAN_DOTTED = /(?<![0-9])((?:18|19|20|21)[0-9]{2})\s*([./．／-])\s*([0-9]{1,2})\s*\2\s*([0-9]{1,2})(?![0-9])/g;
/** 元日 is the first day of the year: 平成元年元日, 2019年元日. */
const ERA_NEW_YEAR = new RegExp(`${ERA_OR_ABBREVIATION_PATTERN}\\s*${ERA_YEAR_PATTERN}\\s*年\\s*元日`, 'g');
const GREGORIAN_NEW_YEAR = new RegExp(`${GREGORIAN_YEAR_PATTERN}\\s*年\\s*元日`, 'g');
/** Where a pattern's month and day are: group numbers, or 元日's fixed January 1. */
type MonthDay = { month: number; day: number; leap?: number } | 'new-year';
/** A dotted date without an era (01.02.03), read only with a default era. */
const ERALESS_DOTTED = /(?<![0-9A-Za-z.．])([0-9]{1,2})\s*([./．／-])\s*([0-9]{1,2})\s*\2\s*([0-9]{1,2})(?![0-9])/g;
/** A Gregorian year printed with its digits spread one space apart (1 9 2 8 年), as a distributed cell is. */
const SPREAD_YEAR = /(?<![0-9][ \t]?)([12])[ \t]([0-9])[ \t]([0-9])[ \t]([0-9])(?=\s*年)/g;

interface DateMatch {
  index: number;
  raw: string;
  era: string | null;
  year: string;
  month: string;
  day: string;
  leap: boolean;
}

/** The first match of an era date pattern whose era stands on its own (not `PH27.3.31`). */
function monthAndDay(m: RegExpMatchArray, at: MonthDay): { month: string; day: string; leap: boolean } {
  if (at === 'new-year') return { month: '1', day: '1', leap: false };
  return { month: m[at.month]!, day: (m[at.day] ?? m[at.day + 1])!, leap: at.leap !== undefined && m[at.leap] !== undefined };
}

function firstEraDate(s: string, re: RegExp, at: MonthDay): DateMatch | null {
  for (const m of s.matchAll(re)) {
    if (isEraBoundary(s, m.index, m[1]!)) return { index: m.index, raw: m[0], era: m[1]!, year: m[2]!, ...monthAndDay(m, at) };
  }
  return null;
}

function firstGregorianDate(s: string, re: RegExp, at: MonthDay, readYear: (token: string) => number | null = gregorianYear): DateMatch | null {
  for (const m of s.matchAll(re)) {
    const year = readYear(m[1]!);
    if (year !== null) return { index: m.index, raw: m[0], era: null, year: String(year), ...monthAndDay(m, at) };
  }
  return null;
}

/** A dotted date without an era, placed in the default era. */
function firstEralessDate(s: string, era: Era): DateMatch | null {
  const m = ERALESS_DOTTED.exec(s);
  ERALESS_DOTTED.lastIndex = 0;
  return m ? { index: m.index, raw: m[0], era: era.name, year: String(Number(m[1])), month: m[3]!, day: m[4]!, leap: false } : null;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Days in month m of Gregorian year y (proleptic for early years: Date.UTC would take 0–99 as 1900–1999). */
function daysInMonth(y: number, m: number): number {
  const dt = new Date(0);
  dt.setUTCFullYear(y, m, 0);
  return dt.getUTCDate();
}

function calendarIso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
}

/** A day of the month: a number, 朔 (the first) or 晦 (the last: 2月晦日 is the 28th or 29th). */
function dayNumber(token: string, year: number, month: number): number | null {
  if (token === '朔') return 1;
  if (token === '晦') return month >= 1 && month <= 12 ? daysInMonth(year, month) : null;
  return eraYearNumber(token);
}

/** 明治6年 (1873): the first year of the Gregorian calendar in Japan. Era dates before it name lunisolar months. */
const GREGORIAN_ADOPTED_YEAR = 1873;

/** A 明治 date before 1873, read in the lunisolar calendar (晦日 is its month's last day). */
function lunisolar(raw: string, n: number, month: number, dayToken: string, leap: boolean): DateResult {
  const days = dayToken === '晦' ? [30, 29, 2] : [dayToken === '朔' ? 1 : eraYearNumber(dayToken)];
  for (const day of days) {
    const iso = day === null ? null : meijiLunisolarToIso(n, month, day, leap);
    if (iso) return { ok: true, iso, raw };
  }
  return {
    ok: false,
    raw,
    reason: `${raw} is not a day of the lunisolar calendar Japan kept until 明治5年12月2日 (1872-12-31)`,
  };
}

/** Check one matched date against the calendar and, for an era date, against its era's span. */
function resolve(found: DateMatch, options: DateOptions): DateResult {
  const { raw } = found;
  const era = found.era === null ? null : findEra(found.era);
  const n = eraYearNumber(found.year);
  if (found.era !== null && (!era || !isEraYear(n))) return { ok: false, raw, reason: `${raw} has no era year ${found.year}` };
  const year = era ? toGregorianYear(era, n!) : Number(found.year);
  const month = eraYearNumber(found.month);
  if (month === null) return { ok: false, raw, reason: `${raw} is not a date` };
  const strict = options.eraSpan !== 'proleptic';
  if (era && strict && year < GREGORIAN_ADOPTED_YEAR) return lunisolar(raw, n!, month, found.day, found.leap);
  if (found.leap) return { ok: false, raw, reason: `${raw} names a leap month (閏月), which the Gregorian calendar does not have` };
  const day = dayNumber(found.day, year, month);
  if (day === null) return { ok: false, raw, reason: `${raw} is not a date` };
  const iso = calendarIso(year, month, day);
  if (!iso) return { ok: false, raw, reason: `${raw} is not a calendar date` };
  if (!era || !strict) return { ok: true, iso, raw };
  if (iso < era.start || (era.end !== null && iso > era.end)) {
    return { ok: false, raw, reason: `${raw} is outside the ${era.name} era (${era.start} – ${era.end ?? 'today'})` };
  }
  return { ok: true, iso, raw };
}

/**
 * The first date a text names, as ISO `YYYY-MM-DD`: `R5.3.31`, `H27.3.31`,
 * `令和5年8月1日(火)`, `平成31年4月30日`, `令和元年5月1日`, `平01.2.3`,
 * `令和二年一〇月三〇日`, `平成元年元日`, `2023年8月1日`, `二〇二三年八月一日`,
 * `1 9 2 8 年 3 月 11 日`, `西暦10年5月3日` (0010-05-03), `2023/8/1`. A 明治 date before 明治6年 is read in the
 * lunisolar calendar it was written in (明治5年12月2日 → 1872-12-31). A date
 * outside its era's span (`R1.3.31`, `H31.5.1`), off the calendar (`R5.2.30`,
 * 明治5年12月3日) is returned as not ok with a reason, never shifted, unless
 * `eraSpan: 'proleptic'` is asked for. Returns null when the text names no date.
 */
export function parseDate(input: string, options: DateOptions = {}): DateResult | null {
  const s = prepareEraText(input).replace(SPREAD_YEAR, '$1$2$3$4');
  const candidates = [
    firstEraDate(s, ERA_DOTTED, { month: 4, day: 5 }),
    firstEraDate(s, ERA_KANJI, { month: 4, day: 5, leap: 3 }),
    firstEraDate(s, ERA_NEW_YEAR, 'new-year'),
    firstGregorianDate(s, GREGORIAN_KANJI, { month: 2, day: 3 }),
    firstGregorianDate(s, GREGORIAN_NEW_YEAR, 'new-year'),
    firstGregorianDate(s, WESTERN_KANJI, { month: 2, day: 3 }, (t) => (Number(t) >= 1 ? Number(t) : null)),
    firstGregorianDate(s, GREGORIAN_DOTTED, { month: 3, day: 4 }),
  ];
  const defaultEra = options.defaultEra ? findEra(options.defaultEra) : undefined;
  if (defaultEra) candidates.push(firstEralessDate(s, defaultEra));
  let first: DateMatch | null = null;
  for (const c of candidates) if (c && (first === null || c.index < first.index)) first = c;
  return first ? resolve(first, options) : null;
}
