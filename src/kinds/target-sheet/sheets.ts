import { COUNTER_PATTERN } from '../../normalize/index.js';
import { matchCaption, PLAN_SECTIONS, REVIEW_SECTIONS } from './captions.js';
import type { Item } from './items.js';
import { canon, runTogether } from './text.js';
import { DEPARTMENT_LABELS, NUMBERED_TARGET_LINE, SHEET_HEADING_PATTERN, TARGET_TYPES } from './vocabulary.js';

export interface Target {
  type: string;
  code: string;
  title: string;
}

/** One sheet's header fields and the items of its body, not yet read. */
export interface RawSheet {
  /** Page the sheet starts on when the text had form feeds, else null. */
  page: number | null;
  department: string | null;
  /** The department was printed once above several targets, not on this sheet. */
  departmentShared?: boolean;
  target: Target | null;
  body: Item[];
}

/** `成果目標 （３）地域生活支援拠点等の整備`, `活動指標 3-1 …`, `成果目標(4)…`, `成果目標 ③…`, `成果目標 目標２ …`. */
const TARGET_LINE =
  /^(成果目標|活動指標)\s*(?:目標\s*(?=[0-9]))?(?:[（(]\s*([0-9]+(?:\s*-\s*[0-9]+)*)\s*[）)]|([0-9]+(?:-[0-9]+)*)(?![0-9])|([①-⑳]))\s*[.．、:：]?\s*(.*)$/;
const TARGET_TYPE_ALONE = new RegExp(`^(?:${TARGET_TYPES})$`);
/** `目標1` in a cell of its own, its title in the next. */
const NUMBERED_TARGET_ALONE = /^目標\s*[0-9]+$/;
const DEPARTMENT_LINE = new RegExp(`^${DEPARTMENT_LABELS}\\s*[:：]?\\s*(.*)$`);
/** The sheet's heading `…計画の` / `目標等の管理シート`. */
const SHEET_HEADING = new RegExp(SHEET_HEADING_PATTERN);
const MAX_HEADING_CHARS = 80;
/** The plan's name ends at its last 計画 (with its period, `計画（第6期）`); the sheet's own name follows. */
const PLAN_NAME_END = /^(.*計画(?:[（(]第[0-9]+期[）)])?)/;
/** Lines of the plan name printed above `目標等の管理シート`. */
const MAX_HEADING_LINES = 2;
/** Continuation lines of a wrapped department or target title. */
const MAX_WRAPPED_LINES = 2;

/**
 * Split a document's items into sheets. A sheet begins at its 担当部局 line or its
 * target line (whichever comes first); the repeated heading above it is the plan.
 */
export function splitSheets(items: readonly Item[]): { plan: string | null; sheets: RawSheet[] } {
  const sheets: RawSheet[] = [];
  const preamble: Item[] = [];
  let plan: string | null = null;
  let current: RawSheet | null = null;
  /** Page of a sheet heading not yet followed by its sheet; undefined when none is pending. */
  let heading: { page: number | null } | undefined;

  const sheetFor = (page: number | null, has: (s: RawSheet) => boolean): RawSheet => {
    if (current && !heading && !has(current) && !current.body.some((it) => it.kind === 'text')) return current;
    const sheet: RawSheet = { page: heading ? heading.page ?? page : page, department: null, target: null, body: [] };
    sheets.push(sheet);
    heading = undefined;
    return sheet;
  };

  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const body = current ? current.body : preamble;
    if (item.kind !== 'text') {
      body.push(item);
      continue;
    }
    if (SHEET_HEADING.test(item.text) && canon(item.text).length <= MAX_HEADING_CHARS) {
      const head = takeHeadingLines(body);
      plan ??= planName([...head, item.text]);
      heading = { page: item.page };
      continue;
    }
    const dept = readDepartment(item.text);
    if (dept !== null) {
      current = sheetFor(item.page, (s) => s.department !== null && !s.departmentShared);
      delete current.departmentShared;
      const lines = dept ? [dept] : [];
      i = takeWrapped(items, i + 1, lines);
      current.department = lines.length > 0 ? runTogether(lines).replace(/\s+/g, '') : null;
      continue;
    }
    const targetLine = readTargetAt(items, i);
    if (targetLine) {
      const { lines: used, ...target } = targetLine;
      i += used - 1;
      const previous: RawSheet | null = current;
      current = sheetFor(item.page, (s) => s.target !== null);
      // a department printed above a list of targets is each one's
      if (current !== previous && current.department === null && previous?.department) {
        current.department = previous.department;
        current.departmentShared = true;
      }
      const lines = target.title ? [target.title] : [];
      i = takeWrapped(items, i + 1, lines);
      current.target = { ...target, title: runTogether(lines) };
      continue;
    }
    body.push(item);
  }
  return { plan, sheets };
}

/**
 * What follows 担当部局 or 成果目標 (3) on a header line is a name, not the rest of a
 * sentence that happens to begin with those words (`担当課と連携し…`, `成果目標3の達成に…`).
 */
function isHeadingText(rest: string): boolean {
  return !/^[とのをにはがでへもや、，。]/.test(rest) && !/[。．]/.test(rest);
}

/** The department named on a 担当部局 line ('' when it is on the next line), or null. */
function readDepartment(text: string): string | null {
  const m = DEPARTMENT_LINE.exec(text);
  return m && isHeadingText(m[1]!) ? m[1]! : null;
}

/** A target heading at item i: on one line, or its type alone with the code and title on the next line. */
function readTargetAt(items: readonly Item[], i: number): (Target & { lines: 1 | 2 }) | null {
  const item = items[i]!;
  if (item.kind !== 'text') return null;
  const one = readTarget(item.text);
  if (one) return { ...one, lines: 1 };
  const next = items[i + 1];
  if (!(TARGET_TYPE_ALONE.test(item.text) || NUMBERED_TARGET_ALONE.test(item.text)) || next?.kind !== 'text') return null;
  const two = readTarget(`${item.text} ${next.text}`);
  return two ? { ...two, lines: 2 } : null;
}

export function readTarget(text: string): Target | null {
  const m = TARGET_LINE.exec(text);
  if (!m) return readNumberedTarget(text);
  if (!isHeadingText(m[5]!)) return null;
  const code = m[2] ? m[2].replace(/\s+/g, '') : m[3] ?? String(m[4]!.charCodeAt(0) - '①'.charCodeAt(0) + 1);
  return { type: m[1]!, code, title: m[5]!.trim() };
}

const COUNTER_FIRST = new RegExp(`^${COUNTER_PATTERN}`);

/** `目標1 <title>`: a report's numbered target, a 成果目標. */
function readNumberedTarget(text: string): Target | null {
  const m = NUMBERED_TARGET_LINE.exec(text);
  // `目標1箇所以上` is a goal's figure, not a heading
  return m && isHeadingText(m[2]!) && !COUNTER_FIRST.test(m[2]!) ? { type: '成果目標', code: m[1]!, title: m[2]!.trim() } : null;
}

/**
 * Lines after a header line that continue it: taken only when a structural item
 * (caption, vertical header, another header line, a ○ line) follows them, so that
 * the goal box's first lines are never swallowed. An empty header takes at least
 * one line. Returns the index of the last item consumed.
 */
function takeWrapped(items: readonly Item[], start: number, into: string[]): number {
  const min = into.length === 0 ? 1 : 0;
  for (let n = 0; n <= MAX_WRAPPED_LINES; n++) {
    if (n > 0 && (start + n - 1 >= items.length || isStructural(items, start + n - 1))) break;
    if (n >= min && (start + n >= items.length || isStructural(items, start + n))) {
      for (const item of items.slice(start, start + n)) if (item.kind === 'text') into.push(item.text);
      return start + n - 1;
    }
  }
  return start - 1;
}

function isStructural(items: readonly Item[], index: number): boolean {
  const item = items[index]!;
  if (item.kind !== 'text') return true;
  if (/^[○◯●]/.test(item.text) || readDepartment(item.text) !== null || SHEET_HEADING.test(item.text) || readTargetAt(items, index)) return true;
  return matchCaption(items, index, [...PLAN_SECTIONS, ...REVIEW_SECTIONS]) !== null;
}

/** The plan-name lines just above a sheet heading move out of the text they were appended to. */
function takeHeadingLines(body: Item[]): string[] {
  const head: string[] = [];
  while (head.length < MAX_HEADING_LINES) {
    const last = body[body.length - 1];
    if (last?.kind !== 'text' || /[。．]$/.test(last.text) || canon(last.text).length > MAX_HEADING_CHARS) break;
    if (!/計画|の$/.test(last.text)) break;
    head.unshift(last.text);
    body.pop();
  }
  return head;
}

/** `第５期…計画の` + `目標等の管理シート` → `第5期…計画`; `…計画` + `成果目標管理シート（令和4年度評価）` → `…計画`. */
function planName(lines: readonly string[]): string | null {
  const joined = runTogether(lines).replace(/\s+/g, '');
  const plan = PLAN_NAME_END.exec(joined);
  const name = plan ? plan[1]! : joined.replace(/の?(?:目標等の)?管理シート.*$/, '').trim();
  return name || null;
}
