/**
 * A 計画進捗状況管理表 from a PDF's ruled tables: columns are found by the words of
 * their headers (whatever their order or wording), every body row is an item, a
 * row whose number cell is empty continues the item above it (a row cut by a page
 * break), and the headings printed above a table govern its rows. A table without
 * a number column numbers its items in document order (a row without a name
 * continues the item above, a 小計 row is none), and its 基本目標 / 施策 columns of
 * merged cells head the rows beside them.
 */
import { canBeTitle } from '../shared/title.js';
import type { LayoutDocument, TextDocument } from '../../input/types.js';
import { documentLines, documentRows } from '../../document/as-text.js';
import { fromLayout } from '../../document/from-layout.js';
import type { Block, LogicalDocument, LogicalPage } from '../../document/schema.js';
import { tableGrid } from '../../document/table.js';
import { blockLines } from '../../document/text.js';
import type { ParseContext } from '../types.js';
import { buildItem, lackingFields, warnIncomplete, type CodeTitle, type DocumentYears, type ItemCells } from './cells.js';
import { readForms } from './forms/index.js';
import { legendScales } from './forms/legend.js';
import { parseText, type PlanProgressFields } from './from-text.js';
import { compact, norm, parseHeadingRow, parseItemNumber, parseSubsection, type Heading } from './lines.js';
import { profileSection } from './profile-sections.js';
import { planVocabulary, TOTAL_ROW, type PlanVocabulary } from './vocabulary.js';
import { headerYears } from './years.js';
import { readIndicatorTable, type Governing } from './indicator-table.js';
import { isYearRows } from './forms/tally.js';
import type { PlanItem, Summary } from './schema.js';
import { appendRow, bodyRows, columnMap, rowCells, textOf, type ColumnMap } from './table-columns.js';

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
  /** The plan tables read for items: their rows are no tally. */
  const planTables = new Set<Block>();
  /** Items of tables that print no item number: numbered in document order. */
  let unnumbered = 0;

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
      planTables.add(block);
      for (const row of bodyRows(table, current, found?.headerRows ?? 0, block.page!)) {
        if (row.heading !== undefined) {
          const own = profileSection(row.heading, vocab);
          applyHeading(own ? { level: 'section', ...own } : parseHeadingRow(row.heading));
          continue;
        }
        for (const text of row.sideHeadings) applyHeading(parseHeadingRow(text));
        const previous = items[items.length - 1];
        if (!current.fields.has('no')) {
          const name = compact(textOf(row.cells.get('name')));
          if (!row.starting.has('name')) {
            if (previous) appendRow(previous, row, vocab);
          } else if (!TOTAL_ROW.test(name)) {
            const item = rowCells(++unnumbered, row, vocab);
            items.push(item);
            governing.set(item, { section, subsection });
            tableOf.set(item, current);
          }
          continue;
        }
        const noText = compact(textOf(row.cells.get('no')));
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
    summaries: tallies(documentRows(withoutBlocks(doc, planTables)), ctx).filter((t) => t.title !== ''),
    items: items.map((cells) => {
      warnIncomplete(cells, ctx, lacking);
      if (lacking.has('department')) warnColumnDropped(cells, tableOf.get(cells)!, tableOf, ctx);
      return buildItem(cells, { ...governing.get(cells)!, years, lacking }, ctx);
    }),
  };
}

/** The document without the given blocks. */
function withoutBlocks(doc: LogicalDocument, blocks: ReadonlySet<Block>): LogicalDocument {
  return { ...doc, pages: doc.pages.map((p) => ({ ...p, blocks: p.blocks.filter((b) => !blocks.has(b)) })) };
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

/** The tallies of a page's rows, an indicator table's year rows aside. */
function tallies(rows: TextDocument, ctx: ParseContext): Summary[] {
  return (readForms(rows, ctx)?.summaries ?? []).filter((t) => !isYearRows(t));
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
