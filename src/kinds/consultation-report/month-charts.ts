/**
 * Line or bar charts of one figure by month (月別相談件数の推移: `4月 … 3月` on the category
 * axis, each point's value over its month): a chart whose slices are the months, each with
 * its count. A PDF sets each value over its month; an office suite's text gives the months,
 * the value axis's ticks, then the values in month order.
 */
import type { TextLine } from '../../layout/types.js';
import { chartTitle, headingOf, withoutHeadingNumber } from './chart-parts.js';
import { clean, compact, HAS_LETTER, isBlank, type UsedLines } from './lines.js';
import type { Chart } from './model.js';
import { barValue, leadingTicks, type BarValue } from './series-charts.js';
import type { Slide } from './slides.js';
import { piecesOf, type Piece } from './unruled-tables.js';
import { MONTH_CATEGORY, MONTH_COLUMN, MONTH_RUN } from './vocabulary.js';

const monthsOf = (text: string): string[] | null => (MONTH_RUN.test(compact(text)) ? [...compact(text).matchAll(MONTH_CATEGORY)].map((m) => m[0]) : null);

function chartOf(title: string, months: readonly string[], values: readonly BarValue[], page: number | null): Chart {
  return {
    title: chartTitle(headingOf(title) ?? compact(withoutHeadingNumber(title))),
    total: null,
    change: null,
    breakdown: months.map((label, k) => ({ label, share: null, count: values[k]!.value })),
    page,
  };
}

export interface MonthChart {
  chart: Chart;
  lines: TextLine[];
}

/** A row of a chart's months: one line of them, or lines of one month each on one baseline (`4 月`, `5 月`, …). */
function monthRows(lines: readonly TextLine[]): Piece[][] {
  const rows: Piece[][] = [];
  for (const line of lines) {
    const months = monthsOf(line.text);
    const pieces = piecesOf(line);
    if (months && pieces.length === months.length) rows.push(pieces);
  }
  const single = lines.filter((l) => MONTH_COLUMN.test(compact(l.text))).sort((a, b) => a.box.x0 - b.box.x0);
  for (const line of single) {
    const row = rows.find((r) => r.length > 0 && r[0]!.line !== line && single.includes(r[0]!.line) && sameBaseline(r[0]!.line, line));
    const piece = { text: compact(line.text), box: line.box, line };
    if (row) row.push(piece);
    else rows.push([piece]);
  }
  return rows.filter((r) => r.length >= MIN_MONTHS);
}

const MIN_MONTHS = 3;
const sameBaseline = (a: TextLine, b: TextLine) => Math.abs(a.box.y1 - b.box.y1) < (a.box.y1 - a.box.y0) / 2;

/**
 * A chart by month among a page's free lines: the months on one row, one value over
 * each (the value axis's ticks stand left of the first month), titled by the nearest
 * line of words above the plot.
 */
export function readMonthChartLayout(lines: readonly TextLine[], page: number): MonthChart | null {
  for (const months of monthRows(lines)) {
    const found = chartOver(months, lines, page);
    if (found) return found;
  }
  return null;
}

function chartOver(months: readonly Piece[], lines: readonly TextLine[], page: number): MonthChart | null {
  const axisTop = Math.min(...months.map((p) => p.box.y0));
  const axisBottom = Math.max(...months.map((p) => p.box.y1));
  const centres = months.map((p) => (p.box.x0 + p.box.x1) / 2);
  const gap = Math.min(...centres.slice(1).map((c, k) => c - centres[k]!));
  const figures = lines.flatMap((line) => {
    const value = barValue(line.text);
    return value && line.box.y1 <= axisTop && line.box.x1 > months[0]!.box.x0 ? [{ line, value }] : [];
  });
  const bands = centres.map((c) => figures.filter((f) => Math.abs((f.line.box.x0 + f.line.box.x1) / 2 - c) <= gap / 2));
  if (bands.some((b) => b.length !== 1)) return null;
  const top = Math.min(...bands.map((b) => b[0]!.line.box.y0));
  const title = [...lines].sort((a, b) => b.box.y1 - a.box.y1).find((l) => l.box.y1 <= top && HAS_LETTER.test(l.text) && barValue(l.text) === null);
  if (!title) return null;
  const ticks = lines.filter((l) => barValue(l.text) !== null && l.box.x1 <= months[0]!.box.x0 && l.box.y1 <= axisBottom && l.box.y0 >= title.box.y1);
  const values = bands.map((b) => b[0]!.value);
  return { chart: chartOf(title.text, months.map((p) => p.text), values, page), lines: [title, ...new Set(months.map((p) => p.line)), ...bands.map((b) => b[0]!.line), ...ticks] };
}

/**
 * Charts by month on text slides: a title line, the months' line, then lines of bare
 * figures — the ticks, then one value a month. The lines read are marked used.
 */
export function readTextMonthCharts(slides: readonly Slide[], used: UsedLines): Chart[] {
  return slides.flatMap((slide, s) => {
    const live = slide.lines.map((_, i) => i).filter((i) => !used.has(s, i) && !isBlank(slide.lines[i]!));
    const text = (p: number) => slide.lines[live[p]!]!;
    const valuesOf = (p: number) => {
      const words = clean(text(p)).split(' ');
      const values = words.map(barValue);
      return values.every((v) => v !== null) ? (values as BarValue[]) : null;
    };
    const charts: Chart[] = [];
    for (let p = 1; p < live.length; p++) {
      const months = monthsOf(text(p));
      if (!months || !HAS_LETTER.test(text(p - 1)) || monthsOf(text(p - 1))) continue;
      let end = p + 1;
      const figures: BarValue[] = [];
      for (; end < live.length && valuesOf(end); end++) figures.push(...valuesOf(end)!);
      const values = figures.slice(leadingTicks(figures.map((f) => f.value)));
      if (values.length !== months.length) continue;
      charts.push(chartOf(text(p - 1), months, values, slide.page));
      for (let q = p - 1; q < end; q++) used.add(s, live[q]!);
      p = end - 1;
    }
    return charts;
  });
}
