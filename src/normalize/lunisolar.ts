/**
 * The lunisolar calendar (天保暦) Japan kept until 明治5年12月2日 (1872-12-31),
 * for 明治 dates written before the Gregorian calendar began on 明治6年1月1日.
 * Month starts and lengths are those of the kyuureki map of manakai/data-locale
 * (data/calendar/kyuureki-map.txt), as sugi/wareki uses them.
 */

interface LunisolarYear {
  /** Gregorian date of the first day of month 1. */
  first: string;
  /** Days of each month in order, the leap month (閏月) in its place. */
  lengths: readonly number[];
  /** The month a leap month follows (閏4月 follows 4月), if the year has one. */
  leapAfter: number | null;
}

/** 明治元年 (1868) to 明治5年 (1872). 明治5年12月 ended on its 2nd day, when the calendar changed. */
const MEIJI_LUNISOLAR: readonly LunisolarYear[] = [
  { first: '1868-01-25', lengths: [29, 30, 30, 29, 29, 30, 29, 29, 30, 29, 30, 30, 29], leapAfter: 4 },
  { first: '1869-02-11', lengths: [30, 30, 30, 29, 29, 30, 29, 29, 30, 29, 30, 30], leapAfter: null },
  { first: '1870-02-01', lengths: [29, 30, 30, 29, 30, 29, 30, 29, 30, 29, 29, 30, 29], leapAfter: 10 },
  { first: '1871-02-19', lengths: [30, 30, 29, 30, 30, 29, 30, 29, 30, 29, 29, 30], leapAfter: null },
  { first: '1872-02-09', lengths: [29, 30, 29, 30, 30, 29, 30, 30, 29, 30, 29, 2], leapAfter: null },
];

const DAY_MS = 86_400_000;

/**
 * The Gregorian ISO date of 明治 `year`年 `month`月 `day`日 of the lunisolar
 * calendar (`leap` for a 閏月), or null when that day did not exist
 * (明治5年12月3日, 2月30日 of a 29-day month) or the year is not 明治1–5.
 */
export function meijiLunisolarToIso(year: number, month: number, day: number, leap = false): string | null {
  const y = MEIJI_LUNISOLAR[year - 1];
  if (!y || month < 1 || month > 12 || day < 1) return null;
  if (leap && y.leapAfter !== month) return null;
  const index = month - 1 + (y.leapAfter !== null && (month > y.leapAfter || leap) ? 1 : 0);
  if (day > y.lengths[index]!) return null;
  const offset = y.lengths.slice(0, index).reduce((sum, n) => sum + n, 0) + day - 1;
  return new Date(Date.parse(`${y.first}T00:00:00Z`) + offset * DAY_MS).toISOString().slice(0, 10);
}
