import type { LayoutDocument } from '../../input/types.js';
import type { LayoutPage, TextLine } from '../../layout/types.js';
import type { ParseContext } from '../types.js';
import { readGridTables } from './grid-tables.js';
import type { UsedLines } from './lines.js';
import type { ConsultationReportFields, PlanTable } from './model.js';
import { readSlides } from './read-slides.js';
import type { Slide } from './slides.js';
import { readUnruledTables } from './unruled-tables.js';

interface LayoutSlide extends Slide {
  /** Slide line indexes of each block. */
  blockLines: number[][];
  /** The slide line index of each layout line. */
  indexOf: Map<TextLine, number>;
}

/**
 * A page as the slide readers see it: its blocks (text set together, such as a
 * slice label with its percent) one after another, a blank line between blocks,
 * each line tagged with its block. Text inside ruled tables is not in blocks.
 */
function blockSlide(page: LayoutPage): LayoutSlide {
  const lines: string[] = [];
  const groups: number[] = [];
  const blockLines: number[][] = [];
  const indexOf = new Map<TextLine, number>();
  page.blocks.forEach((block, k) => {
    blockLines.push(
      block.lines.map((line) => {
        indexOf.set(line, lines.length);
        lines.push(line.text);
        groups.push(k);
        return lines.length - 1;
      }),
    );
    lines.push('');
    groups.push(-1);
  });
  return { page: page.page, lines, groups, blockLines, indexOf };
}

/**
 * Plan tables of a PDF: ruled grids read by their column headers, then tables
 * drawn without rules, read from the positions of the page's lines (blocks would
 * group a column's cells together).
 */
function layoutTables(doc: LayoutDocument, slides: readonly LayoutSlide[], used: UsedLines, ctx: ParseContext): PlanTable[] {
  const ruled = doc.pages.flatMap((page, s) =>
    readGridTables(page, ctx).map(({ table, titleBlock }) => {
      for (const i of titleBlock === null ? [] : slides[s]!.blockLines[titleBlock]!) used.add(s, i);
      return table;
    }),
  );
  const unruled = doc.pages.flatMap((page, s) => {
    const slide = slides[s]!;
    const free = page.lines.filter((l) => slide.indexOf.has(l) && !used.has(s, slide.indexOf.get(l)!));
    return readUnruledTables(page, free, ctx).map(({ table, lines }) => {
      for (const l of lines) used.add(s, slide.indexOf.get(l)!);
      return table;
    });
  });
  return [...ruled, ...unruled];
}

/**
 * A deck as a PDF: each page is a slide. Charts are read from the page's blocks,
 * so labels pair with the values set beside them; plan tables from ruled grids
 * (cells by column header) or from rows of lines; anything else as on a text slide.
 */
export function parseLayout(doc: LayoutDocument, ctx: ParseContext): ConsultationReportFields {
  const slides = doc.pages.map(blockSlide);
  return readSlides(slides, ctx, (used) => layoutTables(doc, slides, used, ctx));
}
