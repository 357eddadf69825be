/**
 * Other cities' plan-progress forms: the generic readers (space-run cells, label–value
 * blocks, tallies, legends) and the real public excerpts in fixtures/real-excerpts
 * (see sources.md there) read with --kind plan-progress.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract, type PlanProgressDocument } from '../src/api.js';
import { splitSpaceRuns } from '../src/document/text.js';
import { splitAtLabels } from '../src/kinds/plan-progress/forms/labels.js';
import { readLegend } from '../src/kinds/plan-progress/forms/legend.js';
import { tallyGroups } from '../src/kinds/plan-progress/forms/tally.js';
import { trailingHeadings } from '../src/kinds/plan-progress/forms/headings.js';
import { readIndicatorPairs } from '../src/kinds/plan-progress/forms/indicators.js';
import { toTextDocument } from '../src/input/text.js';
import { readForms } from '../src/kinds/plan-progress/forms/index.js';
import type { ParseContext } from '../src/kinds/types.js';

const quiet: ParseContext = { warn: () => {}, extractMetrics: () => [] };

const excerpt = async (name: string) => (await extract(`fixtures/real-excerpts/${name}`, { kind: 'plan-progress' })) as PlanProgressDocument;

describe('form readers', () => {
  it('cuts a テキスト版 line at runs of spaces, not at single spaces', () => {
    expect(splitSpaceRuns('事業番号  001 新規 事業名\u3000基幹相談支援センターの設置')).toEqual(['事業番号', '001 新規 事業名', '基幹相談支援センターの設置']);
  });

  it('splits a block at its labels in any order, spaced-out labels and year notes included', () => {
    const labels = [
      { field: 'department', words: ['担当課'] },
      { field: 'name', words: ['事業名'] },
      { field: 'status', words: ['進捗状況'] },
    ] as const;
    const { lead, segments } = splitAtLabels('1 見出し 担 当 課 障害福祉課 進捗状況(28年度) A 事業名 移動支援', labels);
    expect(lead).toBe('1 見出し');
    expect(segments.map((s) => [s.field, s.note, s.value])).toEqual([
      ['department', null, '障害福祉課'],
      ['status', '28年度', 'A'],
      ['name', null, '移動支援'],
    ]);
  });

  it('does not take a label word inside a sentence or after a figure', () => {
    const { segments } = splitAtLabels('実績 研修の実績を積んだ (20 年度)', [
      { field: 'results', words: ['実績'] },
      { field: 'years', words: ['年度'] },
    ]);
    expect(segments.map((s) => s.value)).toEqual(['研修の実績を積んだ (20 年度)']);
  });

  it('reads tally rows, several on one line, with codes or without', () => {
    expect(tallyGroups('施策数、163')).toEqual([{ label: '施策数', values: [163] }]);
    expect(tallyGroups('5 優る 0 0 5 優る 1 0 I 当初の目標を上回って達成 0 0')).toEqual([
      { label: '5 優る', values: [0, 0] },
      { label: '5 優る', values: [1, 0] },
      { label: 'I 当初の目標を上回って達成', values: [0, 0] },
    ]);
    expect(tallyGroups('研修を開催した 3回')).toBeNull();
  });

  it('reads a legend after its heading, the grades in order', () => {
    expect(readLegend('評価の基準 A 達成した B おおむね達成した C 少し達成した。 次の表')).toEqual({ A: '達成した', B: 'おおむね達成した', C: '少し達成した' });
    expect(readLegend('A 達成した B おおむね達成した')).toEqual({});
  });

  it('finds headings at the end of a value, spaced or glued, and leaves figures alone', () => {
    expect(trailingHeadings('…強化していく。 2 地域生活の支援 (1)住まいの確保').headings).toEqual({
      section: { code: '2', title: '地域生活の支援' },
      subsection: { code: '1', title: '住まいの確保' },
    });
    expect(trailingHeadings('進める。\n2就労支援の推進\n(1)一般就労への移行支援').headings.section).toEqual({ code: '2', title: '就労支援の推進' });
    expect(trailingHeadings('平均待機期間\n12か月').cut).toBe('平均待機期間\n12か月'.length);
  });

  it('reads a label–value indicator with its years', () => {
    expect(readIndicatorPairs('利用者数 当初の値(25年度) 12人 途中経過の値(27年度末) 15人 目標値(29年度末) 20人', '平成')).toEqual({
      label: '利用者数', unit: '人', baseline: { fiscalYear: 2013, value: 12 }, target: { fiscalYear: 2017, value: 20 },
      actuals: [{ fiscalYear: 2015, value: 15 }], rate: null,
    });
  });
});

describe('record blocks from text', () => {
  it('takes a one-word 今後の方向性 as the direction and sentences as plans', () => {
    const doc = toTextDocument([
      '事業評価シート 令和5年度',
      '事業番号 12 事業名 移動支援事業 担 当 課 障害福祉課 実績 利用者が増えた。 評価 B 今後の方向性 拡充',
      '事業番号 13 事業名 日中一時支援事業 担当課 障害福祉課 実績 事業所を増やした。 今後の方向性 利用の少ない地域で事業所を募る。',
    ].join('\n'));
    const out = readForms(doc, quiet)!;
    expect(out.items.map((i) => [i.no, i.name, i.department, i.achievement, i.direction, i.plans?.text ?? null, i.results?.fiscalYear])).toEqual([
      [12, '移動支援事業', '障害福祉課', 'B', '拡充', null, 2023],
      [13, '日中一時支援事業', '障害福祉課', null, null, '利用の少ない地域で事業所を募る。', 2023],
    ]);
  });

  it('leaves page numbers and the running title out of a value cut by a page break', () => {
    const doc = toTextDocument([
      '事業評価シート', '事業番号 12', '事業名 移動支援事業', '担当課 障害福祉課', '実績 利用者が', '- 1 -',
      '\f事業評価シート', '増えた。', '事業番号 13', '事業名 日中一時支援事業', '担当課 障害福祉課', '実績 事業所を増やした。', '- 2 -',
    ].join('\n'));
    const out = readForms(doc, quiet)!;
    expect(out.items.map((i) => [i.no, i.results?.text, i.page])).toEqual([
      [12, '利用者が増えた。', 1],
      [13, '事業所を増やした。', 2],
    ]);
  });

  it('is no record form where a table header names the fields without values', () => {
    const doc = toTextDocument('計画進捗状況管理表\n事業\n番号\n3\n事業名\n事業概要\n相談支援センター運営事業\n所管課\n障害福祉課');
    expect(readForms(doc, quiet)).toBeNull();
  });
});

describe('real excerpts (fixtures/real-excerpts) read as plan-progress', () => {
  it('目黒区 課題別事業評価表: record 001 with its fields, headings and grade', async () => {
    const out = await excerpt('03_meguro_r3_jisseki_2.txt');
    const first = out.items.find((i) => i.no === 1)!;
    expect(first).toMatchObject({
      section: { code: '1', title: '相談支援の充実' },
      subsection: { code: '1', title: '相談支援体制の機能強化' },
      name: '基幹相談支援センターの設置',
      tags: ['新規'],
      department: '障害施策推進課',
      achievement: 'C',
      direction: null,
    });
    expect(first.summary).toMatch(/^地域における障害分野の中核的な存在として.*事業を実施します。$/);
    expect(first.results?.text).toMatch(/^令和3年度4月から、委託により事業を開始した。.*運営会議の実施 3回 など$/);
    expect(first.results?.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(expect.arrayContaining(['130件', '3回']));
    expect(first.assessment).toMatch(/^予定していた事業.*実施となった。$/);
    expect(first.plans?.text).toMatch(/^基幹相談支援センターにおいて.*強化していく。$/);
    expect(out.scales).toEqual({ achievement: { C: '少し達成した' } });
    expect(out.items.find((i) => i.no === 2)).toMatchObject({ name: '包括的相談支援体制の充実', tags: ['充実'], department: '健康福祉計画課、福祉総合課' });
  });

  it('川越市 達成度一覧表: the 21 listed 施策 with their grades, the legend and the tally', async () => {
    const out = await excerpt('01_kawagoe_H29_tasseido_ichiran.txt');
    expect(out.items.map((i) => i.no)).toEqual(Array.from({ length: 21 }, (_, k) => k + 1));
    expect(out.items.map((i) => i.achievement).join('')).toBe('bbbbaabcbcbaaaaabab' + 'aa');
    expect(out.items[9]!.name).toBe('身体障害者補助犬を伴った障害のある人への理解');
    expect(Object.keys(out.scales.achievement ?? {})).toEqual(['a', 'b', 'c']);
    expect(out.summaries).toEqual([
      { title: '施策の達成度集計表', rows: [{ label: '施策数', values: [163] }, { label: 'a', values: [88] }, { label: 'b', values: [66] }, { label: 'c', values: [9] }], page: 1 },
    ]);
  });

  it('川越市 進捗状況調査表: the A–E legend and both tallies, no item from the field list', async () => {
    const file = 'fixtures/real-excerpts/02_kawagoe_H28_shinchoku_chousahyou.txt';
    // a legend and tallies are no records: the whole document fails rather than succeed empty
    await expect(extract(file, { kind: 'plan-progress' })).rejects.toMatchObject({ code: 'NO_RECORDS' });
    const out = readForms(toTextDocument(readFileSync(file, 'utf8')), quiet)!;
    expect(Object.keys(out.scales.achievement ?? {})).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(out.summaries.map((s) => [s.title, s.rows[0]])).toEqual([
      ['川越市障害者支援計画・平成28年度進捗状況調査結果集計(全体)', { label: '施策数', values: [163] }],
      ['基本目標1、差別解消及び権利擁護の推進', { label: '施策数', values: [18] }],
    ]);
    expect(out.items).toEqual([]);
  });

  it('川崎市 施策進行管理・評価表: the tally is a summary; the items are the 事務事業', async () => {
    const out = await excerpt('05_kawasaki_22304000-1_hyoukahyou2_2007.txt');
    expect(out.summaries[0]!.rows.map((r) => r.label)).toEqual([
      '1 目標を大きく上回って達成', '2 目標を上回って達成', '3 目標をほぼ達成', '4 目標を下回った', '5 目標を大きく下回った', '合計',
    ]);
    expect(out.summaries[0]!.rows[5]!.values).toEqual([6, 0]);
    expect(out.items.map((i) => i.name)).toEqual(['「障害者の明るいくらし」促進事業', '障害児(者)相談指導事業']);
    expect(out.items[0]).toMatchObject({ department: '健康福祉局障害保健福祉部障害福祉課', achievement: '3', section: null, results: null });
    expect(out.items[0]!.indicators).toEqual([{
      label: '市民のつどい(普及・啓発)参加者数', unit: '人', baseline: { fiscalYear: null, value: 700 }, target: null,
      actuals: [{ fiscalYear: 2005, value: 450 }, { fiscalYear: 2006, value: 470 }, { fiscalYear: 2007, value: 480 }], rate: null,
    }]);
  });

  it('長崎市 施策評価: 主管課, grade Bb with its meaning, four indicators with 目標値/実績値/達成率 per year', async () => {
    const out = await excerpt('07_nagasaki_kihonsesaku_F3.txt');
    expect(out.items).toHaveLength(1);
    const item = out.items[0]!;
    expect(item).toMatchObject({ name: '障害者が暮らしやすいまちづくりを進めます', department: '障害福祉課', achievement: 'Bb' });
    expect(out.scales.achievement?.Bb).toBe('目標をほぼ達成しており、目的達成に向けて概ね順調に進んでいる');
    expect(item.indicators).toHaveLength(4);
    expect(item.indicators[0]).toEqual({
      label: '生活上の困りごとを感じない身体障害者の割合', unit: '%', baseline: { fiscalYear: 2008, value: 15 },
      target: { fiscalYear: 2014, value: 25 },
      actuals: [{ fiscalYear: 2011, value: 20.2 }, { fiscalYear: 2013, value: 18.2 }, { fiscalYear: 2014, value: 20 }], rate: 80,
    });
    expect(item.indicators[3]).toMatchObject({ unit: '人', baseline: { fiscalYear: 2010, value: 23094 }, rate: 99.3 });
  });
});
