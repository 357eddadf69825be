/**
 * A table block as a grid to read by row and column: its size and each cell's
 * lines, a table drawn inside a cell read into them row by row.
 */
import type { TableBlock, TableCell } from './schema.js';

export interface GridCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  /** The cell's lines as printed, top to bottom. */
  lines: string[];
  /** The lines joined with "\n". */
  text: string;
}

export interface Grid {
  /** Rows at the top that head the columns, when geometry shows them (a merged cell over split ones). */
  headerRows: number | null;
  rows: number;
  columns: number;
  /** Row by row, each row's cells left to right; a merged cell once, where it starts. */
  cells: GridCell[];
}

/** A cell's lines, a table drawn inside it cell by cell. */
export const cellLines = (cell: TableCell): string[] =>
  cell.blocks.flatMap((b) => (b.type === 'prose' ? b.lines.map((l) => l.text) : b.cells.flatMap(cellLines)));

export function tableGrid(table: TableBlock): Grid {
  const cells = table.cells.map((c): GridCell => {
    const lines = cellLines(c);
    return { row: c.row, col: c.col, rowSpan: c.rowSpan, colSpan: c.colSpan, lines, text: lines.join('\n') };
  });
  return {
    headerRows: table.headerRows,
    rows: Math.max(0, ...cells.map((c) => c.row + c.rowSpan)),
    columns: Math.max(0, ...cells.map((c) => c.col + c.colSpan)),
    cells,
  };
}

/** The cell that covers row r, column c (a merged cell over it), if any. */
export const cellAt = (grid: Grid, r: number, c: number): GridCell | undefined =>
  grid.cells.find((x) => x.row <= r && r < x.row + x.rowSpan && x.col <= c && c < x.col + x.colSpan);
