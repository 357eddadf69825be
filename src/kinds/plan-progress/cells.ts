/**
 * One row of the table as the text of its cells, however it was found (a ruled
 * table in a PDF, or a text split by from-text), and how a row becomes a PlanItem.
 */
import { readIndicatorPairs } from './forms/indicators.js';
import { joinLines, normalizeWidth } from '../../normalize/index.js';
import type { ParseContext } from '../types.js';
import { parseGoal } from './goal.js';
import { compact, TAG } from './lines.js';
import type { PlanItem } from './schema.js';
import { planNames } from './tail.js';

export interface ItemCells {
  no: number;
  page: number | null;
  /** Each cell's lines as printed ('' marks a blank line, a paragraph hint). */
  name: string[];
  summary: string[];
  results: string[];
  plans: string[];
  achievement: PlanItem['achievement'];
  direction: string | null;
  goal: string[];
  assessment: string[];
  related: string[];
  department: string[];
  /** Each indicator's cells as label–value text (`指標名 当初の値(25年度) 120人 …`), where the table has 指標 columns. */
  indicators?: string[];
}

export interface CodeTitle {
  code: string;
  title: string;
}

export interface DocumentYears {
  /** FY of the 実施状況 column. */
  results: number | null;
  /** FY of the 取組予定 column. */
  plans: number | null;
  /** Era assumed for years written without one (`26年度`). */
  era: string | undefined;
}

export interface ItemContext {
  section: CodeTitle | null;
  subsection: CodeTitle | null;
  years: DocumentYears;
  /** Columns the form does not print (their fields are null). */
  lacking?: ReadonlySet<LackableField>;
}

/** `新たな障害者相談支援体制の構築【拡充】` → name and tags. */
export function splitName(lines: readonly string[]): { name: string; tags: string[] } {
  const joined = normalizeWidth(lines.map((l) => l.trim()).join('')).replace(/\s+/g, ' ').trim();
  const tags: string[] = [];
  const name = joined
    .replace(TAG, (_, tag: string) => {
      tags.push(tag.replace(/\s+/g, ''));
      return '';
    })
    .replace(/\s+/g, ' ')
    .trim();
  return { name, tags };
}

/**
 * Report cells a row should have and lacks (the item is kept with what was found).
 * `above` is the nearest row above it in the same table that prints a 所管課, when the reader cannot see
 * merged cells (a text): its 所管課 may be this row's too, and the warning says so.
 */
export function warnIncomplete(cells: ItemCells, ctx: ParseContext, lacking: ReadonlySet<LackableField> = NONE, above?: ItemCells): void {
  const marksPrinted = !lacking.has('achievement') || !lacking.has('direction');
  if (marksPrinted && cells.achievement === null && cells.direction === null) {
    ctx.warn('item-marker-missing', `item ${cells.no}: no 目的達成状況 / 事業の方向性 mark found`, cells.page);
  }
  if (!lacking.has('department') && cells.department.length === 0) ctx.warn('item-department-missing', `item ${cells.no}: no 所管課 found${mergedHint(above)}`, cells.page);
  // a progress row reports what was done before what comes next: plans printed without
  // results is a results column dropped or not found, never a form of its own
  const printed = (lines: readonly string[]) => lines.some((l) => l.trim() !== '');
  const resultsGone = lacking.has('results') ? !lacking.has('plans') : !printed(cells.results) && printed(cells.plans);
  if (resultsGone) ctx.warn('item-results-missing', `item ${cells.no}: a 取組予定 (plans) but no 実施状況 (results)`, cells.page);
  // a row tells what was done or what comes next: with both cells empty under a header
  // that prints them, their text was lost or ran into a cell beside them
  const bothGone = !lacking.has('results') && !lacking.has('plans') && !printed(cells.results) && !printed(cells.plans);
  if (bothGone) ctx.warn('item-progress-missing', `item ${cells.no}: neither 実施状況 (results) nor 取組予定 (plans) found; their text may be lost or read into another field`, cells.page);
}

/** Where a text may have lost a 所管課: a cell merged down from the row above prints on that row only. */
function mergedHint(above: ItemCells | undefined): string {
  const department = above ? compact(above.department.join('')) : '';
  return department === '' ? '' : ` in its row; item ${above!.no} above has ${department} (a cell merged down over several rows prints on the first only)`;
}

/** Fields a table form may not print at all: null in its items, and no warning for their absence. */
export type LackableField = 'results' | 'plans' | 'goal' | 'achievement' | 'direction' | 'department';
const LACKABLE: readonly LackableField[] = ['results', 'plans', 'goal', 'achievement', 'direction', 'department'];
const NONE: ReadonlySet<LackableField> = new Set();

/** The lackable fields a table's header does not name. */
export function lackingFields(named: { has(field: string): boolean }): ReadonlySet<LackableField> {
  return new Set(LACKABLE.filter((f) => !named.has(f)));
}

export function buildItem(cells: ItemCells, context: ItemContext, ctx: ParseContext): PlanItem {
  const { name, tags } = splitName(cells.name);
  const resultsText = joinLines(cells.results);
  const lacks = (f: LackableField) => context.lacking?.has(f) ?? false;
  return {
    no: cells.no,
    section: context.section,
    subsection: context.subsection,
    name,
    tags,
    summary: joinLines(cells.summary),
    results: lacks('results') ? null : { fiscalYear: context.years.results, text: resultsText, metrics: resultsText ? ctx.extractMetrics(resultsText) : [] },
    plans: lacks('plans') ? null : { fiscalYear: context.years.plans, text: joinLines(cells.plans) },
    achievement: cells.achievement,
    direction: cells.direction,
    goal: lacks('goal') ? null : parseGoal(cells.goal, { defaultEra: context.years.era }),
    assessment: joinLines(cells.assessment),
    indicators: (cells.indicators ?? []).flatMap((text) => readIndicatorPairs(text, context.years.era) ?? []),
    relatedPlans: planNames(cells.related),
    department: compact(cells.department.join('')),
    page: cells.page,
  };
}
