import { parseKanjiNumber } from './numbers.js';

const YEAR_NUMERAL = '〇○零一二三四五六七八九十百千';

/**
 * A Gregorian year as written before 年: four digits (2019) or a kanji numeral
 * (二〇一九, 二千十九, 千九百六十六), not the tail of a longer number. Group 1 is the year.
 */
export const GREGORIAN_YEAR_PATTERN = `(?<![0-9${YEAR_NUMERAL}])((?:18|19|20|21)[0-9]{2}|[${YEAR_NUMERAL}]{2,8})(?![0-9])`;

/** The earliest and latest Gregorian years read as years (the span the reports can mean). */
const FIRST_YEAR = 1800;
const LAST_YEAR = 2199;

/** The year a GREGORIAN_YEAR_PATTERN match names, or null (平成二十年's 二十 is no Gregorian year). */
export function gregorianYear(token: string): number | null {
  const year = /^[0-9]+$/.test(token) ? Number(token) : parseKanjiNumber(token);
  return year !== null && Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR ? year : null;
}
