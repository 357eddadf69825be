/**
 * What each kind's coverage counts as body text: the labels its forms print (column
 * headers, captions, footers) are structure, not content left unread; and a slide
 * deck's narrative prose is outside what the contract reads, so only its lines that
 * state a figure are body.
 */
import { CONSULTATION_REPORT_COVERAGE_LABELS, NUMBERED_HEADING } from '../kinds/consultation-report/vocabulary.js';
import { INDICATOR_WORDS, PLAN_PROGRESS_COVERAGE_LABELS, PLAN_PROGRESS_FOOTER_LABEL, RECORD_LABELS } from '../kinds/plan-progress/vocabulary.js';
import { SHARED_COVERAGE_LABELS } from '../kinds/shared/vocabulary.js';
import { GUIDELINE_TARGET, TARGET_PART_END, TARGET_SHEET_COVERAGE_LABELS } from '../kinds/target-sheet/vocabulary.js';
import type { KindName } from '../schema/common.js';
import type { BodyRules } from './coverage.js';

const escape = (word: string): RegExp => new RegExp(word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
const words = (list: readonly string[]): RegExp[] => list.map(escape);

/** Other cities' forms print their labels beside the values: a record block's captions, an indicator table's rows and columns. */
const PLAN_PROGRESS_FORM_LABELS = [...RECORD_LABELS.flatMap((l) => l.words), ...Object.values(INDICATOR_WORDS).flat()];

export const COVERAGE_RULES: Record<KindName, BodyRules> = {
  'plan-progress': {
    labels: [...SHARED_COVERAGE_LABELS, PLAN_PROGRESS_FOOTER_LABEL, ...words(PLAN_PROGRESS_COVERAGE_LABELS), ...words(PLAN_PROGRESS_FORM_LABELS)],
    figuresOnly: false,
  },
  'target-sheet': {
    labels: [...SHARED_COVERAGE_LABELS, ...words(TARGET_SHEET_COVERAGE_LABELS)],
    figuresOnly: false,
    leftOut: { from: TARGET_PART_END, to: new RegExp(GUIDELINE_TARGET.source) },
  },
  'consultation-report': { labels: [...SHARED_COVERAGE_LABELS, ...words(CONSULTATION_REPORT_COVERAGE_LABELS), NUMBERED_HEADING], figuresOnly: true },
};
