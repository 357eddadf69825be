import { joinEdges, rectsToEdges, snapEdges, type Edge } from './edges.js';
import type { LayoutSettings } from './settings.js';
import type { Box, PageContent, TextRun } from './types.js';

/**
 * Tables ruled only across: a word processor's table with lines under its rows and none
 * between its columns, or a drawn one. Horizontal rules of one extent (at least
 * `openTableMinRules`, no vertical rule between their ends) are a table's row lines; its
 * columns are read from alignment: the gutters the text of nearly every row leaves free.
 * The rules returned (zero-width boxes) close each row at the table's sides and part its
 * cells at the gutters; a row whose text crosses a gutter (a heading across the table) is
 * left whole, one merged cell. Given to the table finder with the page's own rules.
 */
export function openTableRules(content: PageContent, em: number, settings: LayoutSettings): Box[] {
  const tolerance = settings.snapToleranceEm * em;
  const edges = joinEdges(snapEdges(rectsToEdges(content.rects, em, settings), tolerance), settings.joinToleranceEm * em);
  const verticals = edges.filter((e) => e.orientation === 'v');
  const runs = content.runs.filter((r) => !r.vertical && r.text.trim() !== '');
  const out: Box[] = [];
  for (const group of ruleGroups(edges, tolerance, settings.openTableMinWidthEm * em)) {
    if (group.length < settings.openTableMinRules) continue;
    const x0 = Math.min(...group.map((e) => e.start));
    const x1 = Math.max(...group.map((e) => e.end));
    const top = group[0]!.pos;
    const bottom = group.at(-1)!.pos;
    // a rule between the ends makes it a ruled table, the table finder's
    if (verticals.some((v) => v.pos > x0 + tolerance && v.pos < x1 - tolerance && v.start < bottom && v.end > top)) continue;
    const bands = group.slice(1).map((e, i) => ({
      top: group[i]!.pos,
      bottom: e.pos,
      runs: runs.filter((r) => {
        const y = (r.box.y0 + r.box.y1) / 2;
        return y > group[i]!.pos && y < e.pos && r.box.x0 >= x0 - tolerance && r.box.x1 <= x1 + tolerance;
      }),
    }));
    const filled = bands.filter((b) => b.runs.length > 0);
    if (filled.length < settings.openTableMinRules - 1) continue;
    const gutters = columnGutters(filled.map((b) => b.runs), x0, x1, settings.openTableGutterEm * em, Math.floor(filled.length * settings.openTableSpanShare));
    if (gutters.length < 2) continue;
    for (const band of bands) {
      const side = (x: number): Box => ({ x0: x, x1: x, y0: band.top, y1: band.bottom });
      out.push(side(x0), side(x1));
      const crosses = gutters.some((g) => band.runs.some((r) => r.box.x0 <= g.from && r.box.x1 >= g.to));
      if (!crosses) out.push(...gutters.map((g) => side((g.from + g.to) / 2)));
    }
  }
  return out;
}

interface Gutter {
  from: number;
  to: number;
}

/** Horizontal rules at least `minLength` long, grouped by their extent (same start and end), top to bottom. */
function ruleGroups(edges: readonly Edge[], tolerance: number, minLength: number): Edge[][] {
  const groups: Edge[][] = [];
  const rules = edges.filter((e) => e.orientation === 'h' && e.end - e.start >= minLength).sort((a, b) => a.pos - b.pos);
  for (const rule of rules) {
    const group = groups.find((g) => Math.abs(g[0]!.start - rule.start) <= tolerance && Math.abs(g[0]!.end - rule.end) <= tolerance);
    if (group) group.push(rule);
    else groups.push([rule]);
  }
  return groups;
}

/**
 * The gutters between columns: stretches at least `minGap` wide, with text on both sides,
 * that the runs of at most `spanning` rows cover.
 */
function columnGutters(rows: ReadonlyArray<readonly TextRun[]>, x0: number, x1: number, minGap: number, spanning: number): Gutter[] {
  const width = Math.ceil(x1 - x0) + 1;
  const cover = new Array<number>(width).fill(0);
  for (const row of rows) {
    const marked = new Uint8Array(width);
    for (const r of row) for (let x = Math.max(0, Math.floor(r.box.x0 - x0)); x < Math.min(width, Math.ceil(r.box.x1 - x0)); x++) marked[x] = 1;
    marked.forEach((m, x) => (cover[x] = cover[x]! + m));
  }
  const gutters: Gutter[] = [];
  let start = -1;
  let seenText = false;
  for (let x = 0; x < width; x++) {
    if (cover[x]! <= spanning) {
      if (start < 0) start = x;
      continue;
    }
    if (start >= 0 && seenText && x - start >= minGap) gutters.push({ from: x0 + start, to: x0 + x - 1 });
    start = -1;
    seenText = true;
  }
  return gutters;
}
