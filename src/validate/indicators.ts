import type { Warning } from '../schema/common.js';
import { decimals, figure, warning } from './format.js';
import type { PlanItem } from './years.js';

type Indicator = PlanItem['indicators'][number];
type Point = { fiscalYear: number | null; value: number };

/** A 達成率 capped at this (`100%を上限`) stands for any reading at or above it. */
const RATE_CAP = 100;

/**
 * The readings a printed 達成率 may be: actual / target (more is better), target / actual
 * (less is better), and the way from baseline to target gone (a count to bring down or up).
 */
function readings(target: number, actual: number, baseline: number | null): number[] {
  const out = [(actual / target) * 100];
  if (actual > 0) out.push((target / actual) * 100);
  if (baseline !== null && baseline !== target) out.push(((actual - baseline) / (target - baseline)) * 100);
  return out;
}

/** The actuals a rate may be of: the target year's, and the latest (a rate printed before the target year). */
function actualsRated(indicator: Indicator, target: Point): Point[] {
  const dated = indicator.actuals.filter((a) => a.fiscalYear !== null).sort((a, b) => a.fiscalYear! - b.fiscalYear!);
  const ofTarget = target.fiscalYear === null ? undefined : dated.find((a) => a.fiscalYear === target.fiscalYear);
  return [...new Set([ofTarget, dated.at(-1)].filter((a): a is Point => a !== undefined))];
}

/**
 * `indicator-rate-mismatch`: an indicator's printed 達成率 is none of the readings of its
 * target and actual, to the decimals it is printed with (rounded or truncated; a figure
 * printed rounded may move the rate by one more unit).
 */
export function checkIndicatorRates(item: PlanItem): Warning[] {
  return (item.indicators ?? []).flatMap((indicator) => {
    const { rate, target, baseline } = indicator;
    if (rate === null || target === null || target.value <= 0) return [];
    const actuals = actualsRated(indicator, target);
    if (actuals.length === 0) return [];
    const unit = 10 ** -decimals(rate);
    const agrees = actuals.some((a) =>
      readings(target.value, a.value, baseline?.value ?? null).some((c) => Math.abs(c - rate) < unit + 1e-9 || (rate === RATE_CAP && c >= RATE_CAP)),
    );
    if (agrees) return [];
    const shown = actuals.map((a) => `${figure(a.value)} / ${figure(target.value)} × 100 = ${((a.value / target.value) * 100).toFixed(1)}`).join('; ');
    return [warning('indicator-rate-mismatch', `事業${item.no} ${indicator.label}: 達成率 ${figure(rate)}%, but ${shown}`, item.page)];
  });
}
