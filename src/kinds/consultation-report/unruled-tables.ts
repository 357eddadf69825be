import type { Box, LayoutPage, TextLine } from '../../layout/types.js';
import type { ParseContext } from '../types.js';
import { clean, compact, HAS_LETTER } from './lines.js';
import type { PlanTable } from './model.js';
import { CELL, columnOf, DATE_HEADER, DEFAULT_ORDER, HEADER_WORD, isTotalsName, planRow, rowDate, type Column } from './plan-columns.js';

/** How far above the first row a header may reach, in row pitches. */
const HEADER_REACH = 4;
const MAX_TITLE = 20;

/** A space-separated piece of a line with an estimated box. */
export interface Piece {
  text: string;
  box: Box;
  line: TextLine;
}

const isWide = (ch: string) => ch.codePointAt(0)! >= 0x2e80;

/**
 * A line's space-separated pieces with their boxes estimated: glyphs a full em
 * (CJK) or about half (Latin, digits) wide, what is left of the line's width
 * shared among the gaps. The layout joins runs that stand close, so a header
 * row can arrive as one line (`作成計画 プラン`) spanning two columns.
 */
export function piecesOf(line: TextLine): Piece[] {
  const text = clean(line.text);
  const parts = text.split(' ').filter(Boolean);
  if (parts.length <= 1) return parts.map((p) => ({ text: p, box: line.box, line }));
  const em = line.box.y1 - line.box.y0;
  const widths = parts.map((p) => [...p].reduce((w, ch) => w + (isWide(ch) ? em : 0.55 * em), 0));
  const span = line.box.x1 - line.box.x0;
  const inked = widths.reduce((a, b) => a + b, 0);
  const scale = inked > span ? span / inked : 1;
  const gap = Math.max(0, span - inked) / (parts.length - 1);
  let x = line.box.x0;
  return parts.map((p, k) => {
    const w = widths[k]! * scale;
    const piece = { text: p, box: { x0: x, y0: line.box.y0, x1: x + w, y1: line.box.y1 }, line };
    x += w + gap;
    return piece;
  });
}

const midY = (b: Box) => (b.y0 + b.y1) / 2;
const sameRow = (a: Box, b: Box) => Math.abs(midY(a) - midY(b)) < Math.max(a.y1 - a.y0, b.y1 - b.y0) / 2;
const overlap = (a0: number, a1: number, b0: number, b1: number) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));

interface Row {
  date: Piece;
  cells: Piece[];
}

/** Date pieces with the number pieces standing to their right on the same baseline, grouped into tables. */
function rowGroups(pieces: readonly Piece[]): Row[][] {
  const rows = pieces
    .filter((p) => rowDate(p.text) !== null && clean(p.text) === rowDate(p.text))
    .map((date) => ({
      date,
      cells: pieces.filter((p) => p !== date && CELL.test(p.text) && p.box.x0 > date.box.x1 && sameRow(p.box, date.box)).sort((a, b) => a.box.x0 - b.box.x0),
    }))
    .filter((r) => r.cells.length >= 2)
    .sort((a, b) => a.date.box.y0 - b.date.box.y0);
  const groups: Row[][] = [];
  for (const row of rows) {
    const group = groups[groups.length - 1];
    const last = group?.[group.length - 1];
    const pitch = last ? last.date.box.y1 - last.date.box.y0 : 0;
    if (group && last && Math.abs(row.date.box.x0 - last.date.box.x0) < pitch && row.date.box.y0 - last.date.box.y1 < 2 * pitch) group.push(row);
    else groups.push([row]);
  }
  return groups;
}

/** Column bands: the date column up to its right edge, then each value column up to its cells' right edge. */
function bandsOf(rows: readonly Row[]): number[] {
  const width = Math.max(...rows.map((r) => r.cells.length));
  const rights = [Math.max(...rows.map((r) => r.date.box.x1))];
  for (let k = 0; k < width; k++) rights.push(Math.max(...rows.flatMap((r) => (r.cells[k] ? [r.cells[k]!.box.x1] : []))));
  return rights;
}

function bandOf(piece: Piece, rights: readonly number[]): number {
  let best = 0;
  let most = -1;
  rights.forEach((right, k) => {
    const left = k === 0 ? -Infinity : rights[k - 1]!;
    const o = overlap(piece.box.x0, piece.box.x1, left, right);
    if (o > most) {
      most = o;
      best = k;
    }
  });
  return best;
}

/** Header pieces stacked over one another (a wrapped header cell), left to right. */
function headerColumns(pieces: readonly Piece[], tolerance: number): Piece[][] {
  const sorted = [...pieces].sort((a, b) => a.box.x0 - b.box.x0);
  const columns: Array<{ x1: number; pieces: Piece[] }> = [];
  for (const p of sorted) {
    const last = columns[columns.length - 1];
    if (last && p.box.x0 <= last.x1 + tolerance) {
      last.pieces.push(p);
      last.x1 = Math.max(last.x1, p.box.x1);
    } else columns.push({ x1: p.box.x1, pieces: [p] });
  }
  return columns.map((c) => c.pieces);
}

/**
 * Which column each header piece names. When the header words stand in as many
 * stacks as the table has columns (or value columns), stacks map in order; that
 * holds whatever the alignment. Otherwise each piece goes to the column band it
 * overlaps most.
 */
function headerWords(header: readonly Piece[], rights: readonly number[], em: number): string[][] {
  const words = rights.map(() => [] as string[]);
  const stacks = headerColumns(header, em / 2);
  const offset = stacks.length === rights.length ? 0 : stacks.length === rights.length - 1 ? 1 : -1;
  const byLine = (a: Piece, b: Piece) => a.box.y0 - b.box.y0 || a.box.x0 - b.box.x0;
  if (offset >= 0) stacks.forEach((stack, k) => words[k + offset]!.push(...stack.sort(byLine).map((p) => p.text)));
  else for (const p of header) words[bandOf(p, rights)]!.push(p.text);
  return words;
}

export interface UnruledReading {
  table: PlanTable;
  /** Layout lines the table was read from (rows, header, name). */
  lines: TextLine[];
}

/**
 * Plan tables drawn without rules: rows are a date with numbers beside it on one
 * baseline; header words above the rows name the value column they stand over
 * (any order, wrapped or not); words over the date column name the table.
 */
export function readUnruledTables(page: LayoutPage, free: readonly TextLine[], ctx: ParseContext): UnruledReading[] {
  const pieces = free.flatMap(piecesOf);
  const readings: UnruledReading[] = [];
  for (const rows of rowGroups(pieces)) {
    const rights = bandsOf(rows);
    const first = rows[0]!.date.box;
    const pitch = first.y1 - first.y0;
    const inRows = new Set(rows.flatMap((r) => [r.date, ...r.cells]));
    const header = pieces.filter(
      (p) => !inRows.has(p) && p.box.y1 <= first.y0 + pitch / 2 && p.box.y0 >= first.y0 - HEADER_REACH * 2 * pitch &&
        overlap(p.box.x0, p.box.x1, first.x0 - pitch, rights[rights.length - 1]! + pitch) > 0,
    ).sort((a, b) => a.box.y0 - b.box.y0 || a.box.x0 - b.box.x0);
    const words = headerWords(header, rights, pitch);
    const mapping = new Map<number, Column>();
    words.forEach((w, k) => {
      const column = k === 0 ? null : columnOf(w.join(''));
      if (column && ![...mapping.values()].includes(column)) mapping.set(k, column);
    });
    const unnamed = DEFAULT_ORDER.filter((c) => ![...mapping.values()].includes(c));
    for (let k = 1; k < rights.length && unnamed.length > 0; k++) if (!mapping.has(k)) mapping.set(k, unnamed.shift()!);
    const wide = rows.filter((r) => r.cells.length >= 3).length;
    if (!(wide >= 2 || HEADER_WORD.test(compact(words.flat().join(''))))) continue;

    const corner = compact(words[0]!.join(''));
    const headerText = words.slice(1).flat().join('');
    const cornerNames = HAS_LETTER.test(corner) && !DATE_HEADER.test(corner) && (columnOf(corner) === null || isTotalsName(corner, headerText));
    const named = corner && cornerNames ? corner : null;
    const caption = named ? null : captionAbove(free, header, first);
    const table: PlanTable = {
      title: named ?? caption?.text ?? '',
      rows: rows.map((r) => {
        const cells = r.cells.flatMap((c, k) => (mapping.has(k + 1) ? [[mapping.get(k + 1)!, c.text] as const] : []));
        return planRow(rowDate(r.date.text)!, cells, ctx, page.page);
      }),
      page: page.page,
    };
    const lines = [...rows.flatMap((r) => [r.date, ...r.cells]), ...header].map((p) => p.line);
    if (caption) lines.push(caption.line);
    readings.push({ table, lines: [...new Set(lines)] });
  }
  return readings;
}

/** A short line just above the header, over the table, when the header names no table. */
function captionAbove(free: readonly TextLine[], header: readonly Piece[], first: Box): { text: string; line: TextLine } | null {
  const top = Math.min(first.y0, ...header.map((p) => p.box.y0));
  let best: TextLine | null = null;
  for (const line of free) {
    const text = compact(line.text);
    if (line.box.y1 > top || text.length > MAX_TITLE || /\d/.test(text) || HEADER_WORD.test(text)) continue;
    if (line.box.x1 < first.x0) continue;
    if (best === null || line.box.y1 > best.box.y1) best = line;
  }
  return best ? { text: compact(best.text), line: best } : null;
}
