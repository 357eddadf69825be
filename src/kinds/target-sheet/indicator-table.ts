import type { TableBlock, TableCell } from '../../document/schema.js';
import { readFigureWord } from './figures.js';
import { runTogether } from './text.js';
import {
  INDICATOR_ACTUALS_GROUP,
  INDICATOR_GOAL_COLUMN,
  INDICATOR_GRADE,
  INDICATOR_GRADE_COLUMN,
  INDICATOR_LABEL_COLUMN,
  INDICATOR_NEXT_COLUMN,
  INDICATOR_RATE_COLUMN,
  INDICATOR_TARGET_COLUMN,
  YEAR_ROW_STUB,
} from './vocabulary.js';
import { findEraYear, readYearRow, type EraYearReading } from './years.js';

/**
 * A table of goals and yearly actuals, one row per 項目 (成果目標 / 項目 / 目標値（R5年度末）/
 * 実績 H30 R元 R2 R3(見込) / 達成率), several targets in a column merged down over their rows,
 * or none when the table stands under its target's heading. Read as the sheet's lines the
 * PDCA form prints: the target's heading, the goal's deadline and first row, the actuals'
 * caption, their header row of years and a row per 項目. A 達成率 is the document's own
 * arithmetic, not a field. A grade column (評価 A/B/C) and one of what comes next (課題・今後の
 *取組) are the target's review: its 評価（C） and 改善（A）, after its rows.
 */
type Role = 'target' | 'label' | 'goal' | 'year' | 'rate' | 'grade' | 'next';

interface Column {
  role: Role;
  year?: EraYearReading;
}

interface Row {
  target: string | null;
  label: string;
  goal: string;
  years: string[];
  grade: string;
  next: string;
}

/** A cell's text and its column (the order of a header's cells left to right). */
type TextCell = { col: number; text: string };

/**
 * The table's lines, or null when it is not a table of goals and yearly actuals. A
 * テキスト版 row may hold several such tables one after the other (a page a line), each
 * with its header: each is read where it stands, the cells between them kept as text.
 */
export function indicatorTableLines(table: TableBlock): string[] | null {
  return indicatorLines([...table.cells].sort((a, b) => a.row - b.row || a.col - b.col).map((c) => ({ col: c.col, text: cellText(c) })));
}

/**
 * The same table printed as lines of text (`pdftotext -raw`): a header line of column
 * words, the years under its 実績 on the next line, then a line per row, words apart by
 * spaces. The lines from `start` as the table's lines, and how many were read; null when
 * no such table starts there.
 */
export function indicatorTextLines(lines: readonly string[], start: number): { lines: string[]; used: number } | null {
  const head = lines[start]!.trim().split(/\s+/);
  if (head.length < 3 || !head.every((w) => roleOf(w) !== null)) return null;
  const group = head.findIndex((w) => INDICATOR_ACTUALS_GROUP.test(w));
  const years = group >= 0 ? readYearRow(lines[start + 1] ?? '') : null;
  if (group >= 0 && (years?.length ?? 0) < 2) return null;
  const cells: TextCell[] = head.map((text, k) => ({ col: k * 100, text }));
  years?.forEach((y, k) => cells.push({ col: group * 100 + k + 1, text: y.text }));
  const body = start + (years ? 2 : 1);
  const rows = lines.slice(body).map((l) => l.trim().split(/\s+/).map((text) => ({ col: 0, text })));
  const read = readIndicatorTable([...cells, ...rows.flat()], 0);
  if (!read) return null;
  // the cells read, counted back into lines
  let left = read.resume - cells.length;
  let used = body - start;
  for (const row of rows) {
    if (left <= 0) break;
    left -= row.length;
    used++;
  }
  return left === 0 ? { lines: read.lines, used } : null;
}

export function indicatorLines(cells: readonly TextCell[]): string[] | null {
  const lines: string[] = [];
  let read = false;
  let at = 0;
  for (let start = 0; start < cells.length; start++) {
    if (roleOf(cells[start]!.text) === null) continue;
    const part = readIndicatorTable(cells, start);
    if (!part) continue;
    lines.push(...texts(cells.slice(at, start)), ...part.lines);
    read = true;
    at = part.resume;
    start = part.resume - 1;
  }
  return read ? [...lines, ...texts(cells.slice(at))] : null;
}

const texts = (cells: readonly TextCell[]): string[] => cells.map((c) => c.text).filter((t) => t !== '');

/** The table whose header starts at cell `start`: its lines and the cell after its last row; null when none is there. */
function readIndicatorTable(cells: readonly TextCell[], start: number): { lines: string[]; resume: number } | null {
  let end = start;
  while (end < cells.length && (cells[end]!.text === '' || roleOf(cells[end]!.text) !== null)) end++;
  const header = cells.slice(start, end).filter((c) => c.text !== '' && !INDICATOR_ACTUALS_GROUP.test(c.text));
  // the header's columns left to right (a two-row header lists its second row after the first)
  const columns = [...header].sort((a, b) => a.col - b.col).map((c) => roleOf(c.text)!);
  const years = columns.filter((c) => c.role === 'year');
  const goalAt = header.find((c) => roleOf(c.text)!.role === 'goal');
  if (!goalAt || years.length < 2 || !columns.some((c) => c.role === 'label' || c.role === 'target')) return null;
  const { rows, next } = readRows(cells.slice(end).map((c) => c.text), columns);
  if (rows.length === 0) return null;
  const deadline = findEraYear(goalAt.text);
  const lines: string[] = [];
  let target: string | null = null;
  let review: string[] = [];
  rows.forEach((row, k) => {
    const opens = k === 0 || (row.target !== null && row.target !== target);
    if (!opens) {
      lines.push(`${row.label} ${row.years.join(' ')}`);
      review.push(...reviewLines(row));
      return;
    }
    lines.push(...review);
    review = reviewLines(row);
    target = row.target ?? target;
    if (row.target !== null) lines.push(`成果目標 ${row.target}`);
    if (deadline) lines.push(`○${deadline.text}までの目標値`);
    lines.push(`${row.label} ${row.goal}`, '実績', years.map((y) => y.year!.text).join(' '), `${row.label} ${row.years.join(' ')}`);
  });
  return { lines: [...lines, ...review], resume: end + next };
}

/** A row's grade and next steps as the review captions print them. */
const reviewLines = (row: Row): string[] => [
  ...(row.grade ? ['評価（C）', row.grade] : []),
  ...(row.next ? ['改善（A）', row.next] : []),
];

const cellText = (cell: TableCell): string =>
  runTogether(cell.blocks.flatMap((b) => (b.type === 'prose' ? b.lines.map((l) => l.text) : [])));

function roleOf(text: string): Column | null {
  if (INDICATOR_TARGET_COLUMN.test(text)) return { role: 'target' };
  if (INDICATOR_LABEL_COLUMN.test(text)) return { role: 'label' };
  if (INDICATOR_RATE_COLUMN.test(text)) return { role: 'rate' };
  if (INDICATOR_GOAL_COLUMN.test(text)) return { role: 'goal' };
  if (INDICATOR_ACTUALS_GROUP.test(text)) return { role: 'year' };
  if (INDICATOR_GRADE_COLUMN.test(text)) return { role: 'grade' };
  if (INDICATOR_NEXT_COLUMN.test(text)) return { role: 'next' };
  const year = readYearRow(text.replace(INDICATOR_ACTUALS_PREFIX, '').replace(YEAR_ROW_STUB, ''));
  return year?.length === 1 ? { role: 'year', year: year[0]! } : null;
}

const INDICATOR_ACTUALS_PREFIX = /^実績(?:値)?\s*/;

/** The kinds of column a line's words name as a goals-and-actuals table's header (成果目標, 項目, 目標値, 達成率…). */
export function headerRoles(line: string): Set<Role> {
  return new Set(line.trim().split(/\s+/).flatMap((w) => roleOf(w)?.role ?? []));
}

/** A row's text cells: its label, and before it the target's cell (a テキスト版 may print its number apart). */
const MAX_ROW_WORDS = 3;

/** A bare number before text: a target's number printed in a cell of its own (`1`, `福祉施設の…`). */
const isTargetNumber = (texts: readonly string[], i: number): boolean => /^[0-9]+$/.test(texts[i]!) && texts[i + 1] !== undefined && !isFigure(texts[i + 1]!);

const isFigure = (text: string): boolean => readFigureWord(text.replace(/\s+/g, '')) !== null;
const isEmptyFigure = (text: string): boolean => /^[-－―ー]?$/.test(text);

/** What a cell after a row's figures must be to fill its column (empty when the row has none). */
const FITS: Partial<Record<Role, (text: string) => boolean>> = {
  rate: (text) => /%$/.test(text),
  grade: (text) => INDICATOR_GRADE.test(text),
  next: (text) => text !== '' && !isFigure(text),
};

/**
 * Body cells in reading order, row after row: the text cells before a row's goal are its
 * target (when the table has that column and the cell starts a new target) and its label;
 * then the goal, one figure a year, and the rate, grade and next steps where the table has
 * them. Stops at the first cells that are not a row.
 */
function readRows(texts: readonly string[], columns: readonly Column[]): { rows: Row[]; next: number } {
  // the goal and the years in the order their columns stand (the goal first or last)
  const values = columns.filter((c) => c.role === 'goal' || c.role === 'year');
  const goalAt = values.findIndex((c) => c.role === 'goal');
  const after = columns.filter((c) => c.role === 'rate' || c.role === 'grade' || c.role === 'next').map((c) => c.role);
  const rows: Row[] = [];
  let i = 0;
  let next = 0;
  while (i < texts.length) {
    const words: string[] = [];
    while (i < texts.length && (!isFigure(texts[i]!) || (words.length === 0 && isTargetNumber(texts, i)))) {
      if (texts[i] !== '') words.push(texts[i]!);
      i++;
    }
    if (words.length === 0 || words.length > MAX_ROW_WORDS || i >= texts.length) break;
    const figures = texts.slice(i, i + values.length);
    if (figures.length < values.length || !figures.every((f) => isFigure(f) || isEmptyFigure(f)) || !isFigure(figures[goalAt]!)) break;
    const target = words.length > 1 ? words.slice(0, -1).join(' ') : null;
    const years = figures.filter((_, k) => k !== goalAt).map((f) => f || '-');
    const row: Row = { target, label: words[words.length - 1]!, goal: figures[goalAt]!, years, grade: '', next: '' };
    i += values.length;
    for (const role of after) {
      const text = texts[i];
      if (text === undefined || !(text === '' || FITS[role]!(text))) continue;
      if (role === 'grade' || role === 'next') row[role] = text;
      i++;
    }
    rows.push(row);
    next = i;
  }
  return { rows, next };
}
