import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CONSISTENCY_CODES,
  checkChartChange,
  checkChartCounts,
  checkChartShares,
  checkConsistency,
  checkPlanItemYears,
  checkPlanTableRates,
  checkPlanTableTotals,
  checkTargetSheetYears,
  shareSumRange,
  type Chart,
  type CheckedDocument,
  type PlanTable,
} from '../src/validate/index.js';

const load = (name: string): any => JSON.parse(readFileSync(new URL(`../fixtures/${name}.expected.json`, import.meta.url), 'utf8'));
const FIXTURES = ['plan-progress.kitakyushu', 'target-sheet.kitakyushu', 'consultation-report.kurume'] as const;
const codesAndPages = (warnings: Array<{ code: string; page: number | null }>) => warnings.map(({ code, page }) => ({ code, page }));

const chart = (fields: Partial<Chart>): Chart => ({ title: 'T', total: null, change: null, breakdown: [], page: 3, ...fields });
const shares = (...values: number[]) => values.map((share, i) => ({ label: `s${i}`, share, count: null }));
const counts = (...values: number[]) => values.map((count, i) => ({ label: `c${i}`, share: null, count }));

describe('checkConsistency on the fixtures', () => {
  it.each(FIXTURES)('%s: the expected output raises exactly its expectedWarnings (none)', (name) => {
    const doc = load(name);
    expect(codesAndPages(checkConsistency(doc))).toEqual(doc.expectedWarnings);
    expect(checkConsistency(doc)).toEqual([]);
  });

  it('never changes the document', () => {
    for (const name of FIXTURES) {
      const doc = load(name);
      const before = JSON.stringify(doc);
      checkConsistency(doc);
      expect(JSON.stringify(doc)).toBe(before);
    }
  });

  type Edit = (doc: any) => void;
  it.each<[string, string, Edit, string, number, RegExp]>([
    ['a chart count', 'consultation-report.kurume',
      (d) => { d.charts.find((c: any) => c.title === '関係機関との連絡調整').breakdown[0].count = 2978; },
      'chart-counts-sum', 10, /関係機関との連絡調整: counts sum to 14151件, expected the total 14150件/],
    ['a chart total', 'consultation-report.kurume',
      (d) => { d.charts.find((c: any) => c.title === '関係機関との連絡調整').total.value = 14000; },
      'chart-counts-sum', 10, /counts sum to 14150件, expected the total 14000件/],
    ['a chart share', 'consultation-report.kurume',
      (d) => { d.charts.find((c: any) => c.title === '相談方法').breakdown[0].share = 9; },
      'chart-shares-sum', 7, /^相談方法: shares sum to 97\.0%, expected 100 ± 0\.5$/],
    ['a one-decimal share', 'consultation-report.kurume',
      (d) => { d.charts[0].breakdown[0].share = 21.2; },
      'chart-shares-sum', 5, /月平均の実利用者数（大人）: shares sum to 109\.2%/],
    ['a table total', 'consultation-report.kurume',
      (d) => { d.tables[0].rows[2].total = 2913; },
      'plan-table-total', 13, /^障害者総合福祉法分 2017-03-31: 876 \+ 2036 = 2912, table says 2913$/],
    ['a rate', 'consultation-report.kurume',
      (d) => { d.tables[1].rows[0].selfPlanRate = 63.5; },
      'plan-table-rate', 14, /児童福祉法分 2015-03-31: rate 63\.5%, but 180 \/ 285 × 100 = 63\.158 \(63\.2 rounded, 63\.1 truncated\)/],
    ['a plan count (total and rate still agree)', 'consultation-report.kurume',
      (d) => { d.tables[0].rows[0].providerPlans = 978; },
      'plan-table-total', 13, /706 \+ 978 = 1684, table says 1683/],
    ['an actual year', 'target-sheet.kitakyushu',
      (d) => { d.sheets[0].actuals[2].fiscalYear = 2021; },
      'actual-year-outside-plan', 1, /地域生活支援拠点等の整備: actual for FY2021 is after the goal year FY2020/],
    ['a review year', 'target-sheet.kitakyushu',
      (d) => { d.sheets[0].reviews[0].fiscalYear = 2014; },
      'actual-year-outside-plan', 1, /review of FY2014 is more than 5 years before the goal year FY2020/],
    ['a results year', 'plan-progress.kitakyushu',
      (d) => { d.items[3].results.fiscalYear = 2018; },
      'actual-year-outside-plan', 1, /事業9 身体・知的障害者相談員の配置: results of FY2018 come after the plans for FY2017/],
  ])('one changed number (%s) gives exactly its warning', (_what, name, edit, code, page, message) => {
    const doc = load(name);
    edit(doc);
    const warnings = checkConsistency(doc);
    expect(codesAndPages(warnings)).toEqual([{ code, page }]);
    expect(warnings[0]!.message).toMatch(message);
  });

  it('the warning carries the page of the record it is about', () => {
    const doc = load('plan-progress.kitakyushu');
    const item = doc.items.find((i: any) => i.page === 3);
    item.results.fiscalYear = 2020;
    expect(codesAndPages(checkConsistency(doc))).toEqual([{ code: 'actual-year-outside-plan', page: 3 }]);
  });
});

describe('change-mismatch (needs the prior year)', () => {
  const priorOf = (doc: any) => ({
    ...doc,
    fiscalYear: doc.fiscalYear - 1,
    charts: doc.charts.map((c: any) => ({ ...c, total: { ...c.total, value: c.total.value - c.change } })),
  });

  it('no prior year, no check', () => {
    const doc = load('consultation-report.kurume');
    doc.charts[0].change = 30;
    expect(checkConsistency(doc)).toEqual([]);
  });

  it('a prior report that agrees gives no warning', () => {
    const doc = load('consultation-report.kurume');
    expect(checkConsistency(doc, { previous: priorOf(doc) })).toEqual([]);
  });

  it('a changed 前年比 gives exactly its warning', () => {
    const doc = load('consultation-report.kurume');
    const previous = priorOf(doc);
    doc.charts[0].change = 30;
    const warnings = checkConsistency(doc, { previous });
    expect(codesAndPages(warnings)).toEqual([{ code: 'change-mismatch', page: 5 }]);
    expect(warnings[0]!.message).toBe('月平均の実利用者数（大人）: change +30 but 189 − 160 (prior year) = +29');
  });

  it('a report that is not the year before is not used', () => {
    const doc = load('consultation-report.kurume');
    const previous = { ...priorOf(doc), fiscalYear: doc.fiscalYear - 2 };
    doc.charts[0].change = 30;
    expect(checkConsistency(doc, { previous })).toEqual([]);
  });

  it.each<[number | null, number | null, number]>([
    [160, 29, 0],
    [160, 30, 1],
    [200, -11, 0],
    [null, 29, 0],
    [160, null, 0],
  ])('prior %s, change %s → %d warnings', (previousTotal, change, n) => {
    expect(checkChartChange(chart({ total: { value: 189, unit: '人' }, change }), previousTotal)).toHaveLength(n);
  });
});

describe('checkChartShares', () => {
  it.each<[string, Partial<Chart>, number]>([
    ['one decimal, sums to 100.1', { breakdown: shares(12.1, 0.1, 20.9, 49, 12.9, 2.1, 2.1, 0.9) }, 0],
    ['whole percents, sums to 100', { breakdown: shares(12, 5, 7, 71, 2, 3) }, 0],
    ['sum 100.5 is inside', { breakdown: shares(50.3, 50.2) }, 0],
    ['sum 99.5 is inside', { breakdown: shares(50, 49.5) }, 0],
    ['sum 100.6 is outside', { breakdown: shares(50.3, 50.3) }, 1],
    ['sum 99.4 is outside', { breakdown: shares(50, 49.4) }, 1],
    ['重複あり: sums over 100 are fine', { overlapping: true, breakdown: shares(60, 55, 20) }, 0],
    ['重複あり: sums under 99.5 are not', { overlapping: true, breakdown: shares(60, 30) }, 1],
    ['切り捨て, one decimal: 100 − 8×0.1 = 99.2 is inside', { truncated: true, breakdown: shares(12, 0.1, 20.9, 49, 12.9, 2, 2.1, 0.2) }, 0],
    ['切り捨て, one decimal: 99.1 is outside', { truncated: true, breakdown: shares(12, 0.1, 20.9, 49, 12.9, 2, 2.1, 0.1) }, 1],
    ['切り捨て, whole percents: 100 − 6 = 94 is inside', { truncated: true, breakdown: shares(11, 5, 7, 70, 2, 2) }, 0],
    ['切り捨て, whole percents: 93 is outside', { truncated: true, breakdown: shares(10, 5, 7, 70, 1, 0) }, 1],
    ['切り捨て: above 100.5 is outside', { truncated: true, breakdown: shares(50.3, 50.3) }, 1],
    ['a slice without a share: no check', { breakdown: [...shares(10, 20), { label: 'x', share: null, count: 5 }] }, 0],
    ['a single slice: no check', { breakdown: shares(40) }, 0],
    ['counts only: no check', { breakdown: counts(1, 2) }, 0],
  ])('%s', (_what, fields, n) => {
    expect(checkChartShares(chart(fields))).toHaveLength(n);
  });

  it('states the range it expected', () => {
    expect(checkChartShares(chart({ title: '相談項目', overlapping: true, breakdown: shares(40, 50), page: 8 }))).toEqual([
      { code: 'chart-shares-sum', message: '相談項目: shares sum to 90.0%, expected at least 99.5 (重複あり)', page: 8 },
    ]);
    expect(checkChartShares(chart({ truncated: true, breakdown: shares(40, 50) }))[0]!.message).toBe(
      'T: shares sum to 90.0%, expected 98–100.5 (切り捨て)',
    );
  });

  it.each<[Partial<Chart>, { low: number; high: number }]>([
    [{ breakdown: shares(1.5, 98.5) }, { low: 99.5, high: 100.5 }],
    [{ truncated: true, breakdown: shares(1.5, 98.5) }, { low: 99.8, high: 100.5 }],
    [{ truncated: true, breakdown: shares(1, 98, 1) }, { low: 97, high: 100.5 }],
    [{ overlapping: true, truncated: true, breakdown: shares(1, 98, 1) }, { low: 97, high: Infinity }],
  ])('shareSumRange %j', (fields, range) => {
    expect(shareSumRange(chart(fields))).toEqual(range);
  });
});

describe('checkChartCounts', () => {
  it.each<[string, Partial<Chart>, number]>([
    ['sums to the total', { total: { value: 6, unit: '件' }, breakdown: counts(1, 2, 3) }, 0],
    ['one short', { total: { value: 7, unit: '件' }, breakdown: counts(1, 2, 3) }, 1],
    ['one over', { total: { value: 5, unit: '件' }, breakdown: counts(1, 2, 3) }, 1],
    ['重複あり: over the total is fine', { overlapping: true, total: { value: 5, unit: '件' }, breakdown: counts(1, 2, 3) }, 0],
    ['重複あり: under the total is not', { overlapping: true, total: { value: 7, unit: '件' }, breakdown: counts(1, 2, 3) }, 1],
    ['no total: no check', { breakdown: counts(1, 2, 3) }, 0],
    ['a slice without a count: no check', { total: { value: 7, unit: '件' }, breakdown: [...counts(1, 2), { label: 'x', share: 3, count: null }] }, 0],
    ['shares only: no check', { total: { value: 189, unit: '人' }, breakdown: shares(50, 50) }, 0],
  ])('%s', (_what, fields, n) => {
    expect(checkChartCounts(chart(fields))).toHaveLength(n);
  });
});

describe('plan table checks', () => {
  const table = (...rows: Array<[number | null, number | null, number | null, number | null]>): PlanTable => ({
    title: '障害者総合福祉法分',
    page: 13,
    rows: rows.map(([selfPlans, providerPlans, total, selfPlanRate], i) => ({ asOf: `20${15 + i}-03-31`, selfPlans, providerPlans, total, selfPlanRate })),
  });

  it.each<[string, [number | null, number | null, number | null, number | null], number, number]>([
    ['rounded (876 / 2912 = 30.08 → 30.1)', [876, 2036, 2912, 30.1], 0, 0],
    ['truncated (30.08 → 30.0)', [876, 2036, 2912, 30], 0, 0],
    ['rounded up vs truncated down (180 / 285 = 63.158)', [180, 105, 285, 63.2], 0, 0],
    ['truncated (63.1)', [180, 105, 285, 63.1], 0, 0],
    ['a whole-number rate, rounded', [180, 105, 285, 63], 0, 0],
    ['two decimals', [180, 105, 285, 63.16], 0, 0],
    ['wrong rate', [180, 105, 285, 63.5], 0, 1],
    ['wrong total', [180, 105, 284, 63.4], 1, 0],
    ['exact thirds (1 / 3 = 33.33…)', [1, 2, 3, 33.3], 0, 0],
    ['x.x5 boundary (1 / 8 = 12.5)', [1, 7, 8, 12.5], 0, 0],
    ['x.x5 boundary rounded up (1 / 16 = 6.25 → 6.3)', [1, 15, 16, 6.3], 0, 0],
    ['x.x5 boundary truncated (6.25 → 6.2)', [1, 15, 16, 6.2], 0, 0],
    ['zero total: no rate check', [0, 0, 0, 0], 0, 0],
    ['missing figures: no check', [null, 105, 285, null], 0, 0],
  ])('%s', (_what, row, totals, rates) => {
    expect(checkPlanTableTotals(table(row))).toHaveLength(totals);
    expect(checkPlanTableRates(table(row))).toHaveLength(rates);
  });

  it('every row of the seed tables agrees', () => {
    for (const t of load('consultation-report.kurume').tables) {
      expect(checkPlanTableTotals(t)).toEqual([]);
      expect(checkPlanTableRates(t)).toEqual([]);
    }
  });

  it('names a row without a date by its raw cell or position', () => {
    const t: PlanTable = { title: 'T', page: 2, rows: [{ asOf: null, asOfRaw: 'R1.3.31', selfPlans: 1, providerPlans: 1, total: 3, selfPlanRate: null }] };
    expect(checkPlanTableTotals(t)[0]!.message).toMatch(/^T R1\.3\.31: /);
  });
});

describe('year checks', () => {
  const sheet = (goalYear: number | null, actualYears: number[], reviewYears: number[] = []) => ({
    ...load('target-sheet.kitakyushu').sheets[0],
    goal: goalYear === null ? null : { ...load('target-sheet.kitakyushu').sheets[0].goal, fiscalYear: goalYear },
    actuals: actualYears.map((fiscalYear) => ({ fiscalYear, label: 'x', value: 1, unit: '箇所' })),
    reviews: reviewYears.map((fiscalYear) => ({ fiscalYear, evaluation: '', councilOpinions: [], improvement: '' })),
  });

  it.each<[string, number | null, number[], number[], number]>([
    ['inside', 2020, [2018, 2019, 2020], [2018, 2019, 2020], 0],
    ['five years before is inside', 2020, [2015], [], 0],
    ['six years before is outside', 2020, [2014], [], 1],
    ['after the goal is outside', 2020, [2021], [], 1],
    ['one warning per year, not per row', 2020, [2021, 2021], [], 1],
    ['a review after the goal', 2020, [], [2021], 1],
    ['no goal year: no check', null, [1990, 2050], [], 0],
  ])('target sheet: %s', (_what, goal, actuals, reviews, n) => {
    expect(checkTargetSheetYears(sheet(goal, actuals, reviews))).toHaveLength(n);
  });

  it.each<[number | null, number | null, number]>([
    [2016, 2017, 0],
    [2017, 2017, 0],
    [2018, 2017, 1],
    [null, 2017, 0],
    [2018, null, 0],
  ])('plan item: results %s, plans %s → %d', (results, plans, n) => {
    const item = { ...load('plan-progress.kitakyushu').items[0] };
    item.results = { ...item.results, fiscalYear: results };
    item.plans = { ...item.plans, fiscalYear: plans };
    expect(checkPlanItemYears(item)).toHaveLength(n);
  });
});

describe('codes', () => {
  it('every warning code raised is a documented code', () => {
    const raised = new Set<string>();
    const doc = load('consultation-report.kurume');
    doc.charts[0].breakdown[0].share = 50;
    doc.charts[4].breakdown[0].count = 1;
    doc.tables[0].rows[0].total = 1;
    const previous = { ...doc, fiscalYear: doc.fiscalYear - 1, charts: [{ ...doc.charts[0], total: { value: 1, unit: '人' } }] };
    for (const w of checkConsistency(doc as CheckedDocument, { previous })) raised.add(w.code);
    expect([...raised].sort()).toEqual(['change-mismatch', 'chart-counts-sum', 'chart-shares-sum', 'plan-table-rate', 'plan-table-total']);
    for (const code of raised) expect(CONSISTENCY_CODES).toHaveProperty(code);
    expect(Object.keys(CONSISTENCY_CODES)).toContain('actual-year-outside-plan');
  });
});
