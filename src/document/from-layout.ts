/**
 * The logical document of a PDF from its layout: per page, the lines outside the
 * tables as prose and each ruled table with its cells (merged spans, the tables drawn
 * inside a cell), in the order a reader meets them.
 */
import type { LayoutDocument } from '../input/types.js';
import { median, unionBox } from '../layout/geometry.js';
import { SENTENCE_END } from '../kinds/shared/vocabulary.js';
import type { Box, Cell, LayoutPage, Table, TextLine } from '../layout/types.js';
import { contains, interleave, orderFigureBoxes, placeByHeight, type Placed } from './reading-order.js';
import type { FieldsBlock, HeadingBlock, Line, LogicalDocument, ProseBlock, TableBlock, TableCell } from './schema.js';

interface PageTable {
  table: Table;
  index: number;
  box: Box;
}

export function fromLayout(doc: LayoutDocument): LogicalDocument {
  const levelOf = headingLevels(doc);
  return { pages: doc.pages.map((page) => ({ page: page.page, blocks: pageBlocks(page, levelOf) })) };
}

/** What a line outside the tables is: text, a running header or footer, or a heading of a level. */
type LineRole = 'text' | 'furniture' | number;

/** A heading's print is this much larger than the body text's. */
const HEADING_SIZE_RATIO = 1.2;
/** A heading is a short line. */
const MAX_HEADING_CHARS = 40;

/**
 * Headings told by their print: a short horizontal line outside the tables, no
 * sentence, set larger than the document's body text (the median size of its lines).
 * Levels go by size, the largest 1.
 */
function headingLevels(doc: LayoutDocument): (line: TextLine) => number | null {
  const sizeOf = (l: TextLine) => (l.fontSize === undefined ? null : Math.round(l.fontSize * 2) / 2);
  const body = median(doc.pages.flatMap((p) => p.lines.flatMap((l) => sizeOf(l) ?? [])));
  const candidate = (l: TextLine): number | null => {
    const size = sizeOf(l);
    const text = l.text.trim();
    if (body === null || size === null || size < body * HEADING_SIZE_RATIO || l.vertical) return null;
    return text !== '' && [...text].length <= MAX_HEADING_CHARS && !SENTENCE_END.test(text) ? size : null;
  };
  const sizes = [...new Set(doc.pages.flatMap((p) => p.lines.flatMap((l) => candidate(l) ?? [])))].sort((a, b) => b - a);
  return (line) => {
    const size = candidate(line);
    return size === null ? null : sizes.indexOf(size) + 1;
  };
}

/**
 * A page's blocks: the lines outside the tables in the layout's reading order, each
 * top-level table read in before the first of those lines below its top. Vertical
 * text beside a table is its side header even when the layout left it out of the
 * table (a rowspan cell cut by a page break has no closing rule): it comes first.
 * Running headers and footers the layout set apart come in by their height, as
 * prose blocks of their own flagged `furniture`.
 */
function pageBlocks(page: LayoutPage, levelOf: (line: TextLine) => number | null): Array<ProseBlock | HeadingBlock | TableBlock | FieldsBlock> {
  const tables = pageTables(page).filter(({ table }) => table.nestedIn === undefined);
  const furniture = new Set(page.furniture ?? []);
  // a line inside a table's frame but in none of its cells (a grid the layout could not close) keeps its place
  const inCell = (l: TextLine) => page.tables.some((t) => t.cells.some((c) => contains(c.box, l.box)));
  const outside = placeByHeight(page.lines.filter((l) => !inCell(l)), [...furniture]);
  const role = (l: TextLine): LineRole => (furniture.has(l) ? 'furniture' : (levelOf(l) ?? 'text'));
  return blocksOf(interleave(outside, tables, sideHeaderOf), page, role, (t) => {
    const table = tableBlock(page, t);
    return labelColumn(table) ?? table;
  });
}

const pageTables = (page: LayoutPage): PageTable[] => page.tables.map((table, index) => ({ table, index, box: table.box }));

function sideHeaderOf(line: TextLine, table: { box: Box }): boolean {
  return line.vertical && line.box.x1 <= table.box.x0 && line.box.y0 < table.box.y1;
}

/**
 * Lines and tables in reading order as blocks: a run of lines is one prose block, a run
 * of furniture lines another, a heading line a heading block.
 */
function blocksOf<B>(
  placed: ReadonlyArray<Placed<PageTable>>,
  page: LayoutPage,
  role: (line: TextLine) => LineRole,
  read: (table: PageTable) => B,
): Array<ProseBlock | HeadingBlock | B> {
  const out: Array<ProseBlock | HeadingBlock | B> = [];
  let run: TextLine[] = [];
  const flush = () => {
    if (run.length > 0) {
      const block: ProseBlock = { type: 'prose', page: page.page, bbox: unionBox(run.map((l) => l.box)), lines: run.map(asLine) };
      out.push(role(run[0]!) === 'furniture' ? { ...block, furniture: true } : block);
    }
    run = [];
  };
  for (const p of placed) {
    if ('line' in p) {
      const level = role(p.line);
      if (typeof level === 'number') {
        flush();
        out.push({ type: 'heading', page: page.page, bbox: p.line.box, level, text: p.line.text });
        continue;
      }
      if (run.length > 0 && role(run[0]!) !== level) flush();
      run.push(p.line);
      continue;
    }
    flush();
    out.push(read(p.block));
  }
  flush();
  return out;
}

const asLine = (line: TextLine): Line => (line.vertical ? { text: line.text, vertical: true } : { text: line.text });

/** A table row by row, each row's cells left to right (a merged cell where it starts). */
function tableBlock(page: LayoutPage, { table, index }: PageTable): TableBlock {
  const inner = pageTables(page).filter((t) => t.table.nestedIn === index);
  const cells = [...table.cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const headerRows = spannedHeaderRows(cells);
  return {
    type: 'table',
    page: page.page,
    bbox: table.box,
    headerRows,
    cells: cells.map((cell) => tableCell(page, cell, inner.filter((t) => contains(cell.box, t.box)))),
  };
}

/** A cell's lines, with the tables drawn inside it read in where they stand and side-by-side figure boxes read label, figure, note. */
function tableCell(page: LayoutPage, cell: Cell, inner: readonly PageTable[]): TableCell {
  const free = orderFigureBoxes(cell.lines.filter((l) => !inner.some((t) => contains(t.box, l.box))));
  return {
    row: cell.row,
    col: cell.col,
    rowSpan: cell.rowSpan,
    colSpan: cell.colSpan,
    page: page.page,
    bbox: cell.box,
    // every line of a cell is text: no heading block comes out
    blocks: blocksOf(interleave(free, inner), page, () => 'text', (t) => tableBlock(page, t)).filter((b) => b.type !== 'heading'),
  };
}

/**
 * The header rows geometry proves: a top row of several cells, one merged over
 * columns that are split in the row below it (目標 over 基準値 / 目標値) heads them
 * down to the split cells' bottom. Null otherwise: which rows head a plain table is
 * a question of words.
 */
export function spannedHeaderRows(cells: readonly Pick<Cell, 'row' | 'col' | 'rowSpan' | 'colSpan'>[]): number | null {
  const top = cells.filter((c) => c.row === 0);
  if (top.length < 2) return null;
  let rows = 0;
  for (const over of top.filter((c) => c.colSpan > 1)) {
    const under = cells.filter((c) => c.row === over.rowSpan && c.col >= over.col && c.col + c.colSpan <= over.col + over.colSpan);
    if (under.length >= 2) rows = Math.max(rows, over.rowSpan + Math.max(...under.map((c) => c.rowSpan)));
  }
  return rows > 0 ? rows : null;
}

/** A label in a left column is short and no sentence. */
const MAX_LABEL_CHARS = 12;

/**
 * A ruled table of two columns whose left cells are all short labels (`担当課` |
 * `障害福祉課`) is a label–value block; null for any other table.
 */
function labelColumn(table: TableBlock): FieldsBlock | null {
  const rows = [...new Set(table.cells.map((c) => c.row))];
  if (rows.length < 2 || table.cells.length !== rows.length * 2) return null;
  const pairs: Array<{ label: Line[]; value: Line[] }> = [];
  for (const r of rows) {
    const [label, value] = table.cells.filter((c) => c.row === r);
    const labelLines = label && proseLines(label);
    const valueLines = value && proseLines(value);
    if (!labelLines || !valueLines || label.col !== 0 || label.colSpan !== 1 || value!.col !== 1) return null;
    const text = labelLines.map((l) => l.text).join('');
    if (text.trim() === '' || [...text.replace(/\s+/g, '')].length > MAX_LABEL_CHARS || /[。．]/.test(text)) return null;
    pairs.push({ label: labelLines, value: valueLines });
  }
  return {
    type: 'fields',
    page: table.page,
    ...(table.bbox ? { bbox: table.bbox } : {}),
    labels: 'column',
    pairs: pairs.map((p) => ({ label: p.label.map((l) => l.text).join(''), value: p.value.map((l) => l.text).join('\n') })),
    lines: pairs.flatMap((p) => [...p.label, ...p.value]),
  };
}

/** A cell's lines when it holds text only (no table drawn inside). */
function proseLines(cell: TableCell): Line[] | null {
  return cell.blocks.every((b) => b.type === 'prose') ? cell.blocks.flatMap((b) => (b.type === 'prose' ? b.lines : [])) : null;
}
