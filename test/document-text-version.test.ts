import { describe, expect, it } from 'vitest';
import { fromText, isTextVersionLine } from '../src/document/from-text.js';
import { cellLines } from '../src/document/table.js';
import { toTextDocument } from '../src/input/text.js';

/** A テキスト版 page: one line of cells apart by runs of spaces, long enough to be one. */
const pageLine = (cells: string[]) => cells.join('  ').padEnd(220, ' ');
const cellsOf = (text: string) =>
  fromText(toTextDocument(text)).pages.map((p) => p.blocks.filter(isTextVersionLine).flatMap((b) => b.cells.flatMap(cellLines)));

describe('fromText on a one-line text version', () => {
  it('keeps an ideographic space alone inside its cell', () => {
    const [cells] = cellsOf(pageLine(['番号', '事業名', '1　ともに暮らす地域づくり', '1', '相談支援事業']));
    expect(cells).toEqual(['番号', '事業名', '1 ともに暮らす地域づくり', '1', '相談支援事業']);
  });

  it("keeps a page's last cell that is a figure, and drops a folio on a line of its own", () => {
    const text = `${pageLine(['年度', '計画', '実績', '令和5年度', '20', '17'])}\f${pageLine(['年度', '計画', '実績', '令和4年度', '30', '28'])}\n3`;
    expect(cellsOf(text)).toEqual([
      ['年度', '計画', '実績', '令和5年度', '20', '17'],
      ['年度', '計画', '実績', '令和4年度', '30', '28'],
    ]);
    const page2 = fromText(toTextDocument(text)).pages[1]!;
    expect(page2.blocks.filter((b) => !isTextVersionLine(b))).toEqual([]);
  });
});
