/**
 * A page's lines outside the tables' cells in the logical document: running headers
 * and footers (what the layout sets apart as furniture) as prose blocks of their own,
 * flagged, read in by their height; a line inside a table's frame but in none of its
 * cells where it stands; a short line set larger than the body text as a heading.
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

  it('reads a short line set larger than the body text as a heading, its level by size', () => {
    const sized = (text: string, y: number, fontSize: number) => ({ ...line(text, 0, y, 200), fontSize });
    const page = layoutPage(1, [
      sized('さくら台市障がい者計画 進捗状況報告', 20, 16),
      sized('1 相談支援の充実', 40, 13),
      sized('相談支援の体制を整えた。', 60, 10),
      sized('地域の事業所と連携した', 70, 10),
      sized('相談件数は増えた', 80, 10),
      sized('大きな字で書いた注意書きです。', 90, 13),
      sized('2 就労支援の推進', 110, 13),
      sized('就労移行支援を行った。', 130, 10),
      sized('職場定着を支えた。', 140, 10),
    ], []);
    const doc = fromLayout(layoutPages([page]));
    expect(LogicalDocument.parse(doc)).toEqual(doc);
    expect(doc.pages[0]!.blocks.map((b) => (b.type === 'heading' ? [b.level, b.text] : b.type === 'prose' ? b.lines.map((l) => l.text) : b.type))).toEqual([
      [1, 'さくら台市障がい者計画 進捗状況報告'],
      [2, '1 相談支援の充実'],
      ['相談支援の体制を整えた。', '地域の事業所と連携した', '相談件数は増えた', '大きな字で書いた注意書きです。'],
      [2, '2 就労支援の推進'],
      ['就労移行支援を行った。', '職場定着を支えた。'],
    ]);
  });
});
