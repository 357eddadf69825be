/**
 * A table rebuilt from a text's cells once the reader knows where its header and
 * its rows are (a city's テキスト版 prints cells apart by runs of spaces, nothing
 * where a row ends): the header row, then each row's cells, or a caption across the
 * table (a heading printed between rows). Text prints no rules, so the grouping is
 * the caller's reading, flagged as such.
 */
import type { TableBlock, TableCell } from './schema.js';

export type TextTableRow = { cells: readonly string[] } | { caption: string };

export function textTable(header: readonly string[], rows: readonly TextTableRow[], page: number | null, unsure: string): TableBlock {
  const columns = header.length;
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
    headerRows: 1,
    cells: [
      ...header.map((text, col) => cell(text, 0, col)),
      ...rows.flatMap((r, k) => ('caption' in r ? [cell(r.caption, k + 1, 0, columns)] : r.cells.map((text, col) => cell(text, k + 1, col)))),
    ],
  };
}
