/** Small builders for synthetic layout inputs: glyphs are square, `size` points wide. */
import type { Box, PageContent, TextRun } from '../../src/layout/types.js';

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
