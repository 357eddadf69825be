import { COUNTER_PATTERN, normalizeWidth } from '../normalize/index.js';
import {
  BULLET_MARKS,
  CIRCLED_NUMBERS,
  FULL_STOP_NUMBERS,
  NOTE_MARK,
  PARENTHESIZED_NUMBERS,
  ROUND_BULLET_MARKS,
  SENTENCE_END,
} from '../kinds/shared/vocabulary.js';

/**
 * The text the extractor reads: layout line wraps joined, widths normalized one
 * character for one character, and for every UTF-16 unit the source offset it
 * came from, so that a figure's `raw` can be cut from the source as written.
 */
export interface Prepared {
  text: string;
  origin: number[];
}

const LINE_BREAK = /[\n\r\f\v\u2028\u2029]/;
const BULLET_START = new RegExp(`^(?:[${BULLET_MARKS}${ROUND_BULLET_MARKS}${NOTE_MARK}〇]|${CIRCLED_NUMBERS}|${PARENTHESIZED_NUMBERS}|${FULL_STOP_NUMBERS})`);
/** A line that starts with a number may carry the figure of the line before (`月平均\n\n189人`), even after a blank line. */
const NUMBER_START = /^[約▲△＋－+\-]?[0-9０-９]/;
/** A line that ends with a figure or a bare number (a table row, `…：85人`) ends its paragraph. */
const FIGURE_END = new RegExp(`[0-9０-９][0-9０-９,，.．]*\\s*(?:${COUNTER_PATTERN})?[）)]*$`);

/**
 * Join wrapped lines the way the layout broke them: a break inside a sentence
 * (`知的障害者相\n談員34名`) disappears; a break after a sentence end or a figure,
 * before a bullet, or a blank line (unless a number follows it) stays as `\n`,
 * so that no label runs across it.
 */
export function prepare(source: string): Prepared {
  let text = '';
  const origin: number[] = [];
  let i = 0;
  while (i < source.length) {
    if (/\s/.test(source[i]!)) {
      let j = i;
      while (j < source.length && /\s/.test(source[j]!)) j++;
      const run = source.slice(i, j);
      if (!LINE_BREAK.test(run)) {
        if (isLetterSpacing(source, i, j)) {
          i = j;
          continue;
        }
        for (let k = i; k < j; k++) {
          text += ' ';
          origin.push(k);
        }
      } else {
        const breakAt = i + run.search(LINE_BREAK);
        const before = text.trimEnd();
        const after = source.slice(j, j + 8);
        const blankLine = (run.match(/\r\n|[\n\r\f\v\u2028\u2029]/g) ?? []).length > 1;
        if (isParagraphBreak(before, after) || (blankLine && !NUMBER_START.test(after))) {
          text += '\n';
          origin.push(breakAt);
        } else if (/[A-Za-z]$/.test(before) && /^[A-Za-zＡ-Ｚａ-ｚ]/.test(after)) {
          text += ' ';
          origin.push(breakAt);
        }
      }
      i = j;
      continue;
    }
    const cp = source.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const mapped = normalizeWidth(ch);
    const out = mapped.length === ch.length ? mapped : ch;
    for (let k = 0; k < out.length; k++) {
      text += out[k];
      origin.push(i + k);
    }
    i += ch.length;
  }
  return { text, origin };
}

/** `身 体,` `難 病 2.1%`: a word set with a space between its two characters. */
function isLetterSpacing(source: string, i: number, j: number): boolean {
  if (j - i !== 1) return false;
  const word = /(?:^|[\s,、，(（])\p{sc=Han}$/u.test(source.slice(Math.max(0, i - 2), i));
  return word && /^\p{sc=Han}(?:$|[\s,、，.．:：0-9０-９])/u.test(source.slice(j, j + 2));
}

function isParagraphBreak(before: string, after: string): boolean {
  if (before === '' || after === '') return true;
  return SENTENCE_END.test(before) || FIGURE_END.test(before) || BULLET_START.test(after);
}

/**
 * The source text behind prepared[start, end): line breaks removed, whitespace
 * runs collapsed to one space, full-width digits kept as written.
 */
export function sourceSlice(source: string, prepared: Prepared, start: number, end: number): string {
  if (end <= start) return '';
  const from = prepared.origin[start]!;
  const lastUnit = prepared.origin[end - 1]!;
  const to = lastUnit + (isHighSurrogate(source.charCodeAt(lastUnit)) ? 2 : 1);
  return source
    .slice(from, to)
    .replace(/[\r\n\f\v\u2028\u2029]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
