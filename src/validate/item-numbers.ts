import type { Warning } from '../schema/common.js';
import { warning } from './format.js';
import type { PlanItem } from './years.js';

type Numbered = Pick<PlanItem, 'no' | 'section' | 'page'> & Partial<Pick<PlanItem, 'subsection'>>;

/** The heading an item is numbered under: its subsection where it has one (`施策1-1`), else its section. */
const unitOf = (item: Numbered): string | null =>
  item.section === null && !item.subsection ? null : `${item.section?.code ?? ''}\u0000${item.subsection?.code ?? ''}`;

/**
 * Whether the document numbers its items per section (or subsection): some heading seen for the first
 * time starts at or below a number already used. A report printed twice restarts too,
 * but with sections seen before, so it still counts as numbered through.
 */
export function numbersPerSection(items: readonly Numbered[]): boolean {
  const seen = new Set<string | null>();
  let highest = -Infinity;
  let current: string | null | undefined;
  for (const item of items) {
    const code = unitOf(item);
    if (code !== current) {
      if (!seen.has(code) && seen.size > 0 && item.no <= highest) return true;
      seen.add(code);
      current = code;
    }
    highest = Math.max(highest, item.no);
  }
  return false;
}

/** `item-number-duplicate`: an item number used twice (within its section, where the document numbers per section). */
export function checkItemNumbers(items: readonly Numbered[]): Warning[] {
  const perSection = numbersPerSection(items);
  const first = new Map<string, Numbered>();
  const out: Warning[] = [];
  for (const item of items) {
    const key = perSection ? `${unitOf(item) ?? ''}\u0000${item.no}` : String(item.no);
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, item);
      continue;
    }
    const heading = item.subsection ?? item.section;
    const where = perSection && heading ? ` in section ${heading.code}` : '';
    const before = earlier.page !== null ? ` (first on page ${earlier.page})` : '';
    out.push(warning('item-number-duplicate', `item number ${item.no}${where} appears again${before}`, item.page));
  }
  return out;
}
