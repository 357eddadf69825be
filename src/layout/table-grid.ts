import type { Cell, Table } from './types.js';

/**
 * The table as rows × columns of cells: a merged cell appears in every slot it covers,
 * a slot outside every cell (a table with a ragged outline) is null.
 */
export function tableGrid(table: Table): (Cell | null)[][] {
  const rows = table.rowEdges.length - 1;
  const cols = table.colEdges.length - 1;
  const grid: (Cell | null)[][] = Array.from({ length: rows }, () => Array.from({ length: cols }, () => null));
  for (const cell of table.cells) {
    for (let r = cell.row; r < cell.row + cell.rowSpan && r < rows; r++) {
      for (let c = cell.col; c < cell.col + cell.colSpan && c < cols; c++) grid[r]![c] = cell;
    }
  }
  return grid;
}
