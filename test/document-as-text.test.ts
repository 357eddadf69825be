/**
 * The logical document seen as paged text for text readers: a line per line, or a
 * table row per line (a nested table's rows in place of its cell), furniture left out.
 */
import { describe, expect, it } from 'vitest';
import { documentLines, documentRows } from '../src/document/as-text.js';
import type { LogicalDocument, TableCell } from '../src/document/schema.js';

const prose = (...lines: string[]) => ({ type: 'prose' as const, page: 1, lines: lines.map((text) => ({ text })) });
const cell = (row: number, col: number, blocks: TableCell['blocks']): TableCell => ({ row, col, rowSpan: 1, colSpan: 1, page: 1, blocks });
const text = (row: number, col: number, ...lines: string[]) => cell(row, col, lines.length ? [prose(...lines)] : []);

const doc: LogicalDocument = {
  pages: [
    {
      page: 1,
      blocks: [
        { ...prose('障害福祉計画 進捗状況'), furniture: true },
        prose('評価の集計'),
        {
          type: 'table',
          page: 1,
          headerRows: null,
          cells: [
            text(0, 0, '評価'),
            text(0, 1, '件数'),
            text(1, 0, 'A'),
            text(1, 1),
            text(2, 0, '達成', '状況'),
            cell(2, 1, [
              prose('内訳'),
              { type: 'table', page: 1, headerRows: null, cells: [text(0, 0, 'R4'), text(0, 1, 'R5'), text(1, 0, '12'), text(1, 1, '15')] },
            ]),
          ],
        },
        { type: 'fields', page: 1, labels: 'column', pairs: [{ label: '担当課', value: '障害福祉課' }, { label: '備考', value: '' }], lines: [] },
      ],
    },
  ],
};

describe('the document as text', () => {
  it('gives a table row per line, a nested table by its rows, a label with its value', () => {
    expect(documentRows(doc).pages[0]!.lines).toEqual(['評価の集計', '評価 件数', 'A', '達成\n状況', 'R4 R5', '12 15', '担当課 障害福祉課', '備考']);
  });

  it('gives every line, a table cell by cell, running headers and footers left out', () => {
    const text = documentLines(doc);
    expect(text.pageCount).toBe(1);
    expect(text.pages[0]!.lines).toEqual(['評価の集計', '評価', '件数', 'A', '達成', '状況', '内訳', 'R4', 'R5', '12', '15']);
  });
});
