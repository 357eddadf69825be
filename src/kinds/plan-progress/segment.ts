/**
 * One item's lines, in content order (number, name, summary, results, plans, the
 * `b ○` marker, goal, assessment, related plans, department), cut into its cells.
 * The marker is the anchor: what precedes it is name + body, what follows is
 * goal + assessment + the narrow cells.
 */
import { COUNTER_PATTERN } from '../../normalize/index.js';
import { splitBody, type BodyLine, type WidthProfile } from './body.js';
import type { ItemCells } from './cells.js';
import { goalExtent } from './goal.js';
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

/** A name cell wraps over at most this many lines. */
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
  const name: BodyLine[] = head.rest ? [{ text: head.rest, blankBefore: false }] : [];
  let i = 1;
  if (!head.rest && i < lines.length) name.push(lines[i++]!);
  const firstWidth = name.length ? displayWidth(name[0]!.text) : 0;
  while (i < lines.length && name.length < MAX_NAME_LINES && continuesItemName(name, lines[i]!, firstWidth)) name.push(lines[i++]!);

  const m = findMarker(lines, i);
  if (m === null) {
    // no anchor: the narrow cells can still be told from the end; the rest is body
    const rest = lines.slice(i);
    const kept = splitTail(rest.map((l) => l.text)).assessment.length;
    return { no: head.no, page, name, body: rest.slice(0, kept), marker: null, after: rest.slice(kept) };
  }
  const body = lines.slice(i, m.index);
  if (m.marker.before) body.push({ text: m.marker.before, blankBefore: lines[m.index]!.blankBefore });
  const after = lines.slice(m.index + m.length);
  if (m.marker.after) after.unshift({ text: m.marker.after, blankBefore: false });
  return { no: head.no, page, name, body, marker: m.marker, after };
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
  // the narrow cells are found from the end, then the goal from the start of what is left
  const tail = splitTail(afterText);
  const goalEnd = goalExtent(tail.assessment);
  const assessment = item.after.slice(goalEnd, tail.assessment.length);
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

/** Lines as a cell's text, blank lines put back as paragraph hints. */
function withBlanks(lines: readonly BodyLine[]): string[] {
  return lines.flatMap((l, i) => (i > 0 && l.blankBefore ? ['', l.text] : [l.text]));
}

type TextCell = 'summary' | 'results' | 'plans' | 'assessment';
const TEXT_CELLS: readonly TextCell[] = ['summary', 'results', 'plans', 'assessment'];
const ENDS_SENTENCE = new RegExp(`[。．！？!?][」』）)]*$|[0-9][0-9,.]*\\s*${COUNTER_PATTERN}[）)]*$`);

/**
 * Add the part of a row printed on the next page. Every cell is cut at the same
 * height, so the continuation holds the rest of each cell left unfinished (its
 * last line not ending a sentence), in column order; the narrow cells, if there,
 * come last.
 */
export function mergeContinuation(cells: ItemCells, lines: readonly BodyLine[]): ItemCells {
  const tail = splitTail(lines.map((l) => l.text));
  const rest = lines.slice(0, tail.assessment.length);
  const open = TEXT_CELLS.filter((k) => {
    const last = cells[k].filter((l) => l.trim() !== '').pop();
    return last !== undefined && !ENDS_SENTENCE.test(norm(last));
  });
  const targets: TextCell[] = open.length ? open : ['assessment'];
  const chunks: BodyLine[][] = [];
  for (const line of rest) {
    const last = chunks[chunks.length - 1];
    if (!last || ENDS_SENTENCE.test(norm(last[last.length - 1]!.text))) chunks.push([line]);
    else last.push(line);
  }
  const merged: ItemCells = { ...cells };
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
