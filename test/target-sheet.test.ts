import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toTextDocument } from '../src/input/text.js';
import type { LayoutDocument } from '../src/input/types.js';
import type { TextLine } from '../src/layout/types.js';
import { matchCaption } from '../src/kinds/target-sheet/captions.js';
import { detect } from '../src/kinds/target-sheet/detect.js';
import { orderFigureBoxes } from '../src/document/reading-order.js';
import { parseLayout } from '../src/kinds/target-sheet/from-layout.js';
import { parseText } from '../src/kinds/target-sheet/from-text.js';
import { collapseVertical, type Item, type TextItem } from '../src/kinds/target-sheet/items.js';
import { councilOpinions } from '../src/kinds/target-sheet/reviews.js';
import { readTarget } from '../src/kinds/target-sheet/sheets.js';
import { readValue } from '../src/document/values.js';
import { findEraYear, readYearRow } from '../src/kinds/target-sheet/years.js';
import type { ParseContext } from '../src/kinds/types.js';
import type { Warning } from '../src/schema/common.js';

const fixtureText = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const texts = (...lines: string[]): TextItem[] => lines.map((text) => ({ kind: 'text', text, page: null }));

function context(): { ctx: ParseContext; warnings: Warning[] } {
  const warnings: Warning[] = [];
  return { warnings, ctx: { warn: (code, message, page) => warnings.push({ code, message, page }), extractMetrics: () => [] } };
}

function parse(text: string) {
  const { ctx, warnings } = context();
  return { ...parseText(toTextDocument(text), ctx), warnings };
}

/** A minimal sheet in pdftotext -raw style, for tests that vary one part of it. */
function sheet(parts: { heading?: string; target?: string; goal?: string[]; actuals?: string[]; reviews?: string[][] } = {}): string {
  const review = (year: string, evaluation: string, council: string, improvement: string) => [
    ...'評価（Ｃ）→改善（Ａ）'.split(''),
    ...year.split(''),
    '評価（Ｃ）', '【目標等を踏まえた評価、改善方策】', evaluation,
    '協議会等意見', '【評価等に対する意見】', council,
    '改善（Ａ）', '【次年度における取組等】', improvement,
  ];
  return [
    parts.heading ?? '第６期北九州市障害福祉計画の',
    '目標等の管理シート',
    '担当部局 保健福祉局 障害福祉部',
    parts.target ?? '成果目標 （３）地域生活支援拠点等の整備',
    ...'計画（Ｐ）→実施（Ｄ）'.split(''),
    '目標値',
    ...(parts.goal ?? ['○令和５年度末までの目標値', '地域生活支援拠点等の整備', '１箇所']),
    '【目標設定の考え方】', '国の指針に基づき、設定',
    ...(parts.actuals ?? ['○実施状況[各年度３月末現在]', 'Ｒ３ Ｒ４ Ｒ５', '拠点数', '０箇所 １箇所 １箇所']),
    '活動指標', '（内容）',
    ...(parts.reviews ?? [['Ｒ３年度', '検討しました。', '特になし', '整備します。']]).flatMap((r) => review(r[0]!, r[1]!, r[2]!, r[3]!)),
  ].join('\n');
}

describe('detect', () => {
  const seed = fixtureText('target-sheet.kitakyushu.txt').split('\n');

  it('is sure of the seed and of its lines in any order, width or wrapping', () => {
    expect(detect(seed)).toBeGreaterThanOrEqual(0.9);
    const blocksReversed = fixtureText('target-sheet.kitakyushu.txt').split(/\n\s*\n/).reverse().join('\n').split('\n');
    expect(detect(blocksReversed)).toBeGreaterThanOrEqual(0.9);
    const halfWidth = seed.map((l) => l.normalize('NFKC'));
    expect(detect(halfWidth)).toBeGreaterThanOrEqual(0.9);
    expect(detect(['目標等の', '管理シート', '評', '価', '(', 'C', ')', '改善(A)', '協議会', '等意見'])).toBeGreaterThanOrEqual(0.7);
  });

  it('scores the other kinds low', () => {
    expect(detect(fixtureText('plan-progress.kitakyushu.txt').split('\n'))).toBeLessThan(0.3);
    expect(detect(fixtureText('consultation-report.kurume.txt').split('\n'))).toBeLessThan(0.3);
    expect(detect([])).toBe(0);
  });
});

describe('vertical header text', () => {
  const kinds = (items: Item[]) => items.map((i) => (i.kind === 'year' ? `year:${i.year.fiscalYear}` : `${i.kind}:${i.text}`));

  it('recognises one-glyph-per-line headers and the year heading under them', () => {
    const items = collapseVertical(texts('評', '価', '（', 'Ｃ', '）', '→', '改', '善', '（', 'Ａ', '）', 'Ｈ', '３', '０', '年', '度', '評価（Ｃ）'));
    expect(kinds(items)).toEqual(['furniture:評価（C）→改善（A）', 'year:2018', 'text:評価（Ｃ）']);
  });

  it('reads 令和元年度 spelled out vertically and a whole-line header as a PDF reader gives it', () => {
    expect(kinds(collapseVertical(texts('令', '和', '元', '年', '度')))).toEqual(['year:2019']);
    expect(kinds(collapseVertical(texts('計画（P）→実施（D）', 'R1年度')))).toEqual(['furniture:計画（P）→実施（D）', 'year:2019']);
    expect(kinds(collapseVertical(texts('評', '価', '（', 'C', '）', 'H', '3', '0')))).toEqual(['furniture:評価（C）', 'year:2018']);
  });

  it('takes a lone step name for furniture only when set vertically (a side header cut by a page break)', () => {
    const items = collapseVertical([
      { kind: 'text', text: '評価（C）→', page: 1, vertical: true },
      { kind: 'text', text: '改善（A）', page: 2, vertical: true },
      { kind: 'text', text: '改善（A）', page: 2 },
    ]);
    expect(kinds(items)).toEqual(['furniture:評価（C）→', 'furniture:改善（A）', 'text:改善（A）']);
  });

  it('leaves short lines that spell anything else as text', () => {
    expect(kinds(collapseVertical(texts('Ｒ３', 'Ｒ４', 'Ｒ５')))).toEqual(['text:Ｒ３', 'text:Ｒ４', 'text:Ｒ５']);
    expect(kinds(collapseVertical(texts('す。', '評', '価', '（', 'Ｃ', '）')))).toEqual(['text:す。', 'furniture:評価（C）']);
    expect(kinds(collapseVertical(texts('評価（Ｃ）')))).toEqual(['text:評価（Ｃ）']);
  });
});

describe('captions', () => {
  it('match across any wrapping, with what follows on the last line left as text', () => {
    const m = matchCaption(texts('協議会', '等意見', 'x'), 0, ['council']);
    expect(m).toMatchObject({ section: 'council', next: 2, rest: null, sub: false });
    const wrapped = matchCaption(texts('【目標等', 'を踏まえ', 'た評価、改', '善方策】'), 0, ['evaluation']);
    expect(wrapped).toMatchObject({ section: 'evaluation', next: 4, sub: true });
    const sameLine = matchCaption(texts('評価（Ｃ） 国が拠点等を整備する'), 0, ['evaluation']);
    expect(sameLine?.rest?.text).toBe('国が拠点等を整備する');
  });

  it('tolerate text lines interleaved between their pieces, and hand them back', () => {
    const m = matchCaption(texts('協議会', '・急いで欲しいです。', '等意見'), 0, ['council']);
    expect(m?.next).toBe(3);
    expect(m?.skipped.map((i) => (i as TextItem).text)).toEqual(['・急いで欲しいです。']);
  });

  it('do not match inside a sentence or outside the allowed sections', () => {
    expect(matchCaption(texts('目標値を上回りました。'), 0, ['goal'])).toBeNull();
    expect(matchCaption(texts('評価（Ｃ）'), 0, ['council'])).toBeNull();
  });
});

describe('field readers', () => {
  it('read era years, flagging impossible ones', () => {
    expect(findEraYear('○令和２年度末までの目標値')).toEqual({ text: '令和2年度末', fiscalYear: 2020, problem: null });
    expect(findEraYear('平成31年度')?.fiscalYear).toBe(2019);
    expect(findEraYear('平成32年度末')).toMatchObject({ fiscalYear: 2020, problem: expect.stringContaining('平成') });
    expect(findEraYear('令和0年度')).toMatchObject({ fiscalYear: null, problem: expect.any(String) });
    expect(findEraYear('平成二○年度')?.fiscalYear).toBe(2008);
    expect(findEraYear('H2O')).toBeNull();
  });

  it('read header rows of years in any spelling and count', () => {
    expect(readYearRow('Ｈ３０ Ｒ１ Ｒ２')?.map((y) => y.fiscalYear)).toEqual([2018, 2019, 2020]);
    expect(readYearRow('平成30年度 令和元年度 令和2年度 令和3年度')?.map((y) => y.fiscalYear)).toEqual([2018, 2019, 2020, 2021]);
    expect(readYearRow('2021年度 2022年度')?.map((y) => y.fiscalYear)).toEqual([2021, 2022]);
    expect(readYearRow('地域生活支援拠点等 R3')).toBeNull();
  });

  it('read target headings with every code form', () => {
    expect(readTarget('成果目標 （3）地域生活支援拠点等の整備')).toEqual({ type: '成果目標', code: '3', title: '地域生活支援拠点等の整備' });
    expect(readTarget('成果目標(4)福祉施設から一般就労への移行等')?.code).toBe('4');
    expect(readTarget('活動指標 3-1 就労移行支援')).toEqual({ type: '活動指標', code: '3-1', title: '就労移行支援' });
    expect(readTarget('成果目標 3 相談支援体制')?.code).toBe('3');
    expect(readTarget('成果目標 ③ 拠点')?.code).toBe('3');
    expect(readTarget('活動指標')).toBeNull();
    expect(readTarget('活動指標（内容）')).toBeNull();
  });

  it('read figure cells: units, dashes as null, qualifiers kept raw', () => {
    expect(readValue('1箇所')).toEqual({ value: 1, unit: '箇所' });
    expect(readValue('1,234人')).toEqual({ value: 1234, unit: '人' });
    expect(readValue('-')).toEqual({ value: null, unit: null });
    expect(readValue('1箇所以上')).toEqual({ value: 1, unit: '箇所', raw: '1箇所以上' });
    expect(readValue('地域生活支援拠点等')).toBeNull();
  });

  it('split council opinions by bullet, wrapped lines joined; 特になし gives none', () => {
    expect(councilOpinions(['・地域生活支援拠点の整備を', '急いで欲しいです。', '・ 取り組みを具体化させて欲しいです。'])).toEqual([
      '地域生活支援拠点の整備を急いで欲しいです。',
      '取り組みを具体化させて欲しいです。',
    ]);
    expect(councilOpinions(['○ 周知を', 'お願いします。', '○ 研修を増やして欲しいです。'])).toHaveLength(2);
    expect(councilOpinions(['特になし'])).toEqual([]);
    expect(councilOpinions(['特に無し。'])).toEqual([]);
    expect(councilOpinions([])).toEqual([]);
    expect(councilOpinions(['一つ目の意見です。', '二つ目の意見です。'])).toEqual(['一つ目の意見です。', '二つ目の意見です。']);
  });
});

describe('parseText', () => {
  it('reads a sheet whatever the blank lines', () => {
    const dense = parse(sheet());
    const airy = parse(sheet().split('\n').join('\n\n'));
    expect(airy.sheets).toEqual(dense.sheets);
    expect(dense.sheets[0]).toMatchObject({
      target: { type: '成果目標', code: '3' },
      goal: { label: '地域生活支援拠点等の整備', value: 1, unit: '箇所', fiscalYear: 2023, deadline: '令和5年度末', note: null },
      actuals: [
        { fiscalYear: 2021, label: '拠点数', value: 0 },
        { fiscalYear: 2022, value: 1 },
        { fiscalYear: 2023, value: 1 },
      ],
      reviews: [{ fiscalYear: 2021, evaluation: '検討しました。', councilOpinions: [], improvement: '整備します。' }],
    });
    expect(dense.plan).toBe('第6期北九州市障害福祉計画');
    expect(dense.warnings).toEqual([]);
  });

  it('takes pages from form feeds, and counts one page per sheet without them', () => {
    const two = `${sheet()}\n${sheet({ target: '成果目標 （４）一般就労への移行' })}`;
    expect(parse(two).sheets.map((s) => [s.target.code, s.page])).toEqual([['3', 1], ['4', 2]]);
    const paged = `${sheet()}\f${sheet({ target: '成果目標 （４）一般就労への移行' }).replace('活動指標', '\f活動指標')}\f`;
    expect(parse(paged).sheets.map((s) => [s.target.code, s.page])).toEqual([['3', 1], ['4', 2]]);
    const longFirst = `${sheet().replace('活動指標', '2\f活動指標')}\f${sheet({ target: '成果目標 （４）一般就労への移行' })}`;
    const read = parse(longFirst);
    expect(read.sheets.map((s) => [s.target.code, s.page])).toEqual([['3', 1], ['4', 3]]);
    expect(read.sheets[0]!.rationale).toBe('国の指針に基づき、設定');
  });

  it('keeps the plan heading of a later sheet out of the sheet before it', () => {
    const two = parse(`${sheet()}\n${sheet({ target: '成果目標 （４）一般就労への移行' })}`);
    expect(two.sheets[0]!.reviews[0]!.improvement).toBe('整備します。');
  });

  it('reads dashes as null and keeps unreadable figures as text with a warning', () => {
    const read = parse(sheet({ actuals: ['○実施状況[各年度３月末現在]', 'Ｒ３ Ｒ４ Ｒ５', '拠点数', '０箇所 － 調整中'] }));
    expect(read.sheets[0]!.actuals).toEqual([
      { fiscalYear: 2021, label: '拠点数', value: 0, unit: '箇所' },
      { fiscalYear: 2022, label: '拠点数', value: null, unit: null },
      { fiscalYear: 2023, label: '拠点数', value: null, unit: null, raw: '調整中' },
    ]);
    expect(read.warnings.map((w) => w.code)).toEqual(['value-unparsed']);
  });

  it('reads the first row of a goal box with two figures, its note ending where the next row\'s label begins', () => {
    const actuals = ['○実施状況[各年度３月末現在]', 'Ｒ３ Ｒ４ Ｒ５', '移行者数 １人 ２人 －', '入所者の', '削減数 ３人 ４人 －'];
    const wrapped = ['○令和５年度末までの目標値', '移行者数 ７０人 令和元年度末入所者', '数の６％以上', '入所者の', '削減数 ２０人 令和元年度末入所者', '数の１．６％以上'];
    const oneLinePerCell = ['○令和５年度末までの目標値', '移行者数', '７０人', '令和元年度末入所者', '数の６％以上', '入所者の', '削減数', '２０人', '令和元年度末入所者'];
    for (const goal of [wrapped, oneLinePerCell]) {
      const { sheets, warnings } = parse(sheet({ goal, actuals }));
      expect(sheets[0]!.goal).toMatchObject({ label: '移行者数', value: 70, unit: '人', note: '令和元年度末入所者数の6％以上' });
      expect(sheets[0]!.actuals.map((a) => a.label)).toEqual(['移行者数', '移行者数', '移行者数', '入所者の削減数', '入所者の削減数', '入所者の削減数']);
      expect(warnings).toEqual([]);
    }
    // without actuals labels to go by, the next row begins on its figure's line
    const { sheets } = parse(sheet({ goal: wrapped, actuals: [] }));
    expect(sheets[0]!.goal).toMatchObject({ value: 70, note: '令和元年度末入所者数の6％以上入所者の' });
    // a note's own figures are no next row
    const note = parse(sheet({ goal: ['○令和５年度末までの目標値', '移行者数 ８４人 令和元年度実績の', '１．２７倍以上'] }));
    expect(note.sheets[0]!.goal).toMatchObject({ value: 84, note: '令和元年度実績の1.27倍以上' });
    const spaced = parse(sheet({ goal: ['○令和５年度末までの目標値', '拠点 １箇所 少なくとも 1 箇所を', '整備'] }));
    expect(spaced.sheets[0]!.goal).toMatchObject({ value: 1, note: '少なくとも1箇所を整備' });
  });

  it('reads the hyphenation point some producers give for ・ as ・', () => {
    const { sheets } = parse(sheet({ reviews: [['Ｒ３年度', '就業\u2027生活支援センターと連携しました。', '\u2027意見その一。\n\u2027意見その二。', '続けます。']] }));
    expect(sheets[0]!.reviews[0]).toMatchObject({ evaluation: '就業・生活支援センターと連携しました。', councilOpinions: ['意見その一。', '意見その二。'] });
  });

  it('reads several actuals rows, years one per line and figures one per line', () => {
    const read = parse(sheet({ actuals: ['○実施状況（各年度末）', '令和３年度', '令和４年度', '移行者数', '１２人', '２５人', '定着率', '８０％ ８５％'] }));
    expect(read.sheets[0]!.actualsAsOf).toBe('各年度末');
    expect(read.sheets[0]!.actuals.map((a) => [a.fiscalYear, a.label, a.value, a.unit])).toEqual([
      [2021, '移行者数', 12, '人'],
      [2022, '移行者数', 25, '人'],
      [2021, '定着率', 80, '%'],
      [2022, '定着率', 85, '%'],
    ]);
  });

  it('warns of an impossible era year and an unreadable goal, keeping the text', () => {
    const read = parse(sheet({ goal: ['○平成３２年度末までの目標値', '拠点等の整備', '検討中'] }));
    expect(read.sheets[0]!.goal).toEqual({ label: '拠点等の整備検討中', value: null, unit: null, fiscalYear: 2020, deadline: '平成32年度末', note: null });
    expect(read.warnings.map((w) => w.code)).toEqual(['era-year-invalid', 'value-unparsed']);
  });

  it('gives a review without a year heading the year after the one before it, with a warning', () => {
    const read = parse(sheet({ reviews: [['Ｒ３年度', 'a。', '特になし', 'b。'], ['', 'c。', '・意見です。', 'd。']] }));
    expect(read.sheets[0]!.reviews.map((r) => [r.fiscalYear, r.evaluation, r.councilOpinions])).toEqual([
      [2021, 'a。', []],
      [2022, 'c。', ['意見です。']],
    ]);
    expect(read.warnings.map((w) => w.code)).toEqual(['review-year-missing']);
  });

  it('fills several missing review years from the ones it has', () => {
    const read = parse(sheet({ reviews: [['', 'a。', '特になし', 'b。'], ['Ｒ４年度', 'c。', '特になし', 'd。'], ['', 'e。', '特になし', 'f。'], ['', 'g。', '特になし', 'h。']] }));
    expect(read.sheets[0]!.reviews.map((r) => r.fiscalYear)).toEqual([2021, 2022, 2023, 2024]);
  });

  it('does not take a sentence beginning with 成果目標3 or 担当課 for a new sheet', () => {
    const read = parse(sheet({ reviews: [['Ｒ３年度', '成果目標3の達成に向けて、', '特になし', '担当課と連携し進めます。']] }));
    expect(read.sheets).toHaveLength(1);
    expect(read.sheets[0]!.reviews[0]).toMatchObject({ evaluation: '成果目標3の達成に向けて、', improvement: '担当課と連携し進めます。' });
  });

  it('reads captions that share a line with their text', () => {
    const text = sheet().replace('評価（Ｃ）\n【目標等を踏まえた評価、改善方策】\n検討しました。', '評価（Ｃ） 【目標等を踏まえた評価、改善方策】 検討しました。');
    expect(text).toContain('改善方策】 検討');
    expect(parse(text).sheets[0]!.reviews[0]!.evaluation).toBe('検討しました。');
  });

  it('reads an activity indicator and a target split over two lines', () => {
    const read = parse(sheet({ target: '活動指標\n（２）計画相談支援の利用者数' }).replace('（内容）', '（内容）\n計画相談支援の利用者数の増加'));
    expect(read.sheets[0]!.target).toEqual({ type: '活動指標', code: '2', title: '計画相談支援の利用者数' });
    expect(read.sheets[0]!.activityIndicator).toBe('計画相談支援の利用者数の増加');
  });
});

describe('parseLayout', () => {
  const line = (text: string, x0: number, y0: number, width = 60): TextLine => ({ text, box: { x0, y0, x1: x0 + width, y1: y0 + 10 }, vertical: false });

  it('reads a goal box as label lines, figure, note lines', () => {
    const lines = [
      line('○令和2年度末までの目標値', 130, 147, 140),
      line('地域生活支援拠点等', 148, 169, 95),
      line('地域生活支援拠点又は', 313, 169, 105),
      line('1箇所', 262, 176, 32),
      line('の整備', 148, 184, 32),
      line('面的な体制', 313, 184, 52),
      line('【目標設定の考え方】', 130, 206, 105),
    ];
    expect(orderFigureBoxes(lines).map((l) => l.text)).toEqual([
      '○令和2年度末までの目標値', '地域生活支援拠点等', 'の整備', '1箇所', '地域生活支援拠点又は', '面的な体制', '【目標設定の考え方】',
    ]);
  });

  it('reads a sheet from ruled cells with a vertical year cell', () => {
    const cell = (row: number, col: number, rowSpan: number, ls: TextLine[]) => ({
      row, col, rowSpan, colSpan: 1, lines: ls, text: ls.map((l) => l.text).join('\n'),
      box: { x0: col * 100, y0: 100 + row * 100, x1: col * 100 + 100, y1: 100 + (row + rowSpan) * 100 },
    });
    const at = (text: string, col: number, row: number, dy = 0) => line(text, col * 100 + 5, 105 + row * 100 + dy);
    const review = cellsFor(cell, at);
    const doc: LayoutDocument = {
      format: 'pdf',
      pageCount: 1,
      pages: [{
        page: 1, width: 595, height: 842, blocks: [],
        lines: [line('第6期障害福祉計画の', 100, 20), line('目標等の管理シート', 100, 40)],
        tables: [{ box: { x0: 0, y0: 100, x1: 400, y1: 400 }, rowEdges: [100, 200, 300, 400], colEdges: [0, 100, 200, 300, 400], cells: review }],
      }],
    };
    const { ctx, warnings } = context();
    const read = parseLayout(doc, ctx);
    expect(read.plan).toBe('第6期障害福祉計画');
    expect(read.sheets[0]).toMatchObject({
      department: '障害福祉部',
      target: { code: '1' },
      reviews: [{ fiscalYear: 2021, evaluation: '進めました。', councilOpinions: ['意見です。'], improvement: '続けます。' }],
      page: 1,
    });
    expect(warnings).toEqual([]);
  });

  it('reads the side headers of a review table cut by a page break before its rows', () => {
    const cell = (row: number, col: number, ls: TextLine[]) => ({
      row, col, rowSpan: 1, colSpan: 1, lines: ls, text: ls.map((l) => l.text).join('\n'),
      box: { x0: 100 + (col - 1) * 100, y0: 600 + row * 50, x1: 200 + (col - 1) * 100, y1: 650 + row * 50 },
    });
    const vertical = (text: string, x0: number, y0: number): TextLine => ({ text, box: { x0, y0, x1: x0 + 10, y1: y0 + 80 }, vertical: true });
    const doc: LayoutDocument = {
      format: 'pdf',
      pageCount: 1,
      pages: [{
        page: 1, width: 595, height: 842, blocks: [],
        lines: [
          line('第6期障害福祉計画の', 100, 20), line('目標等の管理シート', 100, 40),
          line('担当部局 障害福祉部', 20, 60, 200), line('成果目標 （1）地域移行', 20, 80, 200),
          vertical('評価（C）→', 60, 605), vertical('R3年度', 80, 605), line('改善（A） 続けます。', 100, 710, 200),
        ],
        // the rows the layout found closed: evaluation and council, without the two side columns
        tables: [{
          box: { x0: 100, y0: 600, x1: 300, y1: 700 }, rowEdges: [600, 650, 700], colEdges: [100, 200, 300],
          cells: [cell(0, 1, [line('評価（C）', 105, 605)]), cell(0, 2, [line('進めました。', 205, 605)]), cell(1, 1, [line('協議会等意見', 105, 655)]), cell(1, 2, [line('特になし', 205, 655)])],
        }],
      }],
    };
    const { ctx, warnings } = context();
    const read = parseLayout(doc, ctx);
    expect(read.sheets[0]!.reviews).toEqual([{ fiscalYear: 2021, evaluation: '進めました。', councilOpinions: [], improvement: '続けます。' }]);
    expect(warnings).toEqual([]);
  });
});

/** Cells of a small form: header row, then one review group with a vertical year cell spanning its rows. */
function cellsFor(
  cell: (row: number, col: number, rowSpan: number, ls: TextLine[]) => any,
  at: (text: string, col: number, row: number, dy?: number) => TextLine,
) {
  return [
    cell(0, 0, 1, [at('担当部局', 0, 0)]),
    cell(0, 1, 1, [at('障害福祉部', 1, 0)]),
    cell(0, 2, 1, [at('成果目標', 2, 0)]),
    cell(0, 3, 1, [at('（1）地域移行', 3, 0)]),
    cell(1, 0, 2, [{ ...at('R3年度', 0, 1), vertical: true }]),
    cell(1, 1, 1, [at('評価（C）', 1, 1), at('【目標等を踏まえた評価、改善方策】', 1, 1, 12)]),
    cell(1, 2, 1, [at('進めました。', 2, 1)]),
    cell(1, 3, 1, [at('協議会等意見', 3, 1), at('・意見です。', 3, 1, 12)]),
    cell(2, 1, 1, [at('改善（A）', 1, 2)]),
    cell(2, 2, 1, [at('続けます。', 2, 2)]),
  ];
}
