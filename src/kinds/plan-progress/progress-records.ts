/**
 * A progress table reports progress: what was done, what comes next, a grade or an
 * indicator. Rows that state none of these (a budget's 事業 with their amounts, a
 * list of 事業名 and 所管課) are no progress items, and a document of only such rows
 * has no plan-progress records.
 */
import type { PlanItem } from './schema.js';

export function reportsProgress(item: PlanItem): boolean {
  return Boolean(item.results?.text || item.plans?.text || item.achievement !== null || item.indicators.length > 0);
}

/** The fields as read, or with no items when none of them reports progress. */
export function progressOnly<F extends { items: PlanItem[] }>(fields: F): F {
  return fields.items.some(reportsProgress) ? fields : { ...fields, items: [] };
}
