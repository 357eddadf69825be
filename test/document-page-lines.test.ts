/**
 * A page's lines outside the tables' cells in the logical document: running headers
 * and footers (what the layout sets apart as furniture) as prose blocks of their own,
 * flagged, read in by their height; a line inside a table's frame but in none of its
 * cells where it stands.
 */
import { describe, expect, it } from 'vitest';
import { fromLayout } from '../src/document/from-layout.js';
import { LogicalDocument } from '../src/document/schema.js';
import { layoutCell as cell, layoutLine as line, layoutPage, layoutPages, layoutTable as table } from './support/layout.js';

describe('fromLayout: lines outside the cells', () => {
  it('reads a running header and footer in by height, as flagged prose blocks apart from the page text', () => {
    const grid = table([cell(0, 0, ['番号']), cell(0, 1, ['事業名']), cell(0, 2, ['担当課']), cell(1, 0, ['1']), cell(1, 1, ['相談支援']), cell(1, 2, ['障害福祉課'])]);
    const page = layoutPage(2, [line('（2）地域移行の推進', 0, 60), line('注：年度末の数', 0, 200)], [grid], [line('1 相談支援の充実', 0, 20), line('- 2 -', 0, 800)]);
    const doc = fromLayout(layoutPages([page]));
    expect(LogicalDocument.parse(doc)).toEqual(doc);
    const blocks = doc.pages[0]!.blocks.map((b) => (b.type === 'prose' ? [b.furniture ?? false, b.lines.map((l) => l.text)] : b.type));
    expect(blocks).toEqual([
      [true, ['1 相談支援の充実']],
      [false, ['（2）地域移行の推進']],
      'table',
      [false, ['注：年度末の数']],
      [true, ['- 2 -']],
    ]);
  });

  it("keeps a line inside a table's frame but in none of its cells, after the table", () => {
    const grid = table([cell(0, 0, ['番号']), cell(0, 1, ['事業名']), cell(0, 2, ['担当課']), cell(1, 0, ['1']), cell(1, 1, ['相談支援']), cell(1, 2, ['障害福祉課'])]);
    // the grid's frame runs on below its last closed row
    grid.box = { ...grid.box, y1: grid.box.y1 + 40 };
    const doc = fromLayout(layoutPages([layoutPage(1, [line('5 手話奉仕員の養成', 5, 150)], [grid])]));
    expect(doc.pages[0]!.blocks.map((b) => (b.type === 'prose' ? b.lines.map((l) => l.text) : b.type))).toEqual(['table', ['5 手話奉仕員の養成']]);
  });
});
