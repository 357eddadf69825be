import type { z } from 'zod';
import type { Chart as ChartSchema } from '../kinds/consultation-report/schema.js';
import type { Warning } from '../schema/common.js';
import { decimals, figure, sum, warning } from './format.js';

export type Chart = z.infer<typeof ChartSchema>;

/** Rounded shares (one decimal or whole percents) may miss 100 by this much. */
export const SHARE_TOLERANCE = 0.5;

/**
 * The range a chart's shares may sum to. Rounded: 100 ± 0.5. 切り捨て: each share
 * may lose up to one step of its precision (0.1, or 1 for whole percents), so
 * 100 − n×step … 100.5. 重複あり: a slice may be counted under several labels,
 * so there is no upper bound.
 */
export function shareSumRange(chart: Pick<Chart, 'breakdown' | 'overlapping' | 'truncated'>): { low: number; high: number } {
  const shares = chart.breakdown.map((s) => s.share ?? 0);
  const step = 10 ** -Math.min(3, Math.max(0, ...shares.map(decimals)));
  const low = chart.truncated ? 100 - shares.length * step : 100 - SHARE_TOLERANCE;
  const high = chart.overlapping ? Infinity : 100 + SHARE_TOLERANCE;
  return { low: Number(low.toFixed(6)), high };
}

function describeRange({ low, high }: { low: number; high: number }, chart: Pick<Chart, 'overlapping' | 'truncated'>): string {
  const notes = [chart.overlapping ? '重複あり' : '', chart.truncated ? '切り捨て' : ''].filter(Boolean).join(', ');
  const range = high === Infinity
    ? `at least ${figure(low)}`
    : low === 100 - SHARE_TOLERANCE && high === 100 + SHARE_TOLERANCE
      ? `100 ± ${SHARE_TOLERANCE}`
      : `${figure(low)}–${figure(high)}`;
  return notes ? `${range} (${notes})` : range;
}

/** `chart-shares-sum`: a chart whose every slice has a share sums to about 100%. */
export function checkChartShares(chart: Chart): Warning[] {
  if (chart.breakdown.length < 2 || chart.breakdown.some((s) => s.share === null)) return [];
  const total = sum(chart.breakdown.map((s) => s.share!));
  const range = shareSumRange(chart);
  if (total >= range.low && total <= range.high) return [];
  return [warning('chart-shares-sum', `${chart.title}: shares sum to ${total.toFixed(1)}%, expected ${describeRange(range, chart)}`, chart.page)];
}

/** `chart-counts-sum`: a chart whose every slice has a count sums to its stated total (at least, when 重複あり). */
export function checkChartCounts(chart: Chart): Warning[] {
  if (!chart.total || chart.breakdown.length === 0 || chart.breakdown.some((s) => s.count === null)) return [];
  const counted = sum(chart.breakdown.map((s) => s.count!));
  const stated = chart.total.value;
  if (counted === stated || (chart.overlapping && counted > stated)) return [];
  const unit = chart.total.unit ?? '';
  const expectation = chart.overlapping ? `at least the total ${figure(stated)}${unit} (重複あり)` : `the total ${figure(stated)}${unit}`;
  return [warning('chart-counts-sum', `${chart.title}: counts sum to ${figure(counted)}${unit}, expected ${expectation}`, chart.page)];
}

/**
 * `change-mismatch`: the chart's 前年比 change equals its total minus the prior
 * year's total. Checked only when the prior total is known (null: no check).
 */
export function checkChartChange(chart: Chart, previousTotal: number | null): Warning[] {
  if (previousTotal === null || chart.change === null || !chart.total) return [];
  const difference = Number((chart.total.value - previousTotal).toFixed(6));
  if (difference === chart.change) return [];
  const signed = (n: number) => (n > 0 ? `+${figure(n)}` : figure(n));
  return [
    warning(
      'change-mismatch',
      `${chart.title}: change ${signed(chart.change)} but ${figure(chart.total.value)} − ${figure(previousTotal)} (prior year) = ${signed(difference)}`,
      chart.page,
    ),
  ];
}
