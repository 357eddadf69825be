import type { ParseContext } from '../types.js';
import type { TargetSheet } from './schema.js';
import type { ReviewParts } from './sections.js';
import type { TextItem } from './items.js';
import { canon, paragraphs, runTogether } from './text.js';
import { CHART_TITLE_LINE, NO_OPINION } from './vocabulary.js';
import { BULLET_MARKS, CIRCLED_NUMBERS, PARENTHESIZED_NUMBERS, ROUND_BULLET_MARKS } from '../shared/vocabulary.js';

type Review = TargetSheet['reviews'][number];

/** Marks that open one opinion in the 協議会等意見 box. */
const BULLET = new RegExp(`^(?:[${BULLET_MARKS}${ROUND_BULLET_MARKS}]|${CIRCLED_NUMBERS}|${PARENTHESIZED_NUMBERS})`);
/**
 * A line of bare numbers in a review's box is a chart's axis or data labels printed beside
 * it, read in between the box's lines; no sentence wraps to leave a number alone. So is a
 * line that is a chart's title (CHART_TITLE_LINE).
 */
const BARE_NUMBERS = /^[0-9][0-9,.]*(?:\s+[0-9][0-9,.]*)*$/;
/** `特になし` and its variants: the council had nothing to say. */
const NOTHING = new RegExp(NO_OPINION);

/**
 * The reviews of one sheet, each with its fiscal year. Among yearly reviews, one whose
 * year heading was not found takes the year after the previous one (or before the next
 * one, or the actuals' year in the same position) with a warning: the year was printed
 * and lost. A sheet's one review without a heading has the year the report's title names
 * (`成果目標の達成状況（令和5年度）`), or none: a final report's 評価 looks back on the plan.
 */
export function buildReviews(
  parts: readonly ReviewParts[],
  actualYears: readonly number[],
  reportYear: number | null,
  warn: ParseContext['warn'],
): Review[] {
  const headings = parts.map((p) => {
    if (p.year?.problem) warn('era-year-invalid', `review heading ${p.year.problem}`, p.page);
    return p.year?.fiscalYear ?? null;
  });
  const lone = parts.length === 1 && headings[0] === null;
  const years = lone ? [reportYear] : resolveYears(headings, actualYears);
  const prose = (lines: readonly TextItem[]) => lines.map((l) => l.text).filter((t) => !BARE_NUMBERS.test(t) && !CHART_TITLE_LINE.test(t));
  const reviews: Review[] = [];
  parts.forEach((p, k) => {
    const year = years[k]!;
    if (year === null && !lone) {
      warn('review-year-missing', `a review has no fiscal year heading; its text is dropped: ${paragraphs(p.evaluation.map((l) => l.text)).slice(0, 40)}…`, p.page);
      return;
    }
    if (headings[k] === null && !lone) warn('review-year-missing', `a review has no fiscal year heading; read as ${year}`, p.page);
    reviews.push({
      fiscalYear: year,
      evaluation: paragraphs(prose(p.evaluation)),
      councilOpinions: councilOpinions(prose(p.council)),
      improvement: paragraphs(prose(p.improvement)),
    });
  });
  return reviews;
}

/** Reviews are yearly and in order: a missing year follows from its neighbours, else from the actuals' years. */
function resolveYears(headings: ReadonlyArray<number | null>, actualYears: readonly number[]): Array<number | null> {
  const first = headings.findIndex((y) => y !== null);
  return headings.map((y, k) => {
    if (y !== null) return y;
    if (first < 0) return actualYears[k] ?? null;
    let known = k < first ? first : k;
    while (headings[known] === null) known--;
    return headings[known]! + (k - known);
  });
}

/** One string per bullet (wrapped lines joined); without bullets one per paragraph; `特になし` gives []. */
export function councilOpinions(lines: readonly string[]): string[] {
  const groups: string[][] = [];
  const bulleted = lines.some((l) => BULLET.test(l));
  if (bulleted) {
    for (const line of lines) {
      if (BULLET.test(line) || groups.length === 0) groups.push([line]);
      else groups[groups.length - 1]!.push(line);
    }
  }
  const opinions = bulleted ? groups.map((g) => runTogether(g)) : paragraphs(lines).split('\n');
  return opinions.filter((o) => o !== '' && !NOTHING.test(canon(o)));
}
