/**
 * A document's text as one string with the page of every position: the form readers
 * find labels and rows across line breaks, since an extractor may break a cell's text
 * anywhere and a テキスト版 puts a whole page on one line.
 */
import type { TextDocument } from '../../../input/types.js';
import { normalizeWidth } from '../../../normalize/index.js';
import { splitSpaceRuns } from './cells.js';

export interface Stream {
  /** Width-normalized text; lines and cells end in `\n`. */
  text: string;
  /** 1-based page of a position in text. */
  pageAt(index: number): number;
}

export function toStream(doc: TextDocument): Stream {
  let text = '';
  const starts: Array<{ at: number; page: number }> = [];
  doc.pages.forEach((p, i) => {
    starts.push({ at: text.length, page: p.page ?? i + 1 });
    for (const line of p.lines) {
      for (const cell of splitSpaceRuns(normalizeWidth(line))) text += `${cell}\n`;
    }
  });
  return {
    text,
    pageAt(index) {
      let page = 1;
      for (const s of starts) if (s.at <= index) page = s.page;
      return page;
    },
  };
}
