/** Small builders for synthetic layout inputs: glyphs are square, `size` points wide. */
import type { LayoutDocument } from '../../src/input/types.js';
import type { Box, Cell, LayoutPage, PageContent, Table, TextLine, TextRun } from '../../src/layout/types.js';

export function run(text: string, x: number, y: number, size = 10, extra: Partial<TextRun> = {}): TextRun {
  return { text, box: { x0: x, y0: y, x1: x + size * [...text].length, y1: y + size }, fontSize: size, vertical: false, ...extra };
}

/** One-glyph runs stacked top to bottom from (x, y), `pitch` apart. */
export function column(text: string, x: number, y: number, size = 10, pitch = size * 1.05): TextRun[] {
  return [...text].map((ch, i) => run(ch, x, y + i * pitch, size));
}

export const hline = (y: number, x0: number, x1: number): Box => ({ x0, y0: y, x1, y1: y });
export const vline = (x: number, y0: number, y1: number): Box => ({ x0: x, y0, x1: x, y1 });

/** Ruling lines of a full grid over the given boundaries. */
export function gridRules(xs: number[], ys: number[]): Box[] {
  return [...ys.map((y) => hline(y, xs[0]!, xs.at(-1)!)), ...xs.map((x) => vline(x, ys[0]!, ys.at(-1)!))];
}

export function page(runs: TextRun[], rects: Box[] = [], n = 1, width = 600, height = 800): PageContent {
  return { page: n, width, height, runs, rects };
}

// ---------------------------------------------------------------- a layout's lines and ruled tables, as the layout step gives them

export const layoutLine = (text: string, x0: number, y0: number, width = 40, vertical = false): TextLine => ({
  text,
  box: { x0, y0, x1: x0 + width, y1: y0 + 10 },
  vertical,
});

/** A ruled cell on a grid of 100 × 20 pt slots starting at (0, 100), its lines placed inside it. */
export function layoutCell(row: number, col: number, texts: string[], span: { rowSpan?: number; colSpan?: number } = {}): Cell {
  const rowSpan = span.rowSpan ?? 1;
  const colSpan = span.colSpan ?? 1;
  const box: Box = { x0: col * 100, y0: 100 + row * 20, x1: (col + colSpan) * 100, y1: 100 + (row + rowSpan) * 20 };
  const lines = texts.map((t, k) => layoutLine(t, box.x0 + 5, box.y0 + 2 + k * 11));
  return { row, col, rowSpan, colSpan, box, lines, text: texts.join('\n') };
}

export function layoutTable(cells: Cell[], extra: Partial<Table> = {}): Table {
  const rows = Math.max(...cells.map((c) => c.row + c.rowSpan));
  const cols = Math.max(...cells.map((c) => c.col + c.colSpan));
  return {
    box: { x0: 0, y0: 100, x1: cols * 100, y1: 100 + rows * 20 },
    rowEdges: Array.from({ length: rows + 1 }, (_, k) => 100 + k * 20),
    colEdges: Array.from({ length: cols + 1 }, (_, k) => k * 100),
    cells,
    ...extra,
  };
}

export const layoutPage = (n: number, lines: TextLine[], tables: Table[], furniture: TextLine[] = []): LayoutPage => ({
  page: n,
  width: 595,
  height: 842,
  lines,
  tables,
  blocks: [],
  ...(furniture.length ? { furniture } : {}),
});

export const layoutDocument = (lines: TextLine[], tables: Table[]): LayoutDocument => layoutPages([layoutPage(1, lines, tables)]);

export const layoutPages = (pages: LayoutPage[]): LayoutDocument => ({ format: 'pdf', pageCount: pages.length, pages });
