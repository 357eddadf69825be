import type { Block, LayoutPage, Table, TextLine } from '../../layout/types.js';
import type { ParseContext } from '../types.js';
import { cleanLabel } from '../../normalize/index.js';
import type { TablePiece } from './continued-tables.js';
import { compact, HAS_LETTER } from './lines.js';
import { CELL, cellValue, columnOf, DATE_HEADER, DEFAULT_ORDER, HEADER_WORD, isTotalsName, planRow, rowDate, type Column } from './plan-columns.js';

const MAX_TITLE = 20;

export interface GridReading {
  piece: TablePiece;
  /** The lines above the table it was named by, when its name stood there. */
  titleLines: TextLine[];
}

/** Cell texts of a ruled table: each cell's text under every column it spans, row by row. */
function cellsByColumn(table: Table): Map<number, Map<number, string>> {
  const rows = new Map<number, Map<number, string>>();
  for (const cell of table.cells) {
    const row = rows.get(cell.row) ?? new Map<number, string>();
    rows.set(cell.row, row);
    for (let c = cell.col; c < cell.col + cell.colSpan; c++) row.set(c, cell.text);
  }
  return rows;
}

/**
 * A ruled table of plan counts: the column whose cells are dates holds the rows'
 * dates, the header cells name the other columns (in any order), and the header
 * cell above the dates, when it is not a column word, names the table.
 */
function readGrid(page: LayoutPage, table: Table, ctx: ParseContext): GridReading | null {
  const rows = cellsByColumn(table);
  const rowIds = [...rows.keys()].sort((a, b) => a - b);
  const columns = table.colEdges.length - 1;
  const dateHits = Array.from({ length: columns }, (_, c) => rowIds.filter((r) => rowDate(rows.get(r)?.get(c) ?? '') !== null).length);
  const dateCol = dateHits.indexOf(Math.max(...dateHits));
  if (dateCol < 0 || dateHits[dateCol]! === 0) return null;
  const body = rowIds.filter((r) => rowDate(rows.get(r)?.get(dateCol) ?? '') !== null);
  // rows of figures alone above the dated rows end a row the page break cut
  const isFigures = (r: number) => {
    const texts = [...(rows.get(r)?.values() ?? [])].map(compact).filter(Boolean);
    return texts.length > 0 && texts.every((t) => CELL.test(t));
  };
  const above = rowIds.filter((r) => r < body[0]!);
  const leadRows = above.filter((r) => above.every((q) => q > r || isFigures(q)));
  const head = above.filter((r) => !leadRows.includes(r));
  const headerOf = (c: number) => head.map((r) => rows.get(r)?.get(c) ?? '').join('');

  const mapping = new Map<number, Column>();
  for (let c = 0; c < columns; c++) {
    const column = c === dateCol ? null : columnOf(headerOf(c));
    if (column && ![...mapping.values()].includes(column)) mapping.set(c, column);
  }
  if (mapping.size === 0) {
    const numeric = Array.from({ length: columns }, (_, c) => c).filter((c) => c > dateCol);
    numeric.slice(0, DEFAULT_ORDER.length).forEach((c, k) => mapping.set(c, DEFAULT_ORDER[k]!));
  }
  if (mapping.size < 2) return null;

  const corner = compact(headerOf(dateCol));
  const headerText = Array.from({ length: columns }, (_, c) => (c === dateCol ? '' : headerOf(c))).join('');
  const cornerNames = HAS_LETTER.test(corner) && !DATE_HEADER.test(corner) && (columnOf(corner) === null || isTotalsName(corner, headerText));
  const named = corner && cornerNames ? corner : null;
  const caption = named ? [] : captionAbove(page, table, headerText);
  const title = named ?? cleanLabel(caption.length === 0 ? page.blocks[0]?.text ?? '' : caption.map((l) => l.text).join(''));
  const planRows = body.map((r) => {
    const cells = [...mapping].map(([c, column]) => [column, rows.get(r)?.get(c) ?? ''] as const);
    return planRow(rowDate(rows.get(r)!.get(dateCol)!)!, cells, ctx, page.page);
  });
  const lead = leadRows.flatMap((r) => [...mapping].filter(([c]) => compact(rows.get(r)?.get(c) ?? '') !== '').map(([c, column]) => [column, cellValue(rows.get(r)!.get(c)!)] as const));
  return {
    piece: { table: { title, rows: planRows, page: page.page }, named: named !== null || caption.length > 0 || head.length > 0, lead, claimLead: () => {} },
    titleLines: caption,
  };
}

const isCaption = (text: string, headerText: string) =>
  text.length > 0 && text.length <= MAX_TITLE && !/\d/.test(text) && (!HEADER_WORD.test(text) || isTotalsName(text, headerText));

/**
 * The short caption right above a table and across its width, if there is one:
 * the last lines of the nearest block above, as far up as they read as a name
 * (the layout may join the slide title to the caption in one block).
 */
function captionAbove(page: LayoutPage, table: Table, headerText: string): TextLine[] {
  let best: Block | null = null;
  let lines: TextLine[] = [];
  for (const block of page.blocks) {
    if (block.box.y1 > table.box.y0 || block.box.x1 < table.box.x0 || block.box.x0 > table.box.x1) continue;
    if (best !== null && block.box.y1 <= best.box.y1) continue;
    const tail: TextLine[] = [];
    for (let k = block.lines.length - 1; k >= 0 && isCaption(compact([block.lines[k]!, ...tail].map((l) => l.text).join('')), headerText); k--) {
      tail.unshift(block.lines[k]!);
    }
    if (tail.length === 0) continue;
    best = block;
    lines = tail;
  }
  return lines;
}

/** The page's ruled tables that are tables of plan counts. */
export function readGridTables(page: LayoutPage, ctx: ParseContext): GridReading[] {
  return page.tables.map((t) => readGrid(page, t, ctx)).filter((r): r is GridReading => r !== null);
}
