/**
 * Charts of figures over fiscal years: a stacked or clustered bar chart whose
 * categories are years (`R3年度 R4年度 R5年度`) and whose series are named by a legend
 * (`障害者 障害児`), or whose categories are labels and whose legend names the years.
 * Each bar is a figure of its own year: a count with its fiscalYear, not a chart slice.
 * An office suite exports such a chart's text in data order — the categories, the
 * axis ticks, then every value series by series, each in category order, then the
 * legend — which is how a text slide gives it; a PDF's positions give the same.
 */
import { parseFiscalYear, parseNumber } from '../../normalize/index.js';
import { FISCAL_YEAR_WORD } from '../shared/vocabulary.js';
import { clean, compact, HAS_LETTER, isBlank, type UsedLines } from './lines.js';
import type { Count, PlacedCount } from './model.js';
import type { Slide } from './slides.js';
import type { ParseContext } from '../types.js';
import { COUNT_CELL, SERIES_TITLE_TAIL, SERIES_UNIT_NOTE, SERIES_UNIT_WORDS } from './vocabulary.js';

/** A bar's value as a chart prints it: a whole number, with or without its counter. */
const YEAR_RUN = new RegExp(`^(?:${FISCAL_YEAR_WORD})+$`);
const YEAR = new RegExp(FISCAL_YEAR_WORD, 'g');
/** An axis has at least this many ticks. */
const MIN_TICKS = 3;

export interface BarValue {
  value: number;
  unit: string | null;
  raw: string;
}

/** A chart as read: its categories along the axis, its legend, its values in data order. */
export interface SeriesChart {
  /** Text above the chart (its slide title first) that may name it and its counter. */
  titles: string[];
  categories: string[];
  legend: string[];
  values: BarValue[];
}

export function barValue(text: string): BarValue | null {
  const m = COUNT_CELL.exec(clean(text).replace(/\s/g, ''));
  const value = m ? parseNumber(m[1]!) : null;
  return m && value !== null ? { value, unit: m[2] ?? null, raw: clean(text) } : null;
}

/** The fiscal years a text is made of (`R3 年度 R4 年度` → two), or null when it holds anything else. */
export function yearsOf(text: string): string[] | null {
  const c = compact(text);
  if (!YEAR_RUN.test(c)) return null;
  const years = [...c.matchAll(YEAR)].map((m) => m[0]);
  return years.every((y) => parseFiscalYear(y) !== null) ? years : null;
}

/** Fiscal years in the order they run (a legend lists a bar chart's series reversed), or null when any is not one or two are the same. */
export function byYear(words: readonly string[]): string[] | null {
  const years = words.map((w) => parseFiscalYear(w));
  if (years.some((y) => y === null) || new Set(years).size !== years.length) return null;
  return words.map((w, k) => ({ w, y: years[k]! })).sort((a, b) => a.y - b.y).map((x) => x.w);
}

/** How many values open the run as an axis's ticks: evenly spaced from 0, up or down. */
export function leadingTicks(values: readonly number[]): number {
  const from = (list: readonly number[]) => {
    if (list.length < MIN_TICKS || list[0] !== 0 || !(list[1]! > 0)) return 0;
    let k = 2;
    while (k < list.length && list[k] === k * list[1]!) k++;
    return k >= MIN_TICKS ? k : 0;
  };
  const up = from(values);
  if (up > 0) return up;
  // a descending axis ends at 0: find where it does
  const zero = values.indexOf(0);
  return zero >= MIN_TICKS - 1 && from(values.slice(0, zero + 1).reverse()) === zero + 1 ? zero + 1 : 0;
}

/** The counter text above a table or chart names: a unit note (`（単位：件）`), else one count word (`延べ件数`), nearest first. */
export function unitInTitles(titles: readonly string[]): string | null {
  for (const title of titles) {
    const note = SERIES_UNIT_NOTE.exec(compact(title));
    if (note) return note[1]!;
  }
  for (const title of titles) {
    const units = new Set(SERIES_UNIT_WORDS.filter(([re]) => re.test(compact(title))).map(([, unit]) => unit));
    if (units.size === 1) return [...units][0]!;
  }
  return null;
}

function unitOf(chart: SeriesChart): string | null {
  return chart.values.find((v) => v.unit !== null)?.unit ?? unitInTitles(chart.titles);
}

/**
 * The counts of a chart over years, series by series as the chart holds them, or
 * null when it is no such chart: one dimension must be fiscal years, the other
 * labels, and every bar must have its value. A single series without a legend is
 * named by the chart's title (`相談件数の推移` → 相談件数).
 */
export function seriesCounts(chart: SeriesChart, page: number | null): Count[] | null {
  const { categories, legend, values } = chart;
  const series = Math.max(1, legend.length);
  if (categories.length < 2 || values.length !== categories.length * series) return null;
  const categoryYears = categories.map((c) => parseFiscalYear(c));
  const legendYears = legend.map((l) => parseFiscalYear(l));
  const byCategory = categoryYears.every((y) => y !== null) && legend.every((l) => yearsOf(l) === null);
  const byLegend = legend.length > 0 && legendYears.every((y) => y !== null) && categories.every((c) => yearsOf(c) === null);
  if (!byCategory && !byLegend) return null;
  if (new Set(byCategory ? categoryYears : legendYears).size !== (byCategory ? categories.length : legend.length)) return null;
  const name = byCategory && legend.length === 0 ? titleName(chart.titles[0]) : null;
  if (byCategory && legend.length === 0 && name === null) return null;
  const unit = unitOf(chart);
  return values.map((v, k) => {
    const s = Math.floor(k / categories.length);
    const c = k % categories.length;
    const label = byCategory ? (name ?? legend[s]!) : categories[c]!;
    const fiscalYear = byCategory ? categoryYears[c]! : legendYears[s]!;
    return { label, value: v.value, unit: v.unit ?? unit, raw: v.raw, share: null, fiscalYear, page };
  });
}

function titleName(title: string | undefined): string | null {
  if (title === undefined) return null;
  const name = compact(title).replace(SERIES_TITLE_TAIL, '');
  return HAS_LETTER.test(name) && name !== compact(title) ? name : null;
}

type LineKind = { kind: 'values'; values: BarValue[] } | { kind: 'years'; years: string[] } | { kind: 'label' };

function kindOf(line: string): LineKind {
  const words = clean(line).split(' ').filter((w) => w !== '');
  const values = words.map(barValue);
  if (values.length > 0 && values.every((v) => v !== null)) return { kind: 'values', values: values as BarValue[] };
  const years = yearsOf(line);
  return years ? { kind: 'years', years } : { kind: 'label' };
}

const legendWords = (line: string, kind: LineKind) => (kind.kind === 'years' ? kind.years : clean(line).split(' ').filter((w) => HAS_LETTER.test(w)));

/**
 * The legend on the line after a chart's values, or on the lines after them that are
 * each a fiscal year (a legend set one entry a line); years in the order they run, as
 * a bar chart's legend may list them reversed.
 */
function legendAfter(slide: Slide, live: readonly number[], kinds: readonly LineKind[], end: number): { legend: string[]; legendLines: number[] } {
  const legendLines: number[] = [];
  const words: string[] = [];
  for (let k = end; k < kinds.length && kinds[k]!.kind !== 'values'; k++) {
    if (k > end && kinds[k]!.kind !== 'years') break;
    legendLines.push(live[k]!);
    words.push(...legendWords(slide.lines[live[k]!]!, kinds[k]!));
    if (kinds[k]!.kind !== 'years') break;
  }
  return { legend: byYear(words) ?? words, legendLines };
}

/**
 * A chart over years in a text slide's lines from `at`, the start of a run of lines of
 * bare figures: the categories before it (one line of years or of labels, or one label a line),
 * the legend on the line after it. Returns the chart and the lines it read.
 */
function chartAt(slide: Slide, live: readonly number[], at: number, end: number): { chart: SeriesChart; lines: number[] } | null {
  const kinds = live.map((i) => kindOf(slide.lines[i]!));
  const figures = kinds.slice(at, end).flatMap((k) => (k.kind === 'values' ? k.values : []));
  const { legend, legendLines } = legendAfter(slide, live, kinds, end);
  const ticks = leadingTicks(figures.map((f) => f.value));
  for (const withLegend of legend.length > 0 ? [true, false] : [false]) {
    const series = withLegend ? legend.length : 1;
    for (const skip of ticks > 0 ? [ticks, ticks - 1] : [0]) {
      const values = figures.slice(skip);
      if (values.length % series !== 0) continue;
      const n = values.length / series;
      const before = kinds[at - 1];
      let categoryLines: number[];
      let categories: string[];
      const words = before?.kind === 'label' ? legendWords(slide.lines[live[at - 1]!]!, before) : [];
      if (before?.kind === 'years') {
        categoryLines = [at - 1];
        categories = before.years;
      } else if (n >= 2 && words.length === n) {
        // the categories on one line, as the axis sets them side by side
        categoryLines = [at - 1];
        categories = words;
      } else {
        const start = at - n;
        if (start < 0 || kinds.slice(start, at).some((k) => k.kind !== 'label')) continue;
        categoryLines = live.slice(start, at).map((_, k) => start + k);
        categories = categoryLines.map((p) => compact(slide.lines[live[p]!]!));
      }
      const first = categoryLines[0]!;
      const titleAt = first > 0 && kinds[first - 1]!.kind === 'label' ? first - 1 : null;
      const chart: SeriesChart = {
        titles: titleAt === null ? [] : [slide.lines[live[titleAt]!]!],
        categories,
        legend: withLegend ? legend : [],
        values,
      };
      if (seriesCounts(chart, slide.page) === null) continue;
      const lines = [...(titleAt === null ? [] : [titleAt]), ...categoryLines, ...live.slice(at, end).map((_, k) => at + k)].map((p) => live[p]!);
      if (withLegend) lines.push(...legendLines);
      return { chart, lines };
    }
  }
  return null;
}

/**
 * A chart over years whose legend follows its values one name a line (`その他` / `難病` / …):
 * a legend set beside the plot, which office suites list in series order for clustered bars
 * and reversed for stacked ones, which the text does not show. Found when the names, the
 * years line before the values and the values (axis ticks aside) agree in number.
 */
function legendOneALine(slide: Slide, live: readonly number[], at: number, end: number): { title: string; names: string[]; figures: number; lines: number[] } | null {
  const lineKind = (p: number) => kindOf(slide.lines[live[p]!]!);
  const before = at > 0 ? lineKind(at - 1) : null;
  if (before?.kind !== 'years') return null;
  const names: string[] = [];
  let k = end;
  for (; k < live.length && lineKind(k).kind === 'label'; k++) {
    const words = clean(slide.lines[live[k]!]!).split(' ').filter((w) => w !== '');
    if (words.length !== 1 || !HAS_LETTER.test(words[0]!)) break;
    names.push(words[0]!);
  }
  const figures = live.slice(at, end).flatMap((i) => {
    const kind = kindOf(slide.lines[i]!);
    return kind.kind === 'values' ? kind.values : [];
  });
  const values = figures.length - leadingTicks(figures.map((f) => f.value));
  if (names.length < 2 || values !== names.length * before.years.length) return null;
  const titleAt = at > 1 && lineKind(at - 2).kind === 'label' ? at - 2 : null;
  return {
    title: titleAt === null ? '' : compact(slide.lines[live[titleAt]!]!),
    names,
    figures: values,
    lines: [...(titleAt === null ? [] : [titleAt]), ...Array.from({ length: k - (at - 1) }, (_, n) => at - 1 + n)].map((p) => live[p]!),
  };
}

/** Charts over years on text slides, as counts placed at their first line, by slide index; the lines read are marked used. */
export function readSeriesCharts(slides: readonly Slide[], used: UsedLines, ctx: ParseContext): Map<number, PlacedCount[]> {
  const out = new Map<number, PlacedCount[]>();
  slides.forEach((slide, s) => {
    const live = slide.lines.map((_, i) => i).filter((i) => !used.has(s, i) && !isBlank(slide.lines[i]!));
    const placed: PlacedCount[] = [];
    for (let p = 0; p < live.length; p++) {
      if (kindOf(slide.lines[live[p]!]!).kind !== 'values' || (p > 0 && kindOf(slide.lines[live[p - 1]!]!).kind === 'values')) continue;
      let end = p;
      while (end < live.length && kindOf(slide.lines[live[end]!]!).kind === 'values') end++;
      const found = chartAt(slide, live, p, end);
      const unordered = found ? null : legendOneALine(slide, live, p, end);
      if (unordered) {
        const { title, names, figures, lines } = unordered;
        ctx.warn('chart-unread', `${figures} figures of the chart "${title}" not read: its legend (${names.join(', ')}) stands one name a line, in an order the text does not tell (a stacked chart's legend is reversed); give the PDF`, slide.page);
        for (const i of lines) used.add(s, i);
        p = end;
        continue;
      }
      if (!found) continue;
      const at = Math.min(...found.lines);
      for (const count of seriesCounts(found.chart, slide.page)!) placed.push({ at, count });
      for (const i of found.lines) used.add(s, i);
      p = end;
    }
    if (placed.length > 0) out.set(s, placed);
  });
  return out;
}
