import { describe, expect, it } from 'vitest';
import { toTextDocument } from '../src/input/text.js';
import { parseText } from '../src/kinds/consultation-report/from-text.js';
import { fakeContext } from './consultation-report.support.js';

const parse = (text: string) => {
  const ctx = fakeContext();
  return { ...parseText(toTextDocument(text), ctx), warnings: ctx.warnings };
};
const slides = (...pages: string[]) => pages.join('\f');
const TITLE = ['あさひ町基幹相談支援センター', '令和4年度 活動報告', '令和5年6月2日(金)'].join('\n');

describe('charts under a slide heading marked with ■', () => {
  it('takes the heading for the title, not the label inside the doughnut', () => {
    const doc = parse(slides(TITLE, ['■ 相談者の障害種別（延べ）', '身体 20.0%', '知的 30.0%', '精神 50.0%', '延べ', '1,204件'].join('\n')));
    expect(doc.charts).toEqual([
      {
        title: '相談者の障害種別（延べ）',
        total: { value: 1204, unit: '件' },
        change: null,
        breakdown: [
          { label: '身体', share: 20, count: null },
          { label: '知的', share: 30, count: null },
          { label: '精神', share: 50, count: null },
        ],
        page: 2,
      },
    ]);
  });

  it('reads a bar chart of counts per organisation without shares or total', () => {
    const doc = parse(slides(TITLE, ['■ 連携した関係機関', '計画相談支援事業所 301', '医療機関 122', '学校 40'].join('\n')));
    expect(doc.charts.map((c) => [c.title, c.total, c.breakdown.map((s) => [s.label, s.count, s.share])])).toEqual([
      ['連携した関係機関', null, [['計画相談支援事業所', 301, null], ['医療機関', 122, null], ['学校', 40, null]]],
    ]);
    expect(doc.counts).toEqual([]);
  });
});

describe('a bar chart of counts under a plain slide title', () => {
  it('is a chart titled by the slide, its bars the slices; counts with a counter stay counts', () => {
    const doc = parse(slides(TITLE, ['関係機関との連絡調整', '相談支援事業所 812', '医療機関 431', '行政機関 388'].join('\n'), ['研修会の開催', '研修会 3回', '事例検討会 11回', '出前講座 5回'].join('\n')));
    expect(doc.charts.map((c) => [c.title, c.page, c.breakdown.map((s) => [s.label, s.count])])).toEqual([
      ['関係機関との連絡調整', 2, [['相談支援事業所', 812], ['医療機関', 431], ['行政機関', 388]]],
    ]);
    expect(doc.counts.map((c) => [c.value, c.unit])).toEqual([[3, '回'], [11, '回'], [5, '回']]);
  });
});

describe('tables of figures with a 構成比 column', () => {
  const rows = ['障害種別 件数 構成比', '身体 30件 25.0%', '知的 90 75.0%', '合計 120 100.0%'];

  it('gives one count per row, 合計 included, with its share and the counter of the count column', () => {
    for (const text of [rows.join('\n'), rows.join(' ').split(' ').join('   ')]) {
      const doc = parse(slides(TITLE, `■ 障害種別の相談件数\n${text}`));
      expect(doc.counts.map((c) => [c.label, c.value, c.unit, c.share, c.page])).toEqual([
        ['身体', 30, '件', 25, 2],
        ['知的', 90, '件', 75, 2],
        ['合計', 120, '件', 100, 2],
      ]);
      expect(doc.charts).toEqual([]);
    }
  });
});

describe('prose statistics', () => {
  const text = [
    '参考資料3',
    'みなみ県障害者相談の状況について',
    '平成29年度 相談件数240件、訪問回数96回',
    '相談者の内訳',
    '平成29年度 本人150件(62.5%)、家族90件(37.5%)',
    '平成30年度 本人150件(60.0%)、家族100件(40.0%)  令和元年度 本人170件(63.0%)',
    '相談内容別では、「年金相談」が84件で全体の35.0%でした。',
  ].join('\n');

  it('keeps each figure with the share printed after it and the year heading it falls under, in document order', () => {
    const doc = parse(text);
    expect(doc.title).toBe('みなみ県障害者相談の状況について');
    expect(doc.charts).toEqual([]);
    expect(doc.counts.map((c) => [c.label, c.value, c.unit, c.share, c.fiscalYear])).toEqual([
      ['相談件数', 240, '件', null, 2017],
      ['訪問回数', 96, '回', null, 2017],
      ['本人', 150, '件', 62.5, 2017],
      ['家族', 90, '件', 37.5, 2017],
      ['本人', 150, '件', 60, 2018],
      ['家族', 100, '件', 40, 2018],
      ['本人', 170, '件', 63, 2019],
      ['年金相談', 84, '件', 35, 2019],
    ]);
  });
});

describe('a national slide of rates by prefecture', () => {
  it('gives no charts and no counts from axis ticks and bar values', () => {
    const doc = parse(['セルフプラン率について(令和4年3月末時点)', '単位:%', '【全国平均15.6%】', '70.0', '60.0', '41.3', '40.2 3.3 3.6', '北青岩宮', '海森手城', '道県県県'].join('\n'));
    expect(doc.charts).toEqual([]);
    expect(doc.counts).toEqual([]);
  });
});
