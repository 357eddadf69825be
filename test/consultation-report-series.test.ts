/**
 * Figures over fiscal years in a consultation report: column charts (stacked or
 * clustered, series named by a legend) and tables with a column per year, read as
 * counts with their fiscal year; tables of figures with several count columns.
 */
import { describe, expect, it } from 'vitest';
import { toTextDocument } from '../src/input/text.js';
import { parseText } from '../src/kinds/consultation-report/from-text.js';
import { leadingTicks, seriesCounts, yearsOf } from '../src/kinds/consultation-report/series-charts.js';
import { readSeriesLayout } from '../src/kinds/consultation-report/series-layout.js';
import type { TextLine } from '../src/layout/types.js';
import { fakeContext } from './consultation-report.support.js';

const parse = (text: string) => {
  const ctx = fakeContext();
  return { ...parseText(toTextDocument(text), ctx), warnings: ctx.warnings };
};
const slides = (...pages: string[]) => pages.join('\f');
const brief = (counts: ReadonlyArray<{ label: string; value: number; unit: string | null; fiscalYear: number | null }>) =>
  counts.map((c) => [c.label, c.value, c.unit, c.fiscalYear]);

describe('charts over fiscal years', () => {
  it('splits a line of years and finds an axis at the start of a run of figures', () => {
    expect(yearsOf('R3 年度 R4 年度 令和５年度')).toEqual(['R3年度', 'R4年度', '令和5年度']);
    expect(yearsOf('R3年度 相談')).toBeNull();
    expect(leadingTicks([0, 1000, 2000, 3000, 2410, 2602])).toBe(4);
    expect(leadingTicks([4000, 3000, 2000, 1000, 0, 12])).toBe(5);
    expect(leadingTicks([0, 12, 30])).toBe(0);
  });

  it('reads a stacked chart by year from text in data order: categories, ticks, values series by series, legend', () => {
    const r = parse(slides('表紙', '相談件数の推移（延べ件数）\nR3 年度 R4 年度 R5 年度\n0\n1000\n2000\n3000\n2,410\n2,602 2,748\n1,020\n1,108\n1,167\n障害者 障害児'));
    expect(brief(r.counts)).toEqual([
      ['障害者', 2410, '件', 2021], ['障害者', 2602, '件', 2022], ['障害者', 2748, '件', 2023],
      ['障害児', 1020, '件', 2021], ['障害児', 1108, '件', 2022], ['障害児', 1167, '件', 2023],
    ]);
    expect(r.counts.every((c) => c.page === 2)).toBe(true);
    expect(r.charts).toEqual([]);
  });

  it('reads a clustered chart whose legend names the years, its categories on one line', () => {
    const r = parse(slides('表紙', '障害種別の実人数\n身体 知的 精神\n0\n50\n100\n10\n20\n30\n11\n22\n33\nR4年度 R5年度'));
    expect(brief(r.counts)).toEqual([
      ['身体', 10, '人', 2022], ['知的', 20, '人', 2022], ['精神', 30, '人', 2022],
      ['身体', 11, '人', 2023], ['知的', 22, '人', 2023], ['精神', 33, '人', 2023],
    ]);
  });

  it('names a single series by the chart title and leaves charts without years alone', () => {
    expect(brief(parse(slides('表紙', '相談件数の推移\nR4年度 R5年度\n0\n500\n1000\n812\n905')).counts)).toEqual([
      ['相談件数', 812, '件', 2022], ['相談件数', 905, '件', 2023],
    ]);
    // a bar chart of counts per organisation is a chart, not figures over years
    const bars = parse(slides('表紙', '関係機関との連携\n医療機関\n学校\n行政\n0 250 500\n431\n120\n96'));
    expect(bars.counts).toEqual([]);
    expect(bars.charts.map((c) => c.breakdown.map((s) => s.count))).toEqual([[431, 120, 96]]);
  });

  it('reads nothing when the values do not fill every bar', () => {
    const chart = { titles: ['相談件数の推移'], categories: ['R4年度', 'R5年度'], legend: ['障害者', '障害児'], values: [1, 2, 3].map((value) => ({ value, unit: null, raw: String(value) })) };
    expect(seriesCounts(chart, 1)).toBeNull();
  });

  it('reads a stacked chart from positions: bottom value first, legend below the categories', () => {
    const line = (text: string, x: number, y: number): TextLine => ({ text, box: { x0: x, y0: y, x1: x + 8 * text.length, y1: y + 12 }, vertical: false });
    const lines = [
      line('相談件数の推移（件数）', 30, 20),
      line('1,167', 300, 100), line('1,020', 100, 110),
      line('2,410', 100, 200), line('2,748', 300, 190),
      line('R3年度', 98, 300), line('R5年度', 298, 300),
    ];
    const legend = line('障害者 障害児', 170, 330);
    const [reading] = readSeriesLayout(lines, [legend], 3);
    expect(brief(reading!.counts)).toEqual([['障害者', 2410, '件', 2021], ['障害者', 2748, '件', 2023], ['障害児', 1020, '件', 2021], ['障害児', 1167, '件', 2023]]);
    expect(reading!.lines).not.toContain(legend);
  });
});

describe('tables of figures over fiscal years', () => {
  it('gives a count per row and year, the counter from the heading or the row label', () => {
    const r = parse(slides('表紙', '相談方法別 延べ件数（単位：件）\n相談方法 令和３年度 令和４年度\n電話 1,842 1,903\n合計 2,354 2,450', '項目 R4年度 R5年度\n実人数（人） 284 302'));
    expect(brief(r.counts)).toEqual([
      ['電話', 1842, '件', 2021], ['電話', 1903, '件', 2022], ['合計', 2354, '件', 2021], ['合計', 2450, '件', 2022],
      ['実人数', 284, '人', 2022], ['実人数', 302, '人', 2023],
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('warns about a row that lost its label instead of giving its figures another', () => {
    // the label at the slide's end would make the total disagree: it is not the row's
    const r = parse(slides('表紙', '件数の推移\n区分 R4年度 R5年度\n電話 10 12\n88 97\n合計 98 110\nメール'));
    expect(brief(r.counts).map((c) => c[0])).toEqual(['電話', '電話', '合計', '合計']);
    // and the total, which the bare row's figures still add to, is named as not adding up
    expect(r.warnings.map((w) => [w.code, w.page])).toEqual([['table-row-unlabelled', 2], ['table-total-mismatch', 2]]);
  });
  it('warns where a total row differs from the sum of the rows above it, and keeps the figures as printed', () => {
    const r = parse(slides('表紙', '延べ件数の推移\n区分 R4年度 R5年度\n電話 10 12\n来所 5 6\n合計 15 19'));
    expect(brief(r.counts).filter((c) => c[0] === '合計').map((c) => c[1])).toEqual([15, 19]);
    expect(r.warnings.map((w) => [w.code, w.page, w.message])).toEqual([['table-total-mismatch', 2, '延べ件数の推移 2023: the rows sum to 18, the 合計 row says 19']]);
  });
});

describe('tables of figures with several count columns', () => {
  it('gives a count per count column, each with its counter', () => {
    const r = parse(slides('表紙', '障害種別 実人数 延べ件数\n身体 41 512\n合計 274 3,482'));
    expect(r.counts.map((c) => [c.label, c.value, c.unit, c.share])).toEqual([
      ['身体', 41, '人', null], ['身体', 512, '件', null], ['合計', 274, '人', null], ['合計', 3482, '件', null],
    ]);
  });
  it('warns where a total row differs from the sum of the rows above it', () => {
    const r = parse(slides('表紙', '障害種別 件数 構成比\n身体 40 40.0%\n知的 60 60.0%\n合計 110 100.0%'));
    expect(r.counts.map((c) => c.value)).toEqual([40, 60, 110]);
    expect(r.warnings.map((w) => [w.code, w.page])).toEqual([['table-total-mismatch', 2]]);
  });
});
