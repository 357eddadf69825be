import type { LayoutSettings } from './settings.js';
import type { Box } from './types.js';

/**
 * Reading order for things on a page: top to bottom, and left to right among things
 * whose tops are within rowToleranceEm of the first one of their row.
 */
export function readingOrder<T>(items: readonly T[], boxOf: (item: T) => Box, sizeOf: (item: T) => number, settings: LayoutSettings): T[] {
  const sorted = [...items].sort((a, b) => boxOf(a).y0 - boxOf(b).y0 || boxOf(a).x0 - boxOf(b).x0);
  const out: T[] = [];
  let row: T[] = [];
  let rowTop = 0;
  let rowSize = 0;
  const flush = () => {
    row.sort((a, b) => boxOf(a).x0 - boxOf(b).x0);
    out.push(...row);
    row = [];
  };
  for (const item of sorted) {
    const box = boxOf(item);
    const size = sizeOf(item);
    if (row.length > 0 && box.y0 - rowTop > settings.rowToleranceEm * Math.min(rowSize, size)) flush();
    if (row.length === 0) {
      rowTop = box.y0;
      rowSize = size;
    }
    row.push(item);
  }
  flush();
  return out;
}
