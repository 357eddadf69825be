/**
 * The cells right of the marker when a page break cuts a row: goal, assessment and
 * the two narrow cells (related plans, department). Printers that cut every cell at
 * the same height leave each cell's first lines on the first page; on the next page
 * `pdftotext -raw` puts the rests of cells that share a baseline on one line
 * (`令和５年度 45人 学習や宿泊行事への同`: the goal's next year block beside the
 * assessment's rest; `画」 育課`: the plan name's rest beside the department's).
 * Such a line is taken apart at its spaces, each part given to its column.
 */
import { findQuantities } from '../../normalize/index.js';
import type { BodyLine } from './body.js';
import type { ItemCells } from './cells.js';
import { displayWidth, endsLikeDepartment, endsLikePlanName, norm, parseGoalYear } from './lines.js';
import type { ColumnWidth } from './split-row.js';
import { narrow } from './tail.js';
import { SENTENCE_END as ENDS_SENTENCE } from '../shared/vocabulary.js';

/** A narrow cell's line is clearly narrower than the assessment column wraps. */
const NARROWER_BY = 2;

/**
 * `令和５年度 45人 学習や…`: a goal year block (the year and its figures) and the text
 * after it, when that text fits the assessment column.
 */
function goalAndRest(line: string, assessment: ColumnWidth): { goal: string; rest: string | null } | null {
  const tokens = norm(line).split(/\s+/).filter((t) => t !== '');
  if (tokens.length === 0 || !parseGoalYear(tokens[0]!)) return null;
  let n = 1;
  while (n < tokens.length && findQuantities(tokens[n]!).length > 0 && displayWidth(tokens[n]!) <= assessment.wrap / 2) n++;
  const goal = tokens.slice(0, n).join(' ');
  if (findQuantities(goal).length === 0) return null;
  if (n === tokens.length) return { goal, rest: null };
  const rest = tokens.slice(n).join(' ');
  if (parseGoalYear(rest) || displayWidth(rest) > assessment.max + 1) return null;
  return { goal, rest };
}

/** `画」 育課`: the rests of both narrow cells on one baseline, in column order. */
function narrowPair(line: string): [string, string] | null {
  const tokens = norm(line).split(/\s+/).filter((t) => t !== '');
  if (tokens.length !== 2 || !tokens.every(narrow)) return null;
  return [tokens[0]!, tokens[1]!];
}

/** The first page's narrow-cell lines: the run at the end of its assessment narrower than that column. */
function narrowRun(assessment: readonly string[], width: ColumnWidth): number {
  let start = assessment.length;
  while (start > 0) {
    const line = assessment[start - 1]!;
    if (norm(line) === '' || /[。、]/.test(norm(line)) || !narrow(line) || displayWidth(line) > width.wrap - NARROWER_BY) break;
    start--;
  }
  return start;
}

/**
 * Split the first page's narrow lines between related plans and department: each
 * with its rest must end like its kind, and cells cut at the same height keep
 * about as many lines each.
 */
function pairNarrow(lines: readonly string[], related: readonly string[], department: readonly string[]): { related: string[]; department: string[] } | null {
  let best: { related: string[]; department: string[]; off: number } | null = null;
  for (let j = 1; j < lines.length; j++) {
    const r = [...lines.slice(0, j), ...related];
    const d = [...lines.slice(j), ...department];
    if (!endsLikePlanName(r.join('')) || !endsLikeDepartment(d.join(''))) continue;
    const off = Math.abs(j - (lines.length - j));
    if (!best || off < best.off) best = { related: r, department: d, off };
  }
  return best && { related: best.related, department: best.department };
}

/**
 * Continue a cut row's goal, assessment and narrow cells from `rest` (the next
 * page's lines after the body cells' rests). Null when the continuation does not
 * show cells sharing baselines: the caller then merges it cell by cell.
 */
export function continueSharedTail(cells: ItemCells, rest: readonly BodyLine[], assessmentWidth: ColumnWidth | null): ItemCells | null {
  if (assessmentWidth === null || rest.length === 0) return null;
  if (!cells.goal.some((l) => parseGoalYear(l))) return null;
  const first = goalAndRest(rest[0]!.text, assessmentWidth);
  if (first === null) return null;

  let end = rest.length;
  const relatedRest: string[] = [];
  const departmentRest: string[] = [];
  while (end > 1) {
    const pair = narrowPair(rest[end - 1]!.text);
    if (!pair) break;
    relatedRest.unshift(pair[0]);
    departmentRest.unshift(pair[1]);
    end--;
  }
  const assessmentRest = [...(first.rest === null ? [] : [first.rest]), ...rest.slice(1, end).map((l) => l.text)];
  const merged: ItemCells = { ...cells, goal: [...cells.goal, first.goal] };
  if (relatedRest.length === 0) {
    merged.assessment = [...cells.assessment, ...assessmentRest];
    return merged;
  }
  if (cells.related.length || cells.department.length) return null;
  const from = narrowRun(cells.assessment, assessmentWidth);
  const pair = pairNarrow(cells.assessment.slice(from), relatedRest, departmentRest);
  if (pair === null) return null;
  const last = assessmentRest.filter((l) => l.trim() !== '').pop();
  if (last !== undefined && !ENDS_SENTENCE.test(norm(last))) return null;
  return { ...merged, assessment: [...cells.assessment.slice(0, from), ...assessmentRest], related: pair.related, department: pair.department };
}
