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

export interface HeadingAssignment {
  byItem: Map<number, Governing>;
  /** The state the next page starts from. */
  state: Governing;
  /**
   * Header blocks between rows outnumber the headings left for them in a way that
   * leaves open which rows a heading governs (a repeated header, or a heading missing).
   */
  ambiguous: boolean;
}

interface Group {
  before: Heading[];
  items: number[];
}

/** Resolve a page's events to the governing headings of each item id, from the state the previous page left. */
export function assignHeadings(events: readonly PageEvent[], previous: Governing): HeadingAssignment {
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
  const tables = newTables(
    groups.filter((g) => g.before.length === 0 && !assigned.byGroup.has(g)),
    groups[0],
    previous,
    trailing.length,
  );
  const unheaded = tables.groups;
  const n = Math.min(unheaded.length, trailing.length);
  unheaded.slice(unheaded.length - n).forEach((g, i) => assigned.byGroup.set(g, trailing[trailing.length - n + i]!));

  const byItem = new Map<number, Governing>();
  let state = previous;
  for (const g of groups) {
    state = assigned.byGroup.get(g) ?? state;
    for (const id of g.items) byItem.set(id, state);
  }
  if (groups.length === 0 && trailing.length) state = trailing[trailing.length - 1]!;
  return { byItem, state, ambiguous: assigned.ambiguous || tables.ambiguous };
}

/**
 * The groups without headings of their own that open a table. A header block between
 * rows opens one only when a heading is left for it: the column headers repeated
 * inside one table are structure, and the rows after them stay under the table's
 * heading. The page's first group may continue the previous page's table, unless no
 * heading came before it; the groups a page's trailing headings cannot all reach are
 * the repeats, taken from the first.
 */
function newTables(unheaded: readonly Group[], first: Group | undefined, previous: Governing, headings: number): { groups: Group[]; ambiguous: boolean } {
  const continuing = previous.section !== null || previous.subsection !== null;
  const headedFirst = first !== undefined && unheaded.includes(first) && !continuing;
  const between = unheaded.filter((g) => g !== first).length;
  // the headings left for the header blocks between rows, once the first group has its own
  const left = Math.max(0, headings - (headedFirst ? 1 : 0));
  let repeats = Math.max(0, between - left);
  return {
    groups: unheaded.filter((g) => g === first || repeats-- <= 0),
    ambiguous: left > 0 && left < between,
  };
}

/**
 * Headings before a group govern it. When they name more subsections than one and
 * the groups after it on the page have none of their own, the producer drew the
 * page's headings together above its first table: they go, in order, to that group
 * and the ones after it (aligned to the end if there are more headings than groups).
 */
function spreadLeading(groups: readonly Group[], previous: Governing): { byGroup: Map<Group, Governing>; state: Governing; ambiguous: boolean } {
  const byGroup = new Map<Group, Governing>();
  let state = previous;
  let ambiguous = false;
  groups.forEach((g, k) => {
    if (g.before.length === 0) return;
    const own = entries(g.before, state.section);
    if (own.length === 0) return;
    const followers: Group[] = [];
    for (let j = k + 1; j < groups.length && groups[j]!.before.length === 0; j++) followers.push(groups[j]!);
    // more tables than headings drawn together: which table lacks one is a guess
    if (own.length > 1 && followers.length + 1 > own.length) ambiguous = true;
    const targets = [g, ...followers].slice(0, own.length);
    const first = own.length - targets.length;
    targets.forEach((t, i) => byGroup.set(t, own[first + i]!));
    state = own[own.length - 1]!;
  });
  return { byGroup, state, ambiguous };
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
