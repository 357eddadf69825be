import { describe, expect, it } from 'vitest';
import { COUNTERS, findQuantities, parseQuantity } from '../src/normalize/index.js';

describe('parseQuantity', () => {
  it.each<[string, number, string | null]>([
    ['22,103件', 22103, '件'],
    ['2，941件', 2941, '件'],
    ['43名', 43, '名'],
    ['１４３名', 143, '名'],
    ['1箇所', 1, '箇所'],
    ['1 箇所', 1, '箇所'],
    ['１箇所', 1, '箇所'],
    ['1か所', 1, 'か所'],
    ['36か所', 36, 'か所'],
    ['4ヶ所', 4, 'ヶ所'],
    ['7回', 7, '回'],
    ['19ケース', 19, 'ケース'],
    ['2,425冊', 2425, '冊'],
    ['980件（人）', 980, '件（人）'],
    ['1,200件（人）', 1200, '件（人）'],
    ['12.1%', 12.1, '%'],
    ['12.1％', 12.1, '%'],
    ['51.7名', 51.7, '名'],
    ['＋２９名', 29, '名'],
    ['▲3件', -3, '件'],
    ['約1,200人', 1200, '人'],
    ['189人', 189, '人'],
    ['3年', 3, '年'],
    ['706', 706, null],
    [' 2699 ', 2699, null],
  ])('%j → %d %s', (input, value, unit) => {
    expect(parseQuantity(input)).toEqual({ value, unit });
  });

  it.each([
    ['相談件数：22,103件'],
    ['件'],
    ['1,22件'],
    ['abc'],
    [''],
    ['706 977'],
  ])('%j is not one figure', (input) => {
    expect(parseQuantity(input)).toBeNull();
  });

  it('lists longer counters before their prefixes', () => {
    const list = COUNTERS as readonly string[];
    for (const [i, c] of list.entries()) {
      for (const longer of list.slice(i + 1)) {
        if (longer !== c) expect(longer.startsWith(c), `${longer} after ${c}`).toBe(false);
      }
    }
  });
});

describe('findQuantities', () => {
  const figures = (text: string) => findQuantities(text).map((q) => [q.raw, q.value, q.unit]);

  it.each<[string, Array<[string, number, string]>]>([
    ['相談件数：22,103件', [['22,103件', 22103, '件']]],
    ['身体障害者相談員43名、知的障害者相談員34名を配置し', [['43名', 43, '名'], ['34名', 34, '名']]],
    ['初任者研修等参加者：85人\n係長会議：7回', [['85人', 85, '人'], ['7回', 7, '回']]],
    ['相談支援件数（実人数）980件（人）', [['980件（人）', 980, '件（人）']]],
    ['（全２回、延べ１４３名が参加）', [['２回', 2, '回'], ['１４３名', 143, '名']]],
    ['相談支援事業所との連携・調整…2，941件', [['2，941件', 2941, '件']]],
    ['(前年比＋２９名)', [['＋２９名', 29, '名']]],
    ['オンライン開催1回、集合開催5回（平均参加者：51.7名）', [['1回', 1, '回'], ['5回', 5, '回'], ['51.7名', 51.7, '名']]],
    ['成年後見対応(19ケース)', [['19ケース', 19, 'ケース']]],
    ['市内36か所の相談支援事業所', [['36か所', 36, 'か所']]],
    // dates, fiscal years and ordinals are not quantities
    ['(平成28年11月6日 参加者：318名)', [['318名', 318, '名']]],
    ['平成27年12月より、聴覚障害（後天性）を追加。', []],
    ['令和2年度に3年間', [['3年', 3, '年']]],
    ['2023年8月1日', []],
    ['R5年度', []],
    ['第2回会議に10名', [['10名', 10, '名']]],
    ['５月に開催', []],
    // a dash between numbers is a range, not a minus
    ['1-2件', [['2件', 2, '件']]],
    ['▲3件', [['▲3件', -3, '件']]],
  ])('%j', (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  it('reports where each figure stands', () => {
    const text = '相談件数：22,103件';
    const [q] = findQuantities(text);
    expect(text.slice(q!.index, q!.index + q!.length)).toBe(q!.raw);
    expect(q!.index).toBe(5);
  });

  it('can be called repeatedly (no regex state carried over)', () => {
    expect(findQuantities('7回と8回')).toHaveLength(2);
    expect(findQuantities('7回と8回')).toHaveLength(2);
  });
});
