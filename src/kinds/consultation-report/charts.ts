import {
  chartTitle,
  continuesNote,
  headingOf,
  isChangeLine,
  isNote,
  isTotalWord,
  parseChange,
  quantityBeforeChange,
  quantityLine,
  type QuantityLine,
} from './chart-parts.js';
import { compact, isBlank, type UsedLines } from './lines.js';
import type { Chart } from './model.js';
import { dropStrays, hasSliceValue, pairSlices, tokenizeSliceLine } from './slices.js';
import type { Slide } from './slides.js';

/** Longer lines, sentences, bullets and clauses are running text around a chart, never its labels. */
const MAX_LABEL_LINE = 30;
const MAX_BARE_LABEL_LINE = 20;
const MAX_CLAUSE_LABEL = 10;
const MAX_CENTRE_LABEL = 15;

function isProse(line: string): boolean {
  const c = compact(line);
  if (c.length > MAX_LABEL_LINE || /[。…]|^[◎●■◆□○•]/.test(c)) return true;
  if (c.length > MAX_CLAUSE_LABEL && /、/.test(c)) return true;
  return c.length > MAX_BARE_LABEL_LINE && !hasSliceValue(line);
}

interface Region {
  heading: { line: number; title: string } | null;
  /** Line indexes of the slide, in reading order, heading excluded. */
  lines: number[];
}

/**
 * Where the slide's charts are. One heading on a slide owns the whole slide.
 * Several headings (or a text without slide breaks) are split by reading order:
 * some extractors give a doughnut's labels before its heading and the centre
 * total after it (pdftotext -raw), others the heading first.
 */
function regionsOf(slide: Slide, live: number[]): Region[] {
  const headings = live
    .map((i) => ({ line: i, h: headingOf(slide.lines[i]!) }))
    .flatMap((x) => (x.h === null ? [] : [{ line: x.line, title: x.h }]));
  if (headings.length === 0) return slide.page === null ? [] : [{ heading: null, lines: live }];
  if (headings.length === 1 && slide.page !== null) return [{ heading: headings[0]!, lines: live.filter((i) => i !== headings[0]!.line) }];
  const pos = (line: number) => live.indexOf(line);
  const labelsBefore = runBefore(slide, live, pos(headings[0]!.line), 0);
  const valuesBefore = labelsBefore.filter((i) => hasSliceValue(slide.lines[i]!)).length;
  const regions: Region[] = [];
  if (valuesBefore >= 2) {
    let floor = 0;
    for (const h of headings) {
      const p = pos(h.line);
      const body = runBefore(slide, live, p, floor);
      const tail = tailAfter(slide, live, p);
      regions.push({ heading: h, lines: [...body, ...tail] });
      floor = p + 1 + tail.length;
    }
  } else {
    headings.forEach((h, k) => {
      const end = k + 1 < headings.length ? pos(headings[k + 1]!.line) : live.length;
      regions.push({ heading: h, lines: runAfter(slide, live.slice(pos(h.line) + 1, end)) });
    });
  }
  return regions;
}

/** The chart lines just above position p (down to floor), stopping at running text. */
function runBefore(slide: Slide, live: number[], p: number, floor: number): number[] {
  const out: number[] = [];
  for (let q = p - 1; q >= floor; q--) {
    const line = slide.lines[live[q]!]!;
    if (headingOf(line) || isProse(line)) break;
    out.unshift(live[q]!);
  }
  return out;
}

/** A heading's centre label, total, 前年比 and notes that follow it. */
function tailAfter(slide: Slide, live: number[], p: number): number[] {
  const out: number[] = [];
  let total = false;
  let change = false;
  let centre = false;
  let inNote = false;
  for (let q = p + 1; q < live.length; q++) {
    const line = slide.lines[live[q]!]!;
    if (headingOf(line)) break;
    const wasNote = inNote;
    inNote = false;
    if (isChangeLine(line)) change = true;
    else if (!total && quantityLine(line)) total = true;
    else if ((total || change) && isNote(line)) inNote = true;
    else if (wasNote && continuesNote(line) && !hasSliceValue(line)) inNote = true;
    else if (!total && !change && !centre && !hasSliceValue(line) && compact(line).length <= MAX_CENTRE_LABEL) centre = true;
    else break;
    out.push(live[q]!);
  }
  return total || change ? out : [];
}

/** The lines after a heading that belong to its chart: up to the running text that follows the slices. */
function runAfter(slide: Slide, lines: number[]): number[] {
  const out: number[] = [];
  let values = false;
  for (const i of lines) {
    const line = slide.lines[i]!;
    if (values && isProse(line) && !isNote(line)) break;
    if (hasSliceValue(line)) values = true;
    out.push(i);
  }
  return out;
}

interface Reading {
  chart: Chart;
  used: number[];
}

/**
 * The total of a chart: beside its 前年比, else a line saying 合計, else the largest
 * lone figure. Where the slide sets the total apart from its 前年比 (a bar chart's
 * labels between them in reading order), the lone or 合計 figure nearest the 前年比.
 */
function findTotal(slide: Slide, lines: number[], changeAt: number): { at: number; q: QuantityLine } | null {
  const found = lines
    .map((i, at) => ({ at, q: quantityLine(slide.lines[i]!) }))
    .filter((x): x is { at: number; q: QuantityLine } => x.q !== null && (x.q.label === '' || isTotalWord(x.q.label)));
  if (changeAt >= 0) {
    const own = quantityBeforeChange(slide.lines[lines[changeAt]!]!);
    if (own) return { at: changeAt, q: own };
    for (const d of [-1, -2, 1, 2]) {
      const at = changeAt + d;
      const q = at >= 0 && at < lines.length ? quantityLine(slide.lines[lines[at]!]!) : null;
      if (q) return { at, q };
    }
    const distance = (x: { at: number }) => Math.abs(x.at - changeAt);
    return found.reduce<{ at: number; q: QuantityLine } | null>((best, x) => (best === null || distance(x) < distance(best) ? x : best), null);
  }
  const labelled = found.find((x) => isTotalWord(x.q.label));
  if (labelled) return labelled;
  return found.reduce<{ at: number; q: QuantityLine } | null>((best, x) => (best === null || x.q.value > best.q.value ? x : best), null);
}

function readChart(slide: Slide, region: Region): Reading | null {
  const lines = region.lines.filter((i) => !isBlank(slide.lines[i]!));
  const text = (at: number) => slide.lines[lines[at]!]!;
  const consumed = new Set<number>();
  const changeAt = lines.findIndex((i) => isChangeLine(slide.lines[i]!));
  const change = changeAt >= 0 ? parseChange(text(changeAt)) : null;
  if (changeAt >= 0) consumed.add(changeAt);
  const total = findTotal(slide, lines, changeAt);
  let centre: string | null = null;
  if (total) {
    consumed.add(total.at);
    if (total.q.label && !isTotalWord(total.q.label)) centre = total.q.label;
    const before = total.at - 1;
    if (!centre && before >= 0 && !consumed.has(before)) {
      const line = text(before);
      if (!hasSliceValue(line) && !isNote(line) && !headingOf(line) && compact(line).length <= MAX_CENTRE_LABEL) {
        centre = compact(line);
        consumed.add(before);
      }
    }
  }
  const slideTitle = region.heading ? null : breakdownHeading(slide, lines);
  if (slideTitle) consumed.add(slideTitle.at);
  let overlapping = false;
  for (let at = 0; at < lines.length; at++) {
    if (!isNote(text(at))) continue;
    consumed.add(at);
    if (/重複/.test(compact(text(at)))) overlapping = true;
    while (at + 1 < lines.length && !hasSliceValue(text(at + 1)) && continuesNote(text(at + 1))) consumed.add(++at);
  }
  const tokens = lines.flatMap((i, at) => (consumed.has(at) || isProse(slide.lines[i]!) ? [] : tokenizeSliceLine(slide.lines[i]!, i, slide.groups?.[i])));
  const paired = dropStrays(pairSlices(tokens).slices);
  const breakdown = paired.map((p) => p.slice);
  const percents = breakdown.filter((s) => s.share !== null).length;
  const accepted = region.heading
    ? breakdown.length >= 2 || (total !== null && change !== null)
    : (percents >= 2 && (total !== null || percents >= 3)) || (change !== null && total !== null && breakdown.length >= 2);
  if (!accepted) return null;
  const title = region.heading ? chartTitle(region.heading.title) : (slideTitle?.title ?? centre ?? firstShortLine(slide, lines));
  if (!title) return null;
  const chart: Chart = {
    title,
    total: total ? { value: total.q.value, unit: total.q.unit } : null,
    change,
    breakdown,
    ...(overlapping ? { overlapping: true } : {}),
    page: slide.page,
  };
  const used = [...[...consumed].map((at) => lines[at]!), ...paired.flatMap((p) => p.lines)];
  if (region.heading) used.push(region.heading.line);
  return { chart, used };
}

/**
 * A slide title without brackets that says it is a breakdown (`相談方法の内訳`,
 * `相談者の障害種別`: ending in 内訳 or 別) names the chart as a 【】 heading
 * would, when it is the first of the chart's lines.
 */
function breakdownHeading(slide: Slide, lines: number[]): { at: number; title: string } | null {
  const first = slide.lines[lines[0] ?? -1];
  if (first === undefined || hasSliceValue(first)) return null;
  const line = compact(first);
  if (line.length > MAX_BARE_LABEL_LINE || !/(?:内訳|別)$/.test(line)) return null;
  return { at: 0, title: chartTitle(line) };
}

function firstShortLine(slide: Slide, lines: number[]): string | null {
  for (const i of lines) {
    const line = slide.lines[i]!;
    if (!hasSliceValue(line) && !isNote(line) && compact(line).length <= MAX_LABEL_LINE) return compact(line);
  }
  return null;
}

/** `表内の％表記は全て小数点切り捨て…`: the deck's percents from here on are truncated, not rounded. */
function truncationNote(slides: readonly Slide[]): { slide: number } | null {
  for (let s = 0; s < slides.length; s++) {
    if (slides[s]!.lines.some((l) => /切り?捨て/.test(compact(l)) && /[%％]|小数/.test(compact(l)))) return { slide: s };
  }
  return null;
}

/** Every chart of the deck, marking the lines it read as used. */
export function readCharts(slides: readonly Slide[], used: UsedLines): Chart[] {
  const truncation = truncationNote(slides);
  const charts: Chart[] = [];
  slides.forEach((slide, s) => {
    const live = slide.lines.map((_, i) => i).filter((i) => !used.has(s, i) && !isBlank(slide.lines[i]!));
    for (const region of regionsOf(slide, live)) {
      const reading = readChart(slide, region);
      if (!reading) continue;
      const truncated = truncation !== null && s >= truncation.slide;
      charts.push(truncated ? { ...reading.chart, truncated: true } : reading.chart);
      for (const i of reading.used) used.add(s, i);
    }
  });
  return charts;
}
