/**
 * Column charts over fiscal years on a PDF page, read from where their text stands:
 * the categories on one row under the bars, each bar's value over its category (one
 * over another when stacked, the first series at the bottom; side by side when
 * clustered, the first series at the left), the legend elsewhere on the chart. The
 * page's reading order would interleave the values of neighbouring bars.
 */
import type { Box, TextLine } from '../../layout/types.js';
import { compact, HAS_LETTER } from './lines.js';
import { barValue, byYear, leadingTicks, seriesCounts, yearsOf, type BarValue, type SeriesChart } from './series-charts.js';
import type { Count } from './model.js';
import { piecesOf } from './unruled-tables.js';

interface Piece {
  text: string;
  box: Box;
  line: TextLine;
}

const centreX = (b: Box) => (b.x0 + b.x1) / 2;
const midY = (b: Box) => (b.y0 + b.y1) / 2;
const sameRow = (a: Box, b: Box) => Math.abs(midY(a) - midY(b)) < Math.max(a.y1 - a.y0, b.y1 - b.y0) / 2;

/** A line's words with their boxes; a line that is one fiscal year (`R3年度`) or a run of them is split by year. */
function wordsOf(line: TextLine): Piece[] {
  const pieces = piecesOf(line);
  const years = yearsOf(line.text);
  if (years && years.length === 1) return [{ text: compact(line.text), box: line.box, line }];
  return pieces.map((p) => ({ text: p.text, box: p.box, line }));
}

/** Label pieces grouped into rows on one baseline, left to right: where a chart's categories may stand. */
function rows(labels: readonly Piece[]): Piece[][] {
  const out: Piece[][] = [];
  for (const p of [...labels].sort((a, b) => midY(a.box) - midY(b.box))) {
    const row = out.find((r) => sameRow(r[0]!.box, p.box));
    if (row) row.push(p);
    else out.push([p]);
  }
  return out.filter((r) => r.length >= 2).map((r) => r.sort((a, b) => a.box.x0 - b.box.x0));
}

interface Reading {
  counts: Count[];
  lines: TextLine[];
}

/**
 * The values standing over a row of categories, bar by bar in data order, or null
 * when every category does not have the same number of values over it.
 */
function barsOver(row: readonly Piece[], figures: ReadonlyArray<{ piece: Piece; value: BarValue }>) {
  const centres = row.map((p) => centreX(p.box));
  const gap = Math.min(...centres.slice(1).map((c, k) => c - centres[k]!));
  const inPlot = figures.filter((f) => f.piece.box.y1 <= row[0]!.box.y0 && centreX(f.piece.box) > centres[0]! - gap / 2 && centreX(f.piece.box) < centres[centres.length - 1]! + gap / 2);
  const bands = centres.map((c) => inPlot.filter((f) => Math.abs(centreX(f.piece.box) - c) <= gap / 2));
  const series = bands[0]!.length;
  if (series === 0 || bands.some((b) => b.length !== series)) return null;
  const em = row[0]!.box.y1 - row[0]!.box.y0;
  const isStacked = (band: typeof inPlot) => {
    const xs = band.map((f) => centreX(f.piece.box));
    return Math.max(...xs) - Math.min(...xs) < em;
  };
  const ordered = bands.map((band) => [...band].sort((a, b) => (isStacked(band) ? b.piece.box.y0 - a.piece.box.y0 : a.piece.box.x0 - b.piece.box.x0)));
  const values = Array.from({ length: series }, (_, s) => ordered.map((band) => band[s]!)).flat();
  return { series, values, stacked: series > 1 && bands.every(isStacked), top: Math.min(...inPlot.map((f) => f.piece.box.y0)) };
}

/**
 * A legend's entries in series order. A stacked chart's legend set one entry over another
 * lists the series as the stack shows them, the last series on top (office suites reverse
 * it so); a legend on one row lists them in order.
 */
function legendOrder(legend: readonly Piece[], stacked: boolean): Piece[] {
  const oneColumn = legend.every((p, k) => k === 0 || !sameRow(p.box, legend[k - 1]!.box));
  return stacked && oneColumn ? [...legend].reverse() : [...legend];
}

/** A legend stands beside the plot or at most this many line heights under the categories. */
const LEGEND_REACH = 4;

/**
 * Column charts over years among a page's free lines: their counts and the lines they
 * were read from. `furniture` is the page's text repeated on other pages: a legend
 * the deck's charts share is, and it still names this chart's series.
 */
export function readSeriesLayout(lines: readonly TextLine[], furniture: readonly TextLine[], page: number): Reading[] {
  const pieces = lines.flatMap(wordsOf);
  const figures = pieces.flatMap((piece) => {
    const value = barValue(piece.text);
    return value ? [{ piece, value }] : [];
  });
  const labels = pieces.filter((p) => barValue(p.text) === null && HAS_LETTER.test(p.text));
  const readings: Reading[] = [];
  for (const row of rows(labels)) {
    const bars = barsOver(row, figures);
    if (!bars) continue;
    const rowLines = new Set(row.map((p) => p.line));
    const em = row[0]!.box.y1 - row[0]!.box.y0;
    // a slide's page number is furniture too, never a series' name
    const legendPieces = [...labels, ...furniture.flatMap(wordsOf).filter((p) => barValue(p.text) === null && HAS_LETTER.test(p.text))]
      .filter((p) => !rowLines.has(p.line) && p.box.y0 >= bars.top && p.box.y0 <= row[0]!.box.y1 + LEGEND_REACH * em)
      .sort((a, b) => (sameRow(a.box, b.box) ? a.box.x0 - b.box.x0 : a.box.y0 - b.box.y0));
    // every series named once, or one series named by the chart's title
    const legend = legendPieces.length === bars.series ? legendOrder(legendPieces, bars.stacked) : bars.series === 1 && legendPieces.length === 0 ? [] : null;
    if (legend === null) continue;
    const above = lines.filter((l) => l.box.y1 <= bars.top && HAS_LETTER.test(l.text)).sort((a, b) => a.box.y0 - b.box.y0);
    const chart: SeriesChart = {
      titles: above.map((l) => l.text),
      categories: row.map((p) => p.text),
      legend: legend.map((p) => p.text),
      values: bars.values.map((f) => f.value),
    };
    const counts = seriesCounts(chart, page);
    if (!counts) continue;
    const used = [...rowLines, ...legend.map((p) => p.line).filter((l) => !furniture.includes(l)), ...bars.values.map((f) => f.piece.line), ...above.slice(0, 1)];
    readings.push({ counts, lines: [...new Set(used)] });
  }
  return readings.length > 0 ? readings : readHorizontalSeries(pieces, figures, labels, lines, page);
}

/**
 * A horizontal bar chart comparing fiscal years: its categories in a column left of the
 * plot, each bar's value at its end on the bar's row, a legend of two or more years. The
 * bars of a category stand in the order the categories run: top down when the value axis
 * stands over the plot (the category axis reversed), bottom up when it stands under it.
 * The legend gives the years, not their order (office suites list a bar chart's legend
 * reversed): the series are taken as the years in order, as decks print them.
 */
function readHorizontalSeries(
  pieces: readonly Piece[],
  figures: ReadonlyArray<{ piece: Piece; value: BarValue }>,
  labels: readonly Piece[],
  lines: readonly TextLine[],
  page: number,
): Reading[] {
  const legend = byYear(labels.filter((p) => yearsOf(p.text)?.length === 1).map((p) => p.text));
  if (legend === null || legend.length < 2 || figures.length === 0) return [];
  const axis = tickRow(figures);
  const bars = figures.filter((f) => !axis.includes(f));
  if (axis.length === 0 || bars.length === 0) return [];
  const left = Math.min(...bars.map((f) => f.piece.box.x0));
  const top = Math.min(...bars.map((f) => f.piece.box.y0));
  const bottom = Math.max(...bars.map((f) => f.piece.box.y1));
  const categories = labels
    .filter((p) => yearsOf(p.text) === null && p.box.x1 <= left && midY(p.box) >= top && midY(p.box) <= bottom)
    .sort((a, b) => a.box.y0 - b.box.y0);
  if (categories.length < 2) return [];
  const nearest = (f: { piece: Piece }) =>
    categories.reduce((best, c) => (Math.abs(midY(c.box) - midY(f.piece.box)) < Math.abs(midY(best.box) - midY(f.piece.box)) ? c : best));
  const bands = categories.map((c) => bars.filter((f) => nearest(f) === c).sort((a, b) => a.piece.box.y0 - b.piece.box.y0));
  if (bands.some((b) => b.length !== legend.length)) return [];
  const axisAbove = midY(axis[0]!.piece.box) < top;
  const ordered = axisAbove ? { categories, bands } : { categories: [...categories].reverse(), bands: [...bands].reverse().map((b) => [...b].reverse()) };
  const above = lines.filter((l) => l.box.y1 <= Math.min(top, ...axis.map((f) => f.piece.box.y0)) && HAS_LETTER.test(l.text)).sort((a, b) => a.box.y0 - b.box.y0);
  const chart: SeriesChart = {
    titles: above.map((l) => l.text),
    categories: ordered.categories.map((p) => p.text),
    legend,
    values: legend.flatMap((_, s) => ordered.bands.map((band) => band[s]!.value)),
  };
  const counts = seriesCounts(chart, page);
  if (!counts) return [];
  const legendLines = labels.filter((p) => yearsOf(p.text)?.length === 1).map((p) => p.line);
  const used = [...categories.map((p) => p.line), ...legendLines, ...figures.map((f) => f.piece.line), ...above.slice(0, 1)];
  return [{ counts, lines: [...new Set(used)] }];
}

/** The value axis: the figures on one row that read as its ticks (0, 500, 1000, …). */
function tickRow(figures: ReadonlyArray<{ piece: Piece; value: BarValue }>): Array<{ piece: Piece; value: BarValue }> {
  for (const f of figures) {
    const row = figures.filter((g) => sameRow(g.piece.box, f.piece.box)).sort((a, b) => a.piece.box.x0 - b.piece.box.x0);
    if (row.length >= 3 && leadingTicks(row.map((g) => g.value.value)) === row.length) return row;
  }
  return [];
}
