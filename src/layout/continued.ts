import { DEFAULT_LAYOUT_SETTINGS, type LayoutSettings } from './settings.js';
import type { Cell, Table } from './types.js';

export interface ContinuedRowOptions {
  /** Rows at the top of `next` that repeat the table header (the continuation comes after them). */
  headerRows?: number;
  settings?: LayoutSettings;
}

/**
 * A row cut by a page break goes on at the top of the next page's table with an empty
 * first cell (the row's key is printed once). When both tables have the same column
 * edges and `next`'s first body row starts with an empty cell, that row's cells are
 * appended to the matching cells of `previous`'s last row and the row is taken out of
 * `next`. Returns the two joined tables, or null when `next` does not continue a row.
 */
export function joinContinuedRows(
  previous: Table,
  next: Table,
  options: ContinuedRowOptions = {},
): { previous: Table; next: Table } | null {
  const settings = options.settings ?? DEFAULT_LAYOUT_SETTINGS;
  const row = options.headerRows ?? 0;
  if (!sameColumns(previous, next, settings) || row >= next.rowEdges.length - 1) return null;
  const continuation = next.cells.filter((c) => c.row === row);
  const first = continuation.find((c) => c.col === 0);
  if (!first || first.text.trim() !== '' || continuation.every((c) => c.text.trim() === '')) return null;
  if (next.cells.some((c) => c.row < row && c.row + c.rowSpan > row)) return null;

  const lastRow = previous.rowEdges.length - 2;
  const additions = new Map<Cell, Cell[]>();
  for (const piece of continuation) {
    if (!piece.text.trim()) continue;
    const target = previous.cells.find((c) => covers(c, lastRow, piece.col));
    if (!target) return null;
    additions.set(target, [...(additions.get(target) ?? []), piece]);
  }
  const joinedCells = previous.cells.map((cell) => {
    const pieces = additions.get(cell);
    if (!pieces) return cell;
    const lines = [...cell.lines, ...pieces.flatMap((p) => p.lines)];
    return { ...cell, lines, text: lines.map((l) => l.text).join('\n') };
  });

  const rowEdges = next.rowEdges.filter((_, i) => i !== row + (row === 0 ? 0 : 1));
  const remaining = next.cells
    .filter((c) => c.row !== row)
    .map((c) => (c.row > row ? { ...c, row: c.row - 1 } : c));
  return {
    previous: { ...previous, cells: joinedCells },
    next: { ...next, rowEdges, cells: remaining, box: { ...next.box, y0: rowEdges[0]! } },
  };
}

function sameColumns(a: Table, b: Table, settings: LayoutSettings): boolean {
  if (a.colEdges.length !== b.colEdges.length) return false;
  const tolerance = settings.continuedColumnTolerance * (a.box.x1 - a.box.x0);
  return a.colEdges.every((x, i) => Math.abs(x - b.colEdges[i]!) <= tolerance);
}

function covers(cell: Cell, row: number, col: number): boolean {
  return cell.row <= row && row < cell.row + cell.rowSpan && cell.col <= col && col < cell.col + cell.colSpan;
}
