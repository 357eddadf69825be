/**
 * A deck's text from `pdftotext` in its default mode: the page is regrouped by
 * columns, so charts set side by side come out interleaved (both totals, then both
 * 前年比, one after the other) and a plan table's rows are cut where a column of the
 * header wrapped (`R2.3.31 412 1,588 2,000` / `20.6`). Read as it is, figures would
 * land in the wrong chart or column; content order (`-raw`) never gives these.
 */
import { LAYOUT_TEXT_MESSAGE, looksLikeLayoutText } from '../../input/text-mode.js';
import { isChangeLine, quantityLine } from './chart-parts.js';
import { AS_OF_ROW_START, FIGURES_ONLY_LINE } from './vocabulary.js';

const loneTotal = (line: string) => quantityLine(line)?.label === '';

/** Two charts' totals or two 前年比 in a row, or a table row whose figures run on a line of their own. */
export function looksLikeColumnDeck(lines: readonly string[]): boolean {
  const text = lines.map((l) => l.trim()).filter((l) => l !== '');
  return text.some((b, i) => {
    const a = text[i - 1];
    if (a === undefined) return false;
    return (isChangeLine(a) && isChangeLine(b)) || (loneTotal(a) && loneTotal(b)) || (AS_OF_ROW_START.test(a) && FIGURES_ONLY_LINE.test(b));
  });
}

/**
 * Why a deck's text cannot be read as given, or null. The mode regroups within a page,
 * so lines are paired only within one: a row cut by a page break is a cut, not a regrouping.
 */
export function consultationTextProblem(pages: readonly (readonly string[])[]): string | null {
  if (looksLikeLayoutText(pages.flat())) return LAYOUT_TEXT_MESSAGE;
  return pages.some(looksLikeColumnDeck) ? COLUMN_DECK_MESSAGE : null;
}

export const COLUMN_DECK_MESSAGE =
  "text looks like pdftotext's default-mode output (side-by-side charts or table columns regrouped); give the PDF or pdftotext -raw text";
