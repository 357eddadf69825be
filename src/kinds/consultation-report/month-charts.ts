/**
 * Line or bar charts of one figure by month (月別相談件数の推移: `4月 … 3月` on the category
 * axis, each point's value over its month): a chart whose slices are the months, each with
 * its count. A PDF sets each value over its month; an office suite's text gives the months,
 * the value axis's ticks, then the values in month order.
 */
import type { TextLine } from '../../layout/types.js';
import { chartTitle, headingOf } from './chart-parts.js';
import { clean, compact, HAS_LETTER, isBlank, type UsedLines } from './lines.js';
import type { Chart } from './model.js';
import { barValue, leadingTicks, type BarValue } from './series-charts.js';
import type { Slide } from './slides.js';
import { piecesOf } from './unruled-tables.js';
import { MONTH_CATEGORY, MONTH_RUN } from './vocabulary.js';

const monthsOf = (text: string): string[] | null => (MONTH_RUN.test(compact(text)) ? [...compact(text).matchAll(MONTH_CATEGORY)].map((m) => m[0]) : null);

function chartOf(title: string, months: readonly string[], values: readonly BarValue[], page: number | null): Chart {
  return {
    title: chartTitle(headingOf(title) ?? compact(title)),
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

/**
 * A chart by month among a page's free lines: the months on one line, one value over
 * each (the value axis's ticks stand left of the first month), titled by the page's
 * first line above the plot.
 */
export function readMonthChartLayout(lines: readonly TextLine[], page: number): MonthChart | null {
  const axis = lines.find((l) => monthsOf(l.text) !== null);
  if (!axis) return null;
  const months = piecesOf(axis);
  if (months.length !== monthsOf(axis.text)!.length) return null;
  const centres = months.map((p) => (p.box.x0 + p.box.x1) / 2);
  const gap = Math.min(...centres.slice(1).map((c, k) => c - centres[k]!));
  const figures = lines.flatMap((line) => {
    const value = barValue(line.text);
    return value && line.box.y1 <= axis.box.y0 && line.box.x1 > months[0]!.box.x0 ? [{ line, value }] : [];
  });
  const bands = centres.map((c) => figures.filter((f) => Math.abs((f.line.box.x0 + f.line.box.x1) / 2 - c) <= gap / 2));
  if (bands.some((b) => b.length !== 1)) return null;
  const top = Math.min(...figures.map((f) => f.line.box.y0));
  const title = [...lines].sort((a, b) => a.box.y0 - b.box.y0).find((l) => l.box.y1 <= top && HAS_LETTER.test(l.text));
  if (!title) return null;
  const ticks = lines.filter((l) => barValue(l.text) !== null && l.box.x1 <= months[0]!.box.x0 && l.box.y1 <= axis.box.y1);
  const values = bands.map((b) => b[0]!.value);
  return { chart: chartOf(title.text, months.map((p) => p.text), values, page), lines: [title, axis, ...bands.map((b) => b[0]!.line), ...ticks] };
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
