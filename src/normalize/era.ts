import { normalizeWidth } from './width.js';
import { parseKanjiNumber } from './numbers.js';

/** A modern Japanese era (元号). */
export interface Era {
  name: string;
  letter: string;
  /** Gregorian year of the era's first year (元年). */
  startYear: number;
  /** First and last day of the era, ISO. */
  start: string;
  end: string | null;
}

/** The eras from 明治 to 令和, oldest first, with their letters (JIS X 0301) and spans. */
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
/** An era name, letter or one-kanji abbreviation (平 for 平成, as in 平01.2.3 and 昭45). */
export const ERA_OR_ABBREVIATION_PATTERN = '(明治|大正|昭和|平成|令和|[MTSHRmtshr]|[明大昭平令])';
/** Characters of a kanji year, month or day number: digits (with 〇 and ○ as zero), 十 and their daiji (肆月, 弐拾日). */
const KANJI_SMALL_NUMBER = '[〇○零一二三四五六七八九十壱弐参肆伍陸柒捌玖拾]';
/**
 * A year number as written after an era: digits (２○ typed with ○ as zero too),
 * kanji numerals (二十, 二〇, 二○) or 元, and no further numeral after it
 * (平成二○年度 is not 平成二年, H2O is no era year).
 */
export const ERA_YEAR_PATTERN = `([0-9][0-9〇○]?|元|${KANJI_SMALL_NUMBER}{1,4})(?![0-9〇○零一二三四五六七八九十百千A-Za-z])`;
/** A month or day number: digits or kanji numerals (十二, 一〇, 三〇). */
export const MONTH_DAY_PATTERN = `([0-9]{1,2}|${KANJI_SMALL_NUMBER}{1,3})`;

const WORD_CHAR = /[A-Za-z0-9_]/;
const JAPANESE_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]/u;
const ABBREVIATIONS: Record<string, string> = { 明: '明治', 大: '大正', 昭: '昭和', 平: '平成', 令: '令和' };

/** Whether an era token is a one-kanji abbreviation (平, 令 …), which needs a stricter context. */
export function isEraAbbreviation(era: string): boolean {
  return era in ABBREVIATIONS;
}

/**
 * Whether an era match starting at `index` stands on its own: an era letter
 * must not be the tail of a Latin word or code (`PH30`, `A4S3` are not eras),
 * a one-kanji abbreviation not the tail of a word (最大3, 公平1 are not eras).
 */
export function isEraBoundary(s: string, index: number, era: string): boolean {
  if (index === 0) return true;
  const before = s[index - 1]!;
  if (isEraAbbreviation(era)) return !JAPANESE_LETTER.test(before) && !WORD_CHAR.test(before);
  return era.length > 1 || !WORD_CHAR.test(before);
}

/** The era a token names: 平成, H, h, ㍻ or the abbreviation 平. */
export function findEra(token: string): Era | undefined {
  const t = ERA_ALIASES[token] ?? ABBREVIATIONS[token] ?? token;
  const upper = t.length === 1 ? t.toUpperCase() : t;
  return ERAS.find((e) => e.name === upper || e.letter === upper);
}

const ERA_SYMBOLS = /[㍾㍽㍼㍻㋿]/g;

/** Era symbols (㍻ ㋿) spelled out, widths normalized: the form the era parsers expect. */
export function prepareEraText(input: string): string {
  return normalizeWidth(input).replace(ERA_SYMBOLS, (c) => ERA_ALIASES[c]!);
}

const DIGITS = /^[0-9]+$/;
const DIGITS_WITH_KANJI_ZERO = /^[0-9][0-9〇○]*$/;

/** A year, month or day number as written: 30, ３０, ２○ (○ typed as zero), 三十, 三〇, 元. */
export function eraYearNumber(token: string): number | null {
  if (DIGITS.test(token)) return Number(token);
  if (DIGITS_WITH_KANJI_ZERO.test(token)) return Number(token.replace(/[〇○]/g, '0'));
  return parseKanjiNumber(token);
}

/** Gregorian year of era year n (元年 = 1). */
export function toGregorianYear(era: Era, n: number): number {
  return era.startYear + n - 1;
}
