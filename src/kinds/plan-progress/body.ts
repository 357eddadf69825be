/**
 * Splitting the text between an item's name and its achievement marker into the
 * 事業概要 (summary), 実施状況 (results) and 取組予定 (plans) cells, which the text
 * gives one after another with nothing between them. Cells only end where a
 * paragraph ends; which paragraph goes to which cell is decided by evidence that
 * survives text extraction: the column's wrap width, past tense and figures for
 * results, intentions for plans, and the order summary → results → plans.
 */
import { COUNTER_PATTERN } from '../../normalize/index.js';
import { compact, displayWidth, norm } from './lines.js';
import {
  BULLET_MARKS,
  CIRCLED_NUMBERS,
  FIGURE_END,
  FULL_STOP_NUMBERS,
  NOTE_MARK,
  PARENTHESIZED_NUMBERS,
  ROUND_BULLET_MARKS,
  SENTENCE_END,
} from '../shared/vocabulary.js';

export interface BodyLine {
  text: string;
  /** A blank line stood before this one (a hint only: many extractors drop blank lines). */
  blankBefore: boolean;
}

export interface Paragraph {
  lines: BodyLine[];
  /** Median width of the wrapped (non-final) lines; null for a one-line paragraph. */
  wrapWidth: number | null;
  maxWidth: number;
  text: string;
}

/** Typical wrap widths of the summary and of the results/plans columns in one document. */
export interface WidthProfile {
  summary: number | null;
  later: number | null;
}

export interface BodySplit {
  summary: BodyLine[];
  results: BodyLine[];
  plans: BodyLine[];
}

const CONTINUES = /^[ぁ-ゖ、。，,）)」』]/;
const BULLET = new RegExp(`^(?:[${BULLET_MARKS}${ROUND_BULLET_MARKS}${NOTE_MARK}]|${CIRCLED_NUMBERS}|${PARENTHESIZED_NUMBERS}|${FULL_STOP_NUMBERS})`);
const PARENTHETICAL = /^[（(].*[）)]$/;

/** Split lines into paragraphs: after a sentence end or a figure, before a bullet, at a blank line. */
export function paragraphs(lines: readonly BodyLine[]): Paragraph[] {
  const out: BodyLine[][] = [];
  let current: BodyLine[] = [];
  for (const line of lines) {
    const n = norm(line.text);
    if (n === '') continue;
    const prev = current[current.length - 1];
    if (prev && (line.blankBefore || BULLET.test(n) || endsParagraph(norm(prev.text), n))) {
      out.push(current);
      current = [];
    }
    current.push(line);
  }
  if (current.length) out.push(current);
  return out.map(describe);
}

function endsParagraph(prev: string, next: string): boolean {
  if (SENTENCE_END.test(prev)) return true;
  if (FIGURE_END.test(prev) && !CONTINUES.test(next)) return true;
  return PARENTHETICAL.test(prev);
}

function describe(lines: BodyLine[]): Paragraph {
  const widths = lines.map((l) => displayWidth(l.text));
  const wrapped = widths.slice(0, -1).sort((a, b) => a - b);
  return {
    lines,
    wrapWidth: wrapped.length ? wrapped[Math.floor(wrapped.length / 2)]! : null,
    maxWidth: Math.max(...widths),
    text: lines.map((l) => compact(l.text)).join(''),
  };
}

/** Median of the values, or null. */
function median(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/**
 * The document's summary and results/plans wrap widths, learnt from the first
 * paragraph (always summary) and the last (always plans) of every item body.
 */
export function widthProfile(bodies: ReadonlyArray<readonly BodyLine[]>): WidthProfile {
  const first: number[] = [];
  const last: number[] = [];
  for (const body of bodies) {
    const ps = paragraphs(body);
    if (ps.length < 2) continue;
    const f = ps[0]!.wrapWidth;
    const l = ps[ps.length - 1]!.wrapWidth;
    if (f !== null) first.push(f);
    if (l !== null) last.push(l);
  }
  return { summary: median(first), later: median(last) };
}

type Label = 0 | 1 | 2; // summary, results, plans

const PAST = /(?:ました|でした|ておりま|てきた|ってきた)/;
const ONGOING = /(?:ています|ている。|ておる)/;
const INTENT = /(?:予定|今後|引き続き|引続き|継続して|継続実施|していきます|努めます|目指します|検討します|取り組みます|進めます|いきます)/;
const FUTURE_END = /(?:ます|です)[。．]?$/;
const FIGURE_STATEMENT = new RegExp(`[：:][^。]*[0-9][0-9,.]*\\s*${COUNTER_PATTERN}|[0-9][0-9,.]*\\s*${COUNTER_PATTERN}[）)]*$`);
const NOMINAL_END = /[\u4e00-\u9fff][。．]$/;
const ANY_FIGURE = new RegExp(`[0-9][0-9,.]*\\s*${COUNTER_PATTERN}`);

/** How well a paragraph fits each cell, from its wording and its width. */
export function fit(p: Paragraph, profile: WidthProfile): [number, number, number] {
  // past tense and stated figures are what a results cell is made of
  let strong = 0;
  if (PAST.test(p.text)) strong += 3;
  else if (ONGOING.test(p.text)) strong += 1.5;
  if (FIGURE_STATEMENT.test(p.text)) strong += 3;
  const intent = INTENT.test(p.text);
  let weak = 0;
  if (ANY_FIGURE.test(p.text)) weak += 1;
  if (NOMINAL_END.test(p.text) && !intent) weak += 1;
  const results = strong + weak;
  const future = FUTURE_END.test(p.text) && results === 0 ? 1 : 0;
  const score: [number, number, number] = [
    -results + future * 0.5,
    results - future - (intent ? 1 : 0),
    -strong * 0.8 + future * 0.5 + (intent ? 2 : 0),
  ];
  const { summary, later } = profile;
  if (summary !== null && later !== null && later - summary >= 1.5) {
    if (p.maxWidth > summary + 1) score[0] -= 4;
    if (p.wrapWidth !== null) {
      const narrow = p.wrapWidth <= summary + 0.5;
      score[0] += narrow ? 1 : -2;
      score[1] += narrow ? -1.5 : 0.5;
      score[2] += narrow ? -1.5 : 0.5;
    }
  }
  return score;
}

/**
 * Assign paragraphs to summary / results / plans in that order. The first
 * paragraph is summary; the last is plans when there are three or more (the plans
 * cell stands just before the marker); the labelling with the best fit wins.
 */
export function splitBody(lines: readonly BodyLine[], profile: WidthProfile): BodySplit {
  const ps = paragraphs(lines);
  const split: BodySplit = { summary: [], results: [], plans: [] };
  if (ps.length === 0) return split;
  const fits = ps.map((p) => fit(p, profile));
  let best: Label[] = [];
  let bestScore = -Infinity;
  const n = ps.length;
  // a: paragraphs in summary (≥1), b: in results; the rest is plans
  for (let a = 1; a <= n; a++) {
    for (let b = 0; a + b <= n; b++) {
      const c = n - a - b;
      if (n >= 3 && c === 0) continue;
      const labels: Label[] = ps.map((_, i) => (i < a ? 0 : i < a + b ? 1 : 2));
      let score = labels.reduce<number>((s, l, i) => s + fits[i]![l], 0);
      if (n >= 3 && b > 0) score += 1;
      if (n === 2 && c === 1) score += 0.25;
      // on a tie, summary and plans are one paragraph each (the usual case)
      score -= 0.1 * (a - 1) + 0.1 * Math.max(0, c - 1);
      labels.forEach((l, i) => {
        if (i > 0 && l !== labels[i - 1] && ps[i]!.lines[0]!.blankBefore) score += 0.3;
      });
      if (score > bestScore) {
        bestScore = score;
        best = labels;
      }
    }
  }
  ps.forEach((p, i) => {
    const target = best[i] === 0 ? split.summary : best[i] === 1 ? split.results : split.plans;
    target.push(...p.lines);
  });
  return split;
}
