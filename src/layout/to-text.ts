import type { LayoutDocument, TextDocument } from '../input/types.js';

/**
 * A PDF's layout seen as a paged text: each page's lines in reading order.
 * Lets a kind read the parts of a PDF that have no table structure with its text parser.
 */
export function layoutToTextDocument(doc: LayoutDocument): TextDocument {
  return {
    format: 'text',
    pages: doc.pages.map((p) => ({ page: p.page, lines: p.lines.map((l) => l.text) })),
    pageCount: doc.pageCount,
  };
}
