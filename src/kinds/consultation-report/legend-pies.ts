/**
 * Pie charts whose data labels are percentages only, the slices named by a legend beside
 * the pie (one name a line, in data order), on a PDF page. Nothing in the text pairs a
 * percentage with its name: the pie does. Office suites draw the first slice from twelve
 * o'clock clockwise, so each label stands at the angle its slice's middle takes; the
 * percentages sorted by that angle are the slices in data order, which is the legend's.
 * The pairing is kept only when every label stands within reach of the angle the shares
 * put its slice at, and the shares add up to 100. In text (pdftotext -raw) the same pie
 * comes in data order: the percentages, then the names.
 */
import type { Box, TextLine } from '../../layout/types.js';
import { chartTitle, headingOf, isTotalWord, quantityLine } from './chart-parts.js';
import { clean, compact, HAS_LETTER, isBlank, type UsedLines } from './lines.js';
import type { Chart } from './model.js';
import type { Slide } from './slides.js';

const PERCENT = /^(\d+(?:\.\d+)?)[%％]$/;
/** A pie has at least this many slices. */
const MIN_SLICES = 3;
/** How far a legend entry's left edge may stray from the others', in line heights. */
const LEGEND_ALIGN = 0.5;
/** How far apart a legend's entries may stand, in line heights. */
const LEGEND_PITCH = 2.5;
const MAX_LEGEND_ENTRY = 15;
/** How far a label may stand from the middle of its slice, in degrees. */
const ANGLE_REACH = 40;
const SHARE_SLACK = 1;

const centre = (b: Box) => ({ x: (b.x0 + b.x1) / 2, y: (b.y0 + b.y1) / 2 });
const height = (l: TextLine) => l.box.y1 - l.box.y0;

export interface LegendPie {
  chart: Chart;
  lines: TextLine[];
}

const isName = (text: string) => HAS_LETTER.test(text) && !/[0-9]/.test(text) && compact(text).length <= MAX_LEGEND_ENTRY && headingOf(text) === null;
const wordsOf = (text: string) => clean(text).split(' ').filter((w) => w !== '');

interface Legend {
  names: string[];
  lines: TextLine[];
}

/**
 * The legend: a column of short names, left edges aligned, one under another, or a row
 * of them on one line (a legend under the pie); null when there is none of `size` names.
 */
function legendOf(lines: readonly TextLine[], size: number): Legend | null {
  const row = lines.find((l) => wordsOf(l.text).length === size && wordsOf(l.text).every(isName));
  if (row) return { names: wordsOf(row.text), lines: [row] };
  const names = lines.filter((l) => isName(l.text));
  for (const first of names) {
    const column = names.filter((l) => Math.abs(l.box.x0 - first.box.x0) <= LEGEND_ALIGN * height(first)).sort((a, b) => a.box.y0 - b.box.y0);
    const gapsOk = column.every((l, k) => k === 0 || l.box.y0 - column[k - 1]!.box.y1 <= LEGEND_PITCH * height(l));
    if (column.length === size && gapsOk) return { names: column.map((l) => compact(l.text)), lines: column };
  }
  return null;
}

/** Clockwise from twelve o'clock, in degrees. */
function angleOf(at: { x: number; y: number }, from: { x: number; y: number }): number {
  const degrees = (Math.atan2(at.x - from.x, from.y - at.y) * 180) / Math.PI;
  return (degrees + 360) % 360;
}

const apart = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));

/**
 * The percentages in slice order, or null when their places do not fit the pie their
 * shares draw. The pie's centre is taken as the middle of the labels' extent.
 */
function slicesInOrder(labels: ReadonlyArray<{ line: TextLine; share: number }>): Array<{ line: TextLine; share: number }> | null {
  const points = labels.map((l) => centre(l.line.box));
  const middle = {
    x: (Math.min(...points.map((p) => p.x)) + Math.max(...points.map((p) => p.x))) / 2,
    y: (Math.min(...points.map((p) => p.y)) + Math.max(...points.map((p) => p.y))) / 2,
  };
  const sorted = labels.map((l, k) => ({ ...l, angle: angleOf(points[k]!, middle) })).sort((a, b) => a.angle - b.angle);
  let before = 0;
  for (const slice of sorted) {
    if (apart(slice.angle, 3.6 * (before + slice.share / 2)) > ANGLE_REACH) return null;
    before += slice.share;
  }
  return sorted;
}

/**
 * A legend pie among a page's free lines: its chart (titled by the slide's heading or
 * its first line, its total from a 合計 line) and the lines it was read from.
 */
export function readLegendPie(lines: readonly TextLine[], page: number): LegendPie | null {
  const percents = lines.flatMap((line) => {
    const m = PERCENT.exec(compact(line.text));
    return m ? [{ line, share: Number(m[1]) }] : [];
  });
  if (percents.length < MIN_SLICES || Math.abs(percents.reduce((s, p) => s + p.share, 0) - 100) > SHARE_SLACK) return null;
  const legend = legendOf(lines, percents.length);
  const slices = legend && slicesInOrder(percents);
  if (!legend || !slices) return null;
  const top = [...lines].sort((a, b) => a.box.y0 - b.box.y0).find((l) => HAS_LETTER.test(l.text) && !legend.lines.includes(l));
  const heading = top ? (headingOf(top.text) ?? compact(top.text)) : null;
  const totalLine = lines.find((l) => {
    const q = quantityLine(l.text);
    return q !== null && isTotalWord(q.label);
  });
  const total = totalLine ? quantityLine(totalLine.text)! : null;
  if (heading === null) return null;
  const chart: Chart = {
    title: chartTitle(heading),
    total: total ? { value: total.value, unit: total.unit } : null,
    change: null,
    breakdown: slices.map((s, k) => ({ label: legend.names[k]!, share: s.share, count: null })),
    page,
  };
  return { chart, lines: [top!, ...legend.lines, ...percents.map((p) => p.line), ...(totalLine ? [totalLine] : [])] };
}

/**
 * Legend pies on text slides, as an office suite's text gives them: the percentages in
 * data order, one a line, then the legend's names, one a line, as many — under the
 * slide's heading, a 合計 line after them giving the total. The lines read are marked used.
 */
export function readTextLegendPies(slides: readonly Slide[], used: UsedLines): Chart[] {
  return slides.flatMap((slide, s) => {
    const live = slide.lines.map((_, i) => i).filter((i) => !used.has(s, i) && !isBlank(slide.lines[i]!));
    const text = (p: number) => slide.lines[live[p]!]!;
    const share = (p: number) => PERCENT.exec(compact(text(p)))?.[1];
    const charts: Chart[] = [];
    for (let p = 1; p < live.length; p++) {
      if (share(p) === undefined || share(p - 1) !== undefined) continue;
      let n = 0;
      while (p + n < live.length && share(p + n) !== undefined) n++;
      const row = p + n < live.length ? wordsOf(text(p + n)) : [];
      const inRow = row.length === n && row.every(isName);
      const nameLines = Array.from({ length: inRow ? 1 : n }, (_, k) => p + n + k);
      const heading = headingOf(text(p - 1)) ?? compact(text(p - 1));
      const shares = Array.from({ length: n }, (_, k) => Number(share(p + k)));
      if (n < MIN_SLICES || heading === null || !HAS_LETTER.test(heading) || nameLines.some((q) => q >= live.length || !isName(text(q)))) continue;
      if (Math.abs(shares.reduce((a, b) => a + b, 0) - 100) > SHARE_SLACK) continue;
      const names = inRow ? row : nameLines.map((q) => compact(text(q)));
      const end = p + n + nameLines.length;
      const after = end < live.length ? quantityLine(text(end)) : null;
      const total = after && isTotalWord(after.label) ? after : null;
      charts.push({
        title: chartTitle(heading),
        total: total ? { value: total.value, unit: total.unit } : null,
        change: null,
        breakdown: names.map((label, k) => ({ label, share: shares[k]!, count: null })),
        page: slide.page,
      });
      for (let q = p - 1; q < end + (total ? 1 : 0); q++) used.add(s, live[q]!);
      p = end;
    }
    return charts;
  });
}
