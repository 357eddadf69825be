import { matchCaption } from './captions.js';
import type { Item } from './items.js';
import { readNumberedGoals } from './numbered-goals.js';
import { readResultsTables, type BodyReading } from './results-table.js';
import type { TargetSheet } from './schema.js';
import { toStream } from './stream.js';
import { tidySpaces } from './text.js';
import { SUMMARY_PLAN_NAME, SUMMARY_BODY_GOAL_LINE } from './vocabulary.js';
import { readYearRow } from './years.js';

/** How a target's own lines are read as a sheet (the PDCA reading): its goal, actuals and reviews. */
export type SheetBodyReader = (body: readonly Item[], target: TargetSheet['target'], page: number) => Pick<TargetSheet, 'goal' | 'actuals' | 'reviews'>;

/**
 * Target sheets in the forms other cities print instead of the PDCA sheet: a 管理シート
 * of numbered goals with label–value blocks, or a plan's 総括 with a table of goals
 * and results. Null when the text is in neither form.
 */
export function readSummaryForms(items: readonly Item[], readBody: SheetBodyReader): { plan: string | null; sheets: TargetSheet[] } | null {
  const stream = toStream(items);
  const body: BodyReading = (from, to, target, page) => {
    const inRange = items.flatMap((item, k) => (stream.starts[k]! >= from && stream.starts[k]! < to ? [k] : []));
    const first = inRange.find((k) => opensBody(items, k));
    if (first === undefined) return null;
    const last = inRange[inRange.length - 1]!;
    return { at: stream.starts[first]!, sheet: readBody(items.slice(first, last + 1), target, page) };
  };
  const sheets = [readNumberedGoals, (s: typeof stream) => readResultsTables(s, body)].map((read) => read(stream)).find((s) => s.length > 0);
  if (!sheets) return null;
  const plan = SUMMARY_PLAN_NAME.exec(stream.text);
  return { plan: plan ? tidySpaces(plan[1]!) : null, sheets };
}

/**
 * Where a 総括 target's goal-and-actuals part begins when it prints no `成果目標の実績`
 * table: a goal heading (`R5年度末までの目標値`), a row of years, or a caption.
 */
function opensBody(items: readonly Item[], k: number): boolean {
  const item = items[k]!;
  if (item.kind !== 'text') return true;
  return SUMMARY_BODY_GOAL_LINE.test(item.text) || (readYearRow(item.text)?.length ?? 0) >= 2 || matchCaption(items, k, ['goal', 'actuals', 'evaluation']) !== null;
}
