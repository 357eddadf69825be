/**
 * `pdftotext -layout` keeps a table's columns apart by runs of spaces and starts each
 * column's cells at about the same character offset, line after line. A run of such
 * lines is read as a table, its columns told by those offsets.
 */
import type { TableBlock } from './schema.js';
import { placedCells } from './text.js';

/** Cells starting this few characters apart stand in one column (pdftotext rounds positions). */
const COLUMN_SLACK = 2;
const UNSURE = "columns told by where -layout text starts its cells; a wrapped cell's lines are rows of their own";

/** Lines of a -layout table (two cells or more each) as one table, one row per line. */
export function columnTable(lines: readonly string[], page: number | null): TableBlock {
  const rows = lines.map(placedCells);
  const starts = [...new Set(rows.flat().map((c) => c.start))].sort((a, b) => a - b);
  const columnStarts = starts.filter((s, k) => k === 0 || s - starts[k - 1]! > COLUMN_SLACK);
  const columnOf = (start: number) => columnStarts.filter((s) => s <= start).length - 1;
  return {
    type: 'table',
    page,
    unsure: UNSURE,
    headerRows: null,
    cells: rows.flatMap((cells, row) =>
      cells.map((c) => ({ row, col: columnOf(c.start), rowSpan: 1, colSpan: 1, page, blocks: [{ type: 'prose' as const, page, lines: [{ text: c.text }] }] })),
    ),
  };
}
