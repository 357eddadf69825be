/**
 * A target sheet's text from `pdftotext` in its default mode: the page is regrouped
 * by columns, so a row of years (`Ｒ３ Ｒ４ Ｒ５`) or of actuals (`１２人 ２５人 －`)
 * comes out one figure per line, apart from its label. Content order (`-raw`, a
 * viewer's copy) keeps such a row on one line.
 */
import { hasWrappedLayoutRow, LAYOUT_TEXT_MESSAGE, looksLikeLayoutText } from '../../input/text-mode.js';
import { squeeze } from '../shared/vocabulary.js';

/** One figure or year alone: `１２人`, `4,899人`, `Ｒ３`, `令和５年度`, `－`. */
const LONE_FIGURE = /^(?:[0-9][0-9,.]*\s*\S{0,2}|[RHS][0-9元]{1,2}(?:年度?)?|(?:令和|平成)[0-9元]{1,2}年度?|[-－―ー])$/;
/** This many in a row (blank lines aside) is a table row stood on end. */
const MIN_STACKED = 3;

export function looksLikeColumnText(lines: readonly string[]): boolean {
  let run = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    run = LONE_FIGURE.test(squeeze(line)) ? run + 1 : 0;
    if (run >= MIN_STACKED) return true;
  }
  return false;
}

/** Why a target sheet's text cannot be read as given, or null. */
export function targetTextProblem(pages: readonly (readonly string[])[]): string | null {
  const lines = pages.flat();
  if (looksLikeLayoutText(lines) || hasWrappedLayoutRow(lines)) return LAYOUT_TEXT_MESSAGE;
  return looksLikeColumnText(lines) ? COLUMN_TEXT_MESSAGE : null;
}

export const COLUMN_TEXT_MESSAGE =
  "text looks like pdftotext's default-mode output (a row of years or figures stood one per line); give the PDF or pdftotext -raw text";
