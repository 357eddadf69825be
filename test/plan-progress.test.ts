import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toTextDocument } from '../src/input/text.js';
import type { LayoutDocument } from '../src/input/types.js';
import type { Cell, LayoutPage, Table, TextLine } from '../src/layout/types.js';
import type { Metric } from '../src/schema/common.js';
import { paragraphs, splitBody, widthProfile, type BodyLine } from '../src/kinds/plan-progress/body.js';
import { splitName, type ItemCells } from '../src/kinds/plan-progress/cells.js';
import { detect } from '../src/kinds/plan-progress/detect.js';
import { parseLayout } from '../src/kinds/plan-progress/from-layout.js';
import { parseText } from '../src/kinds/plan-progress/from-text.js';
import { goalExtent, parseGoal } from '../src/kinds/plan-progress/goal.js';
import { assignHeadings, type PageEvent } from '../src/kinds/plan-progress/headings.js';
import { headerRunLength, isFooter, isLegend, parseGoalYear, parseMarker, parseSectionShape, parseSubsection } from '../src/kinds/plan-progress/lines.js';
import { joinSplitFigures, locateItem, mergeContinuation, splitNameLine } from '../src/kinds/plan-progress/segment.js';
import { continueSharedTail } from '../src/kinds/plan-progress/cut-tail.js';
import { columnWidths, splitCutBody, type ColumnWidths } from '../src/kinds/plan-progress/split-row.js';
import { planNames, splitTail } from '../src/kinds/plan-progress/tail.js';
import { skeletonRows } from '../src/kinds/plan-progress/skeleton.js';
import { documentYears } from '../src/kinds/plan-progress/years.js';
import type { ParseContext } from '../src/kinds/types.js';

const body = (...lines: string[]): BodyLine[] => lines.map((text) => ({ text, blankBefore: false }));
const texts = (lines: readonly BodyLine[]) => lines.map((l) => l.text);
const seedLines = (name: string) => readFileSync(`fixtures/${name}`, 'utf8').split('\n');

/** A context without the dictionary: figures `label：N件` only, enough to see metrics pass through. */
function fakeContext(): ParseContext & { warnings: string[] } {
  const warnings: string[] = [];
  return {
    warnings,
    warn: (code) => warnings.push(code),
    extractMetrics: (text) =>
      [...text.matchAll(/([^\s：\n]+)：([0-9,]+)(件|人|回)/g)].map(
        (m): Metric => ({ label: m[1]!, value: Number(m[2]!.replace(/,/g, '')), unit: m[3]!, raw: m[0] }),
      ),
  };
}

describe('plan-progress detect', () => {
  it('scores the seed high and the other kinds low', () => {
    expect(detect(seedLines('plan-progress.kitakyushu.txt'))).toBeGreaterThan(0.9);
    expect(detect(seedLines('target-sheet.kitakyushu.txt'))).toBeLessThan(0.1);
    expect(detect(seedLines('consultation-report.kurume.txt'))).toBeLessThan(0.1);
  });

  it('counts headers wrapped over lines or printed in another order', () => {
    const lines = ['状況', '番号', '事業の方向性', '達成', '所管課', '目的', '事業', '事業概要', '数値目標達成状況及び現状分析、今後の', '課題'];
    expect(detect(lines)).toBeGreaterThan(0.5);
    expect(detect(['事業', '番号', '事業名'])).toBeLessThan(0.3);
  });
});

describe('plan-progress line vocabulary', () => {
  it('reads the achievement / direction marker with the cells beside it', () => {
    expect(parseMarker('b ○')).toEqual({ before: null, achievement: 'b', direction: '○', after: null });
    expect(parseMarker('継続して実施します。 b ○ 継続実施')).toEqual({ before: '継続して実施します。', achievement: 'b', direction: '○', after: '継続実施' });
    expect(parseMarker('ｃ　△')).toMatchObject({ achievement: 'c', direction: '△' });
    expect(parseMarker('a 完全に達成・終了したもの')).toBeNull();
    expect(parseMarker('相談件数：22,103件')).toBeNull();
  });

  it('tells page furniture from content', () => {
    expect(isFooter('【1-a】 1-10')).toBe(true);
    expect(isFooter('【拡充 3-e】165～168')).toBe(true);
    expect(isFooter('【新規】退院後生活環')).toBe(false);
    expect(isFooter('【1-a】 3-17 - 1 -')).toBe(true);
    expect(isFooter('【4-d】 88-90 3 / 3')).toBe(true);
    expect(isLegend('a 完全に達成・終了したもの b 具体的に取り組んでおり、今後も継続して推進するもの')).toBe(true);
    expect(isLegend('b ○ 継続実施')).toBe(false);
  });

  it('reads headings and goal years', () => {
    expect(parseSubsection('（ｅ）精神障害のある人への地域生活の支援')).toEqual({ level: 'subsection', code: 'e', title: '精神障害のある人への地域生活の支援' });
    expect(parseSectionShape('３　充実した福祉サービスの提供')).toEqual({ level: 'section', code: '3', title: '充実した福祉サービスの提供' });
    expect(parseGoalYear('平成26年度  168人')).toEqual({ year: '平成26年度', rest: '168人' });
    expect(parseGoalYear('令和元年度')).toEqual({ year: '令和元年度', rest: '' });
    expect(parseGoalYear('平成26年度168人')).toEqual({ year: '平成26年度', rest: '168人' });
    expect(parseGoalYear('平成２９年度も継続実施します。')).toBeNull();
  });
});

describe('plan-progress header blocks and name lines', () => {
  it('finds a header block whose cells wrap anywhere, and no further', () => {
    const lines = ['事業', '番号', '事業名 事業概要 令和４年度の実施状況', '事業の方', '向性', '（６年', '度）', '数値目標達成状況及び現状分', '析、今後の課題', '所管課', '3', '相談事業'];
    expect(headerRunLength(lines, 0)).toBe(10);
    expect(headerRunLength(['目的', '達成', '状況'], 0)).toBe(3);
    expect(headerRunLength(['状況', 'を把握しました。'], 0)).toBe(0);
    expect(headerRunLength(['事業', '所管課', '3'], 0)).toBe(2);
  });

  it('splits the summary\'s first line off a name line printed on its baseline', () => {
    expect(splitNameLine('障害者110番事業 障害のある人の権利擁護や日常生活')).toEqual({ name: '障害者110番事業', body: '障害のある人の権利擁護や日常生活' });
    expect(splitNameLine('【新規】 ピアサポート推進事業')).toEqual({ name: '【新規】 ピアサポート推進事業', body: null });
    expect(splitNameLine('相談支援体制の構築 【拡充】')).toEqual({ name: '相談支援体制の構築 【拡充】', body: null });
  });

  it('puts a counter wrapped away from its number back on the number\'s line', () => {
    expect(texts(joinSplitFigures(body('令和元年度 12か', '所', '実地指導件数 60', '件', '新たに', '人材を')))).toEqual(['令和元年度 12か所', '実地指導件数 60件', '新たに', '人材を']);
  });

  it('separates 継続実施 from the assessment printed on the marker line', () => {
    const item = locateItem(body('17 虐待防止事業', '虐待防止の研修を行います。', 'b ○ 継続実施 通報件数は前年度並みでした。', '障害福祉課'), 1);
    expect(texts(item!.after)).toEqual(['継続実施', '通報件数は前年度並みでした。', '障害福祉課']);
  });
});

describe('plan-progress body split', () => {
  it('cuts summary / results / plans at paragraph ends without blank lines', () => {
    const split = splitBody(
      body(
        '障害のある人の地域活動を推進す', 'るため、相談員を配置します。',
        '身体障害者相談員43名を配置し、障', '害者の相談に応じました。',
        '相談件数：120件',
        '引き続き、相談員の資質向上に努め', 'ます。',
      ),
      { summary: null, later: null },
    );
    expect(texts(split.summary)).toEqual(['障害のある人の地域活動を推進す', 'るため、相談員を配置します。']);
    expect(texts(split.results)).toEqual(['身体障害者相談員43名を配置し、障', '害者の相談に応じました。', '相談件数：120件']);
    expect(texts(split.plans)).toEqual(['引き続き、相談員の資質向上に努め', 'ます。']);
  });

  it('keeps a two-paragraph summary together when its column is narrower', () => {
    const lines = body(
      'ピアサポーターが、精神科病院を', '訪問し、退院に向けた支援を行い', 'ます。',
      'また、ピアサポーターを相談支援', '事業所へ派遣し、退院支援を行い', 'ます。',
      '相談支援事業者等を対象とする研修会', 'にピアサポーターが参加し、活動内容', 'の周知を行いました。',
      '平成２９年度も継続実施していきま', 'す。',
    );
    const profile = { summary: 15, later: 17 };
    const split = splitBody(lines, profile);
    expect(split.summary).toHaveLength(6);
    expect(split.results).toHaveLength(3);
    expect(split.plans).toHaveLength(2);
  });

  it('learns the column widths from first and last paragraphs', () => {
    const item = body('北九州市障害者地域生活支援セン', 'ターを機能強化します。', '相談を実施しました。', '引き続き、出前相談など丁寧な相談支', '援を行います。');
    expect(widthProfile([item, item])).toEqual({ summary: 15, later: 17 });
    expect(paragraphs(body('（全２回、延べ１４３名が参加）', '研修内容を再検討します。'))).toHaveLength(2);
  });
});

describe('plan-progress goal cell', () => {
  it('reads baseline and target with wrapped labels', () => {
    const goal = parseGoal(['平成26年度', '発達障害者支援セン', 'ター箇所数　2箇所', '相談支援件数', '（実人数）', '980件（人）', '平成29年度', '発達障害者支援セン', 'ター箇所数　2箇所', '相談支援件数', '（実人数）', '1,200件（人）']);
    expect(goal.baseline).toEqual({
      fiscalYear: 2014,
      metrics: [
        { label: '発達障害者支援センター箇所数', value: 2, unit: '箇所', raw: '発達障害者支援センター箇所数 2箇所' },
        { label: '相談支援件数（実人数）', value: 980, unit: '件（人）', raw: '相談支援件数（実人数）980件（人）' },
      ],
    });
    expect(goal.target?.fiscalYear).toBe(2017);
    expect(goal.target?.metrics.map((m) => m.value)).toEqual([2, 1200]);
  });

  it('puts a bullet group before its labels and shares a heading label over both years', () => {
    const grouped = parseGoal(['令和元年度', '・地域移行支援', '　利用人数 　6人', '・地域定着支援', '　利用人数　30人', '令和５年度', '・地域移行支援', '　利用人数　 30人']);
    expect(grouped.baseline?.metrics.map((m) => [m.label, m.value, m.raw])).toEqual([
      ['地域移行支援利用人数', 6, '地域移行支援 利用人数 6人'],
      ['地域定着支援利用人数', 30, '地域定着支援 利用人数 30人'],
    ]);
    expect(grouped.target).toMatchObject({ fiscalYear: 2023, metrics: [{ label: '地域移行支援利用人数', value: 30 }] });
    const shared = parseGoal(['区役所窓口職員等の', '研修参加数', '平成26年度  168人', '平成29年度　289人']);
    expect(shared.baseline?.metrics).toEqual([{ label: '区役所窓口職員等の研修参加数', value: 168, unit: '人', raw: '168人' }]);
    expect(shared.text).toBe('区役所窓口職員等の研修参加数 平成26年度 168人 平成29年度 289人');
  });

  it('reads 継続実施 and finds where the goal cell ends', () => {
    expect(parseGoal(['継続実施'])).toEqual({ continuing: true, baseline: null, target: null, text: '継続実施' });
    expect(goalExtent(['継続実施', 'サービス等が多様化する中で、相'])).toBe(1);
    const after = ['平成26年度', '設置箇所数　1箇所', '相談件数　25,272件', '平成29年度', '設置箇所数　1箇所', '相談件数　43,669件', '個別サービスである計画相談支援', 'の導入に伴い、'];
    expect(goalExtent(after)).toBe(6);
    expect(goalExtent(['令和５年度 50人', '相談件数は前年度に比べ300件ほど', '増加した。'])).toBe(1);
  });
});

describe('plan-progress narrow cells and names', () => {
  it('splits assessment, related plans and department from the end', () => {
    const tail = splitTail(['必要があります。', '北九州の地', '域福祉2011', '～2020', '第四次北九', '州市高齢者', '支援計画', '保健福祉局', '地域福祉推', '進課']);
    expect(tail.assessment).toEqual(['必要があります。']);
    expect(planNames(tail.related)).toEqual(['北九州の地域福祉2011～2020', '第四次北九州市高齢者支援計画']);
    expect(tail.department.join('')).toBe('保健福祉局地域福祉推進課');
    expect(splitTail(['なってきます。', '保健福祉局', '障害者支援', '課'])).toEqual({ assessment: ['なってきます。'], related: [], department: ['保健福祉局', '障害者支援', '課'] });
    expect(planNames(['「元気発', '進！子ども', 'プラン」'])).toEqual(['「元気発進！子どもプラン」']);
  });

  it('does not take a short last line of the assessment into the department', () => {
    expect(splitTail(['特になし', '保健福祉局障害者支援課'])).toEqual({ assessment: ['特になし'], related: [], department: ['保健福祉局障害者支援課'] });
    expect(splitTail(['す。', '保健福祉局', '障害福祉企画課']).department).toEqual(['保健福祉局', '障害福祉企画課']);
  });

  it('takes tags wherever they stand in the name', () => {
    expect(splitName(['【新規】退院後生活環', '境相談員の支援'])).toEqual({ name: '退院後生活環境相談員の支援', tags: ['新規'] });
    expect(splitName(['新たな障害者相談支援', '体制の構築【拡充】'])).toEqual({ name: '新たな障害者相談支援体制の構築', tags: ['拡充'] });
  });
});

describe('plan-progress headings and years', () => {
  const h = (level: 'section' | 'subsection', code: string): PageEvent => ({ type: 'heading', heading: { level, code, title: `t${code}` } });

  it('gives headings after a page\'s rows to its groups, aligned to the end', () => {
    const events: PageEvent[] = [{ type: 'group' }, { type: 'item', id: 1 }, { type: 'group' }, { type: 'item', id: 2 }, h('section', '4'), h('subsection', 'a')];
    const previous = { section: { code: '3', title: 't3' }, subsection: { code: 'e', title: 'te' } };
    const { byItem, state } = assignHeadings(events, previous);
    expect(byItem.get(1)).toEqual(previous);
    expect(byItem.get(2)).toEqual({ section: { code: '4', title: 't4' }, subsection: { code: 'a', title: 'ta' } });
    expect(state).toEqual(byItem.get(2));
  });

  it('spreads a page\'s headings drawn together above its first table over that table and the next', () => {
    const events: PageEvent[] = [h('section', '1'), h('subsection', 'a'), h('subsection', 'b'), { type: 'group' }, { type: 'item', id: 3 }, { type: 'group' }, { type: 'item', id: 14 }];
    const { byItem } = assignHeadings(events, { section: null, subsection: null });
    expect(byItem.get(3)?.subsection?.code).toBe('a');
    expect(byItem.get(14)?.subsection?.code).toBe('b');
  });

  it('gives headings before rows to those rows', () => {
    const events: PageEvent[] = [h('section', '3'), h('subsection', 'e'), { type: 'group' }, { type: 'item', id: 7 }];
    expect(assignHeadings(events, { section: null, subsection: null }).byItem.get(7)?.subsection?.code).toBe('e');
  });

  it('reads the results and plans years from the column headers', () => {
    expect(documentYears('事業概要令和元年度の実施状況令和2年度の取組予定')).toEqual({ results: 2019, plans: 2020, era: '令和' });
    expect(documentYears('平成28年度の実施状況平成26年度')).toMatchObject({ results: 2016, plans: 2017 });
  });
});

describe('plan-progress rows cut by a page break', () => {
  it('continues the cells left unfinished, department last', () => {
    const cells: ItemCells = {
      no: 7, page: 1, name: ['相談事業'], summary: ['相談を受けます。'], results: ['相談件数：10件'], plans: ['継続して実施します。'],
      achievement: 'b', direction: '○', goal: ['継続実施'], assessment: ['関係機関との連携を一層進'], related: [], department: [],
    };
    const merged = mergeContinuation(cells, body('めていく必要があります。', '保健福祉局', '障害者支援', '課'));
    expect(merged.assessment).toEqual(['関係機関との連携を一層進', 'めていく必要があります。']);
    expect(merged.department).toEqual(['保健福祉局', '障害者支援', '課']);
  });

  it('continues a goal whose target block was cut, before the assessment', () => {
    const cells: ItemCells = {
      no: 72, page: 1, name: ['地域移行支援'], summary: ['支援します。'], results: ['実施しました。'], plans: ['進めます。'],
      achievement: 'b', direction: '○', goal: ['令和元年度', '・地域移行支援', '利用人数 8人', '令和5年度'], assessment: ['課題です。'], related: [], department: ['障害福祉課'],
    };
    const merged = mergeContinuation(cells, body('・地域移行支援', '利用人数 30人'));
    expect(merged.goal).toEqual(['令和元年度', '・地域移行支援', '利用人数 8人', '令和5年度', '・地域移行支援', '利用人数 30人']);
    expect(merged.assessment).toEqual(['課題です。']);
  });

  // every cell cut at the same height: the summary runs into the results with no sentence end
  const widths: ColumnWidths = {
    summary: { wrap: 8, max: 8 },
    results: { wrap: 10, max: 10.5 },
    plans: { wrap: 8, max: 8 },
    assessment: null,
  };
  const profile = { summary: 8, later: 10 };

  it('tells the cells of a row cut mid-sentence apart by their column widths', () => {
    const first = body('一般の避難所での', '生活が困難な人の', '社会福祉施設と新たに', '協定を締結しました。', '運営手順を見直し', 'ます。');
    const rest = body('ために、協定を結', 'びます。', '協定締結数：18か所');
    const split = splitCutBody(first, rest, ['課題です。'], widths, profile)!;
    expect(texts(split.summary)).toEqual(['一般の避難所での', '生活が困難な人の', 'ために、協定を結', 'びます。']);
    expect(texts(split.results)).toEqual(['社会福祉施設と新たに', '協定を締結しました。', '協定締結数：18か所']);
    expect(texts(split.plans)).toEqual(['運営手順を見直し', 'ます。']);
    expect(split.rest).toEqual([]);
  });

  it('leaves the rest of a cut assessment for the cells right of the marker', () => {
    const first = body('障害のある人の相談を', '受けます。', '相談件数：10件', '継続して実施します。');
    const rest = body('めていく必要があります。', '保健福祉局');
    const split = splitCutBody(first, rest, ['関係機関との連携を一層進'], widths, profile)!;
    expect(texts(split.summary)).toEqual(['障害のある人の相談を', '受けます。']);
    expect(texts(split.rest)).toEqual(['めていく必要があります。', '保健福祉局']);
  });

  it('takes apart continuation lines where cells sharing a baseline stand on one line', () => {
    const cells: ItemCells = {
      no: 9, page: 1, name: ['移動支援事業'], summary: ['支援します。'], results: ['実施しました。'], plans: ['進めます。'],
      achievement: 'a', direction: '○', goal: ['利用者数', '平成30年度 10人'],
      assessment: ['利用者は順調に増えて', 'いますが、事業所の', '「北区地域', '福祉計', '市民局地', '域支援'],
      related: [], department: [],
    };
    const rest = body('令和4年度 20人 確保が課題です。', '画」 課');
    const merged = continueSharedTail(cells, rest, { wrap: 10, max: 10 })!;
    expect(merged.goal).toEqual(['利用者数', '平成30年度 10人', '令和4年度 20人']);
    expect(merged.assessment).toEqual(['利用者は順調に増えて', 'いますが、事業所の', '確保が課題です。']);
    expect(merged.related).toEqual(['「北区地域', '福祉計', '画」']);
    expect(merged.department).toEqual(['市民局地', '域支援', '課']);
  });

  it('leaves a continuation without a goal year block to the cell-by-cell merge', () => {
    const cells: ItemCells = {
      no: 7, page: 1, name: ['相談事業'], summary: ['相談を受けます。'], results: ['相談件数：10件'], plans: ['継続して実施します。'],
      achievement: 'b', direction: '○', goal: ['継続実施'], assessment: ['関係機関との連携を一層進'], related: [], department: [],
    };
    expect(continueSharedTail(cells, body('めていく必要があります。', '保健福祉局'), { wrap: 10, max: 10 })).toBeNull();
  });

  it('learns each column\'s wrap width from whole rows', () => {
    const row = { summary: ['一般の避難所での', '生活が困難な人の', 'ためです。'], results: ['社会福祉施設と新たに', '協定を締結しました。'], plans: ['運営マニュアルを見', '直します。'], assessment: [] };
    const learnt = columnWidths([row, row, row]);
    expect(learnt.summary).toEqual({ wrap: 8, max: 8 });
    expect(learnt.results).toEqual({ wrap: 10, max: 10 });
    expect(learnt.plans).toEqual({ wrap: 9, max: 9 });
    expect(learnt.assessment).toBeNull();
  });
});

describe('plan-progress text parser', () => {
  const item = (no: string, name: string) => [
    no, name,
    '相談支援体制を構築します。',
    '相談支援を実施しました。',
    '相談件数：1,204件',
    '引き続き、相談支援を行います。',
    'b ○',
    '継続実施',
    '相談機関との連携が必要です。',
    '保健福祉局',
    '障害者支援課',
  ];

  it('reads items, pages at form feeds, and the number on the name line', () => {
    const text = [
      '障害者計画進捗状況管理表', '～28', '年度', '29年', '度', ...item('1', '相談事業【新規】'),
      '１　相談システムの構築', '（ａ）相談体制の確立', '平成28年度の実施状況', '平成29年度の取組予定', '【1-a】 1-2',
      '\f障害者計画進捗状況管理表', '～28', '年度', '29年', '度', ...item('2 地域相談支援事業', '').filter((l) => l !== ''),
    ].join('\n');
    const ctx = fakeContext();
    const out = parseText(toTextDocument(text), ctx);
    expect(out.title).toBe('障害者計画進捗状況管理表');
    expect(out.items.map((i) => [i.no, i.name, i.tags, i.page, i.subsection?.code])).toEqual([
      [1, '相談事業', ['新規'], 1, 'a'],
      [2, '地域相談支援事業', [], 2, 'a'],
    ]);
    const first = out.items[0]!;
    expect(first.results).toEqual({ fiscalYear: 2016, text: '相談支援を実施しました。\n相談件数：1,204件', metrics: [{ label: '相談件数', value: 1204, unit: '件', raw: '相談件数：1,204件' }] });
    expect(first.plans).toEqual({ fiscalYear: 2017, text: '引き続き、相談支援を行います。' });
    expect(first.goal!.continuing).toBe(true);
    expect(first.assessment).toBe('相談機関との連携が必要です。');
    expect(first.department).toBe('保健福祉局障害者支援課');
    expect(ctx.warnings).toEqual([]);
  });

  it('reads a name starting with a counter word (`6 日中一時支援事業`) as an item', () => {
    const out = parseText(toTextDocument(['障害者計画進捗状況管理表', ...item('6 日中一時支援事業', '').filter((l) => l !== '')].join('\n')), fakeContext());
    expect(out.items.map((i) => [i.no, i.name])).toEqual([[6, '日中一時支援事業']]);
  });

  it('does not take a figure written with a space for an item number', () => {
    const lines = ['障害者計画進捗状況管理表', ...item('5', '相談事業').slice(0, 7), '平成26年度', '設置箇所数', '1 箇所', '平成29年度', '設置箇所数', '2 箇所', ...item('5', '相談事業').slice(8)];
    const out = parseText(toTextDocument(lines.join('\n')), fakeContext());
    expect(out.items.map((i) => i.no)).toEqual([5]);
    expect(out.items[0]!.goal!.target?.metrics).toMatchObject([{ label: '設置箇所数', value: 2, unit: '箇所' }]);
  });
});

describe('plan-progress layout parser', () => {
  const line = (text: string, y: number, x = 30): TextLine => ({ text, box: { x0: x, y0: y, x1: x + 10 * text.length, y1: y + 10 }, vertical: false });
  /** A ruled table of 1×1 cells, 100 pt per column and 40 pt per row, from its rows' cell texts. */
  function table(rows: string[][], top: number): Table {
    const cols = rows[0]!.length;
    const colEdges = Array.from({ length: cols + 1 }, (_, i) => 20 + 100 * i);
    const rowEdges = Array.from({ length: rows.length + 1 }, (_, i) => top + 40 * i);
    const cells: Cell[] = rows.flatMap((texts, r) =>
      texts.map((text, c) => {
        const box = { x0: colEdges[c]!, y0: rowEdges[r]!, x1: colEdges[c + 1]!, y1: rowEdges[r + 1]! };
        const lines = text === '' ? [] : text.split('\n').map((t, k) => line(t, box.y0 + 2 + 12 * k, box.x0 + 2));
        return { row: r, col: c, rowSpan: 1, colSpan: 1, box, lines, text };
      }),
    );
    return { box: { x0: colEdges[0]!, y0: top, x1: colEdges[cols]!, y1: rowEdges[rows.length]! }, rowEdges, colEdges, cells };
  }
  // columns in another order and other words than the seed's
  const header = ['No.', '所管課', '事業名', '事業内容', '令和元年度の実績', '令和2年度の取組予定', '達成状況', '方向性', '目標値', '現状分析、今後の課題', '関連する計画'];
  const page = (n: number, lines: TextLine[], tables: Table[], furniture: TextLine[] = []): LayoutPage => ({ page: n, width: 1200, height: 800, lines, tables, blocks: [], furniture });

  it('reads rows by header words, joins a row continued on the next page, and takes headings from above each table', () => {
    const first = table([header, ['4', '保健福祉局\n障害者支援課', '手話通訳者派\n遣事業【新規】', '手話通訳者を派遣しま\nす。', '派遣件数：3,410件', '養成研修を実施し、', 'b', '○', '継続実施', '通訳者の高齢化が進ん', '']], 100);
    const second = table([header, ['', '', '', '', '', '派遣体制の充実を図ります。', '', '', '', 'でおり、養成が必要です。', '「障害者支援計画」'], ['9', '保健福祉局', '相談員の配置', '相談員を配置します。', '配置しました。', '継続します。', 'a', '◎', '令和元年度\n相談員数 40人\n令和5年度\n相談員数 60人', '特になし', '']], 100);
    const doc: LayoutDocument = {
      format: 'pdf',
      pageCount: 2,
      pages: [
        page(1, [line('障害者計画進捗状況管理表', 20), line('２ 相談支援の充実', 50), line('（ｃ）身近な相談支援', 70)], [first]),
        page(2, [line('（ｄ）人材の育成', 70)], [second], [line('２ 相談支援の充実', 50)]),
      ],
    };
    const out = parseLayout(doc, fakeContext());
    expect(out.title).toBe('障害者計画進捗状況管理表');
    expect(out.items.map((i) => [i.no, i.page, i.name, i.tags, i.section?.code, i.subsection?.code])).toEqual([
      [4, 1, '手話通訳者派遣事業', ['新規'], '2', 'c'],
      [9, 2, '相談員の配置', [], '2', 'd'],
    ]);
    const [four, nine] = out.items;
    expect(four!.plans).toEqual({ fiscalYear: 2020, text: '養成研修を実施し、派遣体制の充実を図ります。' });
    expect(four!.results).toMatchObject({ fiscalYear: 2019, metrics: [{ label: '派遣件数', value: 3410 }] });
    expect(four!.assessment).toBe('通訳者の高齢化が進んでおり、養成が必要です。');
    expect(four!.relatedPlans).toEqual(['「障害者支援計画」']);
    expect(four!.department).toBe('保健福祉局障害者支援課');
    expect(four!.goal!.continuing).toBe(true);
    expect([nine!.achievement, nine!.direction]).toEqual(['a', '◎']);
    expect(nine!.goal!.target).toMatchObject({ fiscalYear: 2023, metrics: [{ label: '相談員数', value: 60, unit: '人' }] });
  });

  it('reads headings printed as merged rows inside the table and a header divided under a merged cell', () => {
    // an office-suite table: 目標 spans 基準値 / 目標値, the other headers span both header rows
    const words = ['事業番号', '事業名', '実施状況', '取組予定', '目的達成状況', '方向性', '目標', '', '課題', '所管課'];
    const spec: Array<[number, number, number, number, string]> = [
      ...words.flatMap((text, c): Array<[number, number, number, number, string]> => (text === '' ? [] : [[0, c, text === '目標' ? 1 : 2, text === '目標' ? 2 : 1, text]])),
      [1, 6, 1, 1, '基準値'],
      [1, 7, 1, 1, '目標値'],
      [2, 0, 1, 10, '１　相談支援の充実'],
      [3, 0, 1, 10, '（１）相談支援体制の強化'],
      ...['7', '相談員の配置', '配置しました。', '継続します。', 'b', '○', '令和元年度\n相談員数 40人', '令和5年度\n相談員数 60人', '特になし', '福祉課'].map((text, c): [number, number, number, number, string] => [4, c, 1, 1, text]),
      [5, 0, 1, 10, '（２）権利擁護の推進'],
      ...['8', '後見制度の支援', '助成しました。', '継続します。', 'a', '○', '継続実施', '', '特になし', '福祉課'].flatMap((text, c): Array<[number, number, number, number, string]> => (c === 7 ? [] : [[6, c, 1, c === 6 ? 2 : 1, text]])),
    ];
    const colEdges = Array.from({ length: 11 }, (_, i) => 20 + 100 * i);
    const rowEdges = Array.from({ length: 8 }, (_, i) => 100 + 40 * i);
    const cells: Cell[] = spec.map(([row, col, rowSpan, colSpan, text]) => {
      const box = { x0: colEdges[col]!, y0: rowEdges[row]!, x1: colEdges[col + colSpan]!, y1: rowEdges[row + rowSpan]! };
      const lines = text === '' ? [] : text.split('\n').map((t, k) => line(t, box.y0 + 2 + 12 * k, box.x0 + 2));
      return { row, col, rowSpan, colSpan, box, lines, text };
    });
    const merged: Table = { box: { x0: 20, y0: 100, x1: 1020, y1: rowEdges[7]! }, rowEdges, colEdges, cells };
    const doc: LayoutDocument = { format: 'pdf', pageCount: 1, pages: [page(1, [line('障害者計画進捗状況管理表', 20)], [merged])] };
    const ctx = fakeContext();
    const out = parseLayout(doc, ctx);
    expect(ctx.warnings).toEqual([]);
    expect(out.items.map((i) => [i.no, i.section, i.subsection])).toEqual([
      [7, { code: '1', title: '相談支援の充実' }, { code: '1', title: '相談支援体制の強化' }],
      [8, { code: '1', title: '相談支援の充実' }, { code: '2', title: '権利擁護の推進' }],
    ]);
    expect(out.items[0]!.goal).toMatchObject({ continuing: false, baseline: { fiscalYear: 2019 }, target: { fiscalYear: 2023, metrics: [{ value: 60 }] } });
    expect(out.items[1]!.goal!.continuing).toBe(true);
  });

  it('falls back to the text parser when the PDF has no plan table', () => {
    const lines = ['障害者計画進捗状況管理表', '1', '相談事業', '相談を受けます。', '相談を実施しました。', '引き続き実施します。', 'b ○', '継続実施', '連携が必要です。', '保健福祉局', '障害者支援課'];
    const doc: LayoutDocument = { format: 'pdf', pageCount: 1, pages: [page(1, lines.map((t, i) => line(t, 20 + 14 * i)), [])] };
    const out = parseLayout(doc, fakeContext());
    expect(out.items.map((i) => [i.no, i.name, i.department, i.page])).toEqual([[1, '相談事業', '保健福祉局障害者支援課', 1]]);
  });
});

describe('plan-progress text in a spreadsheet export order', () => {
  it('finds rows whose own line holds the number and the marks, with headings between', () => {
    const lines = ['管理表', '1 相談支援の充実', '（1）相談支援体制の強化', '1 b ◎', '2 b ○ 継続実施', '（2）権利擁護', '7 移動支援事業 c △', '基幹相談支援セン', 'ター運営事業'].map((text) => ({ text, page: 1 }));
    const rows = skeletonRows(lines);
    expect(rows?.map((r) => [r.no, r.name, r.achievement, r.direction, r.continuing, r.section?.code, r.subsection?.code])).toEqual([
      [1, null, 'b', '◎', false, '1', '1'],
      [2, null, 'b', '○', true, '1', '1'],
      [7, '移動支援事業', 'c', '△', false, '1', '2'],
    ]);
  });

  it('is no such text when rows and their cells come in row order', () => {
    expect(skeletonRows(seedLines('plan-progress.kitakyushu.raw.txt').map((text) => ({ text, page: 1 })))).toBeNull();
    expect(skeletonRows(['1', '相談事業', 'b ○', '2 b ○', '継続実施', '連携が必要です。'].map((text) => ({ text, page: 1 })))).toBeNull();
  });
});
