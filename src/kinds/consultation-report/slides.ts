import type { TextDocument } from '../../input/types.js';
import { folioNumber } from '../shared/vocabulary.js';

/** One slide's lines as extracted, with its 1-based number when the input shows slide breaks. */
export interface Slide {
  page: number | null;
  lines: string[];
  /** Which text group each line belongs to, where the input groups text (a PDF's proximity blocks). */
  groups?: readonly number[];
}

/** pdftotext without form feeds still leaves this many blank lines between slides (within a slide, one at most). */
const SLIDE_GAP = 3;

/** A city's text version (テキスト版) sets a slide's parts apart by runs of spaces on one line. */
const CELL_GAP = /[ \u3000]{2,}/;
const HAS_CELL_GAP = /\S[ \u3000]{2,}\S/;

function cells(lines: readonly string[]): string[] {
  return lines.flatMap((l) => (HAS_CELL_GAP.test(l) ? l.trim().split(CELL_GAP) : [l]));
}

/**
 * The deck's slides: form-feed pages when the text has them; otherwise chunks
 * separated by runs of SLIDE_GAP or more blank lines; otherwise one unnumbered chunk.
 */
export function splitSlides(doc: TextDocument): Slide[] {
  if (doc.pageCount !== null) return doc.pages.map((p) => ({ page: p.page, lines: p.page === null ? cells(p.lines) : withoutFolio(cells(p.lines), p.page) }));
  const lines = cells(doc.pages.flatMap((p) => p.lines));
  const chunks = splitAtGaps(lines);
  if (chunks.length < 2) return [{ page: null, lines }];
  return chunks.map((chunk, i) => ({ page: i + 1, lines: chunk }));
}

/** A page's lines without its printed number (`3` alone last on page 3): the slide's furniture, no figure of a chart. */
function withoutFolio(lines: readonly string[], page: number): string[] {
  const last = lines.findLastIndex((l) => l.trim() !== '');
  return last >= 0 && folioNumber(lines[last]!.trim()) === page ? [...lines.slice(0, last), ...lines.slice(last + 1)] : [...lines];
}

function splitAtGaps(lines: readonly string[]): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  let blanks = 0;
  for (const line of lines) {
    if (line.trim() === '') {
      blanks++;
      current.push(line);
      continue;
    }
    if (blanks >= SLIDE_GAP && current.some((l) => l.trim() !== '')) {
      chunks.push(current);
      current = [];
    }
    blanks = 0;
    current.push(line);
  }
  if (current.some((l) => l.trim() !== '')) chunks.push(current);
  return chunks;
}
