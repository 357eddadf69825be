import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LAYOUT_SETTINGS as S,
  findTableGrids,
  joinContinuedRows,
  joinEdges,
  layoutPage,
  rectsToEdges,
  snapEdges,
  tableGrid,
} from '../src/layout/index.js';
import type { Box, Cell, Table } from '../src/layout/index.js';
import { column, gridRules, hline, page, run, vline } from './support/layout.js';

const XS = [50, 150, 300, 450];
const YS = [100, 130, 190, 220];
const cellText = (table: Table, row: number, col: number) => tableGrid(table)[row]![col]?.text;

describe('edges', () => {
  it('turns thin filled rectangles into rules and ignores solid areas', () => {
    const edges = rectsToEdges(
      [
        { x0: 10, y0: 99.6, x1: 200, y1: 100.4 },
        { x0: 49.7, y0: 10, x1: 50.3, y1: 300 },
        { x0: 10, y0: 10, x1: 200, y1: 60 },
        { x0: 10, y0: 10, x1: 10.5, y1: 10.5 },
      ],
      10,
      S,
    );
    expect(edges).toEqual([
      { orientation: 'h', pos: 100, start: 10, end: 200 },
      { orientation: 'v', pos: 50, start: 10, end: 300 },
    ]);
  });

  it('snaps nearly collinear pieces and joins them across small gaps', () => {
    const edges = joinEdges(
      snapEdges(
        [
          { orientation: 'h', pos: 100, start: 0, end: 50 },
          { orientation: 'h', pos: 100.8, start: 51, end: 120 },
          { orientation: 'h', pos: 140, start: 0, end: 120 },
        ],
        3,
      ),
      3,
    );
    expect(edges).toEqual([
      { orientation: 'h', pos: 100.4, start: 0, end: 120 },
      { orientation: 'h', pos: 140, start: 0, end: 120 },
    ]);
  });
});

describe('tables', () => {
  it('finds a 3×3 grid, keeping a wrapped cell text together top to bottom', () => {
    const runs = [
      run('番号', 55, 110),
      run('事業名', 155, 110),
      run('概要', 305, 110),
      run('1', 55, 150),
      run('新たな相談', 155, 140),
      run('体制の構築', 155, 152),
      run('説明文', 305, 150),
      run('2', 55, 200),
      run('別の事業', 155, 200),
      run('説明', 305, 200),
    ];
    const result = layoutPage(page(runs, gridRules(XS, YS)));
    expect(result.tables).toHaveLength(1);
    const [table] = result.tables as [Table];
    expect(table.rowEdges).toEqual(YS);
    expect(table.colEdges).toEqual(XS);
    expect(table.cells).toHaveLength(9);
    expect(cellText(table, 1, 1)).toBe('新たな相談\n体制の構築');
    expect(table.cells.find((c) => c.row === 1 && c.col === 1)!.lines).toHaveLength(2);
    expect(result.blocks).toEqual([]);
    // Page lines read the table cell by cell, row-major.
    expect(result.lines.map((l) => l.text)).toEqual(['番号', '事業名', '概要', '1', '新たな相談', '体制の構築', '説明文', '2', '別の事業', '説明']);
  });

  it('reads rules drawn per cell and as thin filled rectangles (spreadsheet exports)', () => {
    const rects: Box[] = [];
    for (const y of YS) for (let c = 0; c < XS.length - 1; c++) rects.push({ x0: XS[c]!, y0: y - 0.4, x1: XS[c + 1]! + 0.3, y1: y + 0.4 });
    for (const x of XS) for (let r = 0; r < YS.length - 1; r++) rects.push({ x0: x - 0.4, y0: YS[r]!, x1: x + 0.4, y1: YS[r + 1]! });
    const grids = findTableGrids(rects, 10, S);
    expect(grids).toHaveLength(1);
    expect(grids[0]!.cells).toHaveLength(9);
    expect(grids[0]!.xs.map(Math.round)).toEqual(XS);
  });

  it('gives merged cells their row and column spans', () => {
    // Header row: the first cell spans two rows (no rule under it), the last header spans two columns.
    const rules = [
      hline(100, 50, 450),
      hline(130, 150, 450),
      hline(160, 50, 450),
      hline(200, 50, 450),
      vline(50, 100, 200),
      vline(150, 100, 200),
      vline(300, 130, 200),
      vline(450, 100, 200),
    ];
    const runs = [run('番号', 55, 120), run('事業の方向性', 155, 105), run('28年度', 155, 135), run('29年度', 305, 135), run('1', 55, 170)];
    const [table] = layoutPage(page(runs, rules)).tables as [Table];
    const spans = table.cells.map((c) => [c.row, c.col, c.rowSpan, c.colSpan, c.text]);
    expect(spans).toEqual([
      [0, 0, 2, 1, '番号'],
      [0, 1, 1, 2, '事業の方向性'],
      [1, 1, 1, 1, '28年度'],
      [1, 2, 1, 1, '29年度'],
      [2, 0, 1, 1, '1'],
      [2, 1, 1, 1, ''],
      [2, 2, 1, 1, ''],
    ]);
    expect(tableGrid(table)[1]![0]).toBe(tableGrid(table)[0]![0]);
  });

  it('reads a vertical header in a narrow merged cell as one line', () => {
    const xs = [30, 55, 200];
    const ys = [100, 200, 300];
    const rules = [...gridRules(xs, ys).filter((r) => !(r.y0 === 200 && r.y1 === 200)), hline(200, 55, 200)];
    const runs = [...column('計画（P）→実施（D）', 37, 105, 10.5), run('目標値', 60, 120), run('活動指標', 60, 220)];
    const [table] = layoutPage(page(runs, rules)).tables as [Table];
    const header = table.cells.find((c) => c.col === 0)!;
    expect(header).toMatchObject({ rowSpan: 2, text: '計画（P）→実施（D）' });
    expect(header.lines[0]!.vertical).toBe(true);
  });

  it('puts the text of a table drawn inside a cell in that cell too, without repeating it on the page', () => {
    const outer = gridRules([20, 100, 500], [50, 100, 300]);
    const inner = gridRules([150, 250, 350], [150, 180, 210]);
    const runs = [
      run('目標', 25, 60),
      run('内容', 105, 60),
      run('区分', 25, 150),
      run('○目標値', 105, 110),
      run('H30', 155, 160),
      run('R1', 255, 160),
      run('0箇所', 155, 190),
      run('1箇所', 255, 190),
      run('考え方', 105, 230),
    ];
    const result = layoutPage(page(runs, [...outer, ...inner]));
    expect(result.tables).toHaveLength(2);
    const [outerTable, innerTable] = result.tables as [Table, Table];
    expect(innerTable.nestedIn).toBe(0);
    expect(outerTable.nestedIn).toBeUndefined();
    expect(cellText(innerTable, 1, 1)).toBe('1箇所');
    expect(cellText(outerTable, 1, 1)).toBe('○目標値\nH30\nR1\n0箇所\n1箇所\n考え方');
    expect(result.lines.map((l) => l.text)).toEqual(['目標', '内容', '区分', '○目標値', 'H30', 'R1', '0箇所', '1箇所', '考え方']);
  });

  it('gives a chart frame with a single label back to the page as blocks', () => {
    const frame = [...gridRules([100, 300, 400], [100, 300])];
    const result = layoutPage(page([run('基幹開設', 310, 120), run('タイトル', 100, 50)], frame));
    expect(result.tables).toEqual([]);
    expect(result.blocks.map((b) => b.text)).toEqual(['タイトル', '基幹開設']);
  });

  it('assigns text overflowing a spreadsheet cell to the cell it starts in', () => {
    const result = layoutPage(page([run('長い見出しがはみ出す', 55, 110), run('x', 155, 150), run('y', 305, 200)], gridRules(XS, YS)));
    const [table] = result.tables as [Table];
    expect(cellText(table, 0, 0)).toBe('長い見出しがはみ出す');
    expect(cellText(table, 0, 1)).toBe('');
  });
});

describe('joinContinuedRows', () => {
  const cell = (row: number, col: number, text: string): Cell => ({
    row,
    col,
    rowSpan: 1,
    colSpan: 1,
    box: { x0: XS[col]!, y0: 0, x1: XS[col + 1]!, y1: 0 },
    lines: text ? text.split('\n').map((t) => ({ text: t, box: { x0: XS[col]!, y0: 0, x1: XS[col + 1]!, y1: 0 }, vertical: false })) : [],
    text,
  });
  const table = (rows: string[][], ys: number[], xs = XS): Table => ({
    box: { x0: xs[0]!, y0: ys[0]!, x1: xs.at(-1)!, y1: ys.at(-1)! },
    rowEdges: ys,
    colEdges: xs,
    cells: rows.flatMap((texts, r) => texts.map((t, c) => cell(r, c, t))),
  });

  const previous = table(
    [
      ['番号', '事業名', '実績'],
      ['1', '相談事業', '相談件数：'],
    ],
    [700, 720, 800],
  );

  it('appends a row continued on the next page to the last row, cell by cell', () => {
    const next = table(
      [
        ['', '（続き）', '22,103件'],
        ['2', '次の事業', '実施'],
      ],
      [50, 80, 120],
    );
    const joined = joinContinuedRows(previous, next)!;
    expect(joined).not.toBeNull();
    expect(cellText(joined.previous, 1, 1)).toBe('相談事業\n（続き）');
    expect(cellText(joined.previous, 1, 2)).toBe('相談件数：\n22,103件');
    expect(joined.next.rowEdges).toEqual([80, 120]);
    expect(joined.next.cells.map((c) => [c.row, c.text])).toEqual([
      [0, '2'],
      [0, '次の事業'],
      [0, '実施'],
    ]);
  });

  it('skips a repeated header on the next page', () => {
    const next = table(
      [
        ['番号', '事業名', '実績'],
        ['', '', '22,103件'],
        ['2', '次の事業', '実施'],
      ],
      [50, 70, 90, 130],
    );
    const joined = joinContinuedRows(previous, next, { headerRows: 1 })!;
    expect(cellText(joined.previous, 1, 2)).toBe('相談件数：\n22,103件');
    expect(joined.next.cells.filter((c) => c.row === 1).map((c) => c.text)).toEqual(['2', '次の事業', '実施']);
    expect(joined.next.rowEdges).toHaveLength(3);
  });

  it('leaves tables alone when the next row starts a new record or the columns differ', () => {
    const fresh = table([['2', '次の事業', '実施']], [50, 80]);
    expect(joinContinuedRows(previous, fresh)).toBeNull();
    const other = table([['', '続き', 'x']], [50, 80], [50, 200, 300, 450]);
    expect(joinContinuedRows(previous, other)).toBeNull();
  });
});

describe('tables cut by a page break', () => {
  it('keeps a row whose bottom border was not drawn (the page ended inside it) as a row', () => {
    const ys = [100, 130, 190];
    const rules = [
      ...ys.map((y) => hline(y, XS[0]!, XS[3]!)),
      // every column rule runs on to the page's content edge at 400, where the row breaks
      ...XS.map((x) => vline(x, 100, 400)),
    ];
    const runs = [run('番号', 55, 110), run('事業名', 155, 110), run('概要', 305, 110), run('1', 55, 150), run('事業', 155, 150), run('説明', 305, 150), run('2', 55, 250), run('切れた行', 155, 250), run('続きは次頁', 305, 250)];
    const [table] = layoutPage(page(runs, rules)).tables as [Table];
    expect(table.rowEdges).toEqual([100, 130, 190, 400]);
    expect(cellText(table, 2, 1)).toBe('切れた行');
  });

  it('keeps the continuation at the top of the next page, whose top border is missing', () => {
    const rules = [hline(120, XS[0]!, XS[3]!), hline(160, XS[0]!, XS[3]!), ...XS.map((x) => vline(x, 40, 160))];
    const runs = [run('', 55, 50), run('続き', 155, 50), run('の文', 305, 50), run('3', 55, 130), run('次', 155, 130), run('説明', 305, 130)];
    const [table] = layoutPage(page(runs, rules)).tables as [Table];
    expect(table.rowEdges).toEqual([40, 120, 160]);
    expect(cellText(table, 0, 1)).toBe('続き');
  });
});

describe('runs merged across a column rule', () => {
  it('splits a run at the word gap standing on a rule (pdf.js merged two cells of one baseline)', () => {
    const runs = [run('番号', 55, 110), run('事業名', 155, 110), run('概要', 305, 110), run('虐待防止事業 センターを設置', 85, 150)];
    const [table] = layoutPage(page(runs, gridRules(XS, YS))).tables as [Table];
    expect(cellText(table, 1, 0)).toBe('虐待防止事業');
    expect(cellText(table, 1, 1)).toBe('センターを設置');
  });

  it('leaves text overflowing its cell without a gap at the rule in the cell it starts in', () => {
    const runs = [run('番号', 55, 110), run('事業名', 155, 110), run('概要', 305, 110), run('とても長い名前がはみ出している', 55, 150)];
    const [table] = layoutPage(page(runs, gridRules(XS, YS))).tables as [Table];
    expect(cellText(table, 1, 0)).toBe('とても長い名前がはみ出している');
  });
});
