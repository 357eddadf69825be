import { joinEdges, rectsToEdges, snapEdges, type Edge } from './edges.js';
import type { LayoutSettings } from './settings.js';
import type { Box, Table } from './types.js';

/**
 * The ruling lines of a page that lie on no table's grid lines: underlines, rules
 * between sections, frames of charts and notes (grids too sparse to be tables), as
 * boxes of zero thickness. Edges are snapped and joined as the table finder does.
 */
export function looseRules(rects: readonly Box[], tables: readonly Table[], em: number, settings: LayoutSettings): Box[] {
  const tolerance = settings.intersectionToleranceEm * em;
  const edges = joinEdges(snapEdges(rectsToEdges(rects, em, settings), settings.snapToleranceEm * em), settings.joinToleranceEm * em);
  return edges
    .filter((e) => !tables.some((t) => onGrid(e, t, tolerance)))
    .map((e) => (e.orientation === 'h' ? { x0: e.start, y0: e.pos, x1: e.end, y1: e.pos } : { x0: e.pos, y0: e.start, x1: e.pos, y1: e.end }));
}

function onGrid(e: Edge, t: Table, tolerance: number): boolean {
  const [lines, lo, hi] = e.orientation === 'h' ? [t.rowEdges, t.box.x0, t.box.x1] : [t.colEdges, t.box.y0, t.box.y1];
  return e.start >= lo - tolerance && e.end <= hi + tolerance && lines.some((at) => Math.abs(at - e.pos) <= tolerance);
}
