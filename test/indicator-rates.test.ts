/**
 * indicator-rate-mismatch (src/validate/indicators.ts): a printed 達成率 that is none of the
 * readings of its target and actual is named; the readings cities print are not: actual /
 * target, target / actual (a figure to bring down), the way from baseline to target, a
 * rate capped at 100%, a rate of the latest year before the target's, rounded or truncated.
 */
import { describe, expect, it } from 'vitest';
import { checkIndicatorRates } from '../src/validate/indicators.js';
import type { PlanItem } from '../src/validate/years.js';

type Indicator = PlanItem['indicators'][number];

const indicator = (o: Partial<Indicator>): Indicator => ({
  label: '一般就労移行者数',
  unit: '人',
  baseline: null,
  target: { fiscalYear: 2023, value: 54 },
  actuals: [
    { fiscalYear: 2022, value: 52 },
    { fiscalYear: 2023, value: 50 },
  ],
  rate: 92.6,
  ...o,
});

const item = (...indicators: Indicator[]) => ({ no: 3, page: 2, indicators }) as unknown as PlanItem;
const codes = (...indicators: Indicator[]) => checkIndicatorRates(item(...indicators)).map((w) => [w.code, w.page]);

describe('indicator-rate-mismatch', () => {
  it('stays silent on the readings a city prints', () => {
    expect(codes(indicator({}))).toEqual([]);
    expect(codes(indicator({ rate: 92.5 }))).toEqual([]); // truncated
    expect(codes(indicator({ rate: 93 }))).toEqual([]); // whole percent
    expect(codes(indicator({ rate: 108 }))).toEqual([]); // 54 / 50: a figure to bring down
    expect(codes(indicator({ baseline: { fiscalYear: 2019, value: 42 }, rate: 66.7 }))).toEqual([]); // (50 − 42) / (54 − 42)
    expect(codes(indicator({ actuals: [{ fiscalYear: 2023, value: 60 }], rate: 100 }))).toEqual([]); // capped
    expect(codes(indicator({ target: { fiscalYear: 2025, value: 54 }, rate: 92.6 }))).toEqual([]); // latest year before the target's
    expect(codes(indicator({ rate: null }), indicator({ target: null }), indicator({ actuals: [] }))).toEqual([]);
  });

  it('names a rate no reading gives, on the item page, with the arithmetic', () => {
    const warnings = checkIndicatorRates(item(indicator({ rate: 96.2 })));
    expect(warnings).toEqual([{ code: 'indicator-rate-mismatch', message: '事業3 一般就労移行者数: 達成率 96.2%, but 50 / 54 × 100 = 92.6', page: 2 }]);
  });

  it("names two indicator rows' actuals swapped: neither rate reads from the other's figure", () => {
    const first = indicator({ actuals: [{ fiscalYear: 2023, value: 88 }], rate: 92.6 });
    const second = indicator({ label: '就労移行支援事業の利用者数', target: { fiscalYear: 2023, value: 96 }, actuals: [{ fiscalYear: 2023, value: 50 }], rate: 91.7 });
    expect(codes(first, second)).toEqual([
      ['indicator-rate-mismatch', 2],
      ['indicator-rate-mismatch', 2],
    ]);
  });
});
