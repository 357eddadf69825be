/**
 * One item's lines, in content order (number, name, summary, results, plans, the
 * `b ○` marker, goal, assessment, related plans, department), cut into its cells.
 * The marker is the anchor: what precedes it is name + body, what follows is
 * goal + assessment + the narrow cells.
 */
import { findQuantities } from '../../normalize/index.js';
import { splitBody, type BodyLine, type WidthProfile } from './body.js';
import type { ItemCells } from './cells.js';
import { continuesFigure, goalExtent } from './goal.js';
import {
  displayWidth,
  endsLikeDepartment,
  isAchievementLetter,
  isContinuingGoal,
  norm,
  parseGoalYear,
  parseItemNumber,
  parseMarker,
  parseMarkOnly,
  type Marker,
} from './lines.js';
import { splitTail } from './tail.js';
import { BULLET_MARKS, NOTE_MARK, SENTENCE_OR_FIGURE_END as ENDS_SENTENCE } from '../shared/vocabulary.js';

/** A name cell wraps over at most this many lines. */
const CELL_BULLET = new RegExp(`^[${BULLET_MARKS}${NOTE_MARK}]`);
const MAX_NAME_LINES = 4;
/** A name line may be this much wider than the first one (manual breaks leave the first short). */
const NAME_WIDTH_SLACK = 1.5;

/** The parts of an item found before its body is split (the split needs every item's widths). */
export interface LocatedItem {
  no: number;
  page: number | null;
  name: BodyLine[];
  body: BodyLine[];
  marker: Marker | null;
  /** Goal, assessment, related plans and department. */
  after: BodyLine[];
}

/** Find number, name, body, marker and the rest in an item's lines (first line: the number). */
export function locateItem(lines: readonly BodyLine[], page: number | null): LocatedItem | null {
  const head = lines[0] && parseItemNumber(lines[0].text);
  if (!head) return null;
  const name: BodyLine[] = [];
  // the summary's first line, when it shares the name's baseline
  let bodyStart: BodyLine | null = null;
  const addName = (line: BodyLine) => {
    const { name: own, body } = splitNameLine(line.text);
    name.push({ ...line, text: own });
    if (body !== null) bodyStart = { text: body, blankBefore: false };
  };
  let i = 1;
  if (head.rest) addName({ text: head.rest, blankBefore: false });
  else if (i < lines.length) addName(lines[i++]!);
  const firstWidth = name.length ? displayWidth(name[0]!.text) : 0;
  while (bodyStart === null && i < lines.length && name.length < MAX_NAME_LINES && continuesItemName(name, lines[i]!, firstWidth)) addName(lines[i++]!);
  const rest = joinSplitFigures(bodyStart ? [bodyStart, ...lines.slice(i)] : lines.slice(i));

  const m = findMarker(rest, 0);
  if (m === null) {
    // no anchor: the narrow cells can still be told from the end; the rest is body
    const kept = splitTail(rest.map((l) => l.text)).assessment.length;
    return { no: head.no, page, name, body: rest.slice(0, kept), marker: null, after: rest.slice(kept) };
  }
  const body = rest.slice(0, m.index);
  if (m.marker.before) body.push({ text: m.marker.before, blankBefore: rest[m.index]!.blankBefore });
  const after = rest.slice(m.index + m.length);
  if (m.marker.after) after.unshift(...afterMarker(m.marker.after));
  return { no: head.no, page, name, body, marker: m.marker, after };
}

/**
 * A narrow cell may wrap between a number and its counter (`実地指導件数 60` / `件`,
 * `令和元年度 12か` / `所`): the fragment goes back onto the number's line.
 */
export function joinSplitFigures(lines: readonly BodyLine[]): BodyLine[] {
  const out: BodyLine[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev && !line.blankBefore && continuesFigure(prev.text, line.text)) out[out.length - 1] = { ...prev, text: prev.text.trimEnd() + norm(line.text) };
    else out.push(line);
  }
  return out;
}

/** A body line is at least this wide (full-width cells) when it shares the name's line. */
const MIN_BESIDE_WIDTH = 10;

/**
 * `障害者110番事業 障害のある人の権利擁護や日常生活`: a name line with the summary's
 * first line printed on its baseline. The summary part is prose or a full column
 * line; a leading tag (`【新規】 ピアサポート…`) stays with the name.
 */
export function splitNameLine(text: string): { name: string; body: string | null } {
  const gaps = [...text.trim().matchAll(/\s+/g)];
  const trimmed = text.trim();
  for (const gap of gaps) {
    const before = trimmed.slice(0, gap.index);
    const after = trimmed.slice(gap.index + gap[0].length);
    if (/^【[^】]*】$/.test(norm(before)) || /[。、]/.test(before)) continue;
    if (/[。、]/.test(after) || displayWidth(after) >= MIN_BESIDE_WIDTH) return { name: before, body: after };
  }
  return { name: text, body: null };
}

/** `継続実施 相談内容が…`: the goal cell and the assessment's first line on one line. */
function afterMarker(text: string): BodyLine[] {
  const m = /^(\S+)\s+(\S.*)$/.exec(norm(text));
  if (m && isContinuingGoal(m[1]!)) return [{ text: m[1]!, blankBefore: false }, { text: m[2]!, blankBefore: false }];
  return [{ text, blankBefore: false }];
}

function continuesItemName(name: readonly BodyLine[], line: BodyLine, firstWidth: number): boolean {
  const last = norm(name[name.length - 1]!.text);
  const n = norm(line.text);
  if (line.blankBefore || parseMarker(line.text) || /[。、]/.test(n)) return false;
  // a tag closing the name (`…構築【拡充】`) ends it
  if (/】$/.test(last) && !/^【[^】]*】$/.test(last)) return false;
  return displayWidth(line.text) <= firstWidth + NAME_WIDTH_SLACK;
}

interface FoundMarker {
  index: number;
  length: number;
  marker: Marker;
}

/**
 * The achievement/direction marker: `b ○` on one line, `b` and `○` on two, a lone
 * mark, or failing those the goal cell's first line (継続実施, a goal year).
 */
function findMarker(lines: readonly BodyLine[], from: number): FoundMarker | null {
  for (let i = from; i < lines.length; i++) {
    const marker = parseMarker(lines[i]!.text);
    if (marker) return { index: i, length: 1, marker };
    const next = lines[i + 1];
    const mark = next && isAchievementLetter(lines[i]!.text) ? parseMarkOnly(next.text) : null;
    if (mark) {
      const achievement = norm(lines[i]!.text).toLowerCase() as Marker['achievement'];
      return { index: i, length: 2, marker: { before: null, achievement, direction: mark.mark, after: mark.after } };
    }
  }
  for (let i = from; i < lines.length; i++) {
    const mark = parseMarkOnly(lines[i]!.text);
    if (mark && (mark.after === null || isContinuingGoal(mark.after) || parseGoalYear(mark.after))) {
      return { index: i, length: 1, marker: { before: null, achievement: null, direction: mark.mark, after: mark.after } };
    }
  }
  for (let i = from + 1; i < lines.length; i++) {
    if (isContinuingGoal(lines[i]!.text) || parseGoalYear(lines[i]!.text)) {
      return { index: i, length: 0, marker: { before: null, achievement: null, direction: null, after: null } };
    }
  }
  return null;
}

/** Cut a located item into cells, given the document's column widths. */
export function cellsOf(item: LocatedItem, profile: WidthProfile): ItemCells {
  const split = splitBody(item.body, profile);
  const afterText = item.after.map((l) => l.text);
  // the narrow cells are found from the end, then the goal from the start of what is left;
  // a lone 継続実施 is the goal for certain, and as short as a department's line, so it is kept from the tail
  const lead = continuingGoalEnd(afterText);
  const tail = splitTail(afterText.slice(lead));
  const goalEnd = lead || goalExtent(tail.assessment);
  const assessment = item.after.slice(goalEnd, lead + tail.assessment.length);
  return {
    no: item.no,
    page: item.page,
    name: item.name.map((l) => l.text),
    summary: withBlanks(split.summary),
    results: withBlanks(split.results),
    plans: withBlanks(split.plans),
    achievement: item.marker?.achievement ?? null,
    direction: item.marker?.direction ?? null,
    goal: afterText.slice(0, goalEnd),
    assessment: withBlanks(assessment),
    related: tail.related,
    department: tail.department,
  };
}

/** Index after the goal cell when it opens with `継続実施`, else 0. */
function continuingGoalEnd(lines: readonly string[]): number {
  const first = lines.findIndex((l) => norm(l) !== '');
  return first >= 0 && isContinuingGoal(lines[first]!) ? first + 1 : 0;
}

/** Index after the sentence that starts at `from`. */
function sentenceEnd(lines: readonly BodyLine[], from: number): number {
  let i = from;
  while (i < lines.length && !ENDS_SENTENCE.test(norm(lines[i]!.text))) i++;
  return Math.min(i + 1, lines.length);
}

/**
 * A goal cut by a page break: its last year block states fewer figures than the
 * first (a target mirrors its baseline), or none at all.
 */
function goalIsOpen(goal: readonly string[]): boolean {
  const years = goal.flatMap((l, i) => (parseGoalYear(l) ? [i] : []));
  if (years.length === 0) return false;
  const figures = (from: number, to: number) => goal.slice(from, to).reduce((n, l) => n + findQuantities(norm(l)).length, 0);
  const last = figures(years[years.length - 1]!, goal.length);
  if (last === 0) return true;
  return years.length > 1 && last < figures(years[0]!, years[1]!);
}

/** A line a goal cell is made of: a label, a bullet, a year or a figure, never prose. */
function isGoalLine(text: string): boolean {
  const n = norm(text);
  if (n === '' || /[。、]/.test(n)) return false;
  return parseGoalYear(n) !== null || findQuantities(n).length > 0 || CELL_BULLET.test(n) || displayWidth(n) <= GOAL_LABEL_WIDTH;
}

/** A goal label line without a figure is at most this wide. */
const GOAL_LABEL_WIDTH = 12;

/** Lines as a cell's text, blank lines put back as paragraph hints. */
export function withBlanks(lines: readonly BodyLine[]): string[] {
  return lines.flatMap((l, i) => (i > 0 && l.blankBefore ? ['', l.text] : [l.text]));
}

export type TextCell = 'summary' | 'results' | 'plans' | 'assessment';
const TEXT_CELLS: readonly TextCell[] = ['summary', 'results', 'plans', 'assessment'];

/**
 * Add the part of a row printed on the next page. Every cell is cut at the same
 * height, so the continuation holds the rest of each cell left unfinished (its
 * last line not ending a sentence), in column order; the narrow cells, if there,
 * come last.
 */
export function mergeContinuation(cells: ItemCells, lines: readonly BodyLine[], continuing: readonly TextCell[] = TEXT_CELLS): ItemCells {
  const tail = splitTail(lines.map((l) => l.text));
  let rest = lines.slice(0, tail.assessment.length);
  const open = continuing.filter((k) => {
    const last = cells[k].filter((l) => l.trim() !== '').pop();
    return last !== undefined && !ENDS_SENTENCE.test(norm(last));
  });
  const merged: ItemCells = { ...cells };
  if (goalIsOpen(cells.goal)) {
    // the cells left of the goal continue first, one sentence run each, then the goal's figures
    const before = open.filter((k) => k !== 'assessment');
    let i = 0;
    for (const k of before) {
      const end = sentenceEnd(rest, i);
      merged[k] = [...merged[k], ...rest.slice(i, end).map((l) => l.text)];
      i = end;
    }
    let end = i;
    while (end < rest.length && isGoalLine(rest[end]!.text)) end++;
    merged.goal = [...merged.goal, ...rest.slice(i, end).map((l) => l.text)];
    rest = rest.slice(end);
    open.splice(0, open.length, ...open.filter((k) => k === 'assessment'));
  }
  const targets: readonly TextCell[] = open.length ? open : ['assessment'];
  const chunks: BodyLine[][] = [];
  for (const line of rest) {
    const last = chunks[chunks.length - 1];
    if (!last || ENDS_SENTENCE.test(norm(last[last.length - 1]!.text))) chunks.push([line]);
    else last.push(line);
  }
  chunks.forEach((chunk, i) => {
    // more chunks than open cells: the extra sentences belong to the last open cell
    const k = targets[Math.min(i, targets.length - 1)]!;
    merged[k] = [...merged[k], ...chunk.map((l) => l.text)];
  });
  if (tail.related.length) merged.related = [...cells.related, ...tail.related];
  // a department already complete on the first page is not extended
  if (tail.department.length && !endsLikeDepartment(cells.department.join(''))) merged.department = [...cells.department, ...tail.department];
  return merged;
}
