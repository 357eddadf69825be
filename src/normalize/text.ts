import { normalizeWidth } from './width.js';
import { COUNTER_PATTERN } from './quantity.js';

/** Characters that open a list entry; the mark itself is dropped from the text. */
const BULLET = /^(?:[・•●○◯◎◇◆□■▪※]|[①-⑳]|[⑴-⒇]|[⒈-⒛])\s*/;
const SENTENCE_END = /[。．！？!?][」』）)]*$/;
const ENDS_WITH_FIGURE = new RegExp(`[0-9][0-9,.]*\\s*${COUNTER_PATTERN}[）)]*$`);
const LATIN_END = /[A-Za-z0-9.,;:!?%)]$/;
const LATIN_START = /^[A-Za-z0-9(]/;
const CONTINUES_SENTENCE = /^[ぁ-ゖ、。，,）)」』]/;

export interface JoinOptions {
  /** Keep list bullets (・ ①) instead of dropping them. */
  keepBullets?: boolean;
}

/**
 * Join a cell's layout lines into paragraphs. Lines of one paragraph are joined
 * (Japanese with no space, two Latin words with one); a paragraph ends after a
 * sentence end (。), after a line that ends with a figure (`…：85人`), at a blank
 * line that follows either, and before a bullet (・ ① ○), which is dropped.
 */
export function joinLines(lines: readonly string[], options: JoinOptions = {}): string {
  const paragraphs: string[] = [];
  let current = '';
  let blankSeen = false;
  for (const rawLine of lines) {
    const line = normalizeWidth(rawLine).replace(/\s+/g, ' ').trim();
    if (!line) {
      blankSeen = true;
      continue;
    }
    const bullet = BULLET.exec(line);
    const body = bullet && !options.keepBullets ? line.slice(bullet[0].length) : line;
    if (current === '') {
      current = body;
    } else if (bullet || endsParagraph(current, body, blankSeen)) {
      paragraphs.push(current);
      current = body;
    } else {
      current = joinTwo(current, body);
    }
    blankSeen = false;
  }
  if (current) paragraphs.push(current);
  return paragraphs.join('\n');
}

function endsParagraph(previous: string, next: string, blankBetween: boolean): boolean {
  if (SENTENCE_END.test(previous)) return true;
  if (ENDS_WITH_FIGURE.test(previous) && !CONTINUES_SENTENCE.test(next)) return true;
  return blankBetween && /[」』）)]$/.test(previous);
}

function joinTwo(a: string, b: string): string {
  return LATIN_END.test(a) && LATIN_START.test(b) ? `${a} ${b}` : a + b;
}

/** Collapse whitespace and join lines with single spaces (for labels and short cells). */
export function squash(lines: readonly string[] | string): string {
  const text = typeof lines === 'string' ? lines : lines.join(' ');
  return normalizeWidth(text).replace(/\s+/g, ' ').trim();
}

/** A label as printed on a chart or before a figure: `身 体,` → `身体`. */
export function cleanLabel(input: string): string {
  return normalizeWidth(input)
    .replace(/\s+/g, '')
    .replace(/^[・•●○◎◇◆□■※【〔［\[]+/, '')
    .replace(/[,，、。:：・…\-–—―=＝]+$/, '')
    .replace(/[】〕］\]]+$/, (m) => (/[【〔［\[]/.test(input) ? m : ''));
}
