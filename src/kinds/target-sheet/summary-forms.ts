import type { Item } from './items.js';
import { readNumberedGoals } from './numbered-goals.js';
import { readResultsTables } from './results-table.js';
import type { TargetSheet } from './schema.js';
import { toStream } from './stream.js';
import { tidySpaces } from './text.js';
import { SUMMARY_PLAN_NAME } from './vocabulary.js';

/**
 * Target sheets in the forms other cities print instead of the PDCA sheet: a 管理シート
 * of numbered goals with label–value blocks, or a plan's 総括 with a table of goals
 * and results. Null when the text is in neither form.
 */
export function readSummaryForms(items: readonly Item[]): { plan: string | null; sheets: TargetSheet[] } | null {
  const stream = toStream(items);
  const sheets = [readNumberedGoals, readResultsTables].map((read) => read(stream)).find((s) => s.length > 0);
  if (!sheets) return null;
  const plan = SUMMARY_PLAN_NAME.exec(stream.text);
  return { plan: plan ? tidySpaces(plan[1]!) : null, sheets };
}
