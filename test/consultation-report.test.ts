import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toTextDocument } from '../src/input/text.js';
import type { LayoutDocument } from '../src/input/types.js';
import type { Block, LayoutPage, TextLine } from '../src/layout/types.js';
import { chartTitle, parseChange } from '../src/kinds/consultation-report/chart-parts.js';
import { detect } from '../src/kinds/consultation-report/detect.js';
import { detectKind } from '../src/kinds/index.js';
import { parseLayout } from '../src/kinds/consultation-report/from-layout.js';
import { parseText } from '../src/kinds/consultation-report/from-text.js';
import { pairSlices, tokenizeSliceLine } from '../src/kinds/consultation-report/slices.js';
import { splitSlides } from '../src/kinds/consultation-report/slides.js';
import { columnOrder } from '../src/kinds/consultation-report/plan-columns.js';
import { piecesOf } from '../src/kinds/consultation-report/unruled-tables.js';
import { fakeContext } from './consultation-report.support.js';

const slicesOf = (lines: string[], groups?: number[]) =>
  pairSlices(lines.flatMap((l, i) => tokenizeSliceLine(l, i, groups?.[i]))).slices.map((p) => p.slice);
const parse = (text: string, metrics = true) => {
  const ctx = fakeContext({ metrics });
  return { ...parseText(toTextDocument(text), ctx), warnings: ctx.warnings };
};
const slides = (...pages: string[]) => pages.join('\f');

describe('detect', () => {
  it('is sure of the seed deck', () => {
    expect(detect(readFileSync('fixtures/consultation-report.kurume.txt', 'utf8').split('\n'))).toBeGreaterThanOrEqual(0.9);
  });
  it('reads markers across widths and line wraps', () => {
    expect(detect(['基幹相談支援', 'センター', '令和５年度報告会', '相談', '方法', 'ｾﾙﾌﾌﾟﾗﾝ率'])).toBeGreaterThanOrEqual(0.5);
  });
  it('stays far below the right kind on the other kinds (plan tables state 相談件数 too)', () => {
    for (const f of ['plan-progress.kitakyushu.txt', 'target-sheet.kitakyushu.txt']) {
      const lines = readFileSync(`fixtures/${f}`, 'utf8').split('\n');
      expect(detect(lines)).toBeLessThan(0.5);
      expect(detectKind(lines).kind).not.toBe('consultation-report');
    }
  });
});

describe('slices', () => {
  it('pairs a label with the percent on the next line and cleans the label', () => {
    expect(slicesOf(['身 体,', '', '12.1%', '重症心身 0.1%'])).toEqual([
      { label: '身体', share: 12.1, count: null },
      { label: '重症心身', share: 0.1, count: null },
    ]);
  });
  it('reads two slices on one line', () => {
    expect(slicesOf(['訪問 12% 来所相談 5%', '難 病 0.4% その他 9.1%']).map((s) => [s.label, s.share])).toEqual([
      ['訪問', 12], ['来所相談', 5], ['難病', 0.4], ['その他', 9.1],
    ]);
  });
  it('splits a count glued to the next label', () => {
    expect(slicesOf(['福祉サービス事業所', '2699居宅介護事業所 (ヘルパー）', '614']).map((s) => [s.label, s.count])).toEqual([
      ['福祉サービス事業所', 2699], ['居宅介護事業所(ヘルパー）', 614],
    ]);
  });
  it('keeps a count and a percent of one slice together', () => {
    expect(slicesOf(['身体 23人 (12.1%)', '知的', '40人', '(21.0%)'])).toEqual([
      { label: '身体', share: 12.1, count: 23 },
      { label: '知的', share: 21, count: 40 },
    ]);
  });
  it('joins a label wrapped after a middle dot', () => {
    expect(slicesOf(['不安の解消・', '情緒安定', '23.4%'])[0]).toEqual({ label: '不安の解消・情緒安定', share: 23.4, count: null });
  });
  it('keeps numbers that belong to a label', () => {
    expect(slicesOf(['65歳以上 3.2%', '18歳未満', '1.5%']).map((s) => [s.label, s.share])).toEqual([['65歳以上', 3.2], ['18歳未満', 1.5]]);
  });
  it('reads values written before their labels', () => {
    expect(slicesOf(['12.1%', '身体', '20.9%', '知的', '49.0%', '精神']).map((s) => [s.label, s.share])).toEqual([
      ['身体', 12.1], ['知的', 20.9], ['精神', 49],
    ]);
  });
  it('joins a long label wrapped onto the next line, in text and in a block', () => {
    expect(slicesOf(['障害者就業・生活', '支援センター 214', '教育機関 126']).map((s) => [s.label, s.count])).toEqual([
      ['障害者就業・生活支援センター', 214], ['教育機関', 126],
    ]);
    // in a PDF the value may stand in a block of its own
    expect(slicesOf(['行政機関', '1,284', '', '障害者就業・生活', '支援センター', '', '214'], [0, 1, -1, 2, 2, -1, 3]).map((s) => [s.label, s.count])).toEqual([
      ['行政機関', 1284], ['障害者就業・生活支援センター', 214],
    ]);
    // a label set apart by a blank line is no part of the next one
    expect(slicesOf(['相談方法', '', '訪問 40%', '電話 60%']).map((s) => s.label)).toEqual(['訪問', '電話']);
  });
  it('pairs within a text group before pairing across groups', () => {
    // a block of three slices sits between a label and its percent in reading order
    const lines = ['身体,', '難 病 2.1%', 'その他 0.9%', '12.1%'];
    expect(slicesOf(lines, [0, 1, 1, 0]).map((s) => [s.label, s.share])).toEqual([['身体', 12.1], ['難病', 2.1], ['その他', 0.9]]);
  });
});

describe('bar charts as office suites export them', () => {
  it('pairs every category with the value in the same place of the value run, past the axis ticks', () => {
    const lines = ['行政機関', '医療機関', '教育機関', '0 200 400 600 800', '1,046', '688', '142'];
    expect(slicesOf(lines).map((s) => [s.label, s.count])).toEqual([['行政機関', 1046], ['医療機関', 688], ['教育機関', 142]]);
  });

  it('keeps numbers that are no axis (not from 0, or uneven)', () => {
    expect(slicesOf(['身体 12', '知的 30', '5 10 15']).map((s) => s.label)).toEqual(['身体', '知的']);
    expect(slicesOf(['A', 'B', 'C', '0 5 12', '1', '2', '3']).length).toBeLessThan(3);
  });
});

describe('chart parts', () => {
  it('reads 前年比 as a signed difference', () => {
    expect(parseChange('(前年比＋２９名)')).toBe(29);
    expect(parseChange('(前年比＋1,992件)')).toBe(1992);
    expect(parseChange('(前年比▲12件)')).toBe(-12);
    expect(parseChange('前年比 △ 3名')).toBe(-3);
    expect(parseChange('前年比 120件減')).toBe(-120);
    expect(parseChange('前年度比：+5件増')).toBe(5);
    expect(parseChange('前年比112%')).toBeNull();
    expect(parseChange('前年比')).toBeNull();
  });
  it('titles a chart by its heading without a trailing 内訳 or 別', () => {
    expect(chartTitle('【相談方法・内訳】')).toBe('相談方法');
    expect(chartTitle('【相談項目別】')).toBe('相談項目');
    expect(chartTitle('相談内容別')).toBe('相談内容');
    expect(chartTitle('【月平均の実利用者数（大人）】')).toBe('月平均の実利用者数（大人）');
    expect(chartTitle('【関係機関との連絡調整】')).toBe('関係機関との連絡調整');
    expect(chartTitle('【障害種別】')).toBe('障害種別');
    expect(chartTitle('≪年代別の内訳≫')).toBe('年代');
  });
});

describe('slides', () => {
  it('uses form feeds, else runs of blank lines, else no pages', () => {
    expect(splitSlides(toTextDocument('a\fb\fc\f')).map((s) => s.page)).toEqual([1, 2, 3]);
    expect(splitSlides(toTextDocument('a\n\nb\n\n\n\nc\n\n\n\n\nd')).map((s) => [s.page, s.lines.filter((l) => l).join('')])).toEqual([
      [1, 'ab'], [2, 'c'], [3, 'd'],
    ]);
    expect(splitSlides(toTextDocument('a\n\nb\nc')).map((s) => s.page)).toEqual([null]);
  });
  it('numbers the seed deck slide for slide', () => {
    const s = splitSlides(toTextDocument(readFileSync('fixtures/consultation-report.kurume.txt', 'utf8')));
    expect(s).toHaveLength(21);
    expect(s[12]!.lines.join('')).toContain('障害者総合');
  });
});

describe('tables', () => {
  it('orders columns by their header words, wrapped or reordered', () => {
    expect(columnOrder('セルフプラン事業所作成計画合計数ｾﾙﾌ率 (%)')).toEqual(['selfPlans', 'providerPlans', 'total', 'selfPlanRate']);
    expect(columnOrder('事業所\n作成計画\nセルフ\nプラン\n合計数 セルフ率')).toEqual(['providerPlans', 'selfPlans', 'total', 'selfPlanRate']);
    expect(columnOrder('セルフプラン 事業所作成計画 合計数', 'ｾﾙﾌ率 (%)')).toEqual(['selfPlans', 'providerPlans', 'total', 'selfPlanRate']);
    expect(columnOrder('')).toEqual(['selfPlans', 'providerPlans', 'total', 'selfPlanRate']);
  });
  it('reads rows on one line or one cell a line, titled by the lines above the header', () => {
    const oneLine = parse(slides('表紙', '障害者総合\n福祉法分\nセルフ\nプラン\n事業所\n作成計画\n合計数 ｾﾙﾌ率 (%)\nH27.3.31 706 977 1683 41.9\nR6.3.31 1,018 2,301 3,319 30.7'));
    const cellLines = parse(slides('表紙', '児童福祉法\n分\n\nセルフ\nプラン\n\n事業所\n作成計画\n\n合計数\n\nH27.3.31\n\n180\n\n105\n\n285\n\n63.2\n\nH28.3.31\n\n281\n182\n463\n60.7\n\nｾﾙﾌ率 (%)'));
    expect(oneLine.tables).toEqual([{
      title: '障害者総合福祉法分',
      rows: [
        { asOf: '2015-03-31', selfPlans: 706, providerPlans: 977, total: 1683, selfPlanRate: 41.9 },
        { asOf: '2024-03-31', selfPlans: 1018, providerPlans: 2301, total: 3319, selfPlanRate: 30.7 },
      ],
      page: 2,
    }]);
    expect(cellLines.tables[0]!.title).toBe('児童福祉法分');
    expect(cellLines.tables[0]!.rows[1]).toEqual({ asOf: '2016-03-31', selfPlans: 281, providerPlans: 182, total: 463, selfPlanRate: 60.7 });
  });
  it('reads a header wrapped inside its words and a table of sums named 合計', () => {
    const header = '年度末\nセル\nフ\nプラ\nン\n事業\n所\n作成\n計画\n合計\n数\nセルフ\nプラン\n率';
    const r = parse(slides('表紙', `障害者分\n${header}\nR5.3.31 10 30 40 25.0\n合計\n${header}\nR5.3.31 15 45 60 25.0`));
    expect(r.tables.map((t) => [t.title, t.rows[0]])).toEqual([
      ['障害者分', { asOf: '2023-03-31', selfPlans: 10, providerPlans: 30, total: 40, selfPlanRate: 25 }],
      ['合計', { asOf: '2023-03-31', selfPlans: 15, providerPlans: 45, total: 60, selfPlanRate: 25 }],
    ]);
    expect(r.warnings).toEqual([]);
  });
  it('keeps an impossible era date as written, with a warning', () => {
    const r = parse(slides('表紙', '障害児\nセルフプラン 事業所作成計画 合計数\nR1.3.31 10 20 30\nR2.3.31 11 21 32'));
    expect(r.tables[0]!.rows[0]).toMatchObject({ asOf: null, asOfRaw: 'R1.3.31', selfPlans: 10 });
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'era-date-invalid', page: 2 })]);
  });
});

describe('charts', () => {
  const adults = '身 体 40.0%\n知 的 60.0%\n【実利用者数（大人）】\n月平均\n100人\n(前年比▲５名)\n※障害分類は、重複あり。';
  const children = '身 体 30.0%\n知 的 70.0%\n【実利用者数（児童）】\n月平均\n50人\n(前年比＋2名)';

  it('reads total, change, notes and the truncation note that precedes the charts', () => {
    const r = parse(slides('表紙', '表内の％表記は全て小数点切り捨て', adults));
    expect(r.charts).toEqual([{
      title: '実利用者数（大人）',
      total: { value: 100, unit: '人' },
      change: -5,
      breakdown: [{ label: '身体', share: 40, count: null }, { label: '知的', share: 60, count: null }],
      overlapping: true,
      truncated: true,
      page: 3,
    }]);
  });
  it('splits two charts on one slide, labels before or after their heading', () => {
    const after = parse(slides('表紙', `${adults}\n${children}`)).charts;
    const before = parse(slides('表紙', '【相談方法】\n訪問 40%\n電話 60%\n相談件数\n200件\n【相談項目】\n就労 30%\n医療 70%\n190件')).charts;
    expect(after.map((c) => [c.title, c.total?.value, c.change, c.breakdown.length])).toEqual([
      ['実利用者数（大人）', 100, -5, 2], ['実利用者数（児童）', 50, 2, 2],
    ]);
    expect(before.map((c) => [c.title, c.total?.value, c.breakdown.map((s) => s.label).join()])).toEqual([
      ['相談方法', 200, '訪問,電話'], ['相談項目', 190, '就労,医療'],
    ]);
  });
  it('reads charts from text without any slide breaks', () => {
    const r = parse(`表紙\n${adults}\n${children}`);
    expect(r.charts.map((c) => [c.title, c.page, c.breakdown.length])).toEqual([['実利用者数（大人）', null, 2], ['実利用者数（児童）', null, 2]]);
  });
  it('without slide breaks, ends a heading-first chart at its 前年比 and starts one at a breakdown title', () => {
    const r = parse('表紙\n【利用者の年代】\n若年 20人\n高齢 30人\n50人\n前年比 △2名\n訪問先の内訳\n自宅 70%\n職場 30%\n訪問件数\n90件\n(前年比＋9件)\n地域の活動\n・見守り会議 6ケース');
    expect(r.charts.map((c) => [c.title, c.page, c.total?.value, c.change, c.breakdown.map((s) => s.label).join()])).toEqual([
      ['利用者の年代', null, 50, -2, '若年,高齢'],
      ['訪問先', null, 90, 9, '自宅,職場'],
    ]);
    expect(r.counts.map((c) => [c.value, c.unit, c.page])).toEqual([[6, 'ケース', null]]);
  });
  it('without slide breaks, keeps the previous slide\'s short lines out of a chart whose labels come first', () => {
    const r = parse('表紙\n【年代】\n若年 20人\n高齢 30人\n50人\n前年比＋2名\n東区・\n西区\n北区・\n南区\n窓口 60\n電話 40\n【連絡手段】\n合計\n100件\n(前年比＋4件)\n【利用目的】\n就労 40%\n余暇 60%\n実人数\n80人\n(前年比▲3名)');
    expect(r.charts.map((c) => [c.title, c.breakdown.map((s) => s.label).join()])).toEqual([
      ['年代', '若年,高齢'],
      ['連絡手段', '窓口,電話'],
      ['利用目的', '就労,余暇'],
    ]);
  });
  it('leaves a remark with a figure on a chart slide to the counts', () => {
    const r = parse(slides('表紙', '訪問 40%\n電話 60%\n【相談方法】\n相談件数\n200件\n前年より30件増加'));
    expect(r.charts[0]!.breakdown.map((s) => s.label)).toEqual(['訪問', '電話']);
    expect(r.counts.map((c) => [c.value, c.unit])).toEqual([[30, '件']]);
  });
  it('finds a total set apart from its 前年比 by the labels of a bar chart', () => {
    const r = parse(slides('表紙', '【関係機関】\n行政機関 300\n医療機関 200\n合計 600件\n相談支援事業所 100\n(前年比＋20件)'));
    expect(r.charts.map((c) => [c.total, c.change, c.breakdown.map((s) => s.label).join()])).toEqual([
      [{ value: 600, unit: '件' }, 20, '行政機関,医療機関,相談支援事業所'],
    ]);
  });
  it('titles a chart by a slide title without brackets that says it is a breakdown', () => {
    const r = parse(slides('表紙', '相談方法の内訳\n電話 60.0%\n来所 40.0%\n相談件数\n1,840件\n(前年比＋96件)'));
    expect(r.charts.map((c) => [c.title, c.total?.value, c.breakdown.map((s) => s.label).join()])).toEqual([['相談方法', 1840, '電話,来所']]);
  });
  it('does not make a chart of a bracketed heading over running text', () => {
    const r = parse(slides('表紙', '【今年度の取り組み】\n参加者 52名\n・研修会を開催し、事業所の方と学びを深めた。'));
    expect(r.charts).toEqual([]);
  });
});

describe('title slide and counts', () => {
  it('reads organisation, year, date and meeting', () => {
    const r = parse(slides('○○市\n障害者基幹相談支援センター\n令和６年度報告会\n令和7年7月29日(火)\n○○市地域自立支援協議会', '以上'));
    expect(r).toMatchObject({
      title: '○○市障害者基幹相談支援センター 令和6年度報告会',
      organization: '○○市障害者基幹相談支援センター',
      fiscalYear: 2024,
      date: '2025-07-29',
      meeting: '○○市地域自立支援協議会',
    });
  });
  it('finds the organisation after the year on a one-line title', () => {
    expect(parse(slides('令和5年度 △△町基幹相談支援センター活動報告', 'x'))).toMatchObject({ organization: '△△町基幹相談支援センター', fiscalYear: 2023 });
  });
  it('keeps activity figures and drops places, issue numbers, frequencies and chart repeats', () => {
    const r = parse(slides(
      '表紙',
      '行政 60%\n医療 40%\n【連絡調整】\n連携・調整\n1,000件\n(前年比＋10件)',
      '・市内36か所の事業所が参加\n\n・定例会（月１回）、研修会3回を開催\n\n機関紙 11号\n\n年間の連携・調整1,000件',
      '障害者・・・88件\n障害児・・・66件',
    ));
    expect(r.counts.map((c) => [c.value, c.unit, c.page])).toEqual([[3, '回', 3], [88, '件', 4], [66, '件', 4]]);
  });
  it('keeps a figure that equals a chart\'s total under other words: only a restatement is the chart\'s', () => {
    const r = parse(slides(
      '表紙',
      '行政 60%\n医療 40%\n【連絡調整】\n連携・調整\n1,000件\n(前年比＋10件)',
      '・訪問相談 延べ1,000件\n\n・同行支援 10件',
    ));
    expect(r.counts.map((c) => [c.value, c.unit, c.page])).toEqual([[1000, '件', 3], [10, '件', 3]]);
  });
  it('keeps a figure repeated in another section: only one printed figure is one count', () => {
    // two sections' figures, their year headings on the slides before (lost when the text has no slide breaks)
    const r = parse(slides('表紙', '成年後見対応(12ケース)\n\n成年後見対応(12ケース)'));
    expect(r.counts.map((c) => [c.label, c.value, c.unit])).toEqual([['成年後見対応', 12, 'ケース'], ['成年後見対応', 12, 'ケース']]);
  });
  it('states no counts when metrics are off', () => {
    expect(parse(slides('表紙', '障害者・・・88件'), false).counts).toEqual([]);
  });
});

describe('layout', () => {
  type Line = TextLine;
  it('estimates where the pieces of a joined line stand', () => {
    const pieces = piecesOf({ text: '作成計画 プラン', box: { x0: 596, y0: 122, x1: 725, y1: 135 }, vertical: false });
    expect(pieces.map((p) => [p.text, Math.round(p.box.x0), Math.round(p.box.x1)])).toEqual([['作成計画', 596, 648], ['プラン', 686, 725]]);
  });

  const line = (text: string, x: number, y: number): Line => ({ text, box: { x0: x, y0: y, x1: x + 10 * text.length, y1: y + 12 }, vertical: false });
  const block = (...lines: Line[]): Block => ({
    box: { x0: Math.min(...lines.map((l) => l.box.x0)), y0: lines[0]!.box.y0, x1: Math.max(...lines.map((l) => l.box.x1)), y1: lines[lines.length - 1]!.box.y1 },
    lines,
    text: lines.map((l) => l.text).join('\n'),
  });
  const page = (n: number, blocks: Block[], lines = blocks.flatMap((b) => b.lines)): LayoutPage => ({ page: n, width: 960, height: 540, lines, tables: [], blocks });

  it('pairs chart labels with the values of their own block and reads unruled tables by position', () => {
    const title = block(line('○○市基幹相談支援センター', 100, 100), line('令和5年度報告会', 100, 120));
    const heading = block(line('【障害種別】', 30, 30));
    const body = block(line('身 体,', 570, 148), line('12.1%', 570, 166));
    const other = block(line('難 病 2.1%', 170, 155), line('その他 85.8%', 170, 172));
    const total = block(line('189人', 420, 315), line('(前年比▲3名)', 380, 338));
    const caption = block(line('障害児分', 60, 60));
    const cells = [
      ['', '事業所作成計画', 'セルフプラン', '合計数'],
      ['R5.3.31', '20', '10', '30'],
      ['R6.3.31', '24', '12', '36'],
    ].map((row, r) => row.flatMap((text, c) => (text ? [line(text, 60 + 150 * c, 100 + 20 * r)] : [])));
    // without rules, the layout groups each column's cells into one block
    const columns = [0, 1, 2, 3].map((c) => block(...cells.flatMap((row) => row.filter((l) => l.box.x0 === 60 + 150 * c))));
    const doc: LayoutDocument = {
      format: 'pdf',
      pageCount: 3,
      pages: [page(1, [title]), page(2, [heading, body, other, total]), page(3, [caption, ...columns], [caption.lines[0]!, ...cells.flat()])],
    };
    const ctx = fakeContext();
    const r = parseLayout(doc, ctx);
    expect(r.organization).toBe('○○市基幹相談支援センター');
    expect(r.charts).toEqual([{
      title: '障害種別',
      total: { value: 189, unit: '人' },
      change: -3,
      breakdown: [{ label: '身体', share: 12.1, count: null }, { label: '難病', share: 2.1, count: null }, { label: 'その他', share: 85.8, count: null }],
      page: 2,
    }]);
    expect(r.tables).toEqual([{
      title: '障害児分',
      rows: [
        { asOf: '2023-03-31', selfPlans: 10, providerPlans: 20, total: 30, selfPlanRate: null },
        { asOf: '2024-03-31', selfPlans: 12, providerPlans: 24, total: 36, selfPlanRate: null },
      ],
      page: 3,
    }]);
    expect(r.counts).toEqual([]);
  });

  it('pairs crowded data labels by stacking (name over its value, centred) and titles the chart by a marked slide heading', () => {
    // an office suite's doughnut: small slices' labels crowd into one block, in no useful order
    const heading = block(line('■ 相談者の障害種別（実人数）', 30, 30));
    const crowded = block(line('難病', 200, 110), line('その他', 214, 106), line('高次脳機能障害', 150, 120), line('30.0%', 185, 128), line('20.0%', 204, 124), line('10.0%', 160, 138));
    const big = block(line('身体', 280, 200), line('40.0%', 265, 218));
    const centre = block(line('実人数', 220, 300), line('320人', 220, 318));
    const doc: LayoutDocument = { format: 'pdf', pageCount: 2, pages: [page(1, [block(line('表紙', 100, 100))]), page(2, [heading, crowded, big, centre])] };
    const r = parseLayout(doc, fakeContext());
    expect(r.charts.map((c) => [c.title, c.total?.value, c.breakdown.map((s) => `${s.label}${s.share}`).join()])).toEqual([
      ['相談者の障害種別（実人数）', 320, '難病30,その他20,高次脳機能障害10,身体40'],
    ]);
  });

  it('reads charts set side by side column by column', () => {
    // reading order by height interleaves the two charts' labels
    const blocks = [
      block(line('【大人】', 30, 40)),
      block(line('【児童】', 500, 40)),
      block(line('身体 40.0%', 100, 100)),
      block(line('身体 30.0%', 600, 100)),
      block(line('100人', 200, 200)),
      block(line('50人', 700, 200)),
      block(line('(前年比＋5名)', 180, 220)),
      block(line('(前年比－2名)', 680, 220)),
      block(line('知的 60.0%', 100, 300)),
      block(line('知的 70.0%', 600, 300)),
    ];
    const doc: LayoutDocument = { format: 'pdf', pageCount: 2, pages: [page(1, [block(line('表紙', 100, 100))]), page(2, blocks)] };
    const r = parseLayout(doc, fakeContext());
    expect(r.charts.map((c) => [c.title, c.total?.value, c.change, c.breakdown.map((s) => `${s.label}${s.share}`).join()])).toEqual([
      ['大人', 100, 5, '身体40,知的60'],
      ['児童', 50, -2, '身体30,知的70'],
    ]);
  });

  it('reads a middle dot some fonts map to U+2027 as ・', () => {
    const doc: LayoutDocument = {
      format: 'pdf',
      pageCount: 2,
      pages: [page(1, [block(line('表紙', 100, 100))]), page(2, [block(line('【相談内容】', 30, 30)), block(line('健康\u2027医療 40%', 100, 100), line('家計\u2027経済 60%', 100, 120)), block(line('200件', 300, 200))])],
    };
    expect(parseLayout(doc, fakeContext()).charts[0]!.breakdown.map((s) => s.label)).toEqual(['健康・医療', '家計・経済']);
  });
});
