import { normalizeWidth } from './width.js';
import { findQuantities } from './quantity.js';
import {
  BULLET_MARKS,
  CIRCLED_NUMBERS,
  EXTRA_BULLET_MARKS,
  FIGURE_END as ENDS_WITH_FIGURE,
  FULL_STOP_NUMBERS,
  HIGH_CIRCLED_NUMBERS,
  NOTE_MARK,
  PARENTHESIZED_NUMBERS,
  ROUND_BULLET_MARKS,
  SENTENCE_END,
} from '../kinds/shared/vocabulary.js';

/** Marks that open a list entry; the mark itself is dropped from the text. 〇 only when it is no numeral (〇人). */
const BULLET = new RegExp(
  `^(?:[${BULLET_MARKS}${ROUND_BULLET_MARKS}${EXTRA_BULLET_MARKS}]|〇(?![0-9〇一二三四五六七八九十百千万人件名回か箇ヶ%])|${CIRCLED_NUMBERS}|${HIGH_CIRCLED_NUMBERS}|${PARENTHESIZED_NUMBERS}|${FULL_STOP_NUMBERS})\\s*`,
);
/** Marks that open a new paragraph but are content and stay: notes and numbered headings. */
const PARAGRAPH_MARK = /^(?:※|[(（][0-9]{1,2}[)）]|[0-9]{1,2}[)）](?![0-9])|[0-9]{1,2}\.(?![0-9]))/;
/** A line that may end with a figure (`相談件数：22,103件`, `10回`): a cheap test before findQuantities. */
const CLOSING_TAIL = /[）)]+$/;
/** A sentence that goes on after a figure: particles, punctuation, 年→度, 以上, 程度… */
const CONTINUES_SENTENCE = /^(?:[ぁ-ゖ、。，,）)」』]|度|以[上下内外]|未満|程度|前後|間|目)/;
/** Half-width Latin at the end / start of a raw line: two Latin words meet across the break. */
const LATIN_END = /[A-Za-z0-9.,;:!?%)]$/;
const LATIN_START = /^[A-Za-z0-9(]/;
/** A line ending in a figure that follows Japanese text directly: its digits may go on over the break. */
const NUMBER_CUT_END = /[^\x00-\x7F][0-9][0-9.,]*$/;
/** A deliberate indent (an ideographic space, or two or more spaces), unlike the stray single space some extractors add. */
const INDENT = /^(?:[ \t]*\u3000|[ \t]{2,})/;
const WHITESPACE_RUN = /\s+/g;

export interface JoinOptions {
  /** Keep list bullets (・ ①) instead of dropping them. */
  keepBullets?: boolean;
}

/**
 * Join a cell's layout lines into paragraphs separated by `\n`. Lines of one
 * paragraph are joined: Japanese with no space, two half-width Latin words with
 * one, and an indented continuation line (`　(平成28年…)`) with one. A paragraph
 * ends after a sentence end (。), after a `label figure` line (`…：85人`, no 、
 * in it) unless the next line plainly goes on (`人` + `が参加`), and before a
 * bullet (・ ① ○), which is dropped, or a note/number mark (※, (1)), which stays.
 * Blank lines are ignored: extractors put them in or leave them out at will.
 */
export function joinLines(lines: readonly string[], options: JoinOptions = {}): string {
  const paragraphs: string[] = [];
  let current = '';
  let previousLine = '';
  let previousRaw = '';
  const full = Math.max(0, ...lines.map((l) => printedWidth(normalizeWidth(l).trim())));
  let inList = false;
  for (const rawLine of lines) {
    const line = normalizeWidth(rawLine).replace(WHITESPACE_RUN, ' ').trim();
    if (!line) continue;
    const bullet: RegExpExecArray | null = current !== '' && !inList && wrapsOntoMiddleDot(previousLine, line, full) ? null : BULLET.exec(line);
    const body = bullet && !options.keepBullets ? line.slice(bullet[0].length) : line;
    if (current === '' || bullet || PARAGRAPH_MARK.test(line) || endsParagraph(previousLine, line)) {
      if (current) paragraphs.push(current);
      current = body;
      inList = bullet !== null;
    } else {
      current = joinTwo(current, previousRaw, body, rawLine);
    }
    previousLine = line;
    previousRaw = rawLine;
  }
  if (current) paragraphs.push(current);
  return paragraphs.join('\n');
}

/**
 * A line that starts with ・ only because the line above ran to the cell's edge
 * (`…来所` / `・電話・訪問…`): a layout that breaks lines without kinsoku (Calc)
 * puts a mid-sentence ・ at a line's start, where it is no bullet. Inside a list
 * (the paragraph began with a bullet) a ・ always opens the next entry.
 */
function wrapsOntoMiddleDot(previousLine: string, line: string, full: number): boolean {
  if (!/^[・･]/.test(line) || /[:：]$/.test(previousLine) || SENTENCE_END.test(previousLine) || endsWithFigure(previousLine)) return false;
  return full >= MIN_WRAP_WIDTH && printedWidth(previousLine) >= full - 0.5;
}

/** Cells narrower than this many characters wrap too often for a full line to tell anything. */
const MIN_WRAP_WIDTH = 6;

/** Width in full-width character cells (ASCII and half-width kana count one half). */
function printedWidth(line: string): number {
  let w = 0;
  for (const ch of line) {
    const cp = ch.codePointAt(0)!;
    w += cp < 0x1100 || (cp >= 0xff61 && cp <= 0xff9f) ? 0.5 : 1;
  }
  return w;
}

function endsParagraph(previousLine: string, next: string): boolean {
  if (SENTENCE_END.test(previousLine)) return true;
  return !previousLine.includes('、') && endsWithFigure(previousLine) && !CONTINUES_SENTENCE.test(next);
}

/** The line ends with a quantity, not with a date or an ordinal (`…令和2年` / `4月から` is one sentence). */
function endsWithFigure(line: string): boolean {
  if (!ENDS_WITH_FIGURE.test(line)) return false;
  const body = line.replace(CLOSING_TAIL, '');
  const last = findQuantities(body).at(-1);
  return last !== undefined && last.index + last.length === body.length;
}

/**
 * The separator between two lines of one paragraph. Decided on the raw lines:
 * full-width ＰＲ wraps like kanji (joined), half-width `Microsoft`/`Excel` is two words.
 */
function joinTwo(joined: string, previousRaw: string, next: string, nextRaw: string): string {
  if (INDENT.test(nextRaw)) return `${joined} ${next}`;
  // a figure in Japanese text wrapped mid-number (`…の1.2` / `8倍`) is one figure
  if (NUMBER_CUT_END.test(normalizeWidth(previousRaw.trimEnd())) && /^[0-9]/.test(normalizeWidth(nextRaw.trimStart()))) return joined + next;
  return LATIN_END.test(previousRaw.trimEnd()) && LATIN_START.test(nextRaw.trimStart()) ? `${joined} ${next}` : joined + next;
}

/** Collapse whitespace and join lines with single spaces (for labels and short cells). */
export function squash(lines: readonly string[] | string): string {
  const text = typeof lines === 'string' ? lines : lines.join(' ');
  return normalizeWidth(text).replace(WHITESPACE_RUN, ' ').trim();
}

const LABEL_LEADING_MARKS = new RegExp(`^[${BULLET_MARKS}${ROUND_BULLET_MARKS}${NOTE_MARK}･〇▶►★☆]+`);
const LABEL_TRAILING_PUNCTUATION = /[,，、。.．:：;；・･…‥\-–—―=＝]+$/;
/** Square brackets around or at one end of a label: 【相談方法】, 〔大人〕, ［件数］. */
const BRACKET_PAIRS: Record<string, string> = { '【': '】', '〔': '〕', '［': '］', '[': ']', '〈': '〉', '《': '》' };
const CLOSING_BRACKETS = new Set(Object.values(BRACKET_PAIRS));

/** Drop a bracket pair enclosing the whole label, or a bracket left unmatched by a line break; keep a tag like 【新規】名称. */
function stripBrackets(s: string): string {
  const close = BRACKET_PAIRS[s[0] ?? ''];
  if (close !== undefined) {
    const at = s.indexOf(close);
    if (at === -1) return s.slice(1);
    return at === s.length - 1 ? s.slice(1, -1) : s;
  }
  const last = s[s.length - 1] ?? '';
  if (!CLOSING_BRACKETS.has(last)) return s;
  const open = Object.keys(BRACKET_PAIRS).find((o) => BRACKET_PAIRS[o] === last)!;
  return s.includes(open) ? s : s.slice(0, -1);
}

/**
 * A label as printed on a chart or before a figure: spaces inside removed,
 * leading marks and trailing punctuation removed, enclosing square brackets
 * removed: `身 体,` → `身体`, `【相談方法】` → `相談方法`, `障害者・・・` → `障害者`.
 * Round brackets are content and stay (`居宅介護事業所(ヘルパー）`).
 */
export function cleanLabel(input: string): string {
  const s = normalizeWidth(input).replace(WHITESPACE_RUN, '').replace(LABEL_LEADING_MARKS, '');
  return stripBrackets(s).replace(LABEL_TRAILING_PUNCTUATION, '');
}
