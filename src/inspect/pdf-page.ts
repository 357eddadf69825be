/**
 * One PDF page as inline SVG at its size in points: the layout's text runs where they
 * stand, each span that fed a field tinted over its glyphs, text no field holds
 * underlined, table cells as rectangles, ruling lines outside tables and page
 * furniture greyed out.
 */
import type { Box, LayoutPage, TextLine } from '../layout/types.js';
import type { TracedLine } from '../validate/provenance.js';
import { alongLine } from './along.js';
import { escapeHtml } from './escape.js';
import { fieldOf, recordOf, spanLabel, type InspectRecord } from './records.js';
import { hasText, segmentLine } from './segments.js';

const r1 = (n: number): string => String(Math.round(n * 10) / 10);

interface PageContext {
  /** The class that colours each field (see fieldClasses). */
  classes: ReadonlyMap<string, string>;
  records: ReadonlyMap<string, InspectRecord>;
  labelled: Set<string>;
}

function lineSvg(line: TextLine, traced: TracedLine | undefined, furniture: boolean, ctx: PageContext): string {
  const { x0, y0, x1, y1 } = line.box;
  const w = x1 - x0;
  const h = y1 - y0;
  const along = alongLine(line);
  // a stretch [a, b) of the text as a box on the page, across or down the line
  const box = (a: number, b: number) => {
    const p = along.start(a);
    const q = along.end(b);
    const lo = Math.min(p, q);
    const len = Math.abs(q - p);
    return line.vertical ? { x: x0, y: lo, w, h: len } : { x: lo, y: y0, w: len, h };
  };
  const parts: string[] = [];
  for (const seg of segmentLine(line.text, traced?.spans ?? [])) {
    const b = box(seg.start, seg.end);
    const piece = line.text.slice(seg.start, seg.end);
    for (const span of seg.spans) {
      const rec = recordOf(span.path);
      const field = fieldOf(span.path);
      const label = spanLabel(span.path, ctx.records);
      parts.push(
        // no <title> here: the script adds one on hover, which keeps long reports small
        `<rect class="hit ${ctx.classes.get(field)}" x="${r1(b.x)}" y="${r1(b.y)}" width="${r1(b.w)}" height="${r1(b.h)}" data-path="${escapeHtml(span.path)}" data-rec="${escapeHtml(rec)}" data-field="${escapeHtml(field)}"/>`,
      );
      if (!ctx.labelled.has(label)) {
        ctx.labelled.add(label);
        parts.push(`<text class="lbl" x="${r1(b.x)}" y="${r1(b.y - 0.5)}" data-rec="${escapeHtml(rec)}" data-field="${escapeHtml(field)}">${escapeHtml(label)}</text>`);
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
  // each run drawn where it stands, so a tint over a stretch sits on the stretch's glyphs
  for (const run of along.runs) {
    const text = escapeHtml(line.text.slice(run.start, run.end));
    const length = r1(Math.abs(run.to - run.from));
    parts.push(
      line.vertical
        ? `<text class="${cls}" x="${r1(x0 + w / 2)}" y="${r1(Math.min(run.from, run.to))}" font-size="${r1(size)}" writing-mode="tb" textLength="${length}" lengthAdjust="spacingAndGlyphs">${text}</text>`
        : `<text class="${cls}" x="${r1(run.from)}" y="${r1(y1 - h * 0.15)}" font-size="${r1(size)}" textLength="${length}" lengthAdjust="spacingAndGlyphs">${text}</text>`,
    );
  }
  return parts.join('');
}

const rect = (cls: string, b: Box): string => `<rect class="${cls}" x="${r1(b.x0)}" y="${r1(b.y0)}" width="${r1(b.x1 - b.x0)}" height="${r1(b.y1 - b.y0)}"/>`;

/** The SVG of a page; `traced` holds its lines, then its furniture, as provenance lists them. */
export function pageSvg(page: LayoutPage, traced: readonly TracedLine[], ctx: PageContext): string {
  const rules = (page.rules ?? []).map((r) => `<line class="rule" x1="${r1(r.x0)}" y1="${r1(r.y0)}" x2="${r1(r.x1)}" y2="${r1(r.y1)}"/>`);
  const cells = page.tables.flatMap((t) => t.cells.map((c) => rect('cell', c.box)));
  const furniture = page.furniture ?? [];
  const lines = [
    ...page.lines.map((l, i) => lineSvg(l, traced[i], traced[i]?.furniture ?? false, ctx)),
    ...furniture.map((l, i) => lineSvg(l, traced[page.lines.length + i], true, ctx)),
  ];
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${r1(page.width)} ${r1(page.height)}" width="${r1(page.width)}" height="${r1(page.height)}"><rect class="paper" width="100%" height="100%"/>${rules.join('')}${cells.join('')}${lines.join('')}</svg>`;
}
