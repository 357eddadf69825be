import type { z } from 'zod';
import type { PlanTable as PlanTableSchema, PlanTableRow as PlanTableRowSchema } from '../kinds/consultation-report/schema.js';
import type { Warning } from '../schema/common.js';
import { decimals, figure, warning } from './format.js';

export type PlanTable = z.infer<typeof PlanTableSchema>;
export type PlanTableRow = z.infer<typeof PlanTableRowSchema>;

function rowName(table: PlanTable, row: PlanTableRow, index: number): string {
  return `${table.title} ${row.asOf ?? row.asOfRaw ?? `row ${index + 1}`}`;
}

/** `plan-table-total`: セルフプラン + 事業所作成計画 = 合計数 on every row that states all three. */
export function checkPlanTableTotals(table: PlanTable): Warning[] {
  const out: Warning[] = [];
  table.rows.forEach((row, i) => {
    const { selfPlans, providerPlans, total } = row;
    if (selfPlans === null || providerPlans === null || total === null || selfPlans + providerPlans === total) return;
    out.push(warning(
      'plan-table-total',
      `${rowName(table, row, i)}: ${figure(selfPlans)} + ${figure(providerPlans)} = ${figure(selfPlans + providerPlans)}, table says ${figure(total)}`,
      table.page,
    ));
  });
  return out;
}

/** x rounded and truncated to d decimals (the float error of x × 10^d nudged away first). */
function roundings(x: number, d: number): { rounded: number; truncated: number } {
  const scale = 10 ** d;
  const scaled = Number((x * scale).toFixed(6));
  return { rounded: Math.round(scaled) / scale, truncated: Math.trunc(scaled) / scale };
}

/**
 * `plan-table-rate`: セルフ率 is selfPlans / total × 100, rounded or truncated to
 * one decimal (or to the decimals the rate is written with, when it has more;
 * a whole-number rate may also be rounded or truncated to a whole number).
 */
export function checkPlanTableRates(table: PlanTable): Warning[] {
  const out: Warning[] = [];
  table.rows.forEach((row, i) => {
    const { selfPlans, total, selfPlanRate } = row;
    if (selfPlans === null || total === null || selfPlanRate === null || total <= 0) return;
    const exact = (selfPlans / total) * 100;
    const precisions = [...new Set([Math.max(1, decimals(selfPlanRate)), decimals(selfPlanRate)])];
    const accepted = precisions.flatMap((d) => Object.values(roundings(exact, d)));
    if (accepted.some((v) => Math.abs(v - selfPlanRate) < 1e-9)) return;
    const { rounded, truncated } = roundings(exact, precisions[0]!);
    out.push(warning(
      'plan-table-rate',
      `${rowName(table, row, i)}: rate ${figure(selfPlanRate)}%, but ${figure(selfPlans)} / ${figure(total)} × 100 = ${exact.toFixed(3)} ` +
        `(${figure(rounded)} rounded, ${figure(truncated)} truncated)`,
      table.page,
    ));
  });
  return out;
}

const FIGURE_COLUMNS = ['selfPlans', 'providerPlans', 'total', 'selfPlanRate'] as const;
const COLUMN_NAMES: Record<(typeof FIGURE_COLUMNS)[number], string> = {
  selfPlans: 'セルフプラン',
  providerPlans: '事業所作成計画',
  total: '合計数',
  selfPlanRate: 'セルフ率',
};

/**
 * `plan-table-cells-missing`: a row that states some of its figures but not all — a
 * column dropped, or a row cut at a page break. A row of no figures is a blank row.
 */
export function checkPlanTableCells(table: PlanTable): Warning[] {
  const out: Warning[] = [];
  table.rows.forEach((row, i) => {
    const missing = FIGURE_COLUMNS.filter((c) => row[c] === null);
    if (missing.length === 0 || missing.length === FIGURE_COLUMNS.length) return;
    out.push(warning('plan-table-cells-missing', `${rowName(table, row, i)}: no ${missing.map((c) => COLUMN_NAMES[c]).join(', ')}`, table.page));
  });
  return out;
}
