/** Tables ruled only across (src/layout/open-tables.ts): columns from the text's alignment. */
import { describe, expect, it } from 'vitest';
import { layoutPage, tableGrid } from '../src/layout/index.js';
import { hline, page, run } from './support/layout.js';

const X0 = 40;
const X1 = 560;
const rows = (ys: number[]) => ys.map((y) => hline(y, X0, X1));
const texts = (table: ReturnType<typeof layoutPage>['tables'][number]) => tableGrid(table).map((r) => r.map((c) => c?.text.replace(/ /g, '') ?? null));

describe('tables ruled only across', () => {
  it('takes the columns from the gutters and leaves a heading row across the table whole', () => {
    const content = page(
      [
        run('番号', 50, 104), run('事業名', 120, 104), run('担当課', 300, 104), run('評価', 450, 104),
        run('基本目標1 地域の暮らし', 50, 134),
        run('1', 50, 164), run('相談支援', 120, 164), run('福祉課', 300, 164), run('A', 450, 164),
        run('2', 50, 194), run('移動支援', 120, 194), run('福祉課', 300, 194), run('B', 450, 194),
        run('3', 50, 224), run('手話通訳者の派遣', 120, 224), run('障害福祉課', 300, 224), run('C', 450, 224),
      ],
      rows([100, 130, 160, 190, 220, 250]),
    );
    const [table] = layoutPage(content).tables;
    expect(texts(table!)).toEqual([
      ['番号', '事業名', '担当課', '評価'],
      Array(4).fill('基本目標1地域の暮らし'),
      ['1', '相談支援', '福祉課', 'A'],
      ['2', '移動支援', '福祉課', 'B'],
      ['3', '手話通訳者の派遣', '障害福祉課', 'C'],
    ]);
  });

  it('parts rows where the gap between lines is wider than within a cell (rules only between groups)', () => {
    const content = page(
      [
        run('番号', 50, 104), run('事業名', 120, 104), run('実績', 300, 104),
        run('1', 50, 120), run('相談支援', 120, 120), run('相談に応じた。', 300, 120), run('相談件数 22件', 300, 130),
        run('2', 50, 146), run('移動支援', 120, 146), run('外出を支えた。', 300, 146),
        run('3', 50, 166), run('手話通訳', 120, 166), run('通訳者を派遣した。', 300, 166), run('派遣件数 40件', 300, 176),
        run('4', 50, 196), run('点字広報', 120, 196), run('広報を届けた。', 300, 196),
      ],
      rows([100, 116, 162, 210]),
    );
    const [table] = layoutPage(content).tables;
    expect(texts(table!).map((r) => r[0])).toEqual(['番号', '1', '2', '3', '4']);
    expect(texts(table!)[1]![2]).toBe('相談に応じた。\n相談件数22件');
  });

  it('finds no table where the rules underline prose', () => {
    const content = page(
      [run('障害のある人が地域で安心して暮らせるよう、相談支援の体制を整えます。', 40, 104), run('また、移動の支援を充実します。', 40, 134), run('就労の支援も進めます。', 40, 164)],
      rows([100, 130, 160, 190]),
    );
    expect(layoutPage(content).tables).toEqual([]);
  });
});
