import type { Warning } from '../schema/common.js';
import { warning } from './format.js';
import type { PlanItem } from './years.js';

type Numbered = Pick<PlanItem, 'no' | 'section' | 'page'> & Partial<Pick<PlanItem, 'subsection'>>;

/** The heading an item is numbered under: its section, and its subsection where it has one (`1-2-3`). */
const groupOf = (item: Numbered): string | null =>
  item.section || item.subsection ? `${item.section?.code ?? ''}\u0000${item.subsection?.code ?? ''}` : null;

/**
 * Whether the document numbers its items per section (or subsection): some heading seen for
 * the first time starts at or below a number already used. A report printed twice restarts too,
 * but with sections seen before, so it still counts as numbered through.
 */
export function numbersPerSection(items: readonly Numbered[]): boolean {
  const seen = new Set<string | null>();
  let highest = -Infinity;
  let current: string | null | undefined;
  for (const item of items) {
    const code = groupOf(item);
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
    const key = perSection ? `${groupOf(item) ?? ''}\u0000${item.no}` : String(item.no);
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, item);
      continue;
    }
    const where = perSection && item.section ? ` in section ${[item.section.code, item.subsection?.code].filter(Boolean).join('-')}` : '';
    const before = earlier.page !== null ? ` (first on page ${earlier.page})` : '';
    out.push(warning('item-number-duplicate', `item number ${item.no}${where} appears again${before}`, item.page));
  }
  return out;
}
