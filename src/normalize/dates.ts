import { ERA_PATTERN, ERA_YEAR_PATTERN, eraYearNumber, findEra, prepareEraText, toGregorianYear } from './era.js';

export type DateResult =
  | { ok: true; iso: string; raw: string }
  | { ok: false; raw: string; reason: string };

const ERA_DOTTED = new RegExp(`${ERA_PATTERN}\\s*${ERA_YEAR_PATTERN}\\s*[./･・]\\s*([0-9]{1,2})\\s*[./･・]\\s*([0-9]{1,2})`);
const ERA_KANJI = new RegExp(`${ERA_PATTERN}\\s*${ERA_YEAR_PATTERN}\\s*年\\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*月\\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*日`);
const GREGORIAN = /((?:18|19|20|21)[0-9]{2})\s*(?:年|[./-])\s*([0-9]{1,2})\s*(?:月|[./-])\s*([0-9]{1,2})\s*日?/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function calendarIso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * The first date a text names, as ISO `YYYY-MM-DD`: `R5.3.31`, `H27.3.31`,
 * `令和5年8月1日(火)`, `平成31年4月30日`, `令和元年5月1日`, `2023年8月1日`.
 * A date outside its era's span (`R1.3.31`, `H31.5.1`) or off the calendar is
 * returned as not ok, never shifted. Returns null when the text names no date.
 */
export function parseDate(input: string): DateResult | null {
  const s = prepareEraText(input);
  const m = ERA_DOTTED.exec(s) ?? ERA_KANJI.exec(s);
  if (m) {
    const raw = m[0];
    const era = findEra(m[1]!);
    const n = eraYearNumber(m[2]!);
    const month = eraYearNumber(m[3]!);
    const day = eraYearNumber(m[4]!);
    if (!era || n === null || n < 1 || month === null || day === null) return { ok: false, raw, reason: 'not a date' };
    const year = toGregorianYear(era, n);
    const iso = calendarIso(year, month, day);
    if (!iso) return { ok: false, raw, reason: `${raw} is not a calendar date` };
    if (iso < era.start || (era.end !== null && iso > era.end)) {
      return { ok: false, raw, reason: `${raw} is outside the ${era.name} era (${era.start} – ${era.end ?? 'today'})` };
    }
    return { ok: true, iso, raw };
  }
  const g = GREGORIAN.exec(s);
  if (g) {
    const iso = calendarIso(Number(g[1]), Number(g[2]), Number(g[3]));
    return iso ? { ok: true, iso, raw: g[0] } : { ok: false, raw: g[0], reason: `${g[0]} is not a calendar date` };
  }
  return null;
}
