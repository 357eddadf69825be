/**
 * Indicator tables from a PDF's ruled tables (施策の達成度一覧表, 事業の進捗管理表): one
 * item per 施策 or 事業 (its number, name, 課 and grade in cells merged over its rows),
 * one 成果指標 per row or row group, with its values either in year columns (実績値
 * 令和3年度 … 令和5年度, 目標値（令和5年度）, 達成率) or in one sub-row per year (年度 /
 * 計画 / 実績). A 課 cell may be merged over several items; an item whose rows a page
 * break cuts continues under the next page's header with its number cell empty.
 */
import { joinLines, normalizeWidth } from '../../normalize/index.js';
import { cellAt, type Grid, type GridCell } from '../../document/table.js';
import type { ParseContext } from '../types.js';
import { FISCAL_YEAR_WORD } from '../shared/vocabulary.js';
import { compact, parseHeadingRow } from './lines.js';
import type { Indicator, PlanItem } from './schema.js';
import { figure, isNoValue, yearHeader } from './forms/values.js';
import { DIRECTION_WORD, INDICATOR_TABLE_COLUMNS, type IndicatorColumn, type PlanVocabulary } from './vocabulary.js';

interface Column {
  role: IndicatorColumn;
  col: number;
  /** The fiscal year its header names (`実績値 令和3年度`, `目標値（令和5年度）`), else null. */
  year: number | null;
}

/** An indicator label's unit in brackets after it (`居宅介護の利用者数（人）`). */
const LABEL_UNIT = /^(.+?)[（(]([^（()）]{1,6})[)）]$/;
const ITEM_NUMBER = /^[0-9]{1,4}$/;
const FISCAL_YEAR = new RegExp(FISCAL_YEAR_WORD);

/** The items of one page's indicator tables, carried on from the previous page's (a cut item continues). */
export function readIndicatorTable(table: Grid, page: number, items: PlanItem[], vocab: PlanVocabulary, ctx: ParseContext): boolean {
  const header = indicatorHeader(table);
  if (!header) return false;
  const { columns, rows } = header;
  const at = (role: IndicatorColumn) => columns.find((c) => c.role === role);
  let governing: Pick<PlanItem, 'section' | 'subsection'> = { section: null, subsection: null };
  const covering = (r: number, c: Column | undefined): GridCell | undefined => c && cellAt(table, r, c.col);
  const textAt = (r: number, c: Column | undefined) => compact(normalizeWidth(covering(r, c)?.text ?? ''));
  const linesAt = (r: number, c: Column | undefined) => covering(r, c)?.lines ?? [];
  const starts = (r: number, c: Column | undefined) => covering(r, c)?.row === r;
  const value = (r: number, c: Column | undefined): number | null => {
    const text = textAt(r, c);
    if (text === '' || isNoValue(text)) return null;
    const f = figure(text);
    if (f === null) ctx.warn('indicator-value-unreadable', `indicator value "${text}" is no figure; left out`, page);
    return f?.value ?? null;
  };
  const yearColumn = at('year');
  const columnCount = table.columns;
  for (let r = rows; r < table.rows; r++) {
    const noText = textAt(r, at('no'));
    const across = table.cells.find((x) => x.row === r && x.col === 0 && x.colSpan === columnCount);
    if (across) {
      // a row of one cell across the table is a heading over the items below it
      const heading = parseHeadingRow(across.text);
      if (heading?.level === 'section') governing = { section: { code: heading.code, title: heading.title }, subsection: null };
      else if (heading) governing = { ...governing, subsection: { code: heading.code, title: heading.title } };
      continue;
    }
    if (starts(r, at('no')) && ITEM_NUMBER.test(noText)) {
      const ahead = compact(normalizeWidth(covering(r, at('direction'))?.text ?? ''));
      items.push(newItem(Number(noText), page, {
        ...governing,
        name: textAt(r, at('name')),
        department: textAt(r, at('department')),
        summary: joinLines(linesAt(r, at('summary'))),
        achievement: vocab.readGrade(textAt(r, at('achievement'))),
        // a 今後の方向性 written as sentences is the item's plans, a word its direction
        direction: DIRECTION_WORD.test(ahead) ? ahead : null,
        plans: ahead !== '' && !DIRECTION_WORD.test(ahead) ? { fiscalYear: null, text: joinLines(linesAt(r, at('direction'))) } : null,
      }));
    } else if (starts(r, at('no')) && noText !== '') continue;
    const item = items[items.length - 1];
    if (!item) continue;
    const label = textAt(r, at('indicator'));
    if (starts(r, at('indicator')) && label !== '') item.indicators.push(newIndicator(label, textAt(r, at('unit'))));
    const indicator = item.indicators[item.indicators.length - 1];
    if (!indicator) continue;
    if (yearColumn) {
      // one sub-row per year: its 実績 is an actual, the last year's 計画 the target
      const year = yearHeader(textAt(r, yearColumn), undefined);
      if (year === null) continue;
      const before = latestYear(indicator);
      if (year <= before) {
        const figures = columns.filter((c) => c.role === 'target' || c.role === 'actual').map((c) => textAt(r, c)).filter((t) => t !== '');
        ctx.warn(
          'indicator-row-unattached',
          `year row ${textAt(r, yearColumn)}${figures.length ? ` (${figures.join(', ')})` : ''} has no item of its own (item ${item.no} above has FY${before} already): its item's cells were lost, e.g. at a page break; left out`,
          page,
        );
        continue;
      }
      const actual = value(r, at('actual'));
      const planned = value(r, at('target'));
      if (actual !== null) indicator.actuals.push({ fiscalYear: year, value: actual });
      if (planned !== null && (indicator.target?.fiscalYear ?? -Infinity) <= year) indicator.target = { fiscalYear: year, value: planned };
    } else if (starts(r, at('indicator'))) {
      for (const c of columns.filter((x) => x.role === 'actual')) {
        const v = value(r, c);
        if (v !== null) indicator.actuals.push({ fiscalYear: c.year, value: v });
        // figures that carry their counter (`1,284人`) give the indicator its unit
        indicator.unit ??= figure(textAt(r, c))?.unit ?? null;
      }
      const target = at('target');
      const planned = value(r, target);
      if (planned !== null) indicator.target = { fiscalYear: target!.year, value: planned };
      indicator.rate = value(r, at('rate'));
    }
  }
  return true;
}

/** The last year an indicator's year rows gave (-Infinity before its first). */
const latestYear = (indicator: Indicator) =>
  Math.max(-Infinity, indicator.target?.fiscalYear ?? -Infinity, ...indicator.actuals.map((a) => a.fiscalYear ?? -Infinity));

/** The column a header cell's words name, if any. */
export const cellRole = (text: string): IndicatorColumn | undefined => INDICATOR_TABLE_COLUMNS.find(([, re]) => re.test(text))?.[0];

/** The header rows and the role of each column; null when the table is no indicator table. */
function indicatorHeader(table: Grid): { columns: Column[]; rows: number } | null {
  const isHeader = (c: GridCell) => {
    const text = compact(normalizeWidth(c.text));
    return text === '' || cellRole(text) !== undefined || yearHeader(text, undefined) !== null;
  };
  let rows = 0;
  while (rows < table.rows) {
    const starting = table.cells.filter((c) => c.row === rows);
    if (starting.length === 0 || !starting.every(isHeader) || starting.every((c) => compact(c.text) === '')) break;
    rows++;
  }
  if (rows === 0) return null;
  const columns: Column[] = [];
  for (let col = 0; col < table.columns; col++) {
    const text = table.cells
      .filter((c) => c.row < rows && c.col <= col && col < c.col + c.colSpan)
      .sort((a, b) => a.row - b.row)
      .map((c) => compact(normalizeWidth(c.text)))
      .join('');
    const role = cellRole(text.replace(/[（(][^（()）]*[)）]$/, ''));
    if (role) columns.push({ role, col, year: yearIn(text) });
  }
  const has = (role: IndicatorColumn) => columns.some((c) => c.role === role);
  if (!has('no') || !has('name') || !has('indicator') || !has('actual')) return null;
  return { columns, rows };
}

/** The fiscal year a header names after its words (`実績値令和3年度`, `目標値（令和5年度）`). */
function yearIn(text: string): number | null {
  const m = FISCAL_YEAR.exec(text);
  return m ? yearHeader(m[0], undefined) : null;
}

function newIndicator(label: string, unitCell: string): Indicator {
  const bracketed = LABEL_UNIT.exec(label);
  return {
    label: bracketed && unitCell === '' ? bracketed[1]! : label,
    unit: unitCell !== '' ? unitCell : (bracketed?.[2] ?? null),
    baseline: null,
    target: null,
    actuals: [],
    rate: null,
  };
}

type ItemCells = Pick<PlanItem, 'name' | 'department' | 'achievement' | 'direction'> & Partial<Pick<PlanItem, 'section' | 'subsection' | 'summary' | 'plans'>>;

function newItem(no: number, page: number, cells: ItemCells): PlanItem {
  return {
    no,
    section: null,
    subsection: null,
    tags: [],
    summary: '',
    results: null,
    plans: null,
    goal: null,
    indicators: [],
    assessment: '',
    relatedPlans: [],
    page,
    ...cells,
  };
}
