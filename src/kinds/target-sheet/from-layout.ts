import type { LayoutDocument } from '../../input/types.js';
import { tableGrid } from '../../layout/table-grid.js';
import type { Box, Cell, LayoutPage, Table, TextLine } from '../../layout/types.js';
import type { ParseContext } from '../types.js';
import { parseItems, type TargetSheetFields } from './from-text.js';
import { collapseVertical, lineText, type TextItem } from './items.js';
import { runTogether } from './text.js';
import { readValue } from './values.js';
import { readYearRow } from './years.js';

/**
 * Read target sheets from a PDF's layout. The form is a ruled table: each row has
 * a caption cell (担当部局, 目標値, 評価（C）…) and the cell right of it, the review
 * rows share a vertical year cell, and the actuals are a table inside the goal
 * cell. The cells are read row by row, left to right, each cell's lines in the
 * order the form means them (the goal box label / figure / note side by side, the
 * inner table row by row), and the sheet is then read from that sequence by the
 * same reader as text input, so both inputs give the same records.
 */
export function parseLayout(doc: LayoutDocument, ctx: ParseContext): TargetSheetFields {
  const lines: TextItem[] = doc.pages.flatMap((page) =>
    pageTexts(page).map(({ text, vertical }) => ({ kind: 'text' as const, text: vertical ? text : lineText(text), page: page.page, ...(vertical ? { vertical } : {}) })),
  );
  return parseItems(collapseVertical(lines), ctx);
}

/** A line of the reading sequence; vertical text is side-header furniture wherever it spells a header. */
interface Piece {
  text: string;
  vertical: boolean;
}

const piece = (line: TextLine): Piece => ({ text: line.text, vertical: line.vertical });
const horizontal = (text: string): Piece => ({ text, vertical: false });

/**
 * A page's text: the lines outside the tables in the layout's reading order, each
 * top-level table read in before the first of those lines below its top. Vertical
 * text beside a table is its side header even when the layout left it out of the
 * table (a rowspan cell cut by a page break has no closing rule): it comes first.
 */
function pageTexts(page: LayoutPage): Piece[] {
  const tables = page.tables.map((table, index) => ({ table, index, box: table.box })).filter(({ table }) => table.nestedIn === undefined);
  const outside = page.lines.filter((l) => !tables.some(({ box }) => contains(box, l.box)));
  return interleave(outside, tables, ({ table, index }) => tableTexts(page, table, index), sideHeaderOf);
}

function sideHeaderOf(line: TextLine, table: { box: Box }): boolean {
  return line.vertical && line.box.x1 <= table.box.x0 && line.box.y0 < table.box.y1;
}

/** A table row by row, each row's cells left to right (a merged cell where it starts). */
function tableTexts(page: LayoutPage, table: Table, index: number): Piece[] {
  const inner = page.tables.filter((t) => t.nestedIn === index);
  const cells = [...table.cells].sort((a, b) => a.row - b.row || a.col - b.col);
  return cells.flatMap((cell) => cellTexts(cell, inner.filter((t) => contains(cell.box, t.box))));
}

/** A cell's lines with tables drawn inside it read as rows, and side-by-side figure boxes read label, figure, note. */
function cellTexts(cell: Cell, inner: readonly Table[]): Piece[] {
  const free = orderFigureBoxes(cell.lines.filter((l) => !inner.some((t) => contains(t.box, l.box))));
  return interleave(free, inner, (table) => innerTableRows(table).map(horizontal));
}

/**
 * Lines in their given order, each block read in (top to bottom) before the first
 * line below its top, unless that line `leads` the block.
 */
function interleave<B extends { box: Box }>(
  lines: readonly TextLine[],
  blocks: readonly B[],
  read: (block: B) => Piece[],
  leads: (line: TextLine, block: B) => boolean = () => false,
): Piece[] {
  const pending = [...blocks].sort((a, b) => a.box.y0 - b.box.y0);
  const out: Piece[] = [];
  for (const line of lines) {
    while (pending.length > 0 && pending[0]!.box.y0 < line.box.y0 && !leads(line, pending[0]!)) out.push(...read(pending.shift()!));
    out.push(piece(line));
  }
  for (const block of pending) out.push(...read(block));
  return out;
}

/**
 * An inner table as one line per row, cells separated by spaces: `H30 R1 R2`,
 * `地域生活支援拠点等の整備 0箇所 0箇所 1箇所`. In a table of yearly figures an
 * empty cell right of the label stands for no figure, so it is written as a dash.
 */
function innerTableRows(table: Table): string[] {
  const rows = tableGrid(table).map((row, r) =>
    row.filter((cell, c) => cell !== null && cell.row === r && (c === 0 || row[c - 1] !== cell)).map((cell) => runTogether(cell!.lines.map((l) => l.text))),
  );
  const yearly = rows.some((texts) => readYearRow(texts.filter((t) => t !== '').join(' ')) !== null);
  return rows.flatMap((texts) => {
    const hasFigure = texts.some((t) => /[0-9]/.test(t) && readValue(t) !== null);
    const words = texts.map((t, c) => (t === '' && yearly && hasFigure && c > 0 ? '-' : t)).filter((t) => t !== '');
    return words.length > 0 ? [words.join(' ')] : [];
  });
}

/**
 * Lines top to bottom, except where a figure (`1箇所`) has text beside it: the
 * goal box prints its label left of the figure and a note right of it, each
 * wrapped over lines that interleave by height. Such a box is read label lines,
 * figure, note lines.
 */
export function orderFigureBoxes(lines: readonly TextLine[]): TextLine[] {
  const sorted = [...lines].sort((a, b) => a.box.y0 - b.box.y0 || a.box.x0 - b.box.x0);
  const groupOf = new Map<TextLine, TextLine[]>();
  for (const line of sorted) {
    if (groupOf.has(line)) continue;
    const box = figureBox(line, sorted.filter((l) => !groupOf.has(l)));
    if (!box) continue;
    const group = [...box.left, box.figure, ...box.right];
    for (const l of group) groupOf.set(l, group);
  }
  const out: TextLine[] = [];
  const placed = new Set<TextLine>();
  for (const line of sorted) {
    if (placed.has(line)) continue;
    for (const l of groupOf.get(line) ?? [line]) {
      placed.add(l);
      out.push(l);
    }
  }
  return out;
}

/** Beside-text within this many line heights of the box still belongs to it. */
const BOX_GAP = 0.6;

function figureBox(figure: TextLine, lines: readonly TextLine[]): { left: TextLine[]; figure: TextLine; right: TextLine[] } | null {
  if (!/[0-9]/.test(figure.text) || readValue(figure.text.replace(/\s+/g, '')) === null) return null;
  const gap = BOX_GAP * (figure.box.y1 - figure.box.y0);
  const side = (l: TextLine): 'left' | 'right' | null =>
    l.box.x1 <= figure.box.x0 ? 'left' : l.box.x0 >= figure.box.x1 ? 'right' : null;
  let top = figure.box.y0;
  let bottom = figure.box.y1;
  const members = new Set<TextLine>();
  for (let grown = true; grown; ) {
    grown = false;
    for (const l of lines) {
      if (l === figure || members.has(l) || !side(l)) continue;
      if (l.box.y0 <= bottom + gap && l.box.y1 >= top - gap) {
        members.add(l);
        top = Math.min(top, l.box.y0);
        bottom = Math.max(bottom, l.box.y1);
        grown = true;
      }
    }
  }
  if (members.size === 0) return null;
  const byY = (a: TextLine, b: TextLine) => a.box.y0 - b.box.y0 || a.box.x0 - b.box.x0;
  const left = [...members].filter((l) => side(l) === 'left').sort(byY);
  const right = [...members].filter((l) => side(l) === 'right').sort(byY);
  return { left, figure, right };
}

/** Whether the middle of `inner` lies inside `outer`. */
function contains(outer: Box, inner: Box): boolean {
  const x = (inner.x0 + inner.x1) / 2;
  const y = (inner.y0 + inner.y1) / 2;
  return x >= outer.x0 && x <= outer.x1 && y >= outer.y0 && y <= outer.y1;
}
