/**
 * A 計画進捗状況管理表 from a PDF's ruled tables: columns are found by the words of
 * their headers (whatever their order or wording), every body row is an item, a
 * row whose number cell is empty continues the item above it (a row cut by a page
 * break), and the headings printed above a table govern its rows.
 */
import { canBeTitle } from '../shared/title.js';
import { normalizeWidth } from '../../normalize/index.js';
import type { LayoutDocument } from '../../input/types.js';
import { layoutToRowText } from '../../layout/rows-to-text.js';
import { layoutToTextDocument } from '../../layout/to-text.js';
import type { Box, Cell, LayoutPage, Table, TextLine } from '../../layout/types.js';
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
  parseSectionShape,
  parseSubsection,
  type Heading,
} from './lines.js';
import { profileSection } from './profile-sections.js';
import { moveByContent } from './column-content.js';
import { DIRECTION_WORD, planVocabulary, YEAR_GROUP_HEADER, type PlanField, type PlanVocabulary } from './vocabulary.js';
import { headerYears } from './years.js';
import { readIndicatorTable } from './indicator-table.js';
import { yearHeader } from './forms/values.js';
import type { PlanItem } from './schema.js';

type Field = PlanField;
/** A table is a plan-progress table when its header names at least these many fields, number and name among them. */
const MIN_FIELDS = 5;
/** Points a heading may overlap the table below it. */
const HEADING_TOLERANCE = 2;

interface ColumnMap {
  columns: number;
  fields: Map<Field, number[]>;
  headers: Map<Field, string>;
}

interface Row {
  page: number;
  cells: Map<Field, Cell[]>;
  /** The text of a row that is one merged cell across the table: a heading printed inside it. */
  heading?: string;
}

export function parseLayout(doc: LayoutDocument, ctx: ParseContext): PlanProgressFields {
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
    const headings = headingLines(page);
    const applyHeading = (heading: Heading | null) => {
      if (heading?.level === 'subsection') subsection = { code: heading.code, title: heading.title };
      else if (heading) {
        section = { code: heading.code, title: heading.title };
        subsection = null;
      }
    };
    const applyHeadings = (lines: readonly TextLine[]) => {
      for (const line of lines) {
        const own = profileSection(line.text, vocab);
        // a line of its own between tables is a heading by its place, as a merged row is: `（１）…` is a subsection there
        applyHeading(own ? { level: 'section', ...own } : (parseSubsection(line.text) ?? parseHeadingRow(line.text)));
      }
    };
    page.tables.forEach((table, t) => {
      if (table.nestedIn !== undefined) return;
      applyHeadings(linesAbove(headings, page.tables, t));
      const found = columnMap(table, vocab);
      const current = found?.map ?? (map && map.columns === table.colEdges.length - 1 ? map : null);
      if (!current) return;
      map = current;
      firstMap ??= current;
      for (const row of bodyRows(table, current, found?.headerRows ?? 0, page.page)) {
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
    });
    // a heading left at the foot of a page (the browser broke the page before its table) governs the next page's rows
    applyHeadings(linesBelowTables(headings, page.tables));
  }
  if (!firstMap) return indicatorTables(doc, vocab, ctx) ?? otherForms(doc, ctx);

  // assigned inside the page callbacks, which the compiler's narrowing does not follow
  const header = firstMap as ColumnMap;
  const years = columnYears(header, doc);
  const lacking = lackingFields(header.fields);
  return {
    title: findTitle(doc, vocab),
    scales: legendScales(layoutToRowText(doc)),
    summaries: [],
    items: items.map((cells) => {
      warnIncomplete(cells, ctx, lacking);
      if (lacking.has('department')) warnColumnDropped(cells, tableOf.get(cells)!, tableOf, ctx);
      return buildItem(cells, { ...governing.get(cells)!, years, lacking }, ctx);
    }),
  };
}

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
function indicatorTables(doc: LayoutDocument, vocab: PlanVocabulary, ctx: ParseContext): PlanProgressFields | null {
  const items: PlanItem[] = [];
  for (const page of doc.pages) {
    for (const table of page.tables) if (table.nestedIn === undefined) readIndicatorTable(table, page.page, items, vocab, ctx);
  }
  if (items.length === 0) return null;
  const rows = layoutToRowText(doc);
  // an indicator table's year rows (`令和4年度 850 836`) read like tally rows: a tally's rows are grades or categories
  const summaries = (readForms(rows, ctx)?.summaries ?? []).filter((t) => !t.rows.some((r) => yearHeader(compact(r.label), undefined) !== null));
  return { title: findTitle(doc, vocab), scales: legendScales(rows), summaries, items };
}

/**
 * No table in the seed forms' columns: other cities' forms, read from the page's
 * rows (a label cell with its value, a tally row), else the text reader on the lines.
 */
function otherForms(doc: LayoutDocument, ctx: ParseContext): PlanProgressFields {
  const form = readForms(layoutToRowText(doc), ctx);
  if (form?.items.length) return form;
  const fields = parseText(layoutToTextDocument(doc), ctx);
  return fields.items.length === 0 && form ? form : fields;
}

/** Which field each column holds, from the header rows at the top of the table; null when this is no plan table. */
function columnMap(table: Table, vocab: PlanVocabulary): { map: ColumnMap; headerRows: number } | null {
  const rows = table.rowEdges.length - 1;
  const columns = table.colEdges.length - 1;
  let headerRows = 0;
  while (headerRows < rows && isHeaderRow(table, headerRows, vocab)) headerRows++;
  while (headerRows > 0 && headerRows < rows && isSubHeaderRow(table, headerRows)) headerRows++;
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
  shareMergedHeaders(table, headerRows, fields);
  const body = (col: number) =>
    table.cells.filter((c) => c.row >= headerRows && c.col === col && c.colSpan * 2 <= columns).map((c) => compact(normalizeWidth(c.text))).filter((t) => t !== '');
  moveByContent(fields, headers, body, (col) => headerText(table, col, headerRows));
  if (fields.size < MIN_FIELDS || !fields.has('no') || !fields.has('name')) return null;
  return { map: { columns, fields, headers }, headerRows };
}

/** A header row: every cell starting in it is a header word or a direction sub-header. */
function isHeaderRow(table: Table, row: number, vocab: PlanVocabulary): boolean {
  const starting = table.cells.filter((c) => c.row === row && compact(c.text) !== '');
  if (starting.length === 0) return false;
  const named = (c: Cell) => {
    const text = compact(c.text);
    return vocab.fieldPatterns.some(([, re]) => re.test(text)) || isDirectionHeaderStart(text) || isDirectionHeaderPart(text) || isWeakHeader(text);
  };
  // a merged cell over sub-headers may name only their year (`令和４年度の取組`)
  const yearGroup = (c: Cell) => c.colSpan > 1 && YEAR_GROUP.test(compact(normalizeWidth(c.text)));
  return starting.every((c) => named(c) || yearGroup(c)) && starting.some(named);
}

const YEAR_GROUP = new RegExp(`^${YEAR_GROUP_HEADER}`);

/**
 * Columns under one merged header cell are one field: `目標` over `基準値` / `目標値`
 * names the goal once, and a sub-column whose own words name nothing (基準値) is
 * the same field as its sibling that does (目標値).
 */
function shareMergedHeaders(table: Table, headerRows: number, fields: Map<Field, number[]>): void {
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

/**
 * A row that divides a merged header cell above it (目標 over 基準値 / 目標値): every
 * cell starting in it lies under a wider header cell that ends on the row above,
 * whatever its words.
 */
function isSubHeaderRow(table: Table, row: number): boolean {
  const starting = table.cells.filter((c) => c.row === row && compact(c.text) !== '');
  if (starting.length === 0) return false;
  const spanning = table.cells.filter((h) => h.row + h.rowSpan === row && h.colSpan > 1 && compact(h.text) !== '');
  return starting.every((c) => spanning.some((h) => h.col <= c.col && c.col + c.colSpan <= h.col + h.colSpan));
}

/** The header cells over column c, top to bottom, as one string. */
function headerText(table: Table, col: number, headerRows: number): string {
  const cells = table.cells
    .filter((c) => c.row < headerRows && c.col <= col && col < c.col + c.colSpan)
    .sort((a, b) => a.row - b.row);
  return cells.map((c) => compact(c.text)).join('');
}

function bodyRows(table: Table, map: ColumnMap, headerRows: number, page: number): Row[] {
  const rows: Row[] = [];
  for (let r = headerRows; r < table.rowEdges.length - 1; r++) {
    const heading = headingCell(table, r);
    if (heading) {
      rows.push({ page, cells: new Map(), heading: heading.lines.map((l) => l.text).join(' ') });
      continue;
    }
    const cells = new Map<Field, Cell[]>();
    for (const [field, cols] of map.fields) {
      const covering = new Set<Cell>();
      for (const c of cols) {
        const cell = table.cells.find((x) => x.row <= r && r < x.row + x.rowSpan && x.col <= c && c < x.col + x.colSpan);
        if (cell) covering.add(cell);
      }
      cells.set(field, [...covering].sort((a, b) => a.col - b.col));
    }
    if ([...cells.values()].some((list) => list.some((c) => c.row === r && c.text.trim() !== ''))) rows.push({ page, cells });
  }
  return rows;
}

/** The one filled cell of row r when it is merged across most of the table's width (a heading row). */
function headingCell(table: Table, r: number): Cell | null {
  const filled = table.cells.filter((c) => c.row <= r && r < c.row + c.rowSpan && c.text.trim() !== '');
  const only = filled.length === 1 ? filled[0]! : null;
  return only && only.row === r && only.colSpan * 2 > table.colEdges.length - 1 ? only : null;
}

const linesOf = (cells: readonly Cell[] | undefined): string[] => (cells ?? []).flatMap((c) => c.lines.map((l) => l.text));
const textOf = (cells: readonly Cell[] | undefined): string => linesOf(cells).join('\n');
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
  };
}

/** A row continued on the next page: its cells go on the item's cells. */
function appendRow(item: ItemCells, row: Row, vocab: PlanVocabulary): void {
  const more = rowCells(item.no, row, vocab);
  for (const key of ['name', 'summary', 'results', 'plans', 'goal', 'assessment', 'related', 'department'] as const) {
    item[key] = [...item[key], ...more[key]];
  }
  item.achievement ??= more.achievement;
  item.direction ??= more.direction;
}

/** Years from the 実施状況 / 取組予定 column headers, else from the document's text. */
function columnYears(map: ColumnMap, doc: LayoutDocument): DocumentYears {
  const all = compact(doc.pages.flatMap((p) => [...p.lines, ...(p.furniture ?? [])].map((l) => l.text)).join(''));
  return headerYears(map.headers, all);
}

/** Text lines outside the page's tables (furniture included: a heading may repeat on every page), top to bottom. */
function headingLines(page: LayoutPage): TextLine[] {
  const inTable = (b: Box) => page.tables.some((t) => centreInside(b, t.box));
  return [...page.lines, ...(page.furniture ?? [])].filter((l) => !inTable(l.box)).sort((a, b) => a.box.y0 - b.box.y0 || a.box.x0 - b.box.x0);
}

function centreInside(b: Box, outer: Box): boolean {
  const x = (b.x0 + b.x1) / 2;
  const y = (b.y0 + b.y1) / 2;
  return x >= outer.x0 && x <= outer.x1 && y >= outer.y0 && y <= outer.y1;
}

/** Lines between the previous table (or the page top) and table t. */
function linesAbove(lines: readonly TextLine[], tables: readonly Table[], t: number): TextLine[] {
  const top = tables[t]!.box.y0 + HEADING_TOLERANCE;
  const previous = tables
    .slice(0, t)
    .filter((x) => x.nestedIn === undefined && x.box.y1 <= top)
    .reduce((max, x) => Math.max(max, x.box.y1), -Infinity);
  return lines.filter((l) => l.box.y1 <= top && l.box.y0 >= previous - HEADING_TOLERANCE);
}

/** Lines below the page's last top-level table. */
function linesBelowTables(lines: readonly TextLine[], tables: readonly Table[]): TextLine[] {
  const bottom = tables.filter((x) => x.nestedIn === undefined).reduce((max, x) => Math.max(max, x.box.y1), -Infinity);
  return bottom === -Infinity ? [] : lines.filter((l) => l.box.y0 >= bottom - HEADING_TOLERANCE);
}

function findTitle(doc: LayoutDocument, vocab: PlanVocabulary): string | null {
  const first = doc.pages[0];
  if (!first) return null;
  const line = headingLines(first).find((l) => vocab.layoutTitle.test(l.text) && canBeTitle(l.text));
  return line ? norm(line.text) : null;
}
