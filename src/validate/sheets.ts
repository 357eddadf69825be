import type { Warning } from '../schema/common.js';
import { warning } from './format.js';
import type { TargetSheet } from './years.js';

/**
 * `actuals-missing`: a sheet with a goal but no actual figure. A 管理シート reports
 * each year's 実績 against its goal; none read means its actuals row was dropped or
 * could not be placed, and an empty list would pass for "nothing achieved yet".
 */
export function checkSheetActuals(sheet: TargetSheet): Warning[] {
  if (sheet.actuals.length > 0 || sheet.goal === null) return [];
  return [warning('actuals-missing', `${sheet.target.title}: a goal but no actual figure`, sheet.page)];
}
