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
import { compact, HAS_LETTER, isBlank, type UsedLines } from './lines.js';
import type { Chart } from './model.js';
import { dropStrays, hasSliceValue, LABEL_GOES_ON, pairSlices, tokenizeSliceLine } from './slices.js';
import type { Slide } from './slides.js';
import { BULLET_MARKS, ROUND_BULLET_MARKS } from '../shared/vocabulary.js';
import { YEAR_HEADING } from './vocabulary.js';

/** Longer lines, sentences, bullets and clauses are running text around a chart, never its labels. */
const MAX_LABEL_LINE = 30;
const MAX_BARE_LABEL_LINE = 20;
const MAX_CLAUSE_LABEL = 10;
const MAX_CENTRE_LABEL = 15;

/** An ellipsis or a sentence's stop, or a bullet at the start: a line of prose, never a chart label. */
const PROSE_OR_BULLET = new RegExp(`[。…]|^[${BULLET_MARKS}${ROUND_BULLET_MARKS}]`);

function isProse(line: string): boolean {
  const c = compact(line);
  if (c.length > MAX_LABEL_LINE || PROSE_OR_BULLET.test(c)) return true;
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
 * total after it (pdftotext -raw), others the heading first. Without slide
 * breaks the deck's first chart sets the order, and a chart whose slices are
 * missing from the side that order says is read from the other side.
 */
function regionsOf(slide: Slide, live: number[]): Region[] {
  const headings = live
    .map((i, p) => ({ line: i, h: headingOf(slide.lines[i]!) ?? (slide.page === null ? breakdownTitleAt(slide, live, p) : null) }))
    .flatMap((x) => (x.h === null ? [] : [{ line: x.line, title: x.h }]));
  if (headings.length === 0) return slide.page === null ? [] : [{ heading: null, lines: live }];
  if (headings.length === 1 && slide.page !== null) return [{ heading: headings[0]!, lines: live.filter((i) => i !== headings[0]!.line) }];
  const pos = (line: number) => live.indexOf(line);
  const labelsBefore = runBefore(slide, live, pos(headings[0]!.line), 0);
  const valuesBefore = labelsBefore.filter((i) => hasSliceValue(slide.lines[i]!)).length;
  const regions: Region[] = [];
  if (valuesBefore >= 2) {
    let floor = 0;
    headings.forEach((h, k) => {
      const p = pos(h.line);
      const end = k + 1 < headings.length ? pos(headings[k + 1]!.line) : live.length;
      const ahead = slide.page === null ? headingFirst(slide, live.slice(p + 1, end)) : null;
      const before = runBefore(slide, live, p, floor);
      const body = slide.page === null ? fromFirstSlice(slide, before) : before;
      if (ahead && !body.some((i) => hasSliceValue(slide.lines[i]!))) {
        regions.push({ heading: h, lines: ahead });
        floor = p + 1 + ahead.length;
        return;
      }
      const tail = tailAfter(slide, live, p);
      regions.push({ heading: h, lines: [...body, ...tail] });
      floor = p + 1 + tail.length;
    });
  } else {
    let floor = 0;
    headings.forEach((h, k) => {
      const p = pos(h.line);
      const end = k + 1 < headings.length ? pos(headings[k + 1]!.line) : live.length;
      const after = runAfter(slide, live.slice(p + 1, end));
      const labelsFirst = slide.page === null && !after.some((i) => isSliceLine(slide.lines[i]!));
      const before = labelsFirst ? fromFirstSlice(slide, runBefore(slide, live, p, floor)) : [];
      if (before.some((i) => isSliceLine(slide.lines[i]!))) {
        const tail = tailAfter(slide, live, p);
        regions.push({ heading: h, lines: [...before, ...tail] });
        floor = p + 1 + tail.length;
        return;
      }
      regions.push({ heading: h, lines: after });
      floor = p + 1 + after.length;
    });
  }
  return regions;
}

/**
 * Without slide breaks a slide title that says it is a breakdown (`相談方法の内訳`)
 * is the only mark where its chart starts, so it stands for a 【】 heading when
 * the chart's values follow it at once.
 */
function breakdownTitleAt(slide: Slide, live: number[], p: number): string | null {
  const next = slide.lines[live[p + 1] ?? -1];
  if (next === undefined || !hasSliceValue(next)) return null;
  return isBreakdownTitle(slide.lines[live[p]!]!) ? compact(slide.lines[live[p]!]!) : null;
}

function isBreakdownTitle(line: string): boolean {
  if (hasSliceValue(line) || headingOf(line)) return false;
  const c = compact(line);
  return c.length <= MAX_BARE_LABEL_LINE && /(?:内訳|別)$/.test(c);
}

/** A line with a slice's value: not a chart's lone total or its 前年比. */
function isSliceLine(line: string): boolean {
  if (!hasSliceValue(line) || isChangeLine(line)) return false;
  const q = quantityLine(line);
  return q === null || (q.label !== '' && !isTotalWord(q.label));
}

/**
 * A chart set heading first in a text whose other charts come labels first
 * (pdftotext -raw orders each slide its own way): its slices straight after the
 * heading, closed by its 前年比, or null when the lines after it are not that.
 */
function headingFirst(slide: Slide, lines: number[]): number[] | null {
  if (lines.length === 0 || !hasSliceValue(slide.lines[lines[0]!]!) || quantityLine(slide.lines[lines[0]!]!)) return null;
  const run = runAfter(slide, lines);
  return run.some((i) => isChangeLine(slide.lines[i]!)) ? run : null;
}

/**
 * Where a chart's labels come before its heading and no slide break sets them off,
 * short lines of the slide before (a map's place names) run into them. The chart
 * starts at its first value; the lines above belong to it only as that slice's
 * label: one line when the value comes first (`福祉サービス事業所` / `2699…`), or a
 * label broken after a mark that says it goes on (`不安の解消・` / `情緒安定 980件`).
 */
function fromFirstSlice(slide: Slide, body: number[]): number[] {
  const first = body.findIndex((i) => hasSliceValue(slide.lines[i]!));
  if (first <= 0) return body;
  const valueFirst = tokenizeSliceLine(slide.lines[body[first]!]!, 0)[0]?.kind === 'value';
  let start = first;
  if (valueFirst) start--;
  else while (start > 0 && LABEL_GOES_ON.test(compact(slide.lines[body[start - 1]!]!))) start--;
  return body.slice(start);
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

/**
 * The lines after a heading that belong to its chart: up to the running text that
 * follows the slices. Without slide breaks a 前年比 after the slices closes the
 * chart (with the total and notes beside it), since nothing else marks where the
 * next slide's text begins; on a slide, a page's blocks may set it between slices.
 */
function runAfter(slide: Slide, lines: number[]): number[] {
  const out: number[] = [];
  let values = false;
  for (const [k, i] of lines.entries()) {
    const line = slide.lines[i]!;
    if (values && isProse(line) && !isNote(line)) break;
    if (hasSliceValue(line)) values = true;
    out.push(i);
    if (slide.page === null && values && isChangeLine(line)) {
      const hasTotal = quantityBeforeChange(line) !== null || out.some((j) => quantityLine(slide.lines[j]!));
      return [...out, ...closingLines(slide, lines.slice(k + 1), hasTotal)];
    }
  }
  return out;
}

/** After a chart's 前年比: its total when that comes last, and notes with their wrapped lines. */
function closingLines(slide: Slide, lines: number[], hasTotal: boolean): number[] {
  const out: number[] = [];
  let total = hasTotal;
  let inNote = false;
  for (const i of lines) {
    const line = slide.lines[i]!;
    inNote = isNote(line) || (inNote && continuesNote(line) && !hasSliceValue(line));
    if (!inNote && (total || !quantityLine(line))) break;
    if (!inNote) total = true;
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
  // figures listed under year headings are each year's statistics, not one chart's slices
  if (!region.heading && lines.some((i) => YEAR_HEADING.test(compact(slide.lines[i]!)))) return null;
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
  const slideTitle = region.heading ? null : (breakdownHeading(slide, lines) ?? barsTitle(slide, lines));
  if (slideTitle) consumed.add(slideTitle.at);
  let overlapping = false;
  for (let at = 0; at < lines.length; at++) {
    if (!isNote(text(at))) continue;
    consumed.add(at);
    if (/重複/.test(compact(text(at)))) overlapping = true;
    while (at + 1 < lines.length && !hasSliceValue(text(at + 1)) && continuesNote(text(at + 1))) consumed.add(++at);
  }
  const pairExcept = (skip: ReadonlySet<number>) =>
    dropStrays(pairSlices(lines.flatMap((i, at) => (skip.has(at) || isProse(slide.lines[i]!) ? [] : tokenizeSliceLine(slide.lines[i]!, i, slide.groups?.[i])))).slices);
  let paired = pairExcept(consumed);
  const top = region.heading || slideTitle ? null : topTitle(slide, lines, consumed);
  if (top) {
    // the top line is the slide's title when the chart reads as well without it
    const without = pairExcept(new Set([...consumed, top.at]));
    if (without.length >= paired.length) {
      paired = without;
      consumed.add(top.at);
    }
  }
  const topTaken = top !== null && consumed.has(top.at);
  const breakdown = paired.map((p) => p.slice);
  const percents = breakdown.filter((s) => s.share !== null).length;
  const accepted = region.heading
    ? breakdown.length >= 2 || (total !== null && change !== null)
    : (percents >= 2 && (total !== null || percents >= 3)) || (change !== null && total !== null && breakdown.length >= 2) || isBarChart(slide, paired);
  if (!accepted) return null;
  const title = region.heading ? chartTitle(region.heading.title) : (slideTitle?.title ?? (topTaken ? top.title : null) ?? centre ?? firstShortLine(slide, lines));
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

/** Bars of counts: at least this many, each a label with a bare number (the axis has no counter). */
const MIN_BARS = 3;

/**
 * A bar chart of counts under a plain slide title (`関係機関との連絡調整`): every slice a
 * count without share, each written as a bare number at its line's end — a figure with
 * a counter (`障害者・・・88件`) is a stated count, not a bar.
 */
function isBarChart(slide: Slide, paired: ReturnType<typeof dropStrays>): boolean {
  if (paired.length < MIN_BARS || !paired.every((p) => p.slice.count !== null && p.slice.share === null)) return false;
  return paired.every((p) => p.lines.some((i) => /[0-9]$/.test(compact(slide.lines[i]!))));
}

/** A plain slide title over lines that are all bars (`医療機関 431`): it names the chart, it is no bar's label. */
function barsTitle(slide: Slide, lines: number[]): { at: number; title: string } | null {
  const [first, ...bars] = lines.map((i) => slide.lines[i]!);
  if (first === undefined || hasSliceValue(first) || isNote(first) || compact(first).length > MAX_BARE_LABEL_LINE || bars.length < MIN_BARS) return null;
  return bars.every((l) => hasSliceValue(l) && /[0-9]$/.test(compact(l))) ? { at: 0, title: compact(first) } : null;
}

/**
 * A slide title without brackets that says it is a breakdown (`相談方法の内訳`,
 * `相談者の障害種別`: ending in 内訳 or 別) names the chart as a 【】 heading
 * would, when it is the first of the chart's lines.
 */
function breakdownHeading(slide: Slide, lines: number[]): { at: number; title: string } | null {
  const first = slide.lines[lines[0] ?? -1];
  if (first === undefined || !isBreakdownTitle(first)) return null;
  return { at: 0, title: chartTitle(compact(first)) };
}

/**
 * A slide's own title without a mark (`相談者の障害種別（実人数）`), set first on a slide
 * that holds one chart: it names the chart, not the centre label inside a doughnut
 * (`実人数`), and it is no bar's label. Only where the input shows slide breaks.
 */
function topTitle(slide: Slide, lines: number[], consumed: ReadonlySet<number>): { at: number; title: string } | null {
  const first = slide.lines[lines[0] ?? -1];
  if (slide.page === null || first === undefined || consumed.has(0)) return null;
  if (hasSliceValue(first) || isNote(first) || isChangeLine(first) || quantityLine(first) || isProse(first)) return null;
  return HAS_LETTER.test(first) ? { at: 0, title: chartTitle(compact(first)) } : null;
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
