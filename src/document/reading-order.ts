/**
 * Reading order inside a page and inside a cell, from geometry alone: where a block
 * (a table) is read among the lines around it, and a figure with text beside it.
 */
import { centerX, centerY, containsPoint } from '../layout/geometry.js';
import type { Box, TextLine } from '../layout/types.js';
import { readValue } from './values.js';

/** Whether the middle of `inner` lies inside `outer`. */
export const contains = (outer: Box, inner: Box): boolean => containsPoint(outer, centerX(inner), centerY(inner));

export type Placed<B> = { line: TextLine } | { block: B };

/**
 * Lines in their given order, each block read in (top to bottom) before the first
 * line below its top, unless that line `leads` the block.
 */
export function interleave<B extends { box: Box }>(
  lines: readonly TextLine[],
  blocks: readonly B[],
  leads: (line: TextLine, block: B) => boolean = () => false,
): Array<Placed<B>> {
  const pending = [...blocks].sort((a, b) => a.box.y0 - b.box.y0);
  const out: Array<Placed<B>> = [];
  for (const line of lines) {
    while (pending.length > 0 && pending[0]!.box.y0 < line.box.y0 && !leads(line, pending[0]!)) out.push({ block: pending.shift()! });
    out.push({ line });
  }
  for (const block of pending) out.push({ block });
  return out;
}

/** Lines in their given order with `more` read in by height: each before the first line that starts below it. */
export function placeByHeight(lines: readonly TextLine[], more: readonly TextLine[]): TextLine[] {
  const pending = [...more].sort((a, b) => a.box.y0 - b.box.y0 || a.box.x0 - b.box.x0);
  const out: TextLine[] = [];
  for (const line of lines) {
    while (pending.length > 0 && pending[0]!.box.y0 < line.box.y0) out.push(pending.shift()!);
    out.push(line);
  }
  return [...out, ...pending];
}

/**
 * Lines top to bottom, except where a figure (`1箇所`) has text beside it: a form's
 * box prints its label left of the figure and a note right of it, each wrapped over
 * lines that interleave by height. Such a box is read label lines, figure, note lines.
 */
export function orderFigureBoxes(lines: readonly TextLine[]): TextLine[] {
  const sorted = [...lines].sort((a, b) => a.box.y0 - b.box.y0 || a.box.x0 - b.box.x0);
  const groupOf = new Map<TextLine, TextLine[]>();
  for (const line of sorted) {
    if (groupOf.has(line)) continue;
    const box = figureBox(line, sorted.filter((l) => !groupOf.has(l)));
    if (!box) continue;
    const group = [...box.left, box.figure, ...box.right];
    for (const l of group) groupOf.set(l, group);
  }
  const out: TextLine[] = [];
  const placed = new Set<TextLine>();
  for (const line of sorted) {
    if (placed.has(line)) continue;
    for (const l of groupOf.get(line) ?? [line]) {
      placed.add(l);
      out.push(l);
    }
  }
  return out;
}

/** Beside-text within this many line heights of the box still belongs to it. */
const BOX_GAP = 0.6;

function figureBox(figure: TextLine, lines: readonly TextLine[]): { left: TextLine[]; figure: TextLine; right: TextLine[] } | null {
  if (!/[0-9]/.test(figure.text) || readValue(figure.text.replace(/\s+/g, '')) === null) return null;
  const gap = BOX_GAP * (figure.box.y1 - figure.box.y0);
  const side = (l: TextLine): 'left' | 'right' | null =>
    l.box.x1 <= figure.box.x0 ? 'left' : l.box.x0 >= figure.box.x1 ? 'right' : null;
  let top = figure.box.y0;
  let bottom = figure.box.y1;
  const members = new Set<TextLine>();
  for (let grown = true; grown; ) {
    grown = false;
    for (const l of lines) {
      if (l === figure || members.has(l) || !side(l)) continue;
      if (l.box.y0 <= bottom + gap && l.box.y1 >= top - gap) {
        members.add(l);
        top = Math.min(top, l.box.y0);
        bottom = Math.max(bottom, l.box.y1);
        grown = true;
      }
    }
  }
  if (members.size === 0) return null;
  const byY = (a: TextLine, b: TextLine) => a.box.y0 - b.box.y0 || a.box.x0 - b.box.x0;
  const left = [...members].filter((l) => side(l) === 'left').sort(byY);
  const right = [...members].filter((l) => side(l) === 'right').sort(byY);
  return { left, figure, right };
}
