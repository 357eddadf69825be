import type { LayoutSettings } from './settings.js';
import type { Box } from './types.js';

/** A ruling line: horizontal edges sit at y = pos and run start…end along x; vertical ones the other way. */
export interface Edge {
  orientation: 'h' | 'v';
  pos: number;
  start: number;
  end: number;
}

/** Painted rectangles → edges: thin ones (and zero-thickness strokes) along their long side; solid areas are not rules. */
export function rectsToEdges(rects: readonly Box[], em: number, settings: LayoutSettings): Edge[] {
  const thickness = settings.ruleMaxThicknessEm * em;
  const minLength = settings.edgeMinLengthEm * em;
  const edges: Edge[] = [];
  for (const r of rects) {
    const w = r.x1 - r.x0;
    const h = r.y1 - r.y0;
    if (h <= thickness && w >= minLength && w > h) edges.push({ orientation: 'h', pos: (r.y0 + r.y1) / 2, start: r.x0, end: r.x1 });
    else if (w <= thickness && h >= minLength && h > w) edges.push({ orientation: 'v', pos: (r.x0 + r.x1) / 2, start: r.y0, end: r.y1 });
  }
  return edges;
}

/** Parallel edges within `tolerance` of each other are moved onto their average position. */
export function snapEdges(edges: readonly Edge[], tolerance: number): Edge[] {
  const out: Edge[] = [];
  for (const orientation of ['h', 'v'] as const) {
    const sorted = edges.filter((e) => e.orientation === orientation).sort((a, b) => a.pos - b.pos);
    let cluster: Edge[] = [];
    const flush = () => {
      const pos = cluster.reduce((s, e) => s + e.pos, 0) / cluster.length;
      for (const e of cluster) out.push({ ...e, pos });
      cluster = [];
    };
    for (const e of sorted) {
      if (cluster.length > 0 && e.pos - cluster.at(-1)!.pos > tolerance) flush();
      cluster.push(e);
    }
    if (cluster.length > 0) flush();
  }
  return out;
}

/** Collinear edges that overlap or leave a gap up to `tolerance` become one edge. */
export function joinEdges(edges: readonly Edge[], tolerance: number): Edge[] {
  const sorted = [...edges].sort(
    (a, b) => (a.orientation === b.orientation ? 0 : a.orientation === 'h' ? -1 : 1) || a.pos - b.pos || a.start - b.start,
  );
  const out: Edge[] = [];
  for (const e of sorted) {
    const last = out.at(-1);
    if (last && last.orientation === e.orientation && last.pos === e.pos && e.start <= last.end + tolerance) {
      last.end = Math.max(last.end, e.end);
    } else {
      out.push({ ...e });
    }
  }
  return out;
}
