import { describe, expect, it } from 'vitest';
import { fromLayout } from '../src/document/from-layout.js';
import { fromText } from '../src/document/from-text.js';
import { LogicalDocument, type Block, type TableBlock } from '../src/document/schema.js';
import { toTextDocument } from '../src/input/text.js';
import type { Cell } from '../src/layout/types.js';
import { layoutCell as cell, layoutDocument as layout, layoutLine as line, layoutTable as table } from './support/layout.js';

/** A block's text in a compact form, for comparing structure. */
function shape(block: Block): unknown {
  switch (block.type) {
    case 'prose':
      return { prose: block.lines.map((l) => l.text) };
    case 'fields':
      return { fields: block.labels, pairs: block.pairs.map((p) => [p.label, p.value]) };
    case 'table':
      return {
        headerRows: block.headerRows,
        cells: block.cells.map((c) => [c.row, c.col, c.rowSpan, c.colSpan, c.blocks.map(shape)]),
      };
    default:
      return block.type;
  }
}

describe('fromLayout', () => {
  it('gives a table with a merged header cell its header rows, spans and reading order among the lines', () => {
    const grid = table([
      cell(0, 0, ['区分'], { rowSpan: 2 }),
      cell(0, 1, ['目標'], { colSpan: 2 }),
      cell(0, 3, ['担当課'], { rowSpan: 2 }),
      cell(1, 1, ['基準値']),
      cell(1, 2, ['目標値']),
      cell(2, 0, ['就労移行']),
      cell(2, 1, ['10人']),
      cell(2, 2, ['20人']),
      cell(2, 3, ['障害福祉課']),
    ]);
    const doc = fromLayout(layout([line('成果目標の一覧', 0, 40), line('注：人数は年度末', 0, 200)], [grid]));
    expect(LogicalDocument.parse(doc)).toEqual(doc);
    const blocks = doc.pages[0]!.blocks;
    expect(blocks.map(shape)).toEqual([
      { prose: ['成果目標の一覧'] },
      {
        headerRows: 2,
        cells: [
          [0, 0, 2, 1, [{ prose: ['区分'] }]],
          [0, 1, 1, 2, [{ prose: ['目標'] }]],
          [0, 3, 2, 1, [{ prose: ['担当課'] }]],
          [1, 1, 1, 1, [{ prose: ['基準値'] }]],
          [1, 2, 1, 1, [{ prose: ['目標値'] }]],
          [2, 0, 1, 1, [{ prose: ['就労移行'] }]],
          [2, 1, 1, 1, [{ prose: ['10人'] }]],
          [2, 2, 1, 1, [{ prose: ['20人'] }]],
          [2, 3, 1, 1, [{ prose: ['障害福祉課'] }]],
        ],
      },
      { prose: ['注：人数は年度末'] },
    ]);
    const t = blocks[1] as TableBlock;
    expect(t.page).toBe(1);
    expect(t.bbox).toEqual(grid.box);
    expect(t.cells[1]!.bbox).toEqual({ x0: 100, y0: 100, x1: 300, y1: 120 });
  });

  it('says nothing of header rows that geometry does not show', () => {
    const doc = fromLayout(layout([], [table([cell(0, 0, ['年度']), cell(0, 1, ['R3']), cell(0, 2, ['R4']), cell(1, 0, ['利用者']), cell(1, 1, ['3人']), cell(1, 2, ['5人'])])]));
    expect((doc.pages[0]!.blocks[0] as TableBlock).headerRows).toBeNull();
  });

  it('reads a two-column table of short labels in a left column as label–value fields', () => {
    const doc = fromLayout(layout([], [table([cell(0, 0, ['担当部局']), cell(0, 1, ['保健福祉局', '障害福祉部']), cell(1, 0, ['成果目標']), cell(1, 1, ['（3）地域生活支援拠点等の整備'])])]));
    const fields = doc.pages[0]!.blocks[0]!;
    expect(shape(fields)).toEqual({ fields: 'column', pairs: [['担当部局', '保健福祉局\n障害福祉部'], ['成果目標', '（3）地域生活支援拠点等の整備']] });
    expect(fields.type === 'fields' && fields.lines.map((l) => l.text)).toEqual(['担当部局', '保健福祉局', '障害福祉部', '成果目標', '（3）地域生活支援拠点等の整備']);
    expect(fields.bbox).toBeDefined();
  });

  it('keeps a table whose left cells are sentences a table', () => {
    const doc = fromLayout(layout([], [table([cell(0, 0, ['計画に基づき相談支援体制を整備した。']), cell(0, 1, ['A']), cell(1, 0, ['評価']), cell(1, 1, ['B'])])]));
    expect(doc.pages[0]!.blocks[0]!.type).toBe('table');
  });

  it('reads a table drawn inside a cell where it stands, and a figure box label, figure, note', () => {
    const outer: Cell = {
      row: 0, col: 0, rowSpan: 1, colSpan: 1,
      box: { x0: 0, y0: 100, x1: 400, y1: 300 },
      lines: [
        line('目標値', 5, 105),
        line('拠点等の', 5, 125),
        line('1箇所', 120, 130),
        line('面的な体制', 200, 125),
        line('の整備', 5, 136),
        line('実施状況', 5, 250),
        // the inner table's own lines are in the cell too; they belong to the inner table
        line('R3', 105, 165, 20),
        line('2人', 105, 185, 20),
      ],
      text: '',
    };
    const inner = table([cell(0, 0, ['R3']), cell(1, 0, ['2人'])].map((c) => ({ ...c, box: { ...c.box, x0: c.box.x0 + 100, x1: c.box.x1 + 100, y0: c.box.y0 + 60, y1: c.box.y1 + 60 } })), { nestedIn: 0 });
    inner.box = { x0: 100, y0: 160, x1: 200, y1: 200 };
    const doc = fromLayout(layout([], [table([outer]), inner]));
    expect(doc.pages[0]!.blocks.map(shape)).toEqual([
      {
        headerRows: null,
        cells: [
          [0, 0, 1, 1, [
            { prose: ['目標値', '拠点等の', 'の整備', '1箇所', '面的な体制'] },
            { headerRows: null, cells: [[0, 0, 1, 1, [{ prose: ['R3'] }]], [1, 0, 1, 1, [{ prose: ['2人'] }]]] },
            { prose: ['実施状況'] },
          ]],
        ],
      },
    ]);
  });

  it('reads vertical text beside a table first, flagged vertical', () => {
    const grid = table([cell(0, 1, ['評価']), cell(0, 2, ['実施した'])]);
    grid.box = { ...grid.box, x0: 100 };
    const doc = fromLayout(layout([line('評価（C）', 85, 110, 10, true)], [grid]));
    const [side] = doc.pages[0]!.blocks;
    expect(side).toMatchObject({ type: 'prose', lines: [{ text: '評価（C）', vertical: true }] });
  });
});

describe('fromText', () => {
  const read = (text: string) => fromText(toTextDocument(text));

  it('reads labels in a left column, apart from their values by a run of spaces, as fields it is unsure of', () => {
    const doc = read('事業の概要\n担当課      障害福祉課\n事業名      相談支援事業\n以上のとおり実施した。\n');
    const blocks = doc.pages[0]!.blocks;
    expect(blocks.map(shape)).toEqual([
      { prose: ['事業の概要'] },
      { fields: 'column', pairs: [['担当課', '障害福祉課'], ['事業名', '相談支援事業']] },
      { prose: ['以上のとおり実施した。'] },
    ]);
    expect(blocks[1]!.unsure).toMatch(/run of spaces/);
  });

  it('reads inline labels closed by a colon as fields; one such line alone stays prose', () => {
    const doc = read('<1>地域生活への移行者数\n目標値:38人\n目標値設定の考え方：入所者の6%以上とする\n<2>減少数\n備考:なし\n');
    expect(doc.pages[0]!.blocks.map(shape)).toEqual([
      { prose: ['<1>地域生活への移行者数'] },
      { fields: 'inline', pairs: [['目標値', '38人'], ['目標値設定の考え方', '入所者の6%以上とする']] },
      { prose: ['<2>減少数', '備考:なし'] },
    ]);
    expect(doc.pages[0]!.blocks[1]!.unsure).toBeUndefined();
  });

  it('cuts a one-line テキスト版 row into cells at runs of spaces, flagged unsure, between the lines around it', () => {
    const row = ['成果目標（1）施設入所者の地域生活への移行', '目標値   38人', '令和5年度末', '実績値', 'R3 9人 R4 21人'].join('   ');
    const padded = `${row}${'   説明'.repeat(60)}`;
    const doc = read(`管理シート\n${padded}\n以上\n`);
    const [title, cells, end] = doc.pages[0]!.blocks;
    expect(shape(title!)).toEqual({ prose: ['管理シート'] });
    expect(cells!.type).toBe('table');
    const t = cells as TableBlock;
    expect(t.unsure).toMatch(/one-line text version/);
    expect(t.headerRows).toBeNull();
    expect(t.cells.slice(0, 6).map((c) => [c.row, c.col, shape(c.blocks[0]!)])).toEqual([
      [0, 0, { prose: ['成果目標（1）施設入所者の地域生活への移行'] }],
      [0, 1, { prose: ['目標値'] }],
      [0, 2, { prose: ['38人'] }],
      [0, 3, { prose: ['令和5年度末'] }],
      [0, 4, { prose: ['実績値'] }],
      [0, 5, { prose: ['R3 9人 R4 21人'] }],
    ]);
    expect(shape(end!)).toEqual({ prose: ['以上'] });
  });

  it('reads the rows of a -layout table into columns by where their cells start', () => {
    const pad = (cells: string[], at: number[]) => cells.reduce((line, c, k) => line.padEnd(at[k]!, ' ') + c, '');
    const at = [2, 12, 40];
    const rows = [['番号', '施策名', '達成度'], ...Array.from({ length: 9 }, (_, k) => [String(k + 1), `施策${k + 1}の推進`, 'abc'[k % 3]!])];
    const text = ['施策の達成度一覧', ...rows.map((r, k) => pad(r, k === 3 ? [3, 13, 41] : at))].join('\n');
    const doc = read(text);
    const [title, grid] = doc.pages[0]!.blocks;
    expect(shape(title!)).toEqual({ prose: ['施策の達成度一覧'] });
    const t = grid as TableBlock;
    expect(t.unsure).toMatch(/-layout/);
    expect(t.cells.filter((c) => c.row === 3).map((c) => [c.col, shape(c.blocks[0]!)])).toEqual([
      [0, { prose: ['3'] }],
      [1, { prose: ['施策3の推進'] }],
      [2, { prose: ['c'] }],
    ]);
    expect(new Set(t.cells.map((c) => c.row)).size).toBe(10);
  });

  it('reads cells apart by runs of spaces as lines when the text is not -layout output', () => {
    expect(read('区分   R3   R4\n利用者   3人   5人\n').pages[0]!.blocks.map(shape)).toEqual([{ prose: ['区分   R3   R4', '利用者   3人   5人'] }]);
  });

  it('drops blank lines and, with form feeds, the folio at a page foot', () => {
    const doc = read('見出し\n\n本文です。\n- 1 -\n\f次の頁\n2\n');
    expect(doc.pages.map((p) => [p.page, p.blocks.map(shape)])).toEqual([
      [1, [{ prose: ['見出し', '本文です。'] }]],
      [2, [{ prose: ['次の頁'] }]],
    ]);
    expect(LogicalDocument.parse(doc)).toEqual(doc);
  });

  it('gives null pages without form feeds', () => {
    expect(read('本文\n').pages.map((p) => p.page)).toEqual([null]);
  });
});
