/**
 * The last three cells of a row: 現状分析・今後の課題 (assessment), 他の分野別計画
 * との関連性 (related plans) and 所管課 (department). The two narrow cells come
 * last and hold short lines without sentence ends; a plan name ends in 」, 計画,
 * プラン or a year (`2011～2020`), a department in 課, 室, 局….
 */
import { findQuantities } from '../../normalize/index.js';
import { compact, continuesName, displayWidth, endsLikeDepartment, endsLikePlanName, norm, parseGoalYear } from './lines.js';
import { ORGANISATION_UNITS } from './vocabulary.js';

/** Lines of the narrow cells are at most this wide (in full-width cells). */
const NARROW = 12;
/** A department name wraps over at most this many lines. */
const MAX_DEPARTMENT_LINES = 5;

export interface TailSplit {
  assessment: string[];
  related: string[];
  department: string[];
}

/** A line of a narrow cell: short, no sentence end, not a goal figure or year. */
export const narrow = (line: string) =>
  !/。/.test(line) &&
  displayWidth(line) <= NARROW &&
  !/^[、。）)]/.test(norm(line)) &&
  !parseGoalYear(line) &&
  findQuantities(norm(line)).length === 0;

/** Split the lines after the goal cell into assessment, related plans and department. */
export function splitTail(lines: readonly string[]): TailSplit {
  let end = lines.length;
  let start = end;
  while (start > 0 && end - start < MAX_DEPARTMENT_LINES && narrow(lines[start - 1]!) && !endsPlan(lines, start - 1) && wrapsInto(lines[start - 1]!, lines[start])) start--;
  const department = endsLikeDepartment(lines.slice(start, end).join('')) ? lines.slice(start, end) : [];
  if (department.length === 0) start = end;
  end = start;
  if (end > 0 && endsPlan(lines, end - 1)) {
    while (start > 0 && narrow(lines[start - 1]!)) start--;
  }
  return { assessment: lines.slice(0, start), related: lines.slice(start, end), department };
}

/**
 * Whether `line` can be the line above `next` in one wrapped cell: a wrapped line is
 * full, so it is not clearly shorter than the one below, unless it was broken after
 * an organisation unit (`保健福祉局` / `障害福祉企画課`).
 */
const WRAPS_AFTER_UNIT = new RegExp(`(?:${ORGANISATION_UNITS})$`);

function wrapsInto(line: string, next: string | undefined): boolean {
  if (next === undefined) return true;
  return displayWidth(line) >= displayWidth(next) - 1.5 || WRAPS_AFTER_UNIT.test(compact(line));
}

/** Whether line i ends a plan name, alone or with the line above (`健福祉推進計` / `画`). */
function endsPlan(lines: readonly string[], i: number): boolean {
  const next = lines[i + 1];
  if (next !== undefined && continuesName(next)) return false;
  const above = lines[i - 1];
  return endsLikePlanName(lines[i]!) || (above !== undefined && narrow(above) && endsLikePlanName(compact(above) + compact(lines[i]!)));
}

/** Plan names from the related-plans cell, each joined over its wrapped lines. */
export function planNames(lines: readonly string[]): string[] {
  const names: string[] = [];
  let current = '';
  lines.forEach((line, i) => {
    const c = compact(line).replace(/^[・•]/, '');
    if (c === '') return;
    if (current && (/^[「『]/.test(c) || /^[・•]/.test(compact(line)))) {
      names.push(current);
      current = '';
    }
    current += c;
    const next = lines.slice(i + 1).find((l) => compact(l) !== '');
    if (endsLikePlanName(current) && !(next !== undefined && continuesName(next))) {
      names.push(current);
      current = '';
    }
  });
  if (current) names.push(current);
  return names;
}
