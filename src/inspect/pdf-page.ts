/**
 * One PDF page as inline SVG at its size in points: the layout's lines where they
 * stand, each span that fed a field tinted behind its text, text no field holds
 * underlined, table cells as rectangles, and page furniture greyed out.
 */
import type { LayoutPage, TextLine } from '../layout/types.js';
import type { TracedLine } from '../validate/provenance.js';
import { escapeHtml } from './escape.js';
import { fieldOf, recordOf, spanLabel, type InspectRecord } from './records.js';
import { hasText, segmentLine } from './segments.js';

const r1 = (n: number): string => String(Math.round(n * 10) / 10);

/** Rough advance of a character in ems: wide (CJK, full-width) 1, others about half. */
function advance(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  return code >= 0x2e80 || (code >= 0xff00 && code <= 0xffef) ? 1 : 0.55;
}

/** Where each offset of the text falls along the line, 0..1, by estimated advances. */
function offsets(text: string): number[] {
  const at = [0];
  let sum = 0;
  for (let i = 0; i < text.length; i++) {
    sum += advance(text[i]!);
    at.push(sum);
  }
  return at.map((v) => (sum === 0 ? 0 : v / sum));
}

interface PageContext {
  colours: ReadonlyMap<string, string>;
  records: ReadonlyMap<string, InspectRecord>;
  labelled: Set<string>;
}

function lineSvg(line: TextLine, traced: TracedLine | undefined, furniture: boolean, ctx: PageContext): string {
  const { x0, y0, x1, y1 } = line.box;
  const w = x1 - x0;
  const h = y1 - y0;
  const along = offsets(line.text);
  // a stretch [a, b) of the text as a box on the page, across or down the line
  const box = (a: number, b: number) =>
    line.vertical ? { x: x0, y: y0 + h * along[a]!, w, h: h * (along[b]! - along[a]!) } : { x: x0 + w * along[a]!, y: y0, w: w * (along[b]! - along[a]!), h };
  const parts: string[] = [];
  for (const seg of segmentLine(line.text, traced?.spans ?? [])) {
    const b = box(seg.start, seg.end);
    const piece = line.text.slice(seg.start, seg.end);
    for (const span of seg.spans) {
      const rec = recordOf(span.path);
      const label = spanLabel(span.path, ctx.records);
      parts.push(
        `<rect class="hit" x="${r1(b.x)}" y="${r1(b.y)}" width="${r1(b.w)}" height="${r1(b.h)}" fill="${ctx.colours.get(fieldOf(span.path))}" data-path="${escapeHtml(span.path)}" data-rec="${escapeHtml(rec)}"><title>${escapeHtml(`${label}: ${span.path}`)}</title></rect>`,
      );
      if (!ctx.labelled.has(label)) {
        ctx.labelled.add(label);
        parts.push(`<text class="lbl" x="${r1(b.x)}" y="${r1(b.y - 0.5)}" data-rec="${escapeHtml(rec)}">${escapeHtml(label)}</text>`);
      }
    }
    if (seg.spans.length === 0 && !furniture && hasText(piece)) {
      parts.push(
        line.vertical
          ? `<line class="miss" x1="${r1(x1 + 0.5)}" y1="${r1(b.y)}" x2="${r1(x1 + 0.5)}" y2="${r1(b.y + b.h)}"/>`
          : `<line class="miss" x1="${r1(b.x)}" y1="${r1(y1 + 0.5)}" x2="${r1(b.x + b.w)}" y2="${r1(y1 + 0.5)}"/>`,
      );
    }
  }
  const size = line.fontSize ?? (line.vertical ? w : h);
  const cls = furniture ? 'ln furn' : 'ln';
  const text = line.vertical
    ? `<text class="${cls}" x="${r1(x0 + w / 2)}" y="${r1(y0)}" font-size="${r1(size)}" writing-mode="tb" textLength="${r1(h)}" lengthAdjust="spacingAndGlyphs">${escapeHtml(line.text)}</text>`
    : `<text class="${cls}" x="${r1(x0)}" y="${r1(y1 - h * 0.15)}" font-size="${r1(size)}" textLength="${r1(w)}" lengthAdjust="spacingAndGlyphs">${escapeHtml(line.text)}</text>`;
  return parts.join('') + text;
}

/** The SVG of a page; `traced` holds its lines, then its furniture, as provenance lists them. */
export function pageSvg(page: LayoutPage, traced: readonly TracedLine[], ctx: PageContext): string {
  const cells = page.tables.flatMap((t) => t.cells.map((c) => `<rect class="cell" x="${r1(c.box.x0)}" y="${r1(c.box.y0)}" width="${r1(c.box.x1 - c.box.x0)}" height="${r1(c.box.y1 - c.box.y0)}"/>`));
  const furniture = page.furniture ?? [];
  const lines = [
    ...page.lines.map((l, i) => lineSvg(l, traced[i], traced[i]?.furniture ?? false, ctx)),
    ...furniture.map((l, i) => lineSvg(l, traced[page.lines.length + i], true, ctx)),
  ];
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${r1(page.width)} ${r1(page.height)}" width="${r1(page.width)}" height="${r1(page.height)}"><rect class="paper" width="100%" height="100%"/>${cells.join('')}${lines.join('')}</svg>`;
}

