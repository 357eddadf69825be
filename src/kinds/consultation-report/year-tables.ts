/**
 * Tables of figures over fiscal years: a header row of years after a label column
 * (`相談方法 令和３年度 令和４年度 令和５年度`), then one row per label with a figure
 * per year (`電話 1,842 1,903 2,011`, 合計 included). Each figure is a count of its
 * row's label and its column's year, in the order the rows print them. The counter
 * comes from the row's label (`実人数（人）`), the figure itself, or the table's heading
 * (`（単位：件）`, `延べ件数`).
 */
import { parseFiscalYear } from '../../normalize/index.js';
import type { ParseContext } from '../types.js';
import { clean, compact, HAS_LETTER, isBlank, type UsedLines } from './lines.js';
import type { Count, PlacedCount } from './model.js';
import { barValue, unitInTitles, yearsOf, type BarValue } from './series-charts.js';
import type { Slide } from './slides.js';
import { totalMismatches } from './table-totals.js';
import { WORD_WITH_COUNTER } from './vocabulary.js';


/** How many lines above a table's header its heading may stand on. */
const HEADING_REACH = 2;

interface Header {
  years: number[];
}

/** A header row: an optional label cell without figures, then two or more distinct fiscal years. */
function headerOf(cells: readonly string[]): Header | null {
  const c = compact(cells.join(' '));
  for (let i = 0; i < c.length; i++) {
    const years = yearsOf(c.slice(i));
    if (!years) continue;
    if (/[0-9]/.test(c.slice(0, i))) return null;
    const fiscal = years.map((y) => parseFiscalYear(y)!);
    return fiscal.length >= 2 && new Set(fiscal).size === fiscal.length ? { years: fiscal } : null;
  }
  return null;
}

type Row = { label: string; values: BarValue[] } | { label: null; values: BarValue[] } | null;

/** A body row: a label and one figure per year; figures without a label are a row that lost its label. */
function rowOf(cells: readonly string[], width: number): Row {
  const words = cells.flatMap((c) => clean(c).split(' ')).filter((w) => w !== '');
  if (words.length < width) return null;
  const values = words.slice(-width).map(barValue);
  if (values.some((v) => v === null)) return null;
  const label = compact(words.slice(0, -width).join(''));
  if (label === '') return { label: null, values: values as BarValue[] };
  return HAS_LETTER.test(label) && !/[0-9]/.test(label) ? { label, values: values as BarValue[] } : null;
}

export interface YearTable {
  counts: Array<{ row: number; count: Count }>;
  /** Indexes of the rows read (header included). */
  rows: number[];
  /** Rows of figures that stand without a label, as printed: not read. */
  unlabelled: string[];
  /** Years whose total row differs from the sum of the rows above it. */
  mismatches: string[];
}

/**
 * Year tables among rows of cells (a text slide's lines, a ruled grid's rows): each
 * header of years and the rows under it. `titlesAbove(row)` gives the text above a
 * header, nearest first, where the table's heading may name its counter.
 */
export function readYearRows(rows: ReadonlyArray<readonly string[]>, titlesAbove: (row: number) => string[], page: number | null): YearTable[] {
  const tables: YearTable[] = [];
  for (let r = 0; r < rows.length; r++) {
    const header = headerOf(rows[r]!);
    if (!header) continue;
    const unit = unitInTitles(titlesAbove(r).slice(0, HEADING_REACH));
    const read: number[] = [r];
    const counts: YearTable['counts'] = [];
    const unlabelled: string[] = [];
    let k = r + 1;
    for (; k < rows.length; k++) {
      const row = rowOf(rows[k]!, header.years.length);
      if (!row) break;
      read.push(k);
      if (row.label === null) {
        unlabelled.push(row.values.map((v) => v.raw).join(' '));
        continue;
      }
      const own = WORD_WITH_COUNTER.exec(row.label);
      const label = own ? own[1]! : row.label;
      row.values.forEach((v, y) =>
        counts.push({ row: k, count: { label, value: v.value, unit: own?.[2] ?? v.unit ?? unit, raw: `${row.label} ${v.raw}`, share: null, fiscalYear: header.years[y]!, page } }),
      );
    }
    if (counts.length === 0) continue;
    const title = titlesAbove(r)[0] ?? '';
    const mismatches = unlabelled.length > 0 ? [] : totalMismatches(compact(title), counts.map((c) => c.count), (c) => String(c.fiscalYear));
    tables.push({ counts, rows: read, unlabelled, mismatches });
    r = k - 1;
  }
  return tables;
}

/** What a year table's reading found wrong: rows that lost their label, totals that do not add up. */
export function warnYearTable(table: YearTable, ctx: ParseContext, page: number | null): void {
  for (const row of table.unlabelled) ctx.warn('table-row-unlabelled', `a row of figures without its label ("${row}") is not read`, page);
  for (const message of table.mismatches) ctx.warn('table-total-mismatch', message, page);
}

/**
 * Year tables on text slides, by slide index, each count placed at its row's line; the
 * lines read are marked used, and a row that lost its label is named in a warning.
 */
export function readYearTables(slides: readonly Slide[], used: UsedLines, ctx: ParseContext): Map<number, PlacedCount[]> {
  const out = new Map<number, PlacedCount[]>();
  slides.forEach((slide, s) => {
    const live = slide.lines.map((_, i) => i).filter((i) => !used.has(s, i) && !isBlank(slide.lines[i]!));
    const rows = live.map((i) => [slide.lines[i]!]);
    const above = (r: number) => live.slice(0, r).reverse().map((i) => slide.lines[i]!);
    const placed = readYearRows(rows, above, slide.page).flatMap((table) => {
      for (const r of table.rows) used.add(s, live[r]!);
      warnYearTable(table, ctx, slide.page);
      return table.counts.map(({ row, count }) => ({ at: live[row]!, count }));
    });
    if (placed.length > 0) out.set(s, placed);
  });
  return out;
}
