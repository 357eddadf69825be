/**
 * A PDF read in parts: each part lays out a contiguous run of the selected pages (in its own
 * reader process, for a large PDF), and the parts become one document only when they are all
 * back. Everything that looks across pages (running headers and footers, the check that some
 * page has text, the first control character) runs here, on the pages in order, so a document
 * is the same whether it was read in one part or in many.
 */
import { PlanExtractError } from '../errors.js';
import { removeFurniture } from '../layout/furniture.js';
import { DEFAULT_LAYOUT_SETTINGS, type LayoutSettings } from '../layout/settings.js';
import type { LayoutPage } from '../layout/types.js';
import type { ControlCharacters } from './control-chars.js';
import type { LayoutDocument } from './types.js';

/** Which part of the selected pages a reader lays out: `index` of `of` (0-based). */
export interface PagePart {
  index: number;
  of: number;
}

/** One part's pages, laid out page by page, nothing across pages done yet. */
export interface LayoutPart {
  pageCount: number;
  pages: LayoutPage[];
  /** Pages of this part with any text. */
  withText: number;
  controlCharacters?: ControlCharacters;
}

/**
 * The share of a page's reading time that checking its bounds costs (measured on the
 * 300-page benchmark PDF: 2.7 ms against 27 ms). Only the first part checks the bounds,
 * for all selected pages, so it gets fewer pages to lay out and the parts end together.
 */
const BOUNDS_COST = 0.1;

/** The selected pages (in order) that part `part` lays out; the parts cover them all, in order. */
export function pagesOfPart<T>(selected: readonly T[], part: PagePart): T[] {
  const n = selected.length;
  const first = Math.max(0, Math.round(n * ((1 + BOUNDS_COST) / part.of - BOUNDS_COST)));
  const start = (i: number) => (i === 0 ? 0 : i >= part.of ? n : first + Math.round(((n - first) * (i - 1)) / (part.of - 1)));
  return selected.slice(start(part.index), start(part.index + 1));
}

/** The parts, in page order, as one document: the steps across pages run on all of them. */
export function assembleLayout(parts: readonly LayoutPart[], options: { file?: string; settings?: LayoutSettings } = {}): LayoutDocument {
  const settings = options.settings ?? DEFAULT_LAYOUT_SETTINGS;
  if (parts.every((p) => p.withText === 0)) {
    throw new PlanExtractError('NO_TEXT_LAYER', 'no text layer (scanned image?); OCR is out of scope', { file: options.file });
  }
  const pages = parts.flatMap((p) => p.pages);
  const controls = parts.filter((p) => p.controlCharacters).map((p) => p.controlCharacters!);
  return {
    format: 'pdf',
    pageCount: parts[0]!.pageCount,
    pages: removeFurniture(pages, settings),
    ...(controls.length > 0 ? { controlCharacters: { ...controls[0]!, count: controls.reduce((s, c) => s + c.count, 0) } } : {}),
  };
}
