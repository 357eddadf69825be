/**
 * A 計画進捗状況管理表 from a PDF's ruled tables: columns are found by the words of
 * their headers (whatever their order or wording), every body row is an item, a
 * row whose number cell is empty continues the item above it (a row cut by a page
 * break), and the headings printed above a table govern its rows.
 */
import { canBeTitle } from '../shared/title.js';
import { normalizeWidth } from '../../normalize/index.js';
import type { LayoutDocument, TextDocument } from '../../input/types.js';
import { documentLines, documentRows } from '../../document/as-text.js';
import { fromLayout } from '../../document/from-layout.js';
import type { Block, LogicalDocument, LogicalPage } from '../../document/schema.js';
import { cellAt, tableGrid, type Grid, type GridCell } from '../../document/table.js';
import { blockLines } from '../../document/text.js';
import type { ParseContext } from '../types.js';
import { buildItem, lackingFields, warnIncomplete, type CodeTitle, type DocumentYears, type ItemCells } from './cells.js';
import { readForms } from './forms/index.js';
import { legendScales } from './forms/legend.js';
import { parseText, type PlanProgressFields } from './from-text.js';
import {
  compact,
  isDirectionHeaderPart,
  isDirectionHeaderStart,
  isWeakHeader,
  MARKS,
  norm,
  parseHeadingRow,
  parseItemNumber,
  parseSubsection,
  type Heading,
} from './lines.js';
import { profileSection } from './profile-sections.js';
import { moveByContent } from './column-content.js';
import { latestYearColumns } from './year-columns.js';
import {
  DIRECTION_WORD,
  INDICATOR_GROUP_HEADER,
  INDICATOR_VALUE_HEADER,
  planVocabulary,
  YEAR_GROUP_HEADER,
  type PlanField,
  type PlanVocabulary,
} from './vocabulary.js';
import { headerYears } from './years.js';
import { readIndicatorTable, type Governing } from './indicator-table.js';
import { indicatorRowText } from './forms/indicators.js';
import { yearHeader } from './forms/values.js';
import type { PlanItem, Summary } from './schema.js';

type Field = PlanField;
/** A table is a plan-progress table when its header names at least these many fields, number and name among them. */
const MIN_FIELDS = 5;

interface ColumnMap {
  columns: number;
  fields: Map<Field, number[]>;
  headers: Map<Field, string>;
  /** Columns under a 指標 header: the indicator's label column has label '', a value column its own header (`当初の値(25年度)`). */
  indicators: Array<{ col: number; label: string }>;
}

interface Row {
  page: number;
  cells: Map<Field, GridCell[]>;
  indicator: Array<{ label: string; cell: GridCell | undefined }>;
  /** The text of a row that is one merged cell across the table: a heading printed inside it. */
  heading?: string;
}

export function parseLayout(layout: LayoutDocument, ctx: ParseContext): PlanProgressFields {
  const doc = fromLayout(layout);
  const items: ItemCells[] = [];
  const governing = new Map<ItemCells, { section: CodeTitle | null; subsection: CodeTitle | null }>();
  /** The columns each item's table has: a form may drop a column from one table only. */
  const tableOf = new Map<ItemCells, ColumnMap>();
  let map: ColumnMap | null = null;
  let firstMap: ColumnMap | null = null;
  let section: CodeTitle | null = null;
  let subsection: CodeTitle | null = null;
  const vocab = planVocabulary(ctx.profile?.['plan-progress']);

  for (const page of doc.pages) {
    const applyHeading = (heading: Heading | null) => {
      if (heading?.level === 'subsection') subsection = { code: heading.code, title: heading.title };
      else if (heading) {
        section = { code: heading.code, title: heading.title };
        subsection = null;
      }
    };
    const applyHeadings = (lines: readonly string[]) => {
      for (const line of lines) {
        const own = profileSection(line, vocab);
        // a line of its own between tables is a heading by its place, as a merged row is: `（１）…` is a subsection there
        applyHeading(own ? { level: 'section', ...own } : (parseSubsection(line) ?? parseHeadingRow(line)));
      }
    };
    let between: string[] = [];
    let tables = 0;
    for (const block of page.blocks) {
      if (isText(block)) {
        between.push(...blockLines(block));
        continue;
      }
      applyHeadings(between);
      between = [];
      tables++;
      if (block.type !== 'table') continue;
      const table = tableGrid(block);
      const found = columnMap(table, vocab);
      const current: ColumnMap | null = found?.map ?? (map && map.columns === table.columns ? map : null);
      if (!current) continue;
      map = current;
      firstMap ??= current;
      for (const row of bodyRows(table, current, found?.headerRows ?? 0, block.page!)) {
        if (row.heading !== undefined) {
          const own = profileSection(row.heading, vocab);
          applyHeading(own ? { level: 'section', ...own } : parseHeadingRow(row.heading));
          continue;
        }
        const noText = compact(textOf(row.cells.get('no')));
        const previous = items[items.length - 1];
        if (noText === '') {
          if (previous) appendRow(previous, row, vocab);
          continue;
        }
        const head = parseItemNumber(noText);
        if (!head) {
          ctx.warn('item-number-unreadable', `row without an item number ("${noText}") skipped`, row.page);
          continue;
        }
        const item = rowCells(head.no, row, vocab);
        items.push(item);
        governing.set(item, { section, subsection });
        tableOf.set(item, current);
      }
    }
    // a heading left at the foot of a page (the browser broke the page before its table) governs the next page's rows
    if (tables > 0) applyHeadings(between);
  }
  if (!firstMap) return indicatorTables(doc, vocab, ctx) ?? otherForms(doc, ctx);

  // assigned inside the page callbacks, which the compiler's narrowing does not follow
  const header = firstMap as ColumnMap;
  const years = columnYears(header, doc);
  const lacking = lackingFields(header.fields);
  const rows = documentRows(doc);
  return {
    title: findTitle(doc, vocab),
    scales: legendScales(rows),
    // a tally beside the plan table (達成度の集計表) must say what it is: a run of figures in a cell need not be one
    summaries: tallies(rows, ctx).filter((t) => t.title !== ''),
    items: items.map((cells) => {
      warnIncomplete(cells, ctx, lacking);
      if (lacking.has('department')) warnColumnDropped(cells, tableOf.get(cells)!, tableOf, ctx);
      return buildItem(cells, { ...governing.get(cells)!, years, lacking }, ctx);
    }),
  };
}

/** Prose between tables: its lines may be headings. */
const isText = (block: Block): boolean => block.type === 'prose' || block.type === 'heading';

/**
 * An item whose table has no 所管課 column when other tables of the report print one:
 * the form has the column, and this table lost it (a form without it stays silent).
 * Called when the first table lacks it (else warnIncomplete has named the item).
 */
function warnColumnDropped(cells: ItemCells, own: ColumnMap, tableOf: ReadonlyMap<ItemCells, ColumnMap>, ctx: ParseContext): void {
  if (own.fields.has('department') || cells.department.length > 0) return;
  const printing = [...tableOf.entries()].find(([, map]) => map.fields.has('department'));
  if (!printing) return;
  const [other, map] = printing;
  ctx.warn('item-department-missing', `item ${cells.no}: its table has no ${map.headers.get('department') ?? '所管課'} column, which the table of item ${other.no} prints`, cells.page);
}

/** No table in the seed forms' columns: tables of 成果指標 per 施策, with the page's legend and tallies. */
function indicatorTables(doc: LogicalDocument, vocab: PlanVocabulary, ctx: ParseContext): PlanProgressFields | null {
  const items: PlanItem[] = [];
  const governing: Governing = { section: null, subsection: null };
  for (const page of doc.pages) {
    for (const block of page.blocks) if (block.type === 'table') readIndicatorTable(tableGrid(block), block.page!, items, vocab, ctx, governing);
  }
  if (items.length === 0) return null;
  const rows = documentRows(doc);
  return { title: findTitle(doc, vocab), scales: legendScales(rows), summaries: tallies(rows, ctx), items };
}

/** The tallies of a page's rows. An indicator table's year rows (`令和4年度 850 836`) read like tally rows: a tally's rows are grades or categories. */
function tallies(rows: TextDocument, ctx: ParseContext): Summary[] {
  return (readForms(rows, ctx)?.summaries ?? []).filter((t) => !t.rows.some((r) => yearHeader(compact(r.label), undefined) !== null));
}

/**
 * No table in the seed forms' columns: other cities' forms, read from the page's
 * rows (a label cell with its value, a tally row), else the text reader on the lines.
 */
function otherForms(doc: LogicalDocument, ctx: ParseContext): PlanProgressFields {
  const form = readForms(documentRows(doc), ctx);
  if (form?.items.length) return form;
  const fields = parseText(documentLines(doc), ctx);
  return fields.items.length === 0 && form ? form : fields;
}

/** Which field each column holds, from the header rows at the top of the table; null when this is no plan table. */
function columnMap(table: Grid, vocab: PlanVocabulary): { map: ColumnMap; headerRows: number } | null {
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
    // a column headed only by its period (`～二十八年度`) is the direction's, as under 事業の方向性
    const field = vocab.fieldPatterns.find(([, re]) => re.test(text))?.[0] ?? (isDirectionHeaderStart(text) ? 'direction' : undefined);
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
  shareMergedHeaders(table, headerRows, fields);
  const body = (col: number) =>
    table.cells.filter((c) => c.row >= headerRows && c.col === col && c.colSpan * 2 <= columns).map((c) => compact(normalizeWidth(c.text))).filter((t) => t !== '');
  latestYearColumns(fields, headers, (col) => headerText(table, col, headerRows));
  moveByContent(fields, headers, body, (col) => headerText(table, col, headerRows));
  if (fields.size < MIN_FIELDS || !fields.has('no') || !fields.has('name')) return null;
  return { map: { columns, fields, headers, indicators }, headerRows };
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
  return starting.every((c) => named(c) || yearGroup(c)) && starting.some(named);
}

const YEAR_GROUP = new RegExp(`^${YEAR_GROUP_HEADER}`);

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

function bodyRows(table: Grid, map: ColumnMap, headerRows: number, page: number): Row[] {
  const rows: Row[] = [];
  for (let r = headerRows; r < table.rows; r++) {
    const heading = headingCell(table, r);
    if (heading) {
      rows.push({ page, cells: new Map(), indicator: [], heading: heading.lines.join(' ') });
      continue;
    }
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
    const filled = [...cells.values(), indicator.flatMap((i) => i.cell ?? [])].some((list) => list.some((c) => c.row === r && c.text.trim() !== ''));
    if (filled) rows.push({ page, cells, indicator });
  }
  return rows;
}

/** The one filled cell of row r when it is merged across most of the table's width (a heading row). */
function headingCell(table: Grid, r: number): GridCell | null {
  const filled = table.cells.filter((c) => c.row <= r && r < c.row + c.rowSpan && c.text.trim() !== '');
  const only = filled.length === 1 ? filled[0]! : null;
  return only && only.row === r && only.colSpan * 2 > table.columns ? only : null;
}

const linesOf = (cells: readonly GridCell[] | undefined): string[] => (cells ?? []).flatMap((c) => c.lines);
const textOf = (cells: readonly GridCell[] | undefined): string => linesOf(cells).join('\n');
const MARK = new RegExp(`[${MARKS}]`, 'g');

function rowCells(no: number, row: Row, vocab: PlanVocabulary): ItemCells {
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
function appendRow(item: ItemCells, row: Row, vocab: PlanVocabulary): void {
  const more = rowCells(item.no, row, vocab);
  for (const key of ['name', 'summary', 'results', 'plans', 'goal', 'assessment', 'related', 'department'] as const) {
    item[key] = [...item[key], ...more[key]];
  }
  item.indicators = [...(item.indicators ?? []), ...(more.indicators ?? [])];
  item.achievement ??= more.achievement;
  item.direction ??= more.direction;
}

/** Years from the 実施状況 / 取組予定 column headers, else from the document's text. */
function columnYears(map: ColumnMap, doc: LogicalDocument): DocumentYears {
  const all = compact(doc.pages.flatMap((p) => p.blocks.flatMap(blockLines)).join(''));
  return headerYears(map.headers, all);
}

/** The page's lines outside its tables, in reading order. */
const proseLines = (page: LogicalPage): string[] => page.blocks.filter(isText).flatMap(blockLines);

function findTitle(doc: LogicalDocument, vocab: PlanVocabulary): string | null {
  const first = doc.pages[0];
  if (!first) return null;
  const line = proseLines(first).find((l) => vocab.layoutTitle.test(l) && canBeTitle(l));
  return line ? norm(line) : null;
}
