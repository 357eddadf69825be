import type { ParserCode } from '../../validate/codes.js';
import type { LogicalDocument } from '../../document/schema.js';
import type { ParseContext } from '../types.js';
import { parseActuals } from './actuals.js';
import { parseGoal } from './goal.js';
import { documentItems, titleLines, type Item } from './items.js';
import { buildReviews } from './reviews.js';
import type { TargetSheet, TargetSheetDocument } from './schema.js';
import { splitSections } from './sections.js';
import { splitSheets, type RawSheet } from './sheets.js';
import { readSummaryForms } from './summary-forms.js';
import { canon, paragraphs, tidySpaces } from './text.js';
import { GRADE_LEGEND_CAPTION_ALONE, GRADE_LEGEND_ENTRY, GRADE_LEGEND_LINE, PLAN_TITLE_LINE, REPORT_TITLE_MAX_CHARS, REPORT_TITLE_WORDS, REPORT_TITLE_YEAR, SUMMARY_PLAN_NAME } from './vocabulary.js';
import { findEraYear } from './years.js';

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

/** The year a report's title names (`成果目標の達成状況（令和5年度）`): what an undated review looks at. */
function reportYear(lines: readonly string[]): number | null {
  for (const line of lines) {
    if (line.length > REPORT_TITLE_MAX_CHARS || /。/.test(line) || !REPORT_TITLE_WORDS.test(line)) continue;
    const m = REPORT_TITLE_YEAR.exec(line);
    const year = m ? findEraYear(m[1] ?? m[2]!) : null;
    if (year?.fiscalYear != null && !year.problem) return year.fiscalYear;
  }
  return null;
}

/** A grade legend explains the grades; it is no review. On one line, or a grade a line under its caption. */
function withoutLegends(items: readonly Item[]): Item[] {
  const text = (k: number) => {
    const item = items[k];
    return item?.kind === 'text' ? canon(item.text) : '';
  };
  const legend = new Set<number>();
  for (let k = 0; k < items.length; k++) {
    if (GRADE_LEGEND_LINE.test(text(k))) legend.add(k);
    let end = k;
    while (GRADE_LEGEND_ENTRY.test(text(end))) end++;
    if (end - k < 2) continue;
    for (let j = k; j < end; j++) legend.add(j);
    if (GRADE_LEGEND_CAPTION_ALONE.test(text(k - 1))) legend.add(k - 1);
    k = end - 1;
  }
  return items.filter((_, k) => !legend.has(k));
}

export type TargetSheetFields = Omit<TargetSheetDocument, 'kind' | 'source' | 'warnings' | 'coverage'>;

/**
 * Read target sheets from the logical document, whichever reader built it: its
 * blocks in reading order are the sheet's lines, read by the form's words (captions,
 * labels, PDCA side headers), so a PDF and its text give the same records.
 */
export function readDocument(doc: LogicalDocument, ctx: ParseContext): TargetSheetFields {
  const items = documentItems(doc);
  // a title repeated on every page is a running header, left out of the items
  const texts = items.flatMap((item) => (item.kind === 'text' ? [item.text] : []));
  return readItems(items, reportYear([...titleLines(doc), ...texts]), ctx);
}

function readItems(all: readonly Item[], year: number | null, ctx: ParseContext): TargetSheetFields {
  const items = withoutLegends(all);
  const { plan, sheets } = splitSheets(items);
  if (sheets.length === 0) {
    const other = readSummaryForms(items, (body, target, page) => {
      const sheet = readSheet({ page, department: null, target, body: [...body] }, page, year, ctx);
      return { goal: sheet.goal, actuals: sheet.actuals, reviews: sheet.reviews };
    });
    if (other) return other;
  }
  // Without form feeds pages are unknown; each sheet starts a new page, so count sheets.
  // a sheet naming neither target nor goal is text the form's words could not place (its warning says so), no record
  const read = sheets.map((raw, k) => readSheet(raw, raw.page ?? k + 1, year, ctx)).filter((s) => s.target.code !== '' || s.goal !== null);
  return { plan: plan ?? reportPlanName(items), sheets: read };
}

function readSheet(raw: RawSheet, page: number, year: number | null, ctx: ParseContext): TargetSheet {
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
    reviews: buildReviews(parts.reviews, actualYears, year, warn),
    page,
  };
}
