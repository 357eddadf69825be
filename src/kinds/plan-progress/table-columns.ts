/**
 * A plan table's grid read by its header words, whoever built the grid (a PDF's
 * ruled table, or a text's rows of cells): which field each column holds, each
 * body row's cells by field, and a row's cells as an item's.
 */
import { normalizeWidth } from '../../normalize/index.js';
import { cellAt, type Grid, type GridCell } from '../../document/table.js';
import type { ItemCells } from './cells.js';
import { compact, isDirectionHeaderPart, isDirectionHeaderStart, isWeakHeader, MARKS, parseItemNumber } from './lines.js';
import { moveByContent } from './column-content.js';
import { latestYearColumns } from './year-columns.js';
import { DIRECTION_WORD, INDICATOR_GROUP_HEADER, INDICATOR_VALUE_HEADER, SIDE_HEADING_HEADER, YEAR_GROUP_HEADER, type PlanField, type PlanVocabulary } from './vocabulary.js';
import { indicatorRowText } from './forms/indicators.js';

type Field = PlanField;
/** A table is a plan-progress table when its header names at least these many fields, number and name among them. */
const MIN_FIELDS = 5;

export interface ColumnMap {
  columns: number;
  fields: Map<Field, number[]>;
  headers: Map<Field, string>;
  /** Columns under a 指標 header: the indicator's label column has label '', a value column its own header (`当初の値(25年度)`). */
  indicators: Array<{ col: number; label: string }>;
  /** Columns headed by a heading word alone (基本目標, 施策) beside the name's: their cells, merged down, head the rows they span. */
  sideHeadings: number[];
}

export interface Row {
  page: number;
  cells: Map<Field, GridCell[]>;
  indicator: Array<{ label: string; cell: GridCell | undefined }>;
  /** The text of a row that is one merged cell across the table: a heading printed inside it. */
  heading?: string;
  /** Texts of the side-heading cells that start in this row, left to right. */
  sideHeadings: string[];
  /** The fields with a filled cell starting in this row (a merged cell above only covers it). */
  starting: Set<Field>;
}

/** Which field each column holds, from the header rows at the top of the table; null when this is no plan table. */
export function columnMap(table: Grid, vocab: PlanVocabulary): { map: ColumnMap; headerRows: number } | null {
  const { rows, columns } = table;
  let headerRows = 0;
  while (headerRows < rows && isHeaderRow(table, headerRows, vocab)) headerRows++;
  // the rows under a merged header cell that divide it (目標 over 基準値 / 目標値) head the table too, whatever their words
  if (headerRows > 0) headerRows = Math.max(headerRows, Math.min(table.headerRows ?? 0, rows));
  if (headerRows === 0) return null;
  const fields = new Map<Field, number[]>();
  const headers = new Map<Field, string>();
  for (let c = 0; c < columns; c++) {
    const text = headerText(table, c, headerRows);
    const field = headerField(text, vocab);
    if (!field) continue;
    fields.set(field, [...(fields.get(field) ?? []), c]);
    headers.set(field, headers.get(field) ?? text);
  }
  const indicators = indicatorColumns(table, headerRows);
  for (const { col } of indicators) {
    for (const [field, cols] of fields) {
      const rest = cols.filter((c) => c !== col);
      if (rest.length) fields.set(field, rest);
      else fields.delete(field);
    }
  }
  const sideHeadings = sideHeadingColumns(table, headerRows, fields);
  shareMergedHeaders(table, headerRows, fields);
  const body = (col: number) =>
    table.cells.filter((c) => c.row >= headerRows && c.col === col && c.colSpan * 2 <= columns).map((c) => compact(normalizeWidth(c.text))).filter((t) => t !== '');
  latestYearColumns(fields, headers, (col) => headerText(table, col, headerRows));
  moveByContent(fields, headers, body, (col) => headerText(table, col, headerRows));
  // a table that prints no item numbers (its items are numbered in document order) must name as many other fields
  if (!fields.has('name') || fields.size < MIN_FIELDS) return null;
  return { map: { columns, fields, headers, indicators, sideHeadings }, headerRows };
}

/**
 * Columns headed by a heading word alone (`基本目標`, `施策`) when another column names
 * the items: they are no field, their merged cells head the rows beside them.
 */
function sideHeadingColumns(table: Grid, headerRows: number, fields: Map<Field, number[]>): number[] {
  const names = fields.get('name') ?? [];
  const side: number[] = [];
  for (let c = 0; c < table.columns; c++) {
    if (!SIDE_HEADING_HEADER.test(headerText(table, c, headerRows))) continue;
    if (names.includes(c) && names.length === 1) continue;
    side.push(c);
  }
  for (const [field, cols] of fields) {
    const rest = cols.filter((c) => !side.includes(c));
    if (rest.length) fields.set(field, rest);
    else fields.delete(field);
  }
  return side;
}

/** The columns under a 指標 header, each with its own header words after 指標 (none for the label column). */
function indicatorColumns(table: Grid, headerRows: number): ColumnMap['indicators'] {
  const out: ColumnMap['indicators'] = [];
  for (let c = 0; c < table.columns; c++) {
    const m = INDICATOR_GROUP_HEADER.exec(normalizeWidth(headerText(table, c, headerRows)));
    if (!m) continue;
    const own = normalizeWidth(headerText(table, c, headerRows)).slice(m[0].length);
    out.push({ col: c, label: INDICATOR_VALUE_HEADER.test(own) ? own : '' });
  }
  return out.some((i) => i.label === '') && out.some((i) => i.label !== '') ? out : [];
}

/** A header row: every cell starting in it is a header word or a direction sub-header. */
function isHeaderRow(table: Grid, row: number, vocab: PlanVocabulary): boolean {
  const starting = table.cells.filter((c) => c.row === row && compact(c.text) !== '');
  if (starting.length === 0) return false;
  const named = (c: GridCell) => {
    const text = compact(c.text);
    return (
      vocab.fieldPatterns.some(([, re]) => re.test(text)) || isDirectionHeaderStart(text) || isDirectionHeaderPart(text) || isWeakHeader(text) || INDICATOR_GROUP_HEADER.test(text)
    );
  };
  // a merged cell over sub-headers may name only their year (`令和４年度の取組`)
  const yearGroup = (c: GridCell) => c.colSpan > 1 && YEAR_GROUP.test(compact(normalizeWidth(c.text)));
  const sideHeading = (c: GridCell) => SIDE_HEADING_HEADER.test(compact(normalizeWidth(c.text)));
  return starting.every((c) => named(c) || yearGroup(c) || sideHeading(c)) && starting.some(named);
}

/** A header over the columns of one year (`令和４年度の取組` over 実施状況 / 評価). */
export const YEAR_GROUP = new RegExp(`^${YEAR_GROUP_HEADER}`);

/** The field a column's header words name, if any. */
export const headerField = (text: string, vocab: PlanVocabulary): Field | undefined =>
  // a column headed only by its period (`～二十八年度`) is the direction's, as under 事業の方向性
  vocab.fieldPatterns.find(([, re]) => re.test(text))?.[0] ?? (isDirectionHeaderStart(text) ? 'direction' : undefined);

/**
 * Columns under one merged header cell are one field: `目標` over `基準値` / `目標値`
 * names the goal once, and a sub-column whose own words name nothing (基準値) is
 * the same field as its sibling that does (目標値).
 */
function shareMergedHeaders(table: Grid, headerRows: number, fields: Map<Field, number[]>): void {
  const fieldOf = (c: number) => [...fields].find(([, cols]) => cols.includes(c))?.[0];
  for (const head of table.cells.filter((h) => h.row < headerRows && h.colSpan > 1)) {
    const under = Array.from({ length: head.colSpan }, (_, k) => head.col + k);
    const named = new Set(under.map(fieldOf).filter((f) => f !== undefined));
    if (named.size !== 1) continue;
    const field = [...named][0]!;
    const cols = fields.get(field)!;
    for (const c of under) if (fieldOf(c) === undefined) cols.push(c);
    cols.sort((a, b) => a - b);
  }
}

/** The header cells over column c, top to bottom, as one string. */
function headerText(table: Grid, col: number, headerRows: number): string {
  const cells = table.cells
    .filter((c) => c.row < headerRows && c.col <= col && col < c.col + c.colSpan)
    .sort((a, b) => a.row - b.row);
  return cells.map((c) => compact(c.text)).join('');
}

export function bodyRows(table: Grid, map: ColumnMap, headerRows: number, page: number): Row[] {
  const rows: Row[] = [];
  for (let r = headerRows; r < table.rows; r++) {
    const heading = headingCell(table, r, map.sideHeadings);
    if (heading) {
      rows.push({ page, cells: new Map(), indicator: [], heading: heading.lines.join(' '), sideHeadings: [], starting: new Set() });
      continue;
    }
    // a side heading's lines: its words and number, then its title wrapped in the narrow column
    const sideHeadings = map.sideHeadings
      .map((c) => table.cells.find((x) => x.row === r && x.col === c))
      .filter((x): x is GridCell => x !== undefined && x.text.trim() !== '')
      .map((x) => [x.lines[0], x.lines.slice(1).join('')].join(' '));
    const cells = new Map<Field, GridCell[]>();
    for (const [field, cols] of map.fields) {
      const covering = new Set<GridCell>();
      for (const c of cols) {
        const cell = cellAt(table, r, c);
        if (cell) covering.add(cell);
      }
      cells.set(field, [...covering].sort((a, b) => a.col - b.col));
    }
    const indicator = map.indicators.map(({ col, label }) => ({ label, cell: table.cells.find((x) => x.row === r && x.col === col) }));
    const starting = new Set([...cells].filter(([, list]) => list.some((c) => c.row === r && c.text.trim() !== '')).map(([field]) => field));
    const filled = starting.size > 0 || indicator.some((i) => i.cell?.row === r && i.cell.text.trim() !== '');
    if (filled || sideHeadings.length > 0) rows.push({ page, cells, indicator, sideHeadings, starting });
  }
  return rows;
}

/** The one filled cell of row r (side headings aside) when it is merged across most of the table's width (a heading row). */
function headingCell(table: Grid, r: number, sideHeadings: readonly number[]): GridCell | null {
  const filled = table.cells.filter((c) => c.row <= r && r < c.row + c.rowSpan && c.text.trim() !== '' && !sideHeadings.includes(c.col));
  const only = filled.length === 1 ? filled[0]! : null;
  return only && only.row === r && only.colSpan * 2 > table.columns ? only : null;
}

const linesOf = (cells: readonly GridCell[] | undefined): string[] => (cells ?? []).flatMap((c) => c.lines);
export const textOf = (cells: readonly GridCell[] | undefined): string => linesOf(cells).join('\n');
const MARK = new RegExp(`[${MARKS}]`, 'g');

export function rowCells(no: number, row: Row, vocab: PlanVocabulary): ItemCells {
  const get = (f: Field) => linesOf(row.cells.get(f));
  // two sub-columns (up to this year / next year): the later mark is the direction
  const marks = (row.cells.get('direction') ?? []).flatMap((c) => normalizeWidth(c.text).match(MARK) ?? []);
  const word = compact(normalizeWidth(textOf(row.cells.get('direction'))));
  const nameLines = get('name');
  const first = parseItemNumber(nameLines[0] ?? '');
  return {
    no,
    page: row.page,
    // a name cell may repeat the number (`60 地域相談支援事業` in a merged cell)
    name: first && first.no === no && first.rest ? [first.rest, ...nameLines.slice(1)] : nameLines,
    summary: get('summary'),
    results: get('results'),
    plans: get('plans'),
    achievement: vocab.readGrade(normalizeWidth(textOf(row.cells.get('achievement')))),
    direction: marks.length ? marks[marks.length - 1]! : DIRECTION_WORD.test(word) ? word : null,
    goal: get('goal'),
    assessment: get('assessment'),
    related: get('related'),
    department: get('department'),
    indicators: indicatorText(row),
  };
}

/** A row's indicator cells as label–value text (`指標名 当初の値(25年度) 120人 …`). */
function indicatorText(row: Row): string[] {
  const text = (cell: GridCell | undefined) => compact(normalizeWidth(cell?.text ?? ''));
  const values = row.indicator.filter((i) => i.label !== '').map((i) => ({ header: i.label, value: text(i.cell) }));
  return indicatorRowText(text(row.indicator.find((i) => i.label === '')?.cell), values);
}

/** A row continued on the next page: its cells go on the item's cells. */
export function appendRow(item: ItemCells, row: Row, vocab: PlanVocabulary): void {
  const more = rowCells(item.no, row, vocab);
  for (const key of ['name', 'summary', 'results', 'plans', 'goal', 'assessment', 'related', 'department'] as const) {
    item[key] = [...item[key], ...more[key]];
  }
  item.indicators = [...(item.indicators ?? []), ...(more.indicators ?? [])];
  item.achievement ??= more.achievement;
  item.direction ??= more.direction;
}
