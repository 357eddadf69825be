import type { LayoutDocument, TextDocument } from '../input/types.js';
import type { Box, LayoutPage, Table, TextLine } from './types.js';

/**
 * A PDF's layout as a paged text in which every table row is one line: its cells
 * left to right, apart by one space (a cell's own lines by a line break), a table
 * drawn inside a cell as its own rows. Lines outside tables keep their place from
 * top to bottom. Lets a text reader see rows (a tally's label with its figures, a
 * label with its value) that a line-per-cell text loses.
 */
export function layoutToRowText(doc: LayoutDocument): TextDocument {
  return {
    format: 'text',
    pages: doc.pages.map((p) => ({ page: p.page, lines: pageLines(p) })),
    pageCount: doc.pageCount,
  };
}

function pageLines(page: LayoutPage): string[] {
  const tops = page.tables.flatMap((t, i) => (t.nestedIn === undefined ? [i] : []));

  const placed: Array<{ y: number; x: number; text: string }> = [];
  // a line in no cell (a grid the layout could not close) keeps its place too
  const inCell = (b: Box) => page.tables.some((t) => t.cells.some((c) => inside(b, c.box)));
  for (const line of page.lines) {
    if (!inCell(line.box)) placed.push({ y: line.box.y0, x: line.box.x0, text: line.text });
  }
  for (const i of tops) {
    const table = page.tables[i]!;
    tableRows(page, table, i).forEach((text, r) => placed.push({ y: table.box.y0 + r / 1000, x: table.box.x0, text }));
  }
  return placed.sort((a, b) => a.y - b.y || a.x - b.x).map((p) => p.text);
}

/** A table's rows as lines; a nested table's rows stand in place of its cell's text. */
function tableRows(page: LayoutPage, table: Table, index: number): string[] {
  const out: string[] = [];
  for (let r = 0; r < table.rowEdges.length - 1; r++) {
    const parts: string[] = [];
    for (const cell of table.cells.filter((c) => c.row === r).sort((a, b) => a.col - b.col)) {
      const nested = page.tables.findIndex((t) => t.nestedIn === index && inside(t.box, cell.box));
      if (nested >= 0) {
        if (parts.length) out.push(parts.splice(0).join(' '));
        out.push(...tableRows(page, page.tables[nested]!, nested));
      } else if (cell.text.trim() !== '') parts.push(cellText(cell.lines));
    }
    if (parts.length) out.push(parts.join(' '));
  }
  return out;
}

const cellText = (lines: readonly TextLine[]) => lines.map((l) => l.text).join('\n');

function inside(b: Box, outer: Box): boolean {
  const x = (b.x0 + b.x1) / 2;
  const y = (b.y0 + b.y1) / 2;
  return x >= outer.x0 && x <= outer.x1 && y >= outer.y0 && y <= outer.y1;
}
