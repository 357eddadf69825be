/**
 * A page removed from a document that numbers its pages (a slide number in the corner,
 * `- 3 -` or `3 / 12` at the foot): the printed numbers jump where the PDF's or the
 * text's pages do not. Only a numbering that holds on the other pages counts, so a
 * figure standing alone at a page's edge is never taken for one.
 */
import type { SourceDocument } from '../input/types.js';
import { folioNumber } from '../kinds/shared/vocabulary.js';
import type { Box } from '../layout/types.js';
import { normalizeWidth } from '../normalize/index.js';
import type { Warning } from '../schema/common.js';
import type { WarningCode } from './codes.js';

/** Share of the page height at its top and foot where a PDF prints its page numbers. */
const EDGE = 0.12;
/** Pages that must print a number consistent with their neighbours' before a jump means a loss. */
const MIN_AGREEING_STEPS = 2;

/** Share of the page's width and height two printed numbers may lie apart and still be one slide-number place. */
const SAME_PLACE = 0.02;

interface Numbered {
  page: number;
  printed: number;
  /** Where a PDF page prints it, as shares of the page's width and height. */
  at?: { x: number; y: number };
}

const printedNumber = (text: string): number | null => folioNumber(normalizeWidth(text).trim());

/** Each page's printed number, where the page prints one alone on its first or last line (PDF: at its top or foot). */
function numberedPages(doc: SourceDocument): Numbered[] {
  const out: Numbered[] = [];
  if (doc.format === 'text') {
    for (const p of doc.pages) {
      const lines = p.lines.filter((l) => l.trim() !== '');
      const printed = [lines[lines.length - 1], lines[0]].map((l) => (l === undefined ? null : printedNumber(l))).find((n) => n !== null);
      if (p.page !== null && printed != null) out.push({ page: p.page, printed });
    }
    return out;
  }
  for (const p of doc.pages) {
    const atEdge = (box: Box) => box.y1 <= p.height * EDGE || box.y0 >= p.height * (1 - EDGE);
    const found = [...p.lines, ...(p.furniture ?? [])]
      .filter((l) => atEdge(l.box))
      .map((l) => ({ printed: printedNumber(l.text), at: { x: l.box.x0 / p.width, y: l.box.y0 / p.height } }))
      .filter((n) => n.printed !== null);
    if (found.length === 1) out.push({ page: p.page, printed: found[0]!.printed!, at: found[0]!.at });
  }
  return out;
}

/**
 * A short deck's numbering, too few pages for steps to agree: every number printed in one
 * place of the slide (a slide-number field), the first of them the file's own page number.
 */
function isSlideNumbering(pages: readonly Numbered[]): boolean {
  const first = pages[0];
  if (!first?.at || first.printed !== first.page) return false;
  return pages.every((p) => p.at && Math.abs(p.at.x - first.at!.x) <= SAME_PLACE && Math.abs(p.at.y - first.at!.y) <= SAME_PLACE);
}

/** `page-missing` where the printed numbers skip: pages the document numbers but does not hold. */
export function checkPageNumbers(doc: SourceDocument): Warning[] {
  const pages = numberedPages(doc);
  const steps = pages.slice(1).map((b, i) => ({ a: pages[i]!, b, gap: b.printed - pages[i]!.printed - (b.page - pages[i]!.page) }));
  // a numbering: every step agrees but the jumps forward, and enough of them agree (or a slide number in one place)
  if (steps.some((s) => s.gap < 0)) return [];
  if (steps.filter((s) => s.gap === 0).length < MIN_AGREEING_STEPS && !isSlideNumbering(pages)) return [];
  return steps
    .filter((s) => s.gap > 0)
    .map(({ a, b, gap }) => {
      const first = a.printed + (b.page - a.page);
      const missing = gap === 1 ? `page ${first}` : `pages ${first}–${first + gap - 1}`;
      return {
        code: 'page-missing' satisfies WarningCode,
        message: `${missing} of the document's numbering ${gap === 1 ? 'is' : 'are'} not here: page ${a.page} prints ${a.printed}, page ${b.page} prints ${b.printed}`,
        page: b.page,
      };
    });
}
