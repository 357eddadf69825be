/**
 * A target sheet's text from `pdftotext` in its default mode: the page is regrouped
 * by columns, so a row of years (`Ｒ３ Ｒ４ Ｒ５`) or of actuals (`１２人 ２５人 －`)
 * comes out one figure per line, apart from its label. Content order (`-raw`, a
 * viewer's copy) keeps such a row on one line.
 */
import { hasWrappedLayoutRow, LAYOUT_TEXT_MESSAGE, looksLikeLayoutText } from '../../input/text-mode.js';
import { canon, squeeze } from '../shared/vocabulary.js';
import { headerRoles } from './indicator-table.js';
import { REVIEW_STEPS } from './vocabulary.js';

/** One figure or year alone: `１２人`, `4,899人`, `Ｒ３`, `令和５年度`, `－`. */
const LONE_FIGURE = /^(?:[0-9][0-9,.]*\s*\S{0,2}|[RHS][0-9元]{1,2}(?:年度?)?|(?:令和|平成)[0-9元]{1,2}年度?|[-－―ー])$/;
/** This many in a row (blank lines aside) is a table row stood on end… */
const MIN_STACKED = 3;
/** …or, when all are bare numbers, a chart's axis and data labels (a slide's chart, which every mode prints one per line). */
const BARE_NUMBER = /^[0-9][0-9,.]*$/;

/** What a run of lone figures is: a table row stood on end, a chart's labels, or neither. */
function stackedFigures(lines: readonly string[]): 'row' | 'chart' | null {
  let run = 0;
  let marked = false;
  let chart = false;
  for (const line of lines) {
    if (line.trim() === '') continue;
    const figure = squeeze(line);
    const lone = LONE_FIGURE.test(figure);
    run = lone ? run + 1 : 0;
    marked = lone && ((marked && run > 1) || !BARE_NUMBER.test(figure));
    if (run >= MIN_STACKED && marked) return 'row';
    if (run >= MIN_STACKED) chart = true;
  }
  return chart ? 'chart' : null;
}

export const looksLikeColumnText = (lines: readonly string[]): boolean => stackedFigures(lines) === 'row';

/** A one-line テキスト版: every page a line or two (a page's cells apart by spaces), which no pdftotext mode prints. */
const isOneLinePerPage = (pages: readonly (readonly string[])[]): boolean =>
  pages.length > 1 && pages.every((p) => p.filter((l) => l.trim() !== '').length <= 2);

/**
 * `評価（C） 改善（A）` on a line of their own: two review boxes side by side, whose texts a
 * content-order text prints one after the other with nothing to tell where the first ends.
 */
const REVIEW_STEP_ALONE = new RegExp(`^(?:${REVIEW_STEPS})$`);
const isSideBySideReview = (line: string): boolean => {
  const words = line.trim().split(/\s+/);
  return words.length === 2 && words.every((w) => REVIEW_STEP_ALONE.test(canon(w)));
};

/** Why a target sheet's text cannot be read as given, or null. */
export function targetTextProblem(pages: readonly (readonly string[])[]): string | null {
  const lines = pages.flat();
  if (!isOneLinePerPage(pages) && (looksLikeLayoutText(lines) || hasWrappedLayoutRow(lines))) return LAYOUT_TEXT_MESSAGE;
  const stacked = stackedFigures(lines);
  if (stacked === 'row') return COLUMN_TEXT_MESSAGE;
  if (stacked === 'chart') return CHART_LABELS_MESSAGE;
  return lines.some(isSideBySideReview) ? SIDE_BY_SIDE_MESSAGE : null;
}

export const CHART_LABELS_MESSAGE =
  "text prints a chart's axis and data labels one per line among the sheet's lines (a slide's chart in content order), and its axis years where a header of years would stand; give the PDF or a テキスト版";

export const SIDE_BY_SIDE_MESSAGE =
  'text prints review boxes that stand side by side (評価（C） beside 改善（A）) one after the other, with nothing to tell where one ends; give the PDF or a テキスト版 with a cell per box';

export const COLUMN_TEXT_MESSAGE =
  "text looks like pdftotext's default-mode output (a row of years or figures stood one per line); give the PDF or pdftotext -raw text";

/** Header words of this many kinds of column name a table of goals and actuals. */
const MIN_HEADER_ROLES = 3;

/**
 * Why a text with no sheet read none: it prints a goals-and-actuals table's header (its
 * column words, on lines of their own) but no row of it stayed together, as in a
 * spreadsheet export's text that prints a page's one-line cells before its wrapped ones.
 */
export function targetEmptyTextHint(pages: readonly (readonly string[])[]): string | null {
  const roles = new Set(pages.flat().flatMap((line) => [...headerRoles(line)]));
  return roles.size >= MIN_HEADER_ROLES ? SCRAMBLED_TABLE_HINT : null;
}

export const SCRAMBLED_TABLE_HINT =
  "the text prints a table of goals and actuals (成果目標 / 項目 / 目標値 / 実績 / 達成率) whose rows do not stay together (a spreadsheet export's text puts a page's wrapped cells after its other cells); give the PDF or a テキスト版 with a row per line";
