/**
 * A document's text as one string with the page of every position: the form readers
 * find labels and rows across line breaks, since an extractor may break a cell's text
 * anywhere and a テキスト版 puts a whole page on one line.
 */
import type { TextDocument } from '../../../input/types.js';
import { normalizeWidth } from '../../../normalize/index.js';
import { compact, isFooter } from '../lines.js';
import { splitSpaceRuns } from '../../../document/text.js';

/**
 * A line longer than this is a whole page of a テキスト版: each of its cells is a line
 * of its own. A shorter one is a printed row (`pdftotext -layout`): its cells stay on
 * the line, apart by a tab, so that a tally row keeps its figures.
 */
const PAGE_LINE = 200;

export interface Stream {
  /** Width-normalized text; a row's cells apart by tabs, lines end in `\n`. */
  text: string;
  /** 1-based page of a position in text. */
  pageAt(index: number): number;
}

/**
 * The document's text without page furniture: page numbers (`- 3 -`, `3 / 12`) and a
 * running title repeated on later pages, which would otherwise land inside a value.
 */
export function toStream(doc: TextDocument): Stream {
  let text = '';
  const starts: Array<{ at: number; page: number }> = [];
  const first = doc.pages[0]?.lines.find((l) => l.trim() !== '');
  const runningTitle = first === undefined ? null : compact(first);
  doc.pages.forEach((p, i) => {
    starts.push({ at: text.length, page: p.page ?? i + 1 });
    for (const line of p.lines) {
      if (isFooter(line) || (i > 0 && compact(line) === runningTitle)) continue;
      const cells = splitSpaceRuns(normalizeWidth(line));
      if (cells.length) text += `${cells.join(line.length > PAGE_LINE ? '\n' : '\t')}\n`;
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
