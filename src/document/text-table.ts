/**
 * A table rebuilt from a text's cells once the reader knows where its header and
 * its rows are (a city's テキスト版 prints cells apart by runs of spaces, nothing
 * where a row ends): the header row, then each row's cells, or a caption across the
 * table (a heading printed between rows). Text prints no rules, so the grouping is
 * the caller's reading, flagged as such.
 */
import type { TableBlock, TableCell } from './schema.js';

export type TextTableRow = { cells: readonly string[] } | { caption: string };
/** A header cell, merged over the columns under it when it heads a second header row's cells (`実績` over its years). */
export type TextHeaderCell = string | { text: string; colSpan: number };

/** Rows page by page, in the order the text gives them. */
export type TextTablePages = Map<number, TextTableRow[]>;

export function addRow(pages: TextTablePages, page: number, row: TextTableRow): void {
  const rows = pages.get(page);
  if (rows) rows.push(row);
  else pages.set(page, [row]);
}

/** `header`: its rows top to bottom, each cell by cell left to right ('' where a cell above stands over nothing new). */
export function textTable(header: ReadonlyArray<readonly TextHeaderCell[]>, rows: readonly TextTableRow[], page: number | null, unsure: string): TableBlock {
  const spanOf = (h: TextHeaderCell) => (typeof h === 'string' ? 1 : h.colSpan);
  const columns = (header[0] ?? []).reduce((n, h) => n + spanOf(h), 0);
  const cell = (text: string, row: number, col: number, colSpan = 1): TableCell => ({
    row,
    col,
    rowSpan: 1,
    colSpan,
    page,
    // an empty cell holds no line
    blocks: text === '' ? [] : [{ type: 'prose', page, lines: [{ text }] }],
  });
  return {
    type: 'table',
    page,
    unsure,
    headerRows: header.length,
    cells: [
      ...header.flatMap((cells, row) => {
        let col = 0;
        return cells.map((h) => {
          const placed = typeof h === 'string' ? cell(h, row, col) : cell(h.text, row, col, h.colSpan);
          col += spanOf(h);
          return placed;
        });
      }),
      ...rows.flatMap((r, k) => {
        const row = header.length + k;
        return 'caption' in r ? [cell(r.caption, row, 0, columns)] : r.cells.map((text, col) => cell(text, row, col));
      }),
    ],
  };
}
