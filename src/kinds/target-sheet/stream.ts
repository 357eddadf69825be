import type { Item } from './items.js';
import { PRINTED_PAGE_MARK } from './vocabulary.js';

/**
 * A document's text as one string, lines joined by a space, with the page each
 * part came from. Forms whose parts are found by their labels (`目標値:`, `【実績値】`)
 * read the same from a one-line text version, from wrapped lines and from a PDF's cells.
 */
export interface Stream {
  text: string;
  /** Offsets where a page's text starts, in order. */
  marks: ReadonlyArray<{ at: number; page: number | null }>;
  /** The offset each item's text starts at. */
  starts: readonly number[];
}

export function toStream(items: readonly Item[]): Stream {
  let text = '';
  const marks: Array<{ at: number; page: number | null }> = [];
  const starts: number[] = [];
  for (const item of items) {
    if (marks.length === 0 || marks[marks.length - 1]!.page !== item.page) marks.push({ at: text.length, page: item.page });
    starts.push(text.length);
    text += `${item.text} `;
  }
  return { text, marks, starts };
}

/**
 * The page of the text at an offset: from the input's page breaks, else from the
 * last page mark a text version prints (`(2ページ)`), else 1 (the text is one page).
 */
export function pageAt(stream: Stream, at: number): number {
  let page: number | null = null;
  for (const mark of stream.marks) {
    if (mark.at > at) break;
    page = mark.page;
  }
  if (page !== null) return page;
  const printed = [...stream.text.slice(0, at).matchAll(PRINTED_PAGE_MARK)].pop();
  return printed ? Number(printed[1]) : 1;
}

/** A regex's first match at or after `from`, with its offset in the whole text. */
export function searchFrom(text: string, re: RegExp, from: number, to = text.length): { index: number; end: number; match: RegExpExecArray } | null {
  const m = new RegExp(re.source, re.flags.replace('g', '')).exec(text.slice(from, to));
  return m ? { index: from + m.index, end: from + m.index + m[0].length, match: m } : null;
}
