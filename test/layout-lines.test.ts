import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT_SETTINGS as S, layoutPage, readingOrder, runsToLines } from '../src/layout/index.js';
import type { TextLine } from '../src/layout/index.js';
import { column, page, run } from './support/layout.js';

const texts = (lines: TextLine[]) => readingOrder(lines, (l) => l.box, () => 10, S).map((l) => l.text);

describe('runsToLines', () => {
  it('merges runs sharing a baseline left to right, without spaces between Japanese runs', () => {
    const lines = runsToLines([run('支援', 30, 100), run('相談', 10, 100), run('体制', 50.5, 100.8)], S);
    expect(lines.map((l) => l.text)).toEqual(['相談支援体制']);
    expect(lines[0]!.box).toMatchObject({ x0: 10, x1: 70.5 });
  });

  it('keeps a space between Latin words, and wherever the gap is wide', () => {
    const latin = runsToLines([run('Hello', 0, 0, 10), run('world', 52, 0, 10)], S);
    expect(latin[0]!.text).toBe('Hello world');
    const tight = runsToLines([run('身', 0, 0, 10), run('体,', 12, 0, 10)], S);
    expect(tight[0]!.text).toBe('身体,');
    const wide = runsToLines([run('H30', 0, 0, 10), run('R1', 45, 0, 10)], S);
    expect(wide[0]!.text).toBe('H30 R1');
  });

  it('splits a baseline into separate lines at a column-wide gap', () => {
    const lines = runsToLines([run('西部', 0, 0), run('東部', 200, 0)], S);
    expect(texts(lines)).toEqual(['西部', '東部']);
  });

  it('splits side-by-side texts on offset baselines at a word-wide gap (neighbouring chart data labels)', () => {
    const labels = runsToLines([run('同行', 0, 3, 12), run('5.0%', 36, 0, 12)], S);
    expect(texts(labels)).toEqual(['同行', '5.0%']);
    // one baseline, or a gap too narrow for a word, stays one line
    expect(texts(runsToLines([run('同行', 0, 0, 12), run('5.0%', 36, 0, 12)], S))).toEqual(['同行 5.0%']);
    expect(texts(runsToLines([run('同行', 0, 1, 12), run('5.0%', 25, 0, 12)], S))).toEqual(['同行5.0%']);
  });

  it('drops whitespace-only runs and runs drawn twice at the same place', () => {
    const lines = runsToLines([run('太字', 0, 0), run('太字', 0.2, 0), run(' ', 20, 0), run('です', 22, 0)], S);
    expect(lines.map((l) => l.text)).toEqual(['太字です']);
  });

  it('separates lines whose baselines differ by more than the tolerance', () => {
    const lines = runsToLines([run('一行目', 0, 0), run('二行目', 0, 12)], S);
    expect(texts(lines)).toEqual(['一行目', '二行目']);
  });
});

describe('vertical text', () => {
  it('reads a stack of one-glyph lines top to bottom as one line, arrows turned back', () => {
    const lines = runsToLines(column('計画（P）↓実施（D）', 40, 100, 10.5), S);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ text: '計画（P）→実施（D）', vertical: true });
  });

  it('keeps wider gaps inside one column (an arrow set apart) but splits far-apart stacks', () => {
    const glyphs = [...column('評価（C）', 40, 100), run('→', 40, 160), ...column('改善（A）', 40, 180), ...column('別の列', 40, 400)];
    expect(texts(runsToLines(glyphs, S))).toEqual(['評価（C）→改善（A）', '別の列']);
  });

  it('leaves short stacks and columns of lone digits as separate lines', () => {
    expect(texts(runsToLines(column('度', 0, 0), S))).toEqual(['度']);
    expect(texts(runsToLines(column('12', 0, 0), S))).toEqual(['1', '2']);
    expect(texts(runsToLines(column('123', 0, 0), S))).toEqual(['1', '2', '3']);
  });

  it('takes runs written top to bottom (dir ttb) as vertical lines', () => {
    const ttb = run('縦書き', 0, 0, 10, { vertical: true, box: { x0: 0, y0: 0, x1: 10, y1: 30 } });
    expect(runsToLines([ttb], S)).toMatchObject([{ text: '縦書き', vertical: true }]);
  });

  it('orders a vertical header before the text beside it', () => {
    const result = layoutPage(page([...column('計画', 10, 100), ...column('実施', 10, 121), run('本文', 40, 100)]));
    expect(result.lines.map((l) => l.text)).toEqual(['計画実施', '本文']);
  });
});

describe('readingOrder', () => {
  it('reads rows top to bottom and left to right within a row', () => {
    const lines = runsToLines([run('右上', 300, 10), run('左上', 10, 11), run('下', 10, 40)], S);
    expect(texts(lines)).toEqual(['左上', '右上', '下']);
  });
});

describe('gaps between Japanese runs', () => {
  it('reads a gap of about half a character as a space (a year and its figure set apart)', () => {
    const lines = runsToLines([run('平成26年度', 0, 0), run('168人', 65, 0)], S);
    expect(lines.map((l) => l.text)).toEqual(['平成26年度 168人']);
  });
});
