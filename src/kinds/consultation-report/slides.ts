import type { TextDocument } from '../../input/types.js';

/** One slide's lines as extracted, with its 1-based number when the input shows slide breaks. */
export interface Slide {
  page: number | null;
  lines: string[];
  /** Which text group each line belongs to, where the input groups text (a PDF's proximity blocks). */
  groups?: readonly number[];
}

/** pdftotext without form feeds still leaves this many blank lines between slides (within a slide, one at most). */
const SLIDE_GAP = 3;

/**
 * The deck's slides: form-feed pages when the text has them; otherwise chunks
 * separated by runs of SLIDE_GAP or more blank lines; otherwise one unnumbered chunk.
 */
export function splitSlides(doc: TextDocument): Slide[] {
  if (doc.pageCount !== null) return doc.pages.map((p) => ({ page: p.page, lines: p.lines }));
  const lines = doc.pages.flatMap((p) => p.lines);
  const chunks = splitAtGaps(lines);
  if (chunks.length < 2) return [{ page: null, lines }];
  return chunks.map((chunk, i) => ({ page: i + 1, lines: chunk }));
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
