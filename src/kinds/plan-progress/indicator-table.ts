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
import { compact, parseHeadingRow, parseItemNumber } from './lines.js';
import type { Indicator, PlanItem } from './schema.js';
import { figure, isNoValue, yearHeader } from './forms/values.js';
import { DIRECTION_WORD, INDICATOR_TABLE_COLUMNS, YEAR_GROUP_HEADER, type IndicatorColumn, type PlanVocabulary } from './vocabulary.js';

interface Column {
  role: IndicatorColumn;
  col: number;
  /** The fiscal year its header names (`実績値 令和3年度`, `目標値（令和5年度）`), else null. */
  year: number | null;
}

/** An indicator label's unit in brackets after it (`居宅介護の利用者数（人）`). */
const LABEL_UNIT = /^(.+?)[（(]([^（()）]{1,6})[)）]$/;
/** A header's year: `令和5年度`, or an era year alone (`目標（R8）`). */
const HEADER_YEAR = new RegExp(YEAR_GROUP_HEADER);

/** The headings that govern the items read next: a heading row at a page's foot governs the next page's rows. */
export type Governing = Pick<PlanItem, 'section' | 'subsection'>;

/** The items of one page's indicator tables, carried on from the previous page's (a cut item continues, `governing` goes on). */
export function readIndicatorTable(
  table: Grid,
  page: number,
  items: PlanItem[],
  vocab: PlanVocabulary,
  ctx: ParseContext,
  governing: Governing = { section: null, subsection: null },
): boolean {
  const header = indicatorHeader(table);
  if (!header) return false;
  const { columns, rows } = header;
  const at = (role: IndicatorColumn) => columns.find((c) => c.role === role);
  const covering = (r: number, c: Column | undefined): GridCell | undefined => c && cellAt(table, r, c.col);
  const textAt = (r: number, c: Column | undefined) => compact(normalizeWidth(covering(r, c)?.text ?? ''));
  const linesAt = (r: number, c: Column | undefined) => covering(r, c)?.lines ?? [];
  const starts = (r: number, c: Column | undefined) => covering(r, c)?.row === r;
  const value = (r: number, c: Column | undefined, text = textAt(r, c)): number | null => {
    if (text === '' || isNoValue(text)) return null;
    const f = figure(text);
    if (f === null) ctx.warn('indicator-value-unreadable', `indicator value "${text}" is no figure; left out`, page);
    return f?.value ?? null;
  };
  const yearColumn = at('year');
  const columnCount = table.columns;
  for (let r = rows; r < table.rows; r++) {
    const noText = textAt(r, at('no'));
    const number = parseItemNumber(noText);
    const across = table.cells.find((x) => x.row === r && x.col === 0 && x.colSpan === columnCount);
    if (across) {
      // a row of one cell across the table is a heading over the items below it
      const heading = parseHeadingRow(across.text);
      if (heading?.level === 'section') Object.assign(governing, { section: { code: heading.code, title: heading.title }, subsection: null });
      else if (heading) governing.subsection = { code: heading.code, title: heading.title };
      continue;
    }
    if (starts(r, at('no')) && number && number.rest === null) {
      const ahead = compact(normalizeWidth(covering(r, at('direction'))?.text ?? ''));
      items.push(newItem(number.no, page, {
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
    const figureColumns = columns.filter((c) => c.role === 'actual' || c.role === 'target' || c.role === 'rate');
    const paired = yearColumn ? null : lineByLine(linesAt(r, at('indicator')), figureColumns.map((c) => linesAt(r, c)));
    if (starts(r, at('indicator')) && paired) {
      // indicators printed one a line in one row's cells: each line of the label cell has its figures on the same line
      paired.forEach((line, k) => {
        const indicator = newIndicator(compact(normalizeWidth(line)), '');
        const at = (c: Column) => compact(normalizeWidth(linesAt(r, c)[k] ?? ''));
        readFigures(indicator, (c) => value(r, c, at(c)), (c) => at(c));
        item.indicators.push(indicator);
      });
      continue;
    }
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
      readFigures(indicator, (c) => value(r, c), (c) => textAt(r, c));
    }
  }
  return true;

  /** An indicator's figures in year columns: actuals, the target, the rate; `text` for the unit a figure carries. */
  function readFigures(indicator: Indicator, valueOf: (c: Column) => number | null, text: (c: Column) => string): void {
    for (const c of columns.filter((x) => x.role === 'actual')) {
      const v = valueOf(c);
      if (v !== null) indicator.actuals.push({ fiscalYear: c.year, value: v });
      // figures that carry their counter (`1,284人`) give the indicator its unit
      indicator.unit ??= figure(text(c))?.unit ?? null;
    }
    const target = at('target');
    const planned = target ? valueOf(target) : null;
    if (planned !== null) indicator.target = { fiscalYear: target!.year, value: planned };
    if (target) indicator.unit ??= figure(text(target))?.unit ?? null;
    const rate = at('rate');
    indicator.rate = rate ? valueOf(rate) : null;
  }
}

/**
 * A label cell of several lines beside figure cells of as many lines each (or empty):
 * one indicator a line, its label's lines; else null (a label wrapped over lines beside
 * one line of figures is one indicator).
 */
function lineByLine(labels: readonly string[], figures: ReadonlyArray<readonly string[]>): readonly string[] | null {
  const most = Math.max(0, ...figures.map((f) => f.length));
  return most > 1 && labels.length === most && figures.every((f) => f.length === most || f.length === 0) ? labels : null;
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
    // a row of one cell across the table under the header is a heading (`基本目標Ⅰ …`), whatever its words
    const heading = rows > 0 && starting.length === 1 && starting[0]!.colSpan === table.columns;
    if (heading || starting.length === 0 || !starting.every(isHeader) || starting.every((c) => compact(c.text) === '')) break;
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
  const m = HEADER_YEAR.exec(text);
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
