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
import { paragraphs } from './text.js';

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
  return { plan, sheets: sheets.map((raw, k) => readSheet(raw, raw.page ?? k + 1, ctx)) };
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
  return {
    department: raw.department,
    target,
    goal,
    rationale: paragraphs(parts.rationale.map((l) => l.text)) || null,
    actualsAsOf: asOf,
    actuals,
    activityIndicator: paragraphs(parts.activity.map((l) => l.text)) || null,
    reviews: buildReviews(parts.reviews, actualYears, warn),
    page,
  };
}
