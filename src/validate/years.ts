import type { z } from 'zod';
import type { PlanItem as PlanItemSchema } from '../kinds/plan-progress/schema.js';
import type { TargetSheet as TargetSheetSchema } from '../kinds/target-sheet/schema.js';
import type { Warning } from '../schema/common.js';
import { warning } from './format.js';

export type TargetSheet = z.infer<typeof TargetSheetSchema>;
export type PlanItem = z.infer<typeof PlanItemSchema>;

/**
 * How many fiscal years before its goal year a sheet may report: a 障害福祉計画
 * period is three years, and sheets also carry the years leading up to it.
 */
export const YEARS_BEFORE_GOAL = 5;

/**
 * `actual-year-outside-plan` for a target sheet: every actual and review year
 * falls in the plan period, taken as the goal's fiscal year and the
 * YEARS_BEFORE_GOAL years before it. No goal year, no check.
 */
export function checkTargetSheetYears(sheet: TargetSheet): Warning[] {
  const goalYear = sheet.goal?.fiscalYear ?? null;
  if (goalYear === null) return [];
  const first = goalYear - YEARS_BEFORE_GOAL;
  const outside = (fy: number) => fy > goalYear || fy < first;
  const describe = (fy: number) => (fy > goalYear ? `after the goal year FY${goalYear}` : `more than ${YEARS_BEFORE_GOAL} years before the goal year FY${goalYear}`);
  const out: Warning[] = [];
  const years = (list: ReadonlyArray<{ fiscalYear: number | null }>) => [...new Set(list.flatMap((r) => (r.fiscalYear !== null ? [r.fiscalYear] : [])))].filter(outside);
  for (const fy of years(sheet.actuals)) {
    out.push(warning('actual-year-outside-plan', `${sheet.target.title}: actual for FY${fy} is ${describe(fy)}`, sheet.page));
  }
  for (const fy of years(sheet.reviews)) {
    out.push(warning('actual-year-outside-plan', `${sheet.target.title}: review of FY${fy} is ${describe(fy)}`, sheet.page));
  }
  return out;
}

/** `actual-year-outside-plan` for a plan item: the results' year is not after the plans' year. */
export function checkPlanItemYears(item: PlanItem): Warning[] {
  const done = item.results?.fiscalYear ?? null;
  const planned = item.plans?.fiscalYear ?? null;
  if (done === null || planned === null || done <= planned) return [];
  return [warning('actual-year-outside-plan', `事業${item.no} ${item.name}: results of FY${done} come after the plans for FY${planned}`, item.page)];
}
