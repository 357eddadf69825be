/**
 * A table of figures checks itself: its last row, when its label says it is the
 * total (合計, 計), equals the sum of the rows above it, column by column. A figure
 * that differs was printed or read wrong, and is named in a warning.
 */
import type { Count } from './model.js';
import { TOTAL_ROW_LABEL } from './vocabulary.js';

/** The columns whose total row differs from the sum of the rows above it, as messages. */
export function totalMismatches(title: string, counts: readonly Count[], column: (c: Count) => string): string[] {
  const columns = new Map<string, Count[]>();
  for (const c of counts) columns.set(column(c), [...(columns.get(column(c)) ?? []), c]);
  return [...columns].flatMap(([name, cells]) => {
    const total = cells[cells.length - 1]!;
    const parts = cells.slice(0, -1);
    if (!TOTAL_ROW_LABEL.test(total.label) || parts.length < 2 || parts.some((c) => TOTAL_ROW_LABEL.test(c.label))) return [];
    const sum = parts.reduce((s, c) => s + c.value, 0);
    return sum === total.value ? [] : [`${title}${name ? ` ${name}` : ''}: the rows sum to ${sum}, the ${total.label} row says ${total.value}`];
  });
}
