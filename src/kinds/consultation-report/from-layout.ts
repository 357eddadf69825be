import type { LayoutDocument } from '../../input/types.js';
import type { Block, Cell, LayoutPage, Table, TextLine } from '../../layout/types.js';
import type { ParseContext } from '../types.js';
import { headingOf } from './chart-parts.js';
import { readGridTables } from './grid-tables.js';
import type { UsedLines } from './lines.js';
import { type TablePiece, wholePiece } from './continued-tables.js';
import type { Chart, ConsultationReportFields, PlacedCount } from './model.js';
import { readLegendPie } from './legend-pies.js';
import { readMonthChartLayout } from './month-charts.js';
import { readFigureGrid } from './figure-tables.js';
import { readMatrixGrid } from './matrix-grids.js';
import { unitInTitles } from './series-charts.js';
import { readSlides } from './read-slides.js';
import type { Slide } from './slides.js';
import { tokenizeSliceLine } from './slices.js';
import { readSeriesLayout } from './series-layout.js';
import { readUnruledTables } from './unruled-tables.js';
import { readYearRows, warnYearTable } from './year-tables.js';

interface LayoutSlide extends Slide {
  /** The slide line index of each layout line. */
  indexOf: Map<TextLine, number>;
}

const overlapsVertically = (a: TextLine, b: TextLine) => Math.min(a.box.y1, b.box.y1) > Math.max(a.box.y0, b.box.y0);

/**
 * Blocks in the order the charts read: where a slide sets charts side by side,
 * each under its 【】 heading on one row, the page reads column by column (every
 * block to the column its centre stands in), so one chart's labels do not mix
 * with its neighbour's. Blocks above the headings' row come first.
 */
function chartOrder(page: LayoutPage): Block[] {
  const headings = page.blocks.flatMap((b) => b.lines.filter((l) => headingOf(l.text) !== null));
  const row = headings.filter((h) => headings.some((o) => o !== h && overlapsVertically(h, o))).sort((a, b) => a.box.x0 - b.box.x0);
  if (row.length < 2) return page.blocks;
  const top = Math.min(...row.map((h) => h.box.y0));
  const column = (b: Block) => {
    const centre = (b.box.x0 + b.box.x1) / 2;
    return row.filter((h, k) => k === 0 || centre >= h.box.x0).length - 1;
  };
  const above = page.blocks.filter((b) => b.box.y1 <= top);
  const below = page.blocks.filter((b) => b.box.y1 > top);
  const byColumn = row.map((_, k) => below.filter((b) => column(b) === k));
  return [...above, ...byColumn.flat()];
}

/**
 * A page as the slide readers see it: its blocks (text set together, such as a
 * slice label with its percent) one after another, a blank line between blocks,
 * each line tagged with its block. Text inside ruled tables is not in blocks.
 */
function blockSlide(page: LayoutPage): LayoutSlide {
  const lines: string[] = [];
  const groups: number[] = [];
  const indexOf = new Map<TextLine, number>();
  chartOrder(page)
    .flatMap((block) => dataLabels(block.lines))
    .forEach((group, k) => {
      for (const line of group) {
        indexOf.set(line, lines.length);
        lines.push(line.text);
        groups.push(k);
      }
      lines.push('');
      groups.push(-1);
    });
  return { page: page.page, lines, groups, indexOf };
}

const centreX = (l: TextLine) => (l.box.x0 + l.box.x1) / 2;
/** A value under its name: the gap between them and the misalignment of their centres, in line heights. */
const STACK_GAP = 0.6;
const STACK_CENTRE = 0.5;

/**
 * A block's lines as groups: a chart's data label printed as its name over its
 * value, centred (office suites set slice labels so, and crowd small slices'
 * labels into one block in any order), is a group of its own, name then value;
 * the block's other lines stay together. Lines keep their order otherwise.
 */
function dataLabels(lines: readonly TextLine[]): TextLine[][] {
  const tokens = (l: TextLine) => tokenizeSliceLine(l.text, 0);
  const values = lines.filter((l) => tokens(l).length > 0 && tokens(l).every((t) => t.kind === 'value'));
  const names = lines.filter((l) => tokens(l).length > 0 && tokens(l).every((t) => t.kind === 'label'));
  const partner = new Map<TextLine, TextLine>();
  const wrapped = new Map<TextLine, TextLine>();
  const free = (n: TextLine) => !partner.has(n) && !wrapped.has(n) && ![...wrapped.values()].includes(n);
  for (const value of values) {
    const name = names.filter(free).filter((n) => stacksOver(n, value)).sort((a, b) => b.box.y1 - a.box.y1)[0];
    if (!name) continue;
    partner.set(name, value);
    // a name too long for its label box wraps: its first part stands over the rest (`福祉サービスの利` / `用`)
    const head = names.filter(free).filter((n) => stacksOver(n, name)).sort((a, b) => b.box.y1 - a.box.y1)[0];
    if (head) wrapped.set(name, head);
  }
  if (partner.size === 0) return [[...lines]];
  const taken = new Set([...partner.values(), ...wrapped.values()]);
  const rest = lines.filter((l) => !partner.has(l) && !taken.has(l));
  const groups = lines.filter((l) => partner.has(l)).map((name) => [...(wrapped.has(name) ? [wrapped.get(name)!] : []), name, partner.get(name)!]);
  return rest.length > 0 ? [rest, ...groups] : groups;
}

/** A line set right over another, centred on it: a data label's name over its value, or a wrapped name's parts. */
function stacksOver(upper: TextLine, lower: TextLine): boolean {
  const height = lower.box.y1 - lower.box.y0;
  const gap = lower.box.y0 - upper.box.y1;
  return gap >= -height * 0.2 && gap <= STACK_GAP * height && Math.abs(centreX(upper) - centreX(lower)) <= STACK_CENTRE * height;
}

/**
 * Plan tables of a PDF: ruled grids read by their column headers, then tables
 * drawn without rules, read from the positions of the page's lines (blocks would
 * group a column's cells together).
 */
function layoutTables(doc: LayoutDocument, slides: readonly LayoutSlide[], used: UsedLines, ctx: ParseContext): TablePiece[] {
  const ruled = doc.pages.flatMap((page, s) =>
    readGridTables(page, ctx).map(({ piece, titleLines }) => {
      for (const line of titleLines) used.add(s, slides[s]!.indexOf.get(line)!);
      return piece;
    }),
  );
  const unruled = doc.pages.flatMap((page, s) => {
    const slide = slides[s]!;
    const free = page.lines.filter((l) => slide.indexOf.has(l) && !used.has(s, slide.indexOf.get(l)!));
    return readUnruledTables(page, free, ctx).map(({ table, lines }) => {
      for (const l of lines) used.add(s, slide.indexOf.get(l)!);
      return wholePiece(table);
    });
  });
  return [...ruled, ...unruled];
}

/**
 * A deck as a PDF: each page is a slide. Charts are read from the page's blocks,
 * so labels pair with the values set beside them; plan tables from ruled grids
 * (cells by column header) or from rows of lines; anything else as on a text slide.
 */
export function parseLayout(doc: LayoutDocument, ctx: ParseContext): ConsultationReportFields {
  const slides = doc.pages.map(blockSlide);
  return readSlides(
    slides,
    ctx,
    (used) => layoutTables(doc, slides, used, ctx),
    (reportYear) => gridCounts(doc, slides, ctx, reportYear),
    (used) => seriesCounts(doc, slides, used),
    (used) => placedCharts(doc, slides, used),
  );
}

/** Charts only the page's geometry pairs up (pies named by a legend, charts by month), one a page at most; the lines read are marked used. */
function placedCharts(doc: LayoutDocument, slides: readonly LayoutSlide[], used: UsedLines): Chart[] {
  return doc.pages.flatMap((page, s) => {
    const slide = slides[s]!;
    const free = page.lines.filter((l) => slide.indexOf.has(l) && !used.has(s, slide.indexOf.get(l)!));
    const found = readLegendPie(free, page.page) ?? readMonthChartLayout(free, page.page);
    if (!found) return [];
    for (const l of found.lines) used.add(s, slide.indexOf.get(l)!);
    return [found.chart];
  });
}

/** Column charts over fiscal years, by slide index, each placed at its first line; the lines read are marked used. */
function seriesCounts(doc: LayoutDocument, slides: readonly LayoutSlide[], used: UsedLines): Map<number, PlacedCount[]> {
  const out = new Map<number, PlacedCount[]>();
  doc.pages.forEach((page, s) => {
    const slide = slides[s]!;
    const free = page.lines.filter((l) => slide.indexOf.has(l) && !used.has(s, slide.indexOf.get(l)!));
    const placed = readSeriesLayout(free, page.furniture ?? [], page.page).flatMap(({ counts, lines }) => {
      const at = Math.min(...lines.map((l) => slide.indexOf.get(l)!));
      for (const l of lines) used.add(s, slide.indexOf.get(l)!);
      return counts.map((count) => ({ at, count }));
    });
    if (placed.length > 0) out.set(s, placed);
  });
  return out;
}

/** Tables of figures drawn as ruled grids, by slide index, each placed after the slide lines above it. */
function gridCounts(doc: LayoutDocument, slides: readonly LayoutSlide[], ctx: ParseContext, reportYear: number | null): Map<number, PlacedCount[]> {
  const out = new Map<number, PlacedCount[]>();
  doc.pages.forEach((page, s) => {
    const counts = page.tables.flatMap((table) => {
      const above = [...slides[s]!.indexOf].filter(([line]) => line.box.y1 <= table.box.y0).sort(([a], [b]) => b.box.y1 - a.box.y1);
      const at = (above.length > 0 ? Math.max(...above.map(([, i]) => i)) : -1) + 0.5;
      const rows = gridRows(table);
      const matrix = readMatrixGrid(table, unitInTitles(above.map(([line]) => line.text).slice(0, 2)), page.page);
      if (matrix) return matrix.map((count) => ({ at, count }));
      const byYear = readYearRows(rows, () => above.map(([line]) => line.text), page.page).flatMap((t) => {
        warnYearTable(t, ctx, page.page);
        return t.counts.map((c) => c.count);
      });
      return (byYear.length > 0 ? byYear : readFigureGrid(rows, page.page, ctx, reportYear)).map((count) => ({ at, count }));
    });
    if (counts.length > 0) out.set(s, counts);
  });
  return out;
}

function gridRows(table: Table): string[][] {
  const rows = new Map<number, Cell[]>();
  for (const cell of table.cells) rows.set(cell.row, [...(rows.get(cell.row) ?? []), cell]);
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([, cells]) => cells.sort((a, b) => a.col - b.col).map((c) => c.text));
}
