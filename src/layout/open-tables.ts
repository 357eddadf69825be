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
    const ruled = group.slice(1).map((e, i) => ({
      top: group[i]!.pos,
      bottom: e.pos,
      runs: runs.filter((r) => {
        const y = (r.box.y0 + r.box.y1) / 2;
        return y > group[i]!.pos && y < e.pos && r.box.x0 >= x0 - tolerance && r.box.x1 <= x1 + tolerance;
      }),
    }));
    if (ruled.filter((b) => b.runs.length > 0).length < settings.openTableMinRules - 1) continue;
    const bands = splitBands(ruled, em);
    const body = bands.filter((b) => !isHeadingBand(b.runs, bands));
    const gutters = columnGutters(body.map((b) => b.runs), x0, x1, settings.openTableGutterEm * em, Math.floor(body.length * settings.openTableSpanShare));
    if (gutters.length < 2) continue;
    const drawn = (band: Band) => band.top === ruled.find((b) => b.bottom >= band.bottom)!.top;
    out.push(...tableBandRules(bands, gutters, x0, x1, (band) => isHeadingBand(band.runs, bands), drawn));
  }
  return out;
}

/**
 * The rules of a table whose rows are `bands`: a rule across at each band's top (unless
 * `drawn` already), its sides, and its cells parted at the gutters unless the band is a
 * heading or its text crosses a gutter (one merged cell).
 */
export function tableBandRules<B extends Band>(bands: readonly B[], gutters: readonly Gutter[], x0: number, x1: number, heading: (band: B) => boolean, drawn: (band: B) => boolean = () => false): Box[] {
  const out: Box[] = [];
  for (const band of bands) {
    if (!drawn(band)) out.push({ x0, x1, y0: band.top, y1: band.top });
    const side = (x: number): Box => ({ x0: x, x1: x, y0: band.top, y1: band.bottom });
    out.push(side(x0), side(x1));
    const crosses = gutters.some((g) => band.runs.some((r) => r.box.x0 <= g.from && r.box.x1 >= g.to));
    if (!crosses && !heading(band)) out.push(...gutters.map((g) => side((g.from + g.to) / 2)));
  }
  return out;
}

export interface Band {
  top: number;
  bottom: number;
  runs: TextRun[];
}

/** Gaps between lines this many times the table's closest line gap (and above a tenth of a line) part rows. */
const ROW_GAP_RATIO = 2.5;

/** The gaps between a band's lines, top to bottom (none where lines overlap, as a cell centred beside two lines does). */
function lineGaps(band: Band): Array<{ at: number; size: number }> {
  const spans = band.runs.map((r) => [r.box.y0, r.box.y1] as const).sort((a, b) => a[0] - b[0]);
  const gaps: Array<{ at: number; size: number }> = [];
  let reach = spans[0]?.[1] ?? 0;
  for (const [y0, y1] of spans.slice(1)) {
    if (y0 - reach > -(y1 - y0) / 2) gaps.push({ at: (reach + y0) / 2, size: Math.max(0, y0 - reach) });
    reach = Math.max(reach, y1);
  }
  return gaps;
}

/**
 * Ruled bands that hold several rows (a booktabs table rules only its header and groups),
 * parted where the gap between lines is much wider than the closest lines of the table
 * (the lines of one cell) are: the rows' padding. Evenly spaced lines stay one row.
 */
function splitBands(ruled: readonly Band[], em: number): Band[] {
  const gaps = ruled.map(lineGaps);
  const closest = Math.min(...gaps.flat().map((g) => g.size));
  return ruled.flatMap((band, i) => {
    const cuts = gaps[i]!.filter((g) => g.size > Math.max(closest * ROW_GAP_RATIO, em / 10)).map((g) => g.at);
    const edges = [band.top, ...cuts, band.bottom];
    return edges.slice(1).map((bottom, k) => ({
      top: edges[k]!,
      bottom,
      runs: band.runs.filter((r) => (r.box.y0 + r.box.y1) / 2 > edges[k]! && (r.box.y0 + r.box.y1) / 2 < bottom),
    }));
  });
}

/**
 * A heading row across the table: one line of text that starts where the table's text
 * starts, in one or two pieces (its number and title): one cell, and no vote on the columns.
 */
function isHeadingBand(runs: readonly TextRun[], bands: readonly Band[]): boolean {
  if (runs.length === 0) return false;
  const left = Math.min(...bands.flatMap((b) => b.runs.map((r) => r.box.x0)));
  const top = Math.min(...runs.map((r) => r.box.y0));
  const oneLine = runs.every((r) => r.box.y0 < top + (r.box.y1 - r.box.y0) / 2);
  return oneLine && runs.length <= 2 && Math.abs(Math.min(...runs.map((r) => r.box.x0)) - left) < (runs[0]!.box.y1 - runs[0]!.box.y0);
}

export interface Gutter {
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
export function columnGutters(rows: ReadonlyArray<readonly TextRun[]>, x0: number, x1: number, minGap: number, spanning: number): Gutter[] {
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
