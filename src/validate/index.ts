/**
 * Consistency checks: pure functions over a finished document that return
 * warnings (code, message, page) and never change the data. Codes and what
 * they mean: ./codes.ts.
 */
import type { ConsultationReportDocument, PlanProgressDocument, TargetSheetDocument } from '../schema/document.js';
import type { Warning } from '../schema/common.js';
import { checkChartChange, checkChartCounts, checkChartShares } from './charts.js';
import { checkPlanTableCells, checkPlanTableRates, checkPlanTableTotals } from './plan-tables.js';
import { checkIndicatorRates } from './indicators.js';
import { checkItemNumbers } from './item-numbers.js';
import { checkSheetActuals } from './sheets.js';
import { checkPlanItemYears, checkTargetSheetYears } from './years.js';

export { CONSISTENCY_CODES, WARNING_CODES, type ConsistencyCode, type ParserCode, type WarningCode } from './codes.js';
export { checkChartChange, checkChartCounts, checkChartShares, shareSumRange, SHARE_TOLERANCE, type Chart } from './charts.js';
export { checkPlanTableCells, checkPlanTableRates, checkPlanTableTotals, type PlanTable, type PlanTableRow } from './plan-tables.js';
export { checkIndicatorRates } from './indicators.js';
export { checkItemNumbers, numbersPerSection } from './item-numbers.js';
export { checkPlanItemYears, checkTargetSheetYears, YEARS_BEFORE_GOAL, type PlanItem, type TargetSheet } from './years.js';

/** A document's kind fields; source and warnings may be there or not. */
type Checked<T> = Omit<T, 'source' | 'warnings'>;
export type CheckedDocument = Checked<PlanProgressDocument> | Checked<TargetSheetDocument> | Checked<ConsultationReportDocument>;

export interface ConsistencyOptions {
  /**
   * The prior year's report of the same kind, for `change-mismatch`: each
   * chart's change is checked against the prior chart of the same title.
   */
  previous?: CheckedDocument;
}

export function checkPlanProgress(doc: Checked<PlanProgressDocument>): Warning[] {
  return [...checkItemNumbers(doc.items), ...doc.items.flatMap((item) => [...checkPlanItemYears(item), ...checkIndicatorRates(item)])];
}

export function checkTargetSheets(doc: Checked<TargetSheetDocument>): Warning[] {
  return doc.sheets.flatMap((sheet) => [...checkSheetActuals(sheet), ...checkTargetSheetYears(sheet)]);
}

/** Prior-year totals by chart title, when the previous report is the year before (or its year is unknown). */
function previousTotals(doc: Checked<ConsultationReportDocument>, previous: CheckedDocument | undefined): Map<string, number> {
  const totals = new Map<string, number>();
  if (previous?.kind !== 'consultation-report') return totals;
  if (doc.fiscalYear !== null && previous.fiscalYear !== null && previous.fiscalYear !== doc.fiscalYear - 1) return totals;
  for (const chart of previous.charts) if (chart.total) totals.set(chart.title, chart.total.value);
  return totals;
}

export function checkConsultationReport(doc: Checked<ConsultationReportDocument>, options: ConsistencyOptions = {}): Warning[] {
  const prior = previousTotals(doc, options.previous);
  return [
    ...doc.charts.flatMap((chart) => [
      ...checkChartShares(chart),
      ...checkChartCounts(chart),
      ...checkChartChange(chart, prior.get(chart.title) ?? null),
    ]),
    ...doc.tables.flatMap((table) => [...checkPlanTableCells(table), ...checkPlanTableTotals(table), ...checkPlanTableRates(table)]),
  ];
}

/** Every consistency check that applies to the document's kind. */
export function checkConsistency(doc: CheckedDocument, options: ConsistencyOptions = {}): Warning[] {
  switch (doc.kind) {
    case 'plan-progress':
      return checkPlanProgress(doc);
    case 'target-sheet':
      return checkTargetSheets(doc);
    case 'consultation-report':
      return checkConsultationReport(doc, options);
  }
}
