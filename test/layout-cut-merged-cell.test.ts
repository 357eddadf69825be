/**
 * A spreadsheet's merged cell cut by a page break: no rule under it, while the other
 * columns' cells are ruled at the table's foot and the outer rules end there.
 */
import { describe, expect, it } from 'vitest';
import { closeCutOutline } from '../src/layout/grid.js';
import type { Edge } from '../src/layout/edges.js';

const h = (pos: number, start: number, end: number): Edge => ({ orientation: 'h', pos, start, end });
const v = (pos: number, start: number, end: number): Edge => ({ orientation: 'v', pos, start, end });

// three columns (0–100, 100–200, 200–300); the first column's cell spans both rows, unruled below
const table = [h(0, 0, 300), h(50, 100, 300), h(100, 100, 300), v(0, 0, 100), v(100, 0, 100), v(200, 0, 100), v(300, 0, 100)];

describe('closeCutOutline: a merged cell the page break cuts', () => {
  it('closes the outline where the outer rules and the other columns end', () => {
    expect(closeCutOutline(table, 1)).toContainEqual(h(100, 0, 300));
  });

  it('leaves it open when the cell’s text runs on past that line (a label the break clipped)', () => {
    expect(closeCutOutline(table, 1, [{ x0: 40, y0: 95, x1: 50, y1: 108 }])).toEqual(table);
  });

  it('leaves an outline open whose foot is mostly unruled', () => {
    const open = [h(0, 0, 300), h(100, 250, 300), v(0, 0, 100), v(250, 0, 100), v(300, 0, 100)];
    expect(closeCutOutline(open, 1)).toEqual(open);
  });
});
