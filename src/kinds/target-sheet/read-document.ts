import type { ParserCode } from '../../validate/codes.js';
import type { LogicalDocument } from '../../document/schema.js';
import type { ParseContext } from '../types.js';
import { parseActuals } from './actuals.js';
import { parseGoal } from './goal.js';
import { documentItems, type Item } from './items.js';
import { buildReviews } from './reviews.js';
import type { TargetSheet, TargetSheetDocument } from './schema.js';
import { splitSections } from './sections.js';
import { splitSheets, type RawSheet } from './sheets.js';
import { readSummaryForms } from './summary-forms.js';
import { paragraphs, tidySpaces } from './text.js';
import { PLAN_TITLE_LINE, SUMMARY_PLAN_NAME } from './vocabulary.js';

/** A goal's note that is a sentence (or several). */
const SENTENCE_END = /。$/;

/** The plan a report without a sheet heading names in its title: `第6期〇〇市障がい福祉計画の最終報告`, or a title line of its own. */
function reportPlanName(items: readonly Item[]): string | null {
  const texts = items.flatMap((item) => (item.kind === 'text' ? [item.text] : []));
  const named = texts.map((t) => SUMMARY_PLAN_NAME.exec(t)).find((m) => m !== null);
  const titled = texts.map((t) => PLAN_TITLE_LINE.exec(t)).find((m) => m !== null);
  const m = named ?? titled;
  return m ? tidySpaces(m[1]!) : null;
}

export type TargetSheetFields = Omit<TargetSheetDocument, 'kind' | 'source' | 'warnings' | 'coverage'>;

/**
 * Read target sheets from the logical document, whichever reader built it: its
 * blocks in reading order are the sheet's lines, read by the form's words (captions,
 * labels, PDCA side headers), so a PDF and its text give the same records.
 */
export function readDocument(doc: LogicalDocument, ctx: ParseContext): TargetSheetFields {
  return readItems(documentItems(doc), ctx);
}

function readItems(items: readonly Item[], ctx: ParseContext): TargetSheetFields {
  const { plan, sheets } = splitSheets(items);
  if (sheets.length === 0) {
    const other = readSummaryForms(items);
    if (other) return other;
  }
  // Without form feeds pages are unknown; each sheet starts a new page, so count sheets.
  // a sheet naming neither target nor goal is text the form's words could not place (its warning says so), no record
  const read = sheets.map((raw, k) => readSheet(raw, raw.page ?? k + 1, ctx)).filter((s) => s.target.code !== '' || s.goal !== null);
  return { plan: plan ?? reportPlanName(items), sheets: read };
}

function readSheet(raw: RawSheet, page: number, ctx: ParseContext): TargetSheet {
  const warn = (code: ParserCode, message: string, at: number | null = null) => ctx.warn(code, message, at ?? page);
  if (!raw.target) warn('target-missing', `sheet of ${raw.department ?? 'unknown department'} names no 成果目標/活動指標`);
  const target = raw.target ?? { type: '', code: '', title: '' };
  const parts = splitSections(raw.body);
  const { asOf, actuals: rows } = parseActuals(parts.actuals, warn);
  const goal = parseGoal(parts.goal, target.title, warn, [...new Set(rows.map((a) => a.label))]);
  const actuals = rows.map((a) => (a.label === '' ? { ...a, label: goal?.label ?? target.title } : a));
  const actualYears = [...new Set(actuals.map((a) => a.fiscalYear))];
  const rationale = paragraphs(parts.rationale.map((l) => l.text)) || null;
  // without a caption of its own, the reasoning is written as sentences under the goal's figure
  const noteIsRationale = rationale === null && goal?.note != null && SENTENCE_END.test(goal.note);
  return {
    department: raw.department,
    target,
    goal: noteIsRationale ? { ...goal, note: null } : goal,
    rationale: noteIsRationale ? goal.note : rationale,
    actualsAsOf: asOf,
    actuals,
    activityIndicator: paragraphs(parts.activity.map((l) => l.text)) || null,
    reviews: buildReviews(parts.reviews, actualYears, warn),
    page,
  };
}
