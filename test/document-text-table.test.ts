import { describe, expect, it } from 'vitest';
import { textTable } from '../src/document/text-table.js';
import { cellAt, tableGrid } from '../src/document/table.js';

describe('textTable', () => {
  const table = textTable([['番号', '事業名', '所管課']], [{ cells: ['1', '相談支援事業', ''] }, { caption: '2 地域生活の支援' }, { cells: ['2', '移動支援事業', '障害福祉課'] }], 3, 'rows guessed');

  it('puts the header in row 0 and each row under it, a caption merged across the table', () => {
    const grid = tableGrid(table);
    expect(grid.headerRows).toBe(1);
    expect(grid.rows).toBe(4);
    expect(grid.columns).toBe(3);
    expect(cellAt(grid, 0, 2)?.text).toBe('所管課');
    expect(cellAt(grid, 2, 1)).toMatchObject({ col: 0, colSpan: 3, text: '2 地域生活の支援' });
    expect(cellAt(grid, 3, 2)?.lines).toEqual(['障害福祉課']);
  });

  it('leaves an empty cell without lines and says the grouping is a guess', () => {
    expect(cellAt(tableGrid(table), 1, 2)?.lines).toEqual([]);
    expect(table.unsure).toBe('rows guessed');
    expect(table.cells.every((c) => c.page === 3)).toBe(true);
  });

  it('merges a header cell over the second header row under it', () => {
    const grid = tableGrid(textTable([['番号', { text: '実績', colSpan: 2 }, '評価'], ['', 'R4', 'R5', '']], [{ cells: ['1', '10', '12', 'A'] }], 1, 'rows guessed'));
    expect(grid.headerRows).toBe(2);
    expect(grid.columns).toBe(4);
    expect(cellAt(grid, 0, 2)).toMatchObject({ col: 1, colSpan: 2, text: '実績' });
    expect(cellAt(grid, 1, 2)?.text).toBe('R5');
    expect(cellAt(grid, 2, 3)?.text).toBe('A');
  });
});
