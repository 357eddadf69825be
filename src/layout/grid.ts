import { joinEdges, rectsToEdges, snapEdges, type Edge } from './edges.js';
import { firstAtOrAbove, lastAtOrBelow, UnionFind } from './geometry.js';
import type { LayoutSettings } from './settings.js';
import type { Box } from './types.js';

/** A ruled cell in grid coordinates. */
export interface GridCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  box: Box;
}

/** A table's geometry before text is put in: grid lines, cells, and which cell covers each grid slot. */
export interface TableGrid {
  box: Box;
  /** Column boundaries, ascending. */
  xs: number[];
  /** Row boundaries, ascending. */
  ys: number[];
  /** Row-major. */
  cells: GridCell[];
  /** Cell index for slot row * (xs.length - 1) + col; -1 where the slot is outside every cell. */
  slots: Int32Array;
}

/**
 * Painted rectangles → tables: edges → snap/join → connected groups → grids → cells.
 * `text` (the boxes of the page's text) tells where a cut outline may be closed.
 */
export function findTableGrids(rects: readonly Box[], em: number, settings: LayoutSettings, text: readonly Box[] = []): TableGrid[] {
  const edges = joinEdges(snapEdges(rectsToEdges(rects, em, settings), settings.snapToleranceEm * em), settings.joinToleranceEm * em);
  const grids: TableGrid[] = [];
  for (const group of connectedEdges(edges, settings.intersectionToleranceEm * em)) {
    const tolerance = settings.intersectionToleranceEm * em;
    const grid = edgesToGrid(closeCutOutline(group, tolerance, text), tolerance, settings);
    if (grid && grid.ys.length > settings.minTableRows && grid.xs.length > settings.minTableColumns) grids.push(grid);
  }
  return grids;
}

/**
 * A table cut by a page break: browsers draw no border where a row breaks, so the
 * outer vertical rules run on past the last horizontal one and end together (at
 * the page's content edge). Close the outline there so the cut row stays a row.
 * The same at the top, for the row's continuation on the next page.
 */
export function closeCutOutline(group: readonly Edge[], tolerance: number, text: readonly Box[] = []): Edge[] {
  const h = group.filter((e) => e.orientation === 'h');
  const v = group.filter((e) => e.orientation === 'v');
  if (h.length === 0 || v.length < 2) return [...group];
  let left = Infinity;
  let right = -Infinity;
  let top = Infinity;
  let bottom = -Infinity;
  for (const e of v) {
    left = Math.min(left, e.pos);
    right = Math.max(right, e.pos);
  }
  for (const e of h) {
    top = Math.min(top, e.pos);
    bottom = Math.max(bottom, e.pos);
  }
  const outer = v.filter((e) => e.pos - left <= tolerance || right - e.pos <= tolerance);
  const hasBoth = outer.some((e) => e.pos - left <= tolerance) && outer.some((e) => right - e.pos <= tolerance);
  if (!hasBoth) return [...group];
  const ends = outer.map((e) => e.end);
  const starts = outer.map((e) => e.start);
  const closed = [...group];
  const lowest = Math.min(...ends);
  if (lowest > bottom + tolerance && Math.max(...ends) - lowest <= tolerance) {
    closed.push({ orientation: 'h', pos: Math.max(...ends), start: left, end: right });
  } else if (
    Math.abs(lowest - bottom) <= tolerance &&
    Math.max(...ends) - lowest <= tolerance &&
    ruledAcross(h, bottom, left, right, tolerance) >= 0.5 &&
    !text.some((b) => b.x1 > left && b.x0 < right && b.y0 < bottom - tolerance && b.y1 > bottom + tolerance)
  ) {
    // a spreadsheet draws no rule under a merged cell the page break cuts (its other columns are ruled): the
    // outline still ends there, unless the cell's text runs on past it (a vertical label the break clipped)
    closed.push({ orientation: 'h', pos: bottom, start: left, end: right });
  }
  const highest = Math.max(...starts);
  if (highest < top - tolerance && highest - Math.min(...starts) <= tolerance) {
    closed.push({ orientation: 'h', pos: Math.min(...starts), start: left, end: right });
  }
  return closed;
}

/** The share of left…right that horizontal edges at `pos` cover. */
function ruledAcross(h: readonly Edge[], pos: number, left: number, right: number, tolerance: number): number {
  const covered = h
    .filter((e) => Math.abs(e.pos - pos) <= tolerance)
    .reduce((sum, e) => sum + Math.max(0, Math.min(e.end, right) - Math.max(e.start, left)), 0);
  return covered / (right - left);
}

/**
 * Edges that touch or cross each other, grouped (one group per drawn table). Horizontal
 * edges are sorted by position so each vertical edge only meets those in its span.
 */
export function connectedEdges(edges: readonly Edge[], tolerance: number): Edge[][] {
  const horizontal = edges.filter((e) => e.orientation === 'h').sort((a, b) => a.pos - b.pos);
  const vertical = edges.filter((e) => e.orientation === 'v');
  const all = [...horizontal, ...vertical];
  const sets = new UnionFind(all.length);
  vertical.forEach((v, vi) => {
    for (let hi = firstAtOrAbove(horizontal, v.start - tolerance, (e) => e.pos); hi < horizontal.length; hi++) {
      const h = horizontal[hi]!;
      if (h.pos > v.end + tolerance) break;
      if (v.pos >= h.start - tolerance && v.pos <= h.end + tolerance) sets.union(hi, horizontal.length + vi);
    }
  });
  const groups = new Map<number, Edge[]>();
  all.forEach((e, i) => {
    const root = sets.find(i);
    const group = groups.get(root);
    if (group) group.push(e);
    else groups.set(root, [e]);
  });
  return [...groups.values()];
}

/**
 * One group of edges → a grid whose lines are the distinct edge positions. Neighbouring
 * slots without a ruled border between them are one (merged) cell; slots that reach the
 * grid's outline through a missing border are outside the table.
 */
export function edgesToGrid(edges: readonly Edge[], tolerance: number, settings: LayoutSettings): TableGrid | null {
  const ys = distinct(edges.filter((e) => e.orientation === 'h').map((e) => e.pos));
  const xs = distinct(edges.filter((e) => e.orientation === 'v').map((e) => e.pos));
  if (xs.length < 2 || ys.length < 2) return null;
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const ruled = (orientation: 'h' | 'v') => byPosition(edges.filter((e) => e.orientation === orientation));
  const hRules = ruled('h');
  const vRules = ruled('v');
  const isRuled = (rules: Map<number, Edge[]>, pos: number, a: number, b: number) =>
    coverage(rules.get(pos) ?? [], a, b, tolerance) >= settings.borderCoverage * (b - a);

  const outside = rows * cols;
  const sets = new UnionFind(outside + 1);
  const slot = (r: number, c: number) => r * cols + c;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c <= cols; c++) {
      if (isRuled(vRules, xs[c]!, ys[r]!, ys[r + 1]!)) continue;
      sets.union(c === 0 ? outside : slot(r, c - 1), c === cols ? outside : slot(r, c));
    }
  }
  for (let c = 0; c < cols; c++) {
    for (let r = 0; r <= rows; r++) {
      if (isRuled(hRules, ys[r]!, xs[c]!, xs[c + 1]!)) continue;
      sets.union(r === 0 ? outside : slot(r - 1, c), r === rows ? outside : slot(r, c));
    }
  }
  return gridFromSlots(xs, ys, sets, outside);
}

/** Turn slot groups into cells (bounding rectangles), dropping rows/columns no cell uses. */
function gridFromSlots(xs: number[], ys: number[], sets: UnionFind, outside: number): TableGrid | null {
  const cols = xs.length - 1;
  const rows = ys.length - 1;
  const outsideRoot = sets.find(outside);
  const extents = new Map<number, { r0: number; r1: number; c0: number; c1: number }>();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const root = sets.find(r * cols + c);
      if (root === outsideRoot) continue;
      const ext = extents.get(root);
      if (!ext) extents.set(root, { r0: r, r1: r, c0: c, c1: c });
      else {
        ext.r0 = Math.min(ext.r0, r);
        ext.r1 = Math.max(ext.r1, r);
        ext.c0 = Math.min(ext.c0, c);
        ext.c1 = Math.max(ext.c1, c);
      }
    }
  }
  if (extents.size === 0) return null;
  const all = [...extents.values()];
  const rMin = Math.min(...all.map((e) => e.r0));
  const rMax = Math.max(...all.map((e) => e.r1));
  const cMin = Math.min(...all.map((e) => e.c0));
  const cMax = Math.max(...all.map((e) => e.c1));
  const gx = xs.slice(cMin, cMax + 2);
  const gy = ys.slice(rMin, rMax + 2);
  const cells: GridCell[] = all
    .map((e) => ({
      row: e.r0 - rMin,
      col: e.c0 - cMin,
      rowSpan: e.r1 - e.r0 + 1,
      colSpan: e.c1 - e.c0 + 1,
      box: { x0: xs[e.c0]!, y0: ys[e.r0]!, x1: xs[e.c1 + 1]!, y1: ys[e.r1 + 1]! },
    }))
    .sort((a, b) => a.row - b.row || a.col - b.col);
  const gridCols = gx.length - 1;
  const slots = new Int32Array((gy.length - 1) * gridCols).fill(-1);
  cells.forEach((cell, i) => {
    for (let r = cell.row; r < cell.row + cell.rowSpan; r++) {
      for (let c = cell.col; c < cell.col + cell.colSpan; c++) slots[r * gridCols + c] = i;
    }
  });
  return { box: { x0: gx[0]!, y0: gy[0]!, x1: gx.at(-1)!, y1: gy.at(-1)! }, xs: gx, ys: gy, cells, slots };
}

/** The cell of `grid` that covers point (x, y), or -1. */
export function cellIndexAt(grid: TableGrid, x: number, y: number): number {
  const c = lastAtOrBelow(grid.xs, x);
  const r = lastAtOrBelow(grid.ys, y);
  const cols = grid.xs.length - 1;
  if (c < 0 || r < 0 || c >= cols || r >= grid.ys.length - 1) return -1;
  return grid.slots[r * cols + c]!;
}

function distinct(values: number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

function byPosition(edges: Edge[]): Map<number, Edge[]> {
  const map = new Map<number, Edge[]>();
  for (const e of edges) {
    const list = map.get(e.pos);
    if (list) list.push(e);
    else map.set(e.pos, [e]);
  }
  for (const list of map.values()) list.sort((a, b) => a.start - b.start);
  return map;
}

/** Length of a…b covered by the (sorted, disjoint) edges, each widened by `tolerance`. */
function coverage(edges: readonly Edge[], a: number, b: number, tolerance: number): number {
  let covered = 0;
  let reached = a;
  for (let i = firstAtOrAbove(edges, a - tolerance, (e) => e.end); i < edges.length; i++) {
    const e = edges[i]!;
    const start = Math.max(e.start - tolerance, reached);
    if (start >= b) break;
    const end = Math.min(e.end + tolerance, b);
    if (end > start) {
      covered += end - start;
      reached = end;
    }
  }
  return covered;
}
