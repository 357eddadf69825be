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

interface Numbered {
  page: number;
  printed: number;
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
    const found = [...p.lines, ...(p.furniture ?? [])].filter((l) => atEdge(l.box)).map((l) => printedNumber(l.text)).filter((n) => n !== null);
    if (found.length === 1) out.push({ page: p.page, printed: found[0]! });
  }
  return out;
}

/** `page-missing` where the printed numbers skip: pages the document numbers but does not hold. */
export function checkPageNumbers(doc: SourceDocument): Warning[] {
  const pages = numberedPages(doc);
  const steps = pages.slice(1).map((b, i) => ({ a: pages[i]!, b, gap: b.printed - pages[i]!.printed - (b.page - pages[i]!.page) }));
  // a numbering: every step agrees but the jumps forward, and enough of them agree
  if (steps.some((s) => s.gap < 0) || steps.filter((s) => s.gap === 0).length < MIN_AGREEING_STEPS) return [];
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
