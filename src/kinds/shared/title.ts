/**
 * What may be a document's title: one heading line, never a page. A one-line text
 * version (テキスト版) prints a whole page on one line; its first line names the report
 * but is no title.
 */

/** Longer than this, a line is a paragraph or a page, not a title. */
export const MAX_TITLE_CHARS = 120;

/** Cells of a one-line text version are set apart by runs of spaces. */
const CELL_GAP = /\S(?: {2,}|\u3000+|\t)\S/g;
/** A title may set its parts apart (`北九州市 … 管理表  （抜粋）`) but not as many as a table row has cells. */
const MAX_TITLE_GAPS = 2;

/** Whether a line (as read, not yet normalized) can be a title. */
export function canBeTitle(line: string): boolean {
  const text = line.trim();
  return text.length > 0 && text.length <= MAX_TITLE_CHARS && (text.match(CELL_GAP) ?? []).length <= MAX_TITLE_GAPS;
}
