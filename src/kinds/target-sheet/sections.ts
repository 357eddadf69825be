import { matchCaption, PLAN_SECTIONS, REVIEW_SECTIONS, skipBracket, type CaptionSpan, type Section } from './captions.js';
import type { Item, TextItem } from './items.js';
import { canon } from './text.js';
import { ACTUALS_LINE_PATTERN } from './vocabulary.js';
import { readYearRow, type EraYearReading } from './years.js';

export interface ReviewParts {
  /** The review's year heading, null when none was found. */
  year: EraYearReading | null;
  page: number | null;
  evaluation: TextItem[];
  council: TextItem[];
  improvement: TextItem[];
}

/** A sheet body cut into its parts; `actuals` keeps its year items (the header row). */
export interface SheetParts {
  goal: TextItem[];
  rationale: TextItem[];
  actuals: Item[];
  measures: TextItem[];
  activity: TextItem[];
  reviews: ReviewParts[];
}

type PlanSection = 'goal' | 'rationale' | 'actuals' | 'measures' | 'activity';
type ReviewSection = 'evaluation' | 'council' | 'improvement';

/** `○実施状況[各年度３月末現在]` opens the actuals table; the line itself carries the as-of date. */
const ACTUALS_LINE = new RegExp(ACTUALS_LINE_PATTERN);

/** Plan parts come in this order; a caption met out of order (a side label read late) changes nothing. */
const PLAN_ORDER: readonly PlanSection[] = ['goal', 'rationale', 'actuals', 'measures', 'activity'];

/** The actuals begin at their 実施状況 line, or at their header row of years when that line is missing. */
function opensActuals(text: string): boolean {
  return ACTUALS_LINE.test(canon(text)) || (readYearRow(text)?.length ?? 0) >= 2;
}

const ALL_SECTIONS: readonly Section[] = [...PLAN_SECTIONS, ...REVIEW_SECTIONS];
const isReviewSection = (s: Section): s is ReviewSection => REVIEW_SECTIONS.includes(s);

/**
 * Walk a sheet body and hand each line to the part its caption opened. The plan
 * half (goal, rationale, actuals, activity indicator) comes first; the first review
 * caption, year heading or 評価→改善 side header starts the reviews. A year heading
 * belongs to the review it precedes, or to the review just opened if that one has
 * none yet (some readers put the side heading after the first caption).
 */
export function splitSections(body: readonly Item[]): SheetParts {
  // a caption's same-line remainder replaces the caption's last line and is read again
  const items = [...body];
  const parts: SheetParts = { goal: [], rationale: [], actuals: [], measures: [], activity: [], reviews: [] };
  let inReviews = false;
  let planSection: PlanSection = 'goal';
  let reviewSection: ReviewSection = 'evaluation';
  let review: ReviewParts | null = null;
  let pendingYear: { year: EraYearReading; page: number | null } | null = null;
  let afterCaption = false;

  const openReview = (page: number | null): ReviewParts => {
    review = { year: pendingYear?.year ?? null, page: pendingYear?.page ?? page, evaluation: [], council: [], improvement: [] };
    parts.reviews.push(review);
    pendingYear = null;
    reviewSection = 'evaluation';
    return review;
  };
  const addText = (item: TextItem) => {
    afterCaption = false;
    if (!inReviews) {
      parts[planSection].push(item);
      return;
    }
    const r = review && !pendingYear ? review : openReview(item.page);
    r[reviewSection].push(item);
  };

  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.kind === 'furniture') {
      if (item.review) inReviews = true;
      continue;
    }
    if (item.kind === 'year') {
      if (!inReviews && planSection === 'actuals') {
        parts.actuals.push(item);
        continue;
      }
      inReviews = true;
      const r = review as ReviewParts | null;
      if (r && !r.year && r.council.length === 0 && r.improvement.length === 0 && !pendingYear) r.year = item.year;
      else pendingYear = { year: item.year, page: item.page };
      continue;
    }
    const caption = matchCaption(items, i, inReviews ? REVIEW_SECTIONS : ALL_SECTIONS);
    if (caption) {
      if (isReviewSection(caption.section)) {
        const r = review as ReviewParts | null;
        const sameEvaluation = r && reviewSection === 'evaluation' && r.evaluation.length === 0;
        const opensReview = caption.section === 'evaluation' && !caption.sub && !sameEvaluation;
        if (!r || pendingYear || opensReview) openReview(item.page);
        inReviews = true;
        reviewSection = caption.section;
      } else if (PLAN_ORDER.indexOf(caption.section as PlanSection) > PLAN_ORDER.indexOf(planSection)) {
        planSection = caption.section as PlanSection;
      }
      afterCaption = true;
      i = resume(i, caption);
      continue;
    }
    if (afterCaption) {
      const bracket = skipBracket(items, i);
      if (bracket) {
        i = resume(i, bracket);
        continue;
      }
    }
    if (!inReviews && PLAN_ORDER.indexOf(planSection) < PLAN_ORDER.indexOf('actuals') && opensActuals(item.text)) planSection = 'actuals';
    addText(item);
  }
  return parts;

  /**
   * The loop index to continue from after a caption at `at`: the lines interleaved
   * with its pieces and its same-line remainder are read next, in that order.
   */
  function resume(at: number, match: CaptionSpan): number {
    const replay = match.rest ? [...match.skipped, match.rest] : match.skipped;
    items.splice(at, match.next - at, ...replay);
    return at - 1;
  }
}
