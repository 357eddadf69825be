/**
 * A spreadsheet export's text order (LibreOffice Calc): a page's one-line cells come
 * first, row by row, and its wrapped cells after the page's last row, far from their
 * rows. Read in content order, every item but the page's last would be left without
 * its sentences and the last would take them all; such a text is refused unless its
 * rows are of the form the skeleton reader knows (skeleton.ts).
 */

import type { TextDocument } from '../../input/types.js';
import { parseItemNumber } from './lines.js';
import { skeletonRows } from './skeleton.js';

/** A page needs this many items for its rows and its tail to be told apart. */
const MIN_ITEMS = 3;

const endsSentence = (text: string) => /[。．]\s*$/.test(text);

/**
 * Whether some page puts its sentences after its last item: fewer sentence ends
 * between its items than half the rows, and at least one per item after the last.
 * In content order each row ends at least one sentence of its own.
 */
function sentencesAfterRows(lines: readonly string[]): boolean {
  const items = lines.flatMap((l, i) => (parseItemNumber(l) ? [i] : []));
  if (items.length < MIN_ITEMS) return false;
  const last = items[items.length - 1]!;
  const between = lines.slice(items[0], last).filter(endsSentence).length;
  const after = lines.slice(last).filter(endsSentence).length;
  return between < (items.length - 1) / 2 && after >= items.length;
}

/** A text in a spreadsheet export's order whose rows the skeleton reader does not know. */
export function wrappedCellsLast(doc: TextDocument): boolean {
  if (!doc.pages.some((p) => sentencesAfterRows(p.lines))) return false;
  return skeletonRows(doc.pages.flatMap((p, i) => p.lines.map((text) => ({ text, page: p.page ?? i + 1 })))) === null;
}

export const WRAPPED_CELLS_LAST_MESSAGE =
  "text in a spreadsheet export's order (a page's wrapped cells after all its rows) cannot give the cells back to their rows; give the PDF or the city's one-line テキスト版";
