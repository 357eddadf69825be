import { rectsToEdges } from './edges.js';
import { columnGutters, tableBandRules, type Band } from './open-tables.js';
import type { LayoutSettings } from './settings.js';
import type { Box, PageContent, TextRun } from './types.js';

/**
 * Tables without any rule: a report generator that places each cell's text at its column
 * (pdf-lib, a PDF library's table without borders). Only on a page that draws no rule at
 * all (else the ruled and open table finders read it). A header line of at least
 * `unruledMinColumns` pieces apart by wide gaps, then lines of text down to the first big
 * vertical gap, is a table when at least `unruledMinRows` of them start in its first column.
 * Its columns are the gutters its text leaves free; a row starts at a line with text in
 * the first column, a line of one piece across the columns (a heading) is a row of its own,
 * and other lines continue the row above (a wrapped cell, a second indicator line). The
 * rules returned (zero-width boxes) part the rows and cells, as open tables' do.
 */
export function unruledTableRules(content: PageContent, em: number, settings: LayoutSettings): Box[] {
  if (rectsToEdges(content.rects, em, settings).length > 0) return [];
  const lines = textLines(content.runs.filter((r) => !r.vertical && r.text.trim() !== ''), em);
  const pieceGap = settings.unruledPieceGapEm * em;
  const out: Box[] = [];
  for (let h = 0; h < lines.length; h++) {
    const header = lines[h]!;
    const heads = pieces(header, pieceGap);
    if (heads.length < settings.unruledMinColumns || !isHeaderText(heads)) continue;
    const left = heads[0]!.x0;
    const right = heads.at(-1)!.x1;
    let end = h + 1;
    while (
      end < lines.length &&
      top(lines[end]!) - bottom(lines[end - 1]!) < settings.unruledMaxLineGapEm * em &&
      lines[end]!.every((r) => r.box.x0 >= left - em)
    ) end++;
    const body = lines.slice(h + 1, end);
    const firstColumnEnd = heads[1]!.x0 - em / 2;
    const starts = (line: TextRun[]) => Math.min(...line.map((r) => r.box.x0)) < firstColumnEnd;
    if (body.filter((l) => starts(l) && pieces(l, pieceGap).length >= 3).length < settings.unruledMinRows) continue;
    const x1 = Math.max(right, ...body.flatMap((l) => l.map((r) => r.box.x1)));
    const rows = [header, ...body.filter((l) => !isAcross(l, heads, pieceGap))];
    const gutters = columnGutters(rows, left, x1, settings.openTableGutterEm * em, Math.floor(rows.length * settings.openTableSpanShare));
    if (gutters.length < settings.unruledMinColumns - 1) continue;
    const rowBands = bands([header, ...body], starts, (l) => isAcross(l, heads, pieceGap));
    const [x0, xEnd] = [left - em / 2, x1 + em / 2];
    const last = rowBands.at(-1)!;
    out.push(...tableBandRules(rowBands, gutters, x0, xEnd, (b) => b.heading), { x0, x1: xEnd, y0: last.bottom, y1: last.bottom });
    h = end - 1;
  }
  return out;
}

/** Runs on one line (their middles within half an em), top to bottom, each left to right. */
function textLines(runs: readonly TextRun[], em: number): TextRun[][] {
  const lines: TextRun[][] = [];
  const middle = (r: TextRun) => (r.box.y0 + r.box.y1) / 2;
  for (const run of [...runs].sort((a, b) => middle(a) - middle(b))) {
    const line = lines.at(-1);
    if (line && Math.abs(middle(line[0]!) - middle(run)) < em / 2) line.push(run);
    else lines.push([run]);
  }
  return lines.map((l) => l.sort((a, b) => a.box.x0 - b.box.x0));
}

const top = (line: readonly TextRun[]) => Math.min(...line.map((r) => r.box.y0));
const bottom = (line: readonly TextRun[]) => Math.max(...line.map((r) => r.box.y1));

type Piece = Box & { text: string };

/** A line's pieces: its runs joined where they stand closer than `gap`. */
function pieces(line: readonly TextRun[], gap: number): Piece[] {
  const out: Piece[] = [];
  for (const r of line) {
    const last = out.at(-1);
    if (last && r.box.x0 - last.x1 < gap) Object.assign(last, { x1: Math.max(last.x1, r.box.x1), text: last.text + r.text });
    else out.push({ ...r.box, text: r.text });
  }
  return out;
}

/** A header row names its columns: no piece is a bare figure or date (a data row's `H30.3.31  120  230`), most have no digit. */
function isHeaderText(heads: readonly Piece[]): boolean {
  const words = heads.map((h) => h.text.trim());
  return !words.some((w) => /^[0-9０-９.,．，%％\/:：-]+$/.test(w) || /^[A-Z]?[0-9]+[./][0-9]+/.test(w)) && words.filter((w) => !/[0-9０-９]/.test(w)).length * 2 > words.length;
}

/** A heading printed across the table: a piece or two (its number and title), one reaching over a column's start. */
function isAcross(line: readonly TextRun[], heads: readonly Box[], gap: number): boolean {
  const ps = pieces(line, gap);
  return ps.length <= 2 && ps.some((p) => heads.some((h, k) => k > 0 && p.x0 < h.x0 - gap / 2 && p.x1 > h.x0));
}

/** The table's rows: each from the line that starts it, a heading a row of its own; parted halfway between lines. */
function bands(lines: readonly TextRun[][], starts: (l: TextRun[]) => boolean, across: (l: TextRun[]) => boolean): Array<Band & { heading: boolean }> {
  const groups: Array<{ lines: TextRun[][]; heading: boolean }> = [];
  lines.forEach((line, k) => {
    const heading = k > 0 && across(line);
    const last = groups.at(-1);
    if (!last || k === 1 || heading || last.heading || starts(line)) groups.push({ lines: [line], heading });
    else last.lines.push(line);
  });
  return groups.map((g, k) => {
    const prev = groups[k - 1];
    const next = groups[k + 1];
    const gTop = top(g.lines[0]!);
    const gBottom = bottom(g.lines.at(-1)!);
    return {
      top: prev ? (bottom(prev.lines.at(-1)!) + gTop) / 2 : gTop - 2,
      bottom: next ? (gBottom + top(next.lines[0]!)) / 2 : gBottom + 2,
      runs: g.lines.flat(),
      heading: g.heading,
    };
  });
}
