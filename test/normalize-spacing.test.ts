import { describe, expect, it } from 'vitest';
import { closeNumberSpacing, collapseDistributed } from '../src/normalize/index.js';

describe('office-suite spacing', () => {
  it('joins a caption spread over its cell', () => {
    expect(collapseDistributed('担 当 部 局 健康福祉部 障害福祉課')).toBe('担当部局 健康福祉部 障害福祉課');
    expect(collapseDistributed('成 果 目 標')).toBe('成果目標');
    // two words a space apart are no distributed caption
    expect(collapseDistributed('健康福祉部 障害福祉課')).toBe('健康福祉部 障害福祉課');
    expect(collapseDistributed('R 3 年')).toBe('R 3 年');
  });

  it('closes autospacing around numbers in Japanese text', () => {
    expect(closeNumberSpacing('令和 3 年度は、7 人が移行しました。')).toBe('令和3年度は、7人が移行しました。');
    expect(closeNumberSpacing('成年後見制度の利用支援（ 18 ケース）')).toBe('成年後見制度の利用支援（18ケース）');
    expect(closeNumberSpacing('24 人')).toBe('24人');
    expect(closeNumberSpacing('数の 6%以上')).toBe('数の6%以上');
  });

  it('keeps the spaces that separate a label from its figure or open a heading', () => {
    expect(closeNumberSpacing('地域生活移行者数 7 人 15 人 22 人')).toBe('地域生活移行者数 7人 15人 22人');
    expect(closeNumberSpacing('相談件数 25,272件')).toBe('相談件数 25,272件');
    expect(closeNumberSpacing('1 相談支援の充実')).toBe('1 相談支援の充実');
    expect(closeNumberSpacing('平成26年度 168人')).toBe('平成26年度 168人');
  });
});
