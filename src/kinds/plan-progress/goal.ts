/**
 * The 事業目標 cell: `継続実施`, or a baseline and a target block, each opened by a
 * fiscal year (`平成26年度`) and holding `label value` figures. Labels wrap over
 * lines (`発達障害者支援セン` / `ター箇所数　2箇所`), may stand under a bullet
 * (`・地域移行支援` / `利用人数 6人` → 地域移行支援利用人数) or be one heading shared
 * by both years (`研修参加数` / `平成26年度 168人` / `平成29年度 289人`).
 */
import { cleanLabel, COUNTER_PATTERN, findQuantities, parseFiscalYear, squash } from '../../normalize/index.js';
import type { Metric } from '../../schema/common.js';
import { compact, displayWidth, isContinuingGoal, norm, parseGoalYear } from './lines.js';
import { BULLET_MARKS, NOTE_MARK } from '../shared/vocabulary.js';

export interface GoalPoint {
  fiscalYear: number | null;
  metrics: Metric[];
}

export interface Goal {
  continuing: boolean;
  baseline: GoalPoint | null;
  target: GoalPoint | null;
  text: string;
}

const BULLET = new RegExp(`^[${BULLET_MARKS}${NOTE_MARK}]\\s*`);
/** Heading lines above the first year are short labels, never sentences. */
const MAX_HEADING_LINES = 3;

const COUNTER_ONLY = new RegExp(`^${COUNTER_PATTERN}$`);
const FIGURE_TAIL = /[0-9][0-9,.]*([^\s0-9]{0,2})$/;
/** A counter cut from its number is a line of a few characters at most. */
const MAX_COUNTER_FRAGMENT = 3;

/** `next` is the rest of a counter that a narrow cell wrapped away from the number ending `prev`. */
export function continuesFigure(prev: string, next: string): boolean {
  const n = norm(next);
  if (n.length === 0 || n.length > MAX_COUNTER_FRAGMENT) return false;
  const tail = FIGURE_TAIL.exec(norm(prev));
  return tail !== null && COUNTER_ONLY.test(tail[1]! + n);
}

function joinWrappedFigures(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (out.length > 0 && continuesFigure(out[out.length - 1]!, line)) out[out.length - 1] = out[out.length - 1]!.trimEnd() + norm(line);
    else out.push(line);
  }
  return out;
}

const stripBullet = (line: string) => line.trim().replace(BULLET, '');
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const isProse = (line: string) => /[。、]/.test(norm(line));

/**
 * How many of `lines` (the text after the achievement marker) belong to the goal cell;
 * the rest is the assessment. A target block mirrors its baseline block, so it ends
 * once it has stated as many figures as the baseline did.
 */
export function goalExtent(lines: readonly string[]): number {
  const first = lines.findIndex((l) => norm(l) !== '');
  if (first < 0) return 0;
  if (isContinuingGoal(lines[first]!)) return first + 1;
  let i = first;
  for (let seen = 0; i < lines.length && seen <= MAX_HEADING_LINES; i++) {
    const l = lines[i]!;
    if (norm(l) === '') continue;
    if (parseGoalYear(l)) break;
    if (isProse(l)) return 0;
    seen++;
  }
  if (i >= lines.length || !parseGoalYear(lines[i]!)) return shortLinesExtent(lines, first);
  let end = i;
  let expected = 0;
  let widest = 0;
  let blocks = 0;
  while (end < lines.length) {
    const header = parseGoalYear(lines[end]!);
    if (!header) break;
    let figures = countFigures(header.rest);
    let j = end + 1;
    const isFirstBlock = blocks++ === 0;
    for (; j < lines.length; j++) {
      const l = lines[j]!;
      if (norm(l) === '') continue;
      if (parseGoalYear(l)) break;
      if (isProse(l)) break;
      // a block after the first stops once it has as many figures as the first one
      if (!isFirstBlock && expected > 0 && figures >= expected) break;
      if (!isFirstBlock && widest > 0 && displayWidth(l) > widest + 1.5) break;
      // a lone block: a line much wider than its figures is the next cell's
      if (isFirstBlock && figures > 0 && displayWidth(l) > widest + 2) break;
      figures += countFigures(l);
      if (isFirstBlock) widest = Math.max(widest, displayWidth(l));
    }
    if (isFirstBlock) expected = figures;
    end = j;
    if (j < lines.length && !parseGoalYear(lines[j]!)) break;
  }
  return end;
}

/** A goal without years: its short, sentence-free lines. */
function shortLinesExtent(lines: readonly string[], first: number): number {
  let i = first;
  while (i < lines.length && norm(lines[i]!) !== '' && !isProse(lines[i]!) && displayWidth(lines[i]!) <= 11) i++;
  return i;
}

function countFigures(text: string): number {
  return findQuantities(norm(text)).length;
}

/**
 * The goal cell as one line: a wrapped label is joined without a break, while a
 * year, a bullet entry, an indented line or the line after a figure is set off by
 * a space.
 */
function goalText(lines: readonly string[]): string {
  let out = '';
  let previous: string | null = null;
  for (const line of lines) {
    const n = norm(stripBullet(line));
    if (n === '') continue;
    const apart =
      previous === null ||
      BULLET.test(line.trim()) ||
      /^\s/.test(line) ||
      parseGoalYear(line) !== null ||
      parseGoalYear(previous) !== null ||
      findQuantities(norm(previous)).length > 0;
    out += (apart && out ? ' ' : '') + n;
    previous = line;
  }
  return squash(out);
}

/** Parse the goal cell's lines into continuing / baseline / target. */
export function parseGoal(lines: readonly string[], options: { defaultEra?: string } = {}): Goal {
  const content = joinWrappedFigures(lines.filter((l) => norm(l) !== ''));
  const text = goalText(content);
  if (content.length === 0) return { continuing: false, baseline: null, target: null, text: '' };
  const headerAt = content.map((l) => parseGoalYear(l) !== null);
  if (!headerAt.includes(true)) {
    const continuing = /継続/.test(compact(text));
    return { continuing, baseline: null, target: null, text };
  }
  const firstHeader = headerAt.indexOf(true);
  const shared = content.slice(0, firstHeader);
  const sharedLabel = cleanLabel(shared.map((l) => norm(stripBullet(l))).join(''));
  const blocks: GoalPoint[] = [];
  for (let i = firstHeader; i < content.length; ) {
    const header = parseGoalYear(content[i]!)!;
    let j = i + 1;
    while (j < content.length && !headerAt[j]) j++;
    blocks.push({
      fiscalYear: parseFiscalYear(header.year, options),
      metrics: blockMetrics(header.rest, content.slice(i + 1, j), sharedLabel),
    });
    i = j;
  }
  const target = blocks[blocks.length - 1]!;
  return { continuing: false, baseline: blocks.length > 1 ? blocks[0]! : null, target, text };
}

/**
 * Figures of one year block. A line without a figure is (part of) the label of the
 * next figure, or a bullet group name put before the labels under it.
 */
function blockMetrics(headerRest: string, lines: readonly string[], sharedLabel: string): Metric[] {
  const metrics: Metric[] = [];
  let group: { label: string; raw: string } | null = null;
  let pending: { label: string; raw: string[] } = { label: '', raw: [] };
  let lastWasFigure = false;
  const source = headerRest ? [headerRest, ...lines] : [...lines];
  source.forEach((line) => {
    const bullet = BULLET.test(line.trim());
    const indented = /^\s/.test(line);
    const body = stripBullet(line);
    const n = norm(body);
    const found = findQuantities(n);
    // an unindented line after a figure leaves the bullet group it was under
    if (group && lastWasFigure && !bullet && !indented) group = null;
    if (found.length === 0) {
      if (bullet) {
        group = { label: n, raw: body };
        pending = { label: '', raw: [] };
      } else {
        pending = { label: pending.label + n, raw: [...pending.raw, (indented ? ' ' : '') + body] };
      }
      lastWasFigure = false;
      return;
    }
    const rawBody = body.trim();
    let from = 0;
    found.forEach((q) => {
      const own = n.slice(from, q.index);
      const label = cleanLabel((group?.label ?? '') + pending.label + own) || sharedLabel;
      const figure = rawBody.slice(rawIndex(rawBody, n, from), rawIndex(rawBody, n, q.index + q.length));
      // line breaks are removed; an indented line keeps its indent as one space
      const lead = from === 0 && indented ? ' ' : '';
      const raw = collapse([...(group ? [group.raw] : []), ...pending.raw, lead + figure].join(''));
      metrics.push({ label, value: q.value, unit: q.unit, raw });
      pending = { label: '', raw: [] };
      from = q.index + q.length;
    });
    lastWasFigure = true;
  });
  return metrics;
}

/** Index in `raw` of the character at `normIndex` in its normalized form. */
function rawIndex(raw: string, normalized: string, normIndex: number): number {
  const target = normalized.slice(0, normIndex).replace(/\s+/g, '').length;
  let seen = 0;
  for (let i = 0; i < raw.length; i++) {
    if (seen === target) return i;
    if (!/\s/.test(raw[i]!)) seen++;
  }
  return raw.length;
}
