/**
 * Which section / subsection governs which rows. In content order a page's
 * headings may come before its rows (a heading printed at the top) or after all of
 * them (the header block is drawn last), and a page may hold several tables, each
 * opened by its direction sub-header. Headings before a group of rows govern it;
 * headings after the page's last row go, in order, to the groups that had none,
 * both aligned to the end (the page's first group usually continues the previous
 * page's subsection, so it is the one printed without a heading).
 */
import type { CodeTitle } from './cells.js';
import type { Heading } from './lines.js';

export type PageEvent = { type: 'heading'; heading: Heading } | { type: 'group' } | { type: 'item'; id: number };

export interface Governing {
  section: CodeTitle | null;
  subsection: CodeTitle | null;
}

interface Group {
  before: Heading[];
  items: number[];
}

/** Resolve a page's events to the governing headings of each item id, from the state the previous page left. */
export function assignHeadings(events: readonly PageEvent[], previous: Governing): { byItem: Map<number, Governing>; state: Governing } {
  const groups: Group[] = [];
  let current: Group = { before: [], items: [] };
  let pending: Heading[] = [];
  for (const e of events) {
    if (e.type === 'heading') {
      (current.items.length ? pending : current.before).push(e.heading);
    } else if (e.type === 'group') {
      if (current.items.length) {
        groups.push(current);
        current = { before: pending, items: [] };
        pending = [];
      }
    } else {
      if (pending.length) {
        // headings between rows of one table: they open the rows after them
        groups.push(current);
        current = { before: pending, items: [] };
        pending = [];
      }
      current.items.push(e.id);
    }
  }
  if (current.items.length) groups.push(current);
  else pending = [...current.before, ...pending];

  const assigned = spreadLeading(groups, previous);
  const trailing = entries(pending, assigned.state.section);
  const unheaded = groups.filter((g) => g.before.length === 0 && !assigned.byGroup.has(g));
  const n = Math.min(unheaded.length, trailing.length);
  unheaded.slice(unheaded.length - n).forEach((g, i) => assigned.byGroup.set(g, trailing[trailing.length - n + i]!));

  const byItem = new Map<number, Governing>();
  let state = previous;
  for (const g of groups) {
    state = assigned.byGroup.get(g) ?? state;
    for (const id of g.items) byItem.set(id, state);
  }
  if (groups.length === 0 && trailing.length) state = trailing[trailing.length - 1]!;
  return { byItem, state };
}

/**
 * Headings before a group govern it. When they name more subsections than one and
 * the groups after it on the page have none of their own, the producer drew the
 * page's headings together above its first table: they go, in order, to that group
 * and the ones after it (aligned to the end if there are more headings than groups).
 */
function spreadLeading(groups: readonly Group[], previous: Governing): { byGroup: Map<Group, Governing>; state: Governing } {
  const byGroup = new Map<Group, Governing>();
  let state = previous;
  groups.forEach((g, k) => {
    if (g.before.length === 0) return;
    const own = entries(g.before, state.section);
    if (own.length === 0) return;
    const followers: Group[] = [];
    for (let j = k + 1; j < groups.length && groups[j]!.before.length === 0; j++) followers.push(groups[j]!);
    const targets = [g, ...followers].slice(0, own.length);
    const first = own.length - targets.length;
    targets.forEach((t, i) => byGroup.set(t, own[first + i]!));
    state = own[own.length - 1]!;
  });
  return { byGroup, state };
}

/** Headings in order → one governing pair per subsection (or per section without one). */
function entries(headings: readonly Heading[], section: CodeTitle | null): Governing[] {
  const out: Governing[] = [];
  let currentSection = section;
  let sectionUsed = true;
  for (const h of headings) {
    const ct = { code: h.code, title: h.title };
    if (h.level === 'section') {
      if (!sectionUsed && currentSection) out.push({ section: currentSection, subsection: null });
      currentSection = ct;
      sectionUsed = false;
    } else {
      out.push({ section: currentSection, subsection: ct });
      sectionUsed = true;
    }
  }
  if (!sectionUsed && currentSection) out.push({ section: currentSection, subsection: null });
  return out;
}
