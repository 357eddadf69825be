/**
 * Spaces that office suites put into Japanese text and that carry no meaning:
 * a caption spread evenly over its cell (均等割り付け, `担 当 部 局`) and the gap
 * that Writer's and Impress's autospacing sets between Japanese and half-width
 * digits (`7 人`, `（ 18 ケース）`).
 */

import { ERAS } from './era.js';
import { COUNTER_PATTERN } from './quantity.js';

const JA = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々〆';

/** Three or more single Japanese characters at a line's start, each one space apart. */
const DISTRIBUTED = new RegExp(`^(?:[${JA}] ){2,}[${JA}](?= |$)`, 'u');

/** `担 当 部 局 健康福祉部` → `担当部局 健康福祉部`: a distributed caption is one word. */
export function collapseDistributed(line: string): string {
  return line.replace(DISTRIBUTED, (caption) => caption.replace(/ /g, ''));
}

/**
 * A number inside Japanese text (after a Japanese character, or a bracket, with or
 * without a space) and a space before the Japanese that follows it.
 */
const SPACED_COUNTER = new RegExp(`(?<=[${JA}（(「、。] ?[0-9][0-9,.]*) (?=[${JA}])`, 'gu');
/** An opening bracket and a space before a number: `（ 18`. */
const SPACED_BRACKET = /(?<=[（(「]) (?=[0-9])/g;
/** A particle and a space before a number (`数の 6%以上`, `少なくとも 1`): a label ends in a noun, not in kana. */
const SPACED_AFTER_KANA = /(?<=\p{Script=Hiragana}) (?=[0-9])/gu;
/** An era name and a space before its year: `令和 3年度`. */
const SPACED_ERA = new RegExp(`(?<=(?:${ERAS.map((e) => e.name).join('|')})) (?=[0-9]{1,2}\\s*年)`, 'g');

/** A figure standing alone with its counter (`24 人`, a goal box's cell). */
const SPACED_FIGURE = new RegExp(`^([0-9][0-9,.]*) (${COUNTER_PATTERN})$`, 'u');

/**
 * Close the autospacing gaps that join a number to the Japanese around it:
 * `7 人` → `7人`, `24 人` alone → `24人`, `令和 3 年度` → `令和3年度`, `（ 18 ケース）` → `（18ケース）`. The
 * space between a label and its figure (`相談件数 25,272件`, `地域生活移行者数 7 人`)
 * stays, since a table's cells may be printed on one line with spaces between them;
 * so does a number opening a line (`1 相談支援の充実`).
 */
export function closeNumberSpacing(line: string): string {
  return line.replace(SPACED_FIGURE, '$1$2').replace(SPACED_BRACKET, '').replace(SPACED_AFTER_KANA, '').replace(SPACED_ERA, '').replace(SPACED_COUNTER, '');
}
