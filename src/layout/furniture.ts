import { normalizeWidth } from '../normalize/index.js';
import { folioNumber } from '../kinds/shared/vocabulary.js';
import { blockOf } from './blocks.js';
import { DEFAULT_LAYOUT_SETTINGS, type LayoutSettings } from './settings.js';
import type { LayoutPage, TextLine } from './types.js';

interface Candidate {
  pageIndex: number;
  line: TextLine;
  /** Vertical centre as a fraction of the page height. */
  at: number;
}

/** Repeats needed when the repeated text differs from page to page in its digits. */
const VARYING_MIN_PAGES = 3;

/** Page numbers and dates change from page to page; the rest of a running header does not. */
const keyOf = (text: string): string => normalizeWidth(text).replace(/\s+/g, '').replace(/\d+/g, '#');

/**
 * Running headers, footers and legends: text outside tables near the top or bottom edge
 * that repeats (digits aside) at the same relative height on enough pages. Repeats
 * are moved from `lines` and `blocks` into `furniture`, except on the first page a
 * repeat appears on, where it stays so the document still reads as a whole (a report
 * title printed on every page is still the title).
 */
export function removeFurniture(pages: readonly LayoutPage[], settings: LayoutSettings = DEFAULT_LAYOUT_SETTINGS): LayoutPage[] {
  const minPages = Math.max(settings.furnitureMinPages, Math.ceil(settings.furnitureMinShare * pages.length));
  const byKey = new Map<string, Candidate[]>();
  pages.forEach((page, pageIndex) => {
    for (const block of page.blocks) {
      for (const line of block.lines) {
        const at = (line.box.y0 + line.box.y1) / 2 / page.height;
        if (at > settings.furnitureMarginBand && at < 1 - settings.furnitureMarginBand) continue;
        const key = keyOf(line.text);
        if (!key) continue;
        const list = byKey.get(key);
        if (list) list.push({ pageIndex, line, at });
        else byKey.set(key, [{ pageIndex, line, at }]);
      }
    }
  });

  const moved = pages.map(() => new Set<TextLine>());
  // a page's own number at its edge is its folio however few pages print one: a deck
  // numbered from its second slide would otherwise keep a lone number as content
  for (const candidates of byKey.values()) {
    for (const c of candidates) if (folioNumber(normalizeWidth(c.line.text).trim()) === pages[c.pageIndex]!.page) moved[c.pageIndex]!.add(c.line);
  }
  for (const candidates of byKey.values()) {
    for (const group of samePosition(candidates, settings.furniturePositionTolerance)) {
      const onPages = new Set(group.map((c) => c.pageIndex));
      // Text that differs in its digits (page numbers) needs more repeats than identical
      // text, so two headings like 第1章 / 第2章 are not taken for a running footer.
      const identical = group.every((c) => c.line.text === group[0]!.line.text);
      if (onPages.size < (identical ? minPages : Math.max(minPages, VARYING_MIN_PAGES))) continue;
      const first = Math.min(...onPages);
      for (const c of group) if (c.pageIndex !== first) moved[c.pageIndex]!.add(c.line);
    }
  }
  return pages.map((page, i) => withoutLines(page, moved[i]!, settings));
}

/** Candidates of one key clustered by relative height. */
function samePosition(candidates: Candidate[], tolerance: number): Candidate[][] {
  const sorted = [...candidates].sort((a, b) => a.at - b.at);
  const groups: Candidate[][] = [];
  for (const c of sorted) {
    const group = groups.at(-1);
    if (group && c.at - group[0]!.at <= tolerance) group.push(c);
    else groups.push([c]);
  }
  return groups;
}

function withoutLines(page: LayoutPage, moved: Set<TextLine>, settings: LayoutSettings): LayoutPage {
  if (moved.size === 0) return page;
  const blocks = page.blocks
    .map((block) => {
      const kept = block.lines.filter((l) => !moved.has(l));
      return kept.length === block.lines.length ? block : kept.length > 0 ? blockOf(kept, settings) : null;
    })
    .filter((b) => b !== null);
  return {
    ...page,
    lines: page.lines.filter((l) => !moved.has(l)),
    blocks,
    furniture: [...(page.furniture ?? []), ...page.lines.filter((l) => moved.has(l))],
  };
}
