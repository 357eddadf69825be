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
import { TOTAL_ROW_LABEL, WORD_WITH_COUNTER } from './vocabulary.js';

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
  /** Rows of figures that stand without a label, as printed: not read unless their labels are found elsewhere. */
  unlabelled: Array<{ row: number; values: BarValue[] }>;
  /** Years whose total row differs from the sum of the rows above it. */
  mismatches: string[];
  years: number[];
  /** The counter the table's heading names, if any. */
  unit: string | null;
  title: string;
}

function rowCounts(row: number, label: string, values: readonly BarValue[], table: Pick<YearTable, 'years' | 'unit'>, page: number | null): YearTable['counts'] {
  const own = WORD_WITH_COUNTER.exec(label);
  return values.map((v, y) => ({
    row,
    count: { label: own ? own[1]! : label, value: v.value, unit: own?.[2] ?? v.unit ?? table.unit, raw: `${label} ${v.raw}`, share: null, fiscalYear: table.years[y]!, page },
  }));
}

/** The total rows that differ from their rows' sum; a row that lost its label still adds to the 合計. */
function mismatchesOf(table: Pick<YearTable, 'title' | 'unlabelled' | 'years'>, counts: YearTable['counts'], page: number | null): string[] {
  const bare = table.unlabelled.flatMap((row) =>
    row.values.map((v, y) => ({ row: row.row, count: { label: '', value: v.value, unit: v.unit, raw: v.raw, share: null, fiscalYear: table.years[y]!, page } })),
  );
  const tallied = [...counts, ...bare].sort((a, b) => a.row - b.row).map((c) => c.count);
  return totalMismatches(compact(table.title), tallied, (c) => String(c.fiscalYear));
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
    const table = { years: header.years, unit: unitInTitles(titlesAbove(r).slice(0, HEADING_REACH)), title: titlesAbove(r)[0] ?? '' };
    const read: number[] = [r];
    const counts: YearTable['counts'] = [];
    const unlabelled: YearTable['unlabelled'] = [];
    let k = r + 1;
    for (; k < rows.length; k++) {
      const row = rowOf(rows[k]!, header.years.length);
      if (!row) break;
      read.push(k);
      if (row.label === null) unlabelled.push({ row: k, values: row.values });
      else counts.push(...rowCounts(k, row.label, row.values, table, page));
    }
    if (counts.length === 0) continue;
    tables.push({ ...table, counts, rows: read, unlabelled, mismatches: mismatchesOf({ ...table, unlabelled }, counts, page) });
    r = k - 1;
  }
  return tables;
}

/** What a year table's reading found wrong: rows that lost their label, totals that do not add up. */
export function warnYearTable(table: YearTable, ctx: ParseContext, page: number | null): void {
  for (const row of table.unlabelled) {
    ctx.warn('table-row-unlabelled', `a row of figures without its label ("${row.values.map((v) => v.raw).join(' ')}") is not read`, page);
  }
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
    const tables = readYearRows(rows, above, slide.page);
    const found = wrappedLabels(tables, live, slide.lines);
    const labelled = found && labelRows(tables, found.labels, slide.page);
    const moved = labelled ? found : null;
    const placed = (labelled ?? tables).flatMap((table) => {
      for (const r of table.rows) used.add(s, live[r]!);
      for (const i of moved?.lines ?? []) used.add(s, i);
      warnYearTable(table, ctx, slide.page);
      return table.counts.map(({ row, count }) => ({ at: live[row]!, count }));
    });
    if (placed.length > 0) out.set(s, placed);
  });
  return out;
}

/** A wrapped cell's label: short words alone on a line, no figure, not a sentence or a note. */
const MAX_WRAPPED_LABEL = 20;
const isLoneLabel = (line: string) => {
  const c = compact(line);
  return c.length <= MAX_WRAPPED_LABEL && HAS_LETTER.test(c) && !/[0-9０-９。、※]/.test(c);
};

/**
 * The labels of rows that print without one, when they stand at the slide's end. A
 * spreadsheet's export prints a page's one-line cells row by row and its wrapped cells
 * after them all, in row order: a label that wrapped leaves its row's figures bare and
 * comes last. Taken only when the slide ends in exactly as many lone labels, after
 * every table, as there are bare rows, and each table's total row then agrees.
 */
function wrappedLabels(tables: readonly YearTable[], live: readonly number[], lines: readonly string[]): { labels: string[]; lines: number[] } | null {
  const bare = tables.reduce((n, t) => n + t.unlabelled.length, 0);
  if (bare === 0) return null;
  const lastRow = Math.max(...tables.flatMap((t) => t.rows.map((r) => live[r]!)));
  const after = live.filter((i) => i > lastRow);
  let from = after.length;
  while (from > 0 && isLoneLabel(lines[after[from - 1]!]!)) from--;
  const tail = after.slice(from);
  return tail.length === bare ? { labels: tail.map((i) => clean(lines[i]!)), lines: tail } : null;
}

/** Whether a table's last row is its total and agrees with the rows above it. */
const totalAgrees = (table: YearTable) => table.mismatches.length === 0 && TOTAL_ROW_LABEL.test(table.counts[table.counts.length - 1]!.count.label);

/**
 * The tables with their bare rows given the labels, in row order; null unless every
 * such table's total row then agrees with its rows, which confirms the order.
 */
function labelRows(tables: readonly YearTable[], labels: readonly string[], page: number | null): YearTable[] | null {
  let next = 0;
  const out = tables.map((table) => {
    if (table.unlabelled.length === 0) return table;
    const counts = [...table.counts, ...table.unlabelled.flatMap((row) => rowCounts(row.row, compact(labels[next++]!), row.values, table, page))].sort((a, b) => a.row - b.row);
    return { ...table, counts, unlabelled: [], mismatches: mismatchesOf({ ...table, unlabelled: [] }, counts, page) };
  });
  return tables.every((t, k) => t.unlabelled.length === 0 || totalAgrees(out[k]!)) ? out : null;
}
