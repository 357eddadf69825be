import type { Block } from './schema.js';
import { cellLines } from './table.js';
import { closeNumberSpacing, collapseDistributed, normalizeWidth } from '../normalize/index.js';

/**
 * A line as it is read: width-normalized, spaces collapsed, and the spaces an office
 * suite adds (distributed captions, autospacing around numbers) closed.
 */
export function readingText(line: string): string {
  return closeNumberSpacing(collapseDistributed(normalizeWidth(line).replace(/\s+/g, ' ').trim()));
}

/** Two or more spaces, or an ideographic space: a cell boundary (one space is a gap inside a cell). */
export const SPACE_RUN = /[ \t]{2,}|\u3000+/;

/** A cell of a line, with the character offset it starts at. */
export interface PlacedCell {
  text: string;
  start: number;
}

/**
 * The cells of a line apart by runs of spaces (a city's one-line テキスト版 prints a
 * whole page so, `-layout` text a table's columns), each with where it starts.
 */
export function placedCells(line: string): PlacedCell[] {
  const cells: PlacedCell[] = [];
  let from = 0;
  const push = (to: number) => {
    const raw = line.slice(from, to);
    const text = raw.trim();
    if (text !== '') cells.push({ text, start: from + raw.search(/\S/) });
  };
  for (const m of line.matchAll(new RegExp(SPACE_RUN.source, 'g'))) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(line.length);
  return cells;
}

export function splitSpaceRuns(line: string): string[] {
  return placedCells(line).map((c) => c.text);
}

/** A block's lines as printed: a table's cell by cell, row by row. */
export function blockLines(block: Block): string[] {
  switch (block.type) {
    case 'prose':
    case 'fields':
      return block.lines.map((l) => l.text);
    case 'table':
      return block.cells.flatMap(cellLines);
    case 'heading':
      return [block.text];
    case 'list':
      return block.items;
    case 'chart':
      return [...block.labels, ...block.values];
  }
}
