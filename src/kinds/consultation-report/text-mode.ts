/**
 * A deck's text from `pdftotext` in its default mode: the page is regrouped by
 * columns, so charts set side by side come out interleaved (both totals, then both
 * 前年比, one after the other) and a plan table's rows are cut where a column of the
 * header wrapped (`R2.3.31 412 1,588 2,000` / `20.6`). Read as it is, figures would
 * land in the wrong chart or column; content order (`-raw`) never gives these.
 */
import { LAYOUT_TEXT_MESSAGE, looksIndented, looksLikeLayoutText } from '../../input/text-mode.js';
import { headingOf, isChangeLine, isNote, quantityLine } from './chart-parts.js';
import { hasSliceValue, tokenizeSliceLine } from './slices.js';
import { AS_OF_ROW_START, FIGURES_ONLY_LINE } from './vocabulary.js';
import { BULLET_MARKS, FOLIO, ROUND_BULLET_MARKS } from '../shared/vocabulary.js';

const loneTotal = (line: string) => quantityLine(line)?.label === '';
/** Prose or a bulleted line around a chart, never a slice. */
const PROSE_OR_BULLET = new RegExp(`[、。…]|^[${BULLET_MARKS}${ROUND_BULLET_MARKS}]`);
const isChartText = (line: string | undefined): line is string => line !== undefined && !PROSE_OR_BULLET.test(line) && headingOf(line) === null && !isNote(line);
const isSlice = (line: string | undefined) => isChartText(line) && hasSliceValue(line) && !isChangeLine(line) && !loneTotal(line);
/** A short line of words alone: a slice's label above its value. */
const isLabel = (line: string | undefined) => isChartText(line) && !/[0-9]/.test(line) && line.length <= MAX_LABEL;
const MAX_LABEL = 15;
/** Shares of one whole chart sum to 100 (give or take rounding). */
const WHOLE = 100;
const ROUNDING = 1.5;

/**
 * A doughnut's centre total (and its 前年比) with slices of it printed after it, not
 * the whole chart: the default mode puts the total where it stands in the ring, among
 * the slices, which leaves the centre's caption with a slice's label. In content order
 * a total closes its chart; slices after it are the next chart's, whole: their shares
 * sum to 100, or their counts to another chart's total.
 */
function totalAmidSlices(text: readonly string[], i: number): boolean {
  if (!loneTotal(text[i]!)) return false;
  let j = isChangeLine(text[i + 1] ?? '') ? i + 2 : i + 1;
  if (!isSlice(text[j]) && !(isLabel(text[j]) && isSlice(text[j + 1]))) return false;
  let shares = 0;
  let counts = 0;
  for (; j < text.length && (isSlice(text[j]) || isLabel(text[j])); j++) {
    for (const t of tokenizeSliceLine(text[j]!, j)) {
      if (t.kind === 'value' && t.percent) shares += t.value;
      else if (t.kind === 'value') counts += t.value;
    }
  }
  if (Math.abs(shares - WHOLE) <= ROUNDING) return false;
  return !text.some((l, k) => k !== i && loneTotal(l) && quantityLine(l)!.value === counts);
}

/**
 * Two charts' totals or two 前年比 in a row, a total amid its chart's slices, or a table
 * row whose figures run on a line of their own.
 */
export function looksLikeColumnDeck(lines: readonly string[]): boolean {
  const text = lines.map((l) => l.trim()).filter((l) => l !== '');
  // the slide's number under its last chart is no slice of it
  if (text.length > 1 && FOLIO.test(text[text.length - 1]!)) text.pop();
  return text.some((b, i) => {
    if (totalAmidSlices(text, i)) return true;
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
  const lines = pages.flat();
  if (looksLikeLayoutText(lines) || looksIndented(lines)) return LAYOUT_TEXT_MESSAGE;
  return pages.some(looksLikeColumnDeck) ? COLUMN_DECK_MESSAGE : null;
}

export const COLUMN_DECK_MESSAGE =
  "text looks like pdftotext's default-mode output (side-by-side charts, a chart's total amid its slices, or table columns regrouped); give the PDF or pdftotext -raw text";
