/**
 * A table of figures checks itself: its last row, when its label says it is the
 * total (合計, 計), equals the sum of the rows above it, column by column. A figure
 * that differs was printed or read wrong, and is named in a warning.
 */
import type { Count } from './model.js';
import { TOTAL_ROW_LABEL } from './vocabulary.js';

/** The columns whose total row differs from the sum of the rows above it, as messages. */
export function totalMismatches(title: string, counts: readonly Count[], column: (c: Count) => string): string[] {
  return totalled(counts, column).flatMap(({ name, total, parts }) => {
    const sum = parts.reduce((s, c) => s + c.value, 0);
    return sum === total.value ? [] : [`${title}${name ? ` ${name}` : ''}: the rows sum to ${sum}, the ${total.label} row says ${total.value}`];
  });
}

/**
 * Printed shares are rounded or cut to the digit they show: a share further than
 * this (in points) from its figure's part of the total belongs to another figure.
 */
const SHARE_TOLERANCE_POINTS = 1;

/**
 * The rows whose printed share (構成比) is not their figure's part of the total row:
 * two rows' figures swapped, or one misprinted, keep the sum and break the shares.
 */
export function shareMismatches(title: string, counts: readonly Count[], column: (c: Count) => string): string[] {
  return totalled(counts, column).flatMap(({ total, parts }) => {
    // shares are of the rows' sum: a 合計 that differs from it is named by totalMismatches, not here
    const sum = parts.reduce((s, c) => s + c.value, 0);
    const whole = sum === total.value ? `the ${total.label} ${total.value}` : `the rows' sum ${sum}`;
    return sum <= 0
      ? []
      : parts.flatMap((c) => {
          const part = (100 * c.value) / sum;
          if (c.share === null || Math.abs(part - c.share) <= SHARE_TOLERANCE_POINTS) return [];
          return [`${title}: ${c.label} ${c.value} is ${part.toFixed(1)}% of ${whole}, the table prints ${c.share}%`];
        });
  });
}

/** Each column's rows above its total row, when its last row is a total (合計, 計) over two rows or more. */
function totalled(counts: readonly Count[], column: (c: Count) => string): Array<{ name: string; total: Count; parts: Count[] }> {
  const columns = new Map<string, Count[]>();
  for (const c of counts) columns.set(column(c), [...(columns.get(column(c)) ?? []), c]);
  return [...columns].flatMap(([name, cells]) => {
    const total = cells[cells.length - 1]!;
    const parts = cells.slice(0, -1);
    return !TOTAL_ROW_LABEL.test(total.label) || parts.length < 2 || parts.some((c) => TOTAL_ROW_LABEL.test(c.label)) ? [] : [{ name, total, parts }];
  });
}
