import {
  ERA_OR_ABBREVIATION_PATTERN,
  ERA_YEAR_PATTERN,
  MONTH_DAY_PATTERN,
  eraYearNumber,
  findEra,
  isEraBoundary,
  prepareEraText,
  toGregorianYear,
} from './era.js';
import { GREGORIAN_YEAR_PATTERN, gregorianYear } from './gregorian.js';

/** A date read from text: the ISO date, or why the date as written does not exist. `raw` is the date as matched (widths normalized). */
export type DateResult =
  | { ok: true; iso: string; raw: string }
  | { ok: false; raw: string; reason: string };

/** Separators of a dotted date; the second must repeat the first (R5.3.31, H27/3/31, R5・3・31). */
const SEPARATOR = '\\s*([./．／・･-])\\s*';
const ERA_DOTTED = new RegExp(`${ERA_OR_ABBREVIATION_PATTERN}\\s*${ERA_YEAR_PATTERN}${SEPARATOR}([0-9]{1,2})\\s*\\3\\s*([0-9]{1,2})(?![0-9])`, 'g');
/** The day of a 年月日 date: a number, or 朔日 / 晦日 (the first / last day of the month). */
const KANJI_DAY = `(?:${MONTH_DAY_PATTERN}\\s*日|([朔晦])日)`;
const ERA_KANJI = new RegExp(`${ERA_OR_ABBREVIATION_PATTERN}\\s*${ERA_YEAR_PATTERN}\\s*年\\s*${MONTH_DAY_PATTERN}\\s*月\\s*${KANJI_DAY}`, 'g');
const GREGORIAN_KANJI = new RegExp(`${GREGORIAN_YEAR_PATTERN}\\s*年\\s*${MONTH_DAY_PATTERN}\\s*月\\s*${KANJI_DAY}`, 'g');
const GREGORIAN_DOTTED = /(?<![0-9])((?:18|19|20|21)[0-9]{2})\s*([./．／-])\s*([0-9]{1,2})\s*\2\s*([0-9]{1,2})(?![0-9])/g;

interface DateMatch {
  index: number;
  raw: string;
  era: string | null;
  year: string;
  month: string;
  day: string;
}

/** The first match of an era date pattern whose era stands on its own (not `PH27.3.31`). */
function firstEraDate(s: string, re: RegExp, monthGroup: number, dayGroup: number): DateMatch | null {
  for (const m of s.matchAll(re)) {
    if (isEraBoundary(s, m.index, m[1]!)) {
      return { index: m.index, raw: m[0], era: m[1]!, year: m[2]!, month: m[monthGroup]!, day: (m[dayGroup] ?? m[dayGroup + 1])! };
    }
  }
  return null;
}

function firstGregorianDate(s: string, re: RegExp, monthGroup: number, dayGroup: number): DateMatch | null {
  for (const m of s.matchAll(re)) {
    const year = gregorianYear(m[1]!);
    if (year !== null) return { index: m.index, raw: m[0], era: null, year: String(year), month: m[monthGroup]!, day: (m[dayGroup] ?? m[dayGroup + 1])! };
  }
  return null;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function calendarIso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
}

/** A day of the month: a number, 朔 (the first) or 晦 (the last: 2月晦日 is the 28th or 29th). */
function dayNumber(token: string, year: number, month: number): number | null {
  if (token === '朔') return 1;
  if (token === '晦') return month >= 1 && month <= 12 ? new Date(Date.UTC(year, month, 0)).getUTCDate() : null;
  return eraYearNumber(token);
}

/** 明治6年1月1日: the first day of the Gregorian calendar in Japan. Era dates before it name lunisolar months. */
const GREGORIAN_ADOPTED = '1873-01-01';

/** Check one matched date against the calendar and, for an era date, against its era's span. */
function resolve(found: DateMatch): DateResult {
  const { raw } = found;
  const era = found.era === null ? null : findEra(found.era);
  const n = eraYearNumber(found.year);
  if (found.era !== null && (!era || n === null || n < 1)) return { ok: false, raw, reason: `${raw} has no era year ${found.year}` };
  const year = era ? toGregorianYear(era, n!) : Number(found.year);
  const month = eraYearNumber(found.month);
  const day = month === null ? null : dayNumber(found.day, year, month);
  if (month === null || day === null) return { ok: false, raw, reason: `${raw} is not a date` };
  const iso = calendarIso(year, month, day);
  if (!iso) return { ok: false, raw, reason: `${raw} is not a calendar date` };
  if (!era) return { ok: true, iso, raw };
  if (iso < GREGORIAN_ADOPTED) {
    return { ok: false, raw, reason: `${raw} is a date of the lunisolar calendar Japan kept until 明治5年12月2日 (1872-12-31); it is not converted` };
  }
  if (iso < era.start || (era.end !== null && iso > era.end)) {
    return { ok: false, raw, reason: `${raw} is outside the ${era.name} era (${era.start} – ${era.end ?? 'today'})` };
  }
  return { ok: true, iso, raw };
}

/**
 * The first date a text names, as ISO `YYYY-MM-DD`: `R5.3.31`, `H27.3.31`,
 * `令和5年8月1日(火)`, `平成31年4月30日`, `令和元年5月1日`, `平01.2.3`,
 * `令和二年一〇月三〇日`, `2023年8月1日`, `二〇二三年八月一日`, `2023/8/1`.
 * A date outside its era's span (`R1.3.31`, `H31.5.1`), off the calendar
 * (`R5.2.30`) or of the lunisolar calendar (明治 before 明治6年) is returned as
 * not ok with a reason, never shifted. Returns null when the text names no date.
 */
export function parseDate(input: string): DateResult | null {
  const s = prepareEraText(input);
  const candidates = [
    firstEraDate(s, ERA_DOTTED, 4, 5),
    firstEraDate(s, ERA_KANJI, 3, 4),
    firstGregorianDate(s, GREGORIAN_KANJI, 2, 3),
    firstGregorianDate(s, GREGORIAN_DOTTED, 3, 4),
  ];
  let first: DateMatch | null = null;
  for (const c of candidates) if (c && (first === null || c.index < first.index)) first = c;
  return first ? resolve(first) : null;
}
