import { unionBox, UnionFind } from './geometry.js';
import { readingOrder } from './order.js';
import type { LayoutSettings } from './settings.js';
import type { Block, TextLine } from './types.js';

const sizeOf = (line: TextLine): number => line.fontSize ?? line.box.y1 - line.box.y0;

/**
 * Lines outside tables grouped by proximity: a line joins the line above it when the
 * gap is small for their font size, they overlap horizontally and their sizes are
 * alike (a chart label and its percent below it; a paragraph's wrapped lines).
 * Lines are swept in order of their tops, so each is compared with the few lines
 * that start within reach below it.
 */
export function linesToBlocks(lines: readonly TextLine[], settings: LayoutSettings): Block[] {
  const sorted = [...lines].sort((a, b) => a.box.y0 - b.box.y0);
  const sets = new UnionFind(sorted.length);
  const reach = Math.max(settings.blockLineGapEm, settings.blockSideGapEm);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    const limit = a.box.y1 + reach * sizeOf(a);
    for (let j = i + 1; j < sorted.length && sorted[j]!.box.y0 <= limit; j++) {
      if (belongTogether(a, sorted[j]!, settings)) sets.union(i, j);
    }
  }
  const groups = new Map<number, TextLine[]>();
  sorted.forEach((line, i) => {
    const root = sets.find(i);
    const group = groups.get(root);
    if (group) group.push(line);
    else groups.set(root, [line]);
  });
  const blocks = [...groups.values()].map((group) => blockOf(group, settings));
  return readingOrder(blocks, (b) => b.box, (b) => Math.max(...b.lines.map(sizeOf)), settings);
}

export function blockOf(lines: readonly TextLine[], settings: LayoutSettings): Block {
  const ordered = readingOrder(lines, (l) => l.box, sizeOf, settings);
  return { box: unionBox(ordered.map((l) => l.box)), lines: ordered, text: ordered.map((l) => l.text).join('\n') };
}

function belongTogether(a: TextLine, b: TextLine, settings: LayoutSettings): boolean {
  const sa = sizeOf(a);
  const sb = sizeOf(b);
  const small = Math.min(sa, sb);
  if (Math.max(sa, sb) > settings.blockFontRatio * small) return false;
  const verticalGap = Math.max(a.box.y0, b.box.y0) - Math.min(a.box.y1, b.box.y1);
  const horizontalGap = Math.max(a.box.x0, b.box.x0) - Math.min(a.box.x1, b.box.x1);
  if (horizontalGap <= 0) return verticalGap <= settings.blockLineGapEm * small;
  return verticalGap < 0 && horizontalGap <= settings.blockSideGapEm * small;
}
