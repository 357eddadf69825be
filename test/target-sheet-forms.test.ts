import { describe, expect, it } from 'vitest';
import { toTextDocument } from '../src/input/text.js';
import { parseText } from '../src/kinds/target-sheet/from-text.js';
import { findEraYear, findEraYears, readYearRow } from '../src/kinds/target-sheet/years.js';
import type { ParseContext } from '../src/kinds/types.js';

const ctx: ParseContext = { warn: () => {}, extractMetrics: () => [] };
const parse = (text: string) => parseText(toTextDocument(text), ctx);

describe('years in other forms', () => {
  it('reads an estimated year in an actuals header as that year', () => {
    expect(readYearRow('H30 R元 R2 R3(見込)')?.map((y) => y.fiscalYear)).toEqual([2018, 2019, 2020, 2021]);
    expect(readYearRow('令和4年度 令和5年度（見込み）')?.map((y) => y.fiscalYear)).toEqual([2022, 2023]);
  });

  it('reads kanji-numeral years in goal headings and worded headers', () => {
    expect(findEraYear('○令和五年度末までの目標値')).toMatchObject({ fiscalYear: 2023, text: '令和五年度末' });
    expect(findEraYears('以下は、区分 平成二十九年度 平成三十年度、令和元年度の実績順。').map((y) => y.fiscalYear)).toEqual([2017, 2018, 2019]);
  });
});

describe('a 管理シート of numbered goals', () => {
  const text = [
    '第7期かもめ町障がい福祉計画の数値目標について(管理シート)',
    '基本指針の目標3 福祉施設から一般就労への移行等  (1)目標値  【令和8年度末までの目標】',
    '<1>一般就労への移行者数  目標値:12人  目標値設定の考え方:令和3年度実績の1.28倍以上とする',
    '【実績値】 以下は、区分 R6年度 R7年度、R8年度の実績順。 <1>一般就労への移行者数(年度ごと)8人 10人 11人',
  ].join('\n');

  it('gives one sheet per numbered goal, with a figure glued to its row label read as the first year', () => {
    const { plan, sheets } = parse(text);
    expect(plan).toBe('第7期かもめ町障がい福祉計画');
    expect(sheets).toHaveLength(1);
    expect(sheets[0]).toMatchObject({
      target: { type: '成果目標', code: '3-1', title: '福祉施設から一般就労への移行等' },
      goal: { label: '一般就労への移行者数', value: 12, unit: '人', fiscalYear: 2026, deadline: '令和8年度末' },
      rationale: '令和3年度実績の1.28倍以上とする',
    });
    expect(sheets[0]!.actuals.map((a) => [a.fiscalYear, a.label, a.value])).toEqual([
      [2024, '一般就労への移行者数(年度ごと)', 8],
      [2025, '一般就労への移行者数(年度ごと)', 10],
      [2026, '一般就労への移行者数(年度ごと)', 11],
    ]);
  });
});

describe('a 管理シート numbering its goals with circled numbers', () => {
  it('codes each goal by its number', () => {
    const text = '基本指針の目標4 相談支援体制の充実・強化等 【令和8年度末までの目標】 ①基幹相談支援センターの設置数 目標値:1箇所 目標値設定の考え方:設置を維持する ②地域の相談支援事業所への訪問回数 目標値:年12回 目標値設定の考え方:毎月訪問する 【実績値】 区分 R6年度 R7年度 R8年度 ①設置数 1箇所 1箇所 1箇所 ②訪問回数 10回 12回 13回';
    const { sheets } = parse(text);
    expect(sheets.map((s) => [s.target.code, s.goal?.label, s.goal?.value, s.goal?.unit, s.actuals.map((a) => a.value)])).toEqual([
      ['4-1', '基幹相談支援センターの設置数', 1, '箇所', [1, 1, 1]],
      ['4-2', '地域の相談支援事業所への訪問回数', 12, '回', [10, 12, 13]],
    ]);
  });
});

describe('a 管理シート printing its goals as a table', () => {
  it('reads each numbered row as label, figure (or no figure set) and rationale', () => {
    const text = [
      '基本指針の目標5 障害児支援の提供体制の整備等 【令和8年度末までの目標】 区分 目標値 目標値設定の考え方',
      '<1>児童発達支援センターの設置数 2箇所 各圏域に1箇所以上設置する',
      '<2>重症心身障がい児を支援する事業所数 数値目標は設定しない 既に必要数を確保しているため',
    ].join('\n');
    const { sheets } = parse(text);
    expect(sheets.map((s) => [s.target.code, s.goal?.label, s.goal?.value, s.goal?.unit, s.rationale])).toEqual([
      ['5-1', '児童発達支援センターの設置数', 2, '箇所', '各圏域に1箇所以上設置する'],
      ['5-2', '重症心身障がい児を支援する事業所数', null, null, '既に必要数を確保しているため'],
    ]);
  });
});

describe("a plan's 総括 with a goal / result / rate table", () => {
  const text = [
    '(3) 地域生活支援拠点等の整備  【成果目標】  ○ 令和5年度末までに各圏域に1箇所以上整備する。',
    'ア 成果目標の実績  成果目標、令和5年度目標、令和5年度実績、達成率の順で記載',
    '地域生活支援拠点等の整備箇所数、4箇所 各圏域1箇所、3箇所 4圏域中、75.0%  イ 主な取組の状況  ○ 圏域ごとに協議を行った。',
  ].join('\n');

  it('reads the goal and result cells split at the 、 between them, and stops at the next lettered heading', () => {
    const { sheets } = parse(text);
    expect(sheets).toHaveLength(1);
    expect(sheets[0]).toMatchObject({
      target: { code: '3', title: '地域生活支援拠点等の整備' },
      goal: { label: '地域生活支援拠点等の整備箇所数', value: 4, unit: '箇所', fiscalYear: 2023, deadline: '令和5年度', note: '各圏域1箇所' },
      rationale: '令和5年度末までに各圏域に1箇所以上整備する。',
      activityIndicator: null,
    });
    expect(sheets[0]!.actuals).toEqual([{ fiscalYear: 2023, label: '地域生活支援拠点等の整備箇所数', value: 3, unit: '箇所' }]);
  });
});
