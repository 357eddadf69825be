import { normalizeWidth } from './width.js';
import { parseKanjiNumber } from './numbers.js';

export interface Era {
  name: string;
  letter: string;
  /** Gregorian year of the era's first year (元年). */
  startYear: number;
  /** First and last day of the era, ISO. */
  start: string;
  end: string | null;
}

export const ERAS: readonly Era[] = [
  { name: '明治', letter: 'M', startYear: 1868, start: '1868-01-25', end: '1912-07-29' },
  { name: '大正', letter: 'T', startYear: 1912, start: '1912-07-30', end: '1926-12-24' },
  { name: '昭和', letter: 'S', startYear: 1926, start: '1926-12-25', end: '1989-01-07' },
  { name: '平成', letter: 'H', startYear: 1989, start: '1989-01-08', end: '2019-04-30' },
  { name: '令和', letter: 'R', startYear: 2019, start: '2019-05-01', end: null },
];

const ERA_ALIASES: Record<string, string> = { '㍾': '明治', '㍽': '大正', '㍼': '昭和', '㍻': '平成', '㋿': '令和' };

/** Matches an era name or letter (any width once normalized). */
export const ERA_PATTERN = '(明治|大正|昭和|平成|令和|[MTSHRmtshr])';
/** A year number as written after an era: digits, kanji numerals or 元. */
export const ERA_YEAR_PATTERN = '([0-9]{1,2}|元|[〇一二三四五六七八九十]{1,4})';
/** A month or day number: digits or kanji numerals. */
export const MONTH_DAY_PATTERN = '([0-9]{1,2}|[一二三四五六七八九十]{1,3})';

const WORD_CHAR = /[A-Za-z0-9_]/;

/**
 * Whether an era match starting at `index` stands on its own: an era letter
 * must not be the tail of a Latin word or code (`PH30`, `A4S3` are not eras).
 */
export function isEraBoundary(s: string, index: number, era: string): boolean {
  return era.length > 1 || index === 0 || !WORD_CHAR.test(s[index - 1]!);
}

export function findEra(token: string): Era | undefined {
  const t = ERA_ALIASES[token] ?? token;
  const upper = t.length === 1 ? t.toUpperCase() : t;
  return ERAS.find((e) => e.name === upper || e.letter === upper);
}

const ERA_SYMBOLS = /[㍾㍽㍼㍻㋿]/g;

/** Era symbols (㍻ ㋿) spelled out, widths normalized: the form the era parsers expect. */
export function prepareEraText(input: string): string {
  return normalizeWidth(input).replace(ERA_SYMBOLS, (c) => ERA_ALIASES[c]!);
}

const DIGITS = /^[0-9]+$/;

export function eraYearNumber(token: string): number | null {
  if (DIGITS.test(token)) return Number(token);
  return parseKanjiNumber(token);
}

/** Gregorian year of era year n (元年 = 1). */
export function toGregorianYear(era: Era, n: number): number {
  return era.startYear + n - 1;
}
