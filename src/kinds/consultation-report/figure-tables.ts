import { parseNumber } from '../../normalize/index.js';
import { clean, HAS_LETTER, isBlank, type UsedLines } from './lines.js';
import type { Count, PlacedCount } from './model.js';
import type { Slide } from './slides.js';
import { shareMismatches, totalMismatches } from './table-totals.js';
import type { ParseContext } from '../types.js';
import { CHANGE_CELL, FIGURE_CELL_SPACING, COUNT_CELL, COUNTED_COLUMN_WORD, FIGURE_TABLE_CHANGE_COLUMN, FIGURE_TABLE_PREVIOUS_YEAR_COLUMN, COUNT_COLUMN_UNIT, FIGURE_TABLE_COUNT_COLUMN, FIGURE_TABLE_SHARE_COLUMN, TOTAL_ROW_LABEL, WORD_WITH_COUNTER } from './vocabulary.js';

interface Token {
  text: string;
  line: number;
}

/** A count of the report's year, its share, the same count a year before, or the change between the two. */
type Column = 'count' | 'share' | 'previous' | 'change';

interface HeaderColumn {
  kind: Column;
  word: string;
  /** A count column's counter, from its word (`実人数` → 人). */
  unit: string | null;
}

const SHARE_CELL = /^(\d+(?:\.\d+)?)%?$/;
/** A figures table has at most this many figure columns. */
const MAX_COLUMNS = 4;

/**
 * Small tables of figures that are neither charts nor plan tables: a header naming a
 * count column and a share column (`障害種別 件数 構成比`) or several count columns
 * (`障害種別 実人数 延べ件数`), then one row per label (`身体 402件 14.1%`, 合計
 * included). Rows may stand one per line or, in a text version, one cell per line.
 * Each row gives a count per count column, with its share; the lines read are
 * marked used. Returns the counts per slide index, each placed at its row's line.
 */
export function readFigureTables(slides: readonly Slide[], used: UsedLines, ctx: ParseContext, reportYear: number | null): Map<number, PlacedCount[]> {
  const out = new Map<number, PlacedCount[]>();
  let open: OpenTable | null = null;
  slides.forEach((slide, s) => {
    const tokens: Token[] = slide.lines.flatMap((l, i) => (used.has(s, i) || isBlank(l) ? [] : tokensOf(l, i)));
    const read = figureCounts(tokens, slide.page, (line) => used.add(s, line), ctx, open, reportYear);
    if (read.counts.length > 0) out.set(s, read.counts);
    open = read.open;
  });
  return out;
}

/**
 * A table that ran to the end of its page before its total row: a page break cut it, and
 * rows of its columns opening the next page, under no header of their own, are its rest.
 */
interface OpenTable {
  title: string;
  columns: readonly HeaderColumn[];
  counts: readonly Count[];
}

/** A ruled table's cells, row by row, as figures-table rows (a PDF keeps table text out of the slide's lines). */
export function readFigureGrid(rows: ReadonlyArray<readonly string[]>, page: number | null, ctx: ParseContext, reportYear: number | null): Count[] {
  return figureCounts(
    rows.flatMap((cells, r) => cells.flatMap((cell) => tokensOf(cell, r))),
    page,
    () => {},
    ctx,
    null,
    reportYear,
  ).counts.map((p) => p.count);
}

const cellSpacing = (text: string) => FIGURE_CELL_SPACING.reduce((t, [re, to]) => t.replace(re, to), text);

const tokensOf = (text: string, line: number): Token[] => cellSpacing(clean(text)).split(' ').filter((t) => t !== '').map((t) => ({ text: t, line }));

/**
 * Each table's rows as counts, the rest of a table cut at the page break before (`carried`)
 * first; a total row that differs from the sum of the rows above it, or a share that is
 * not its row's part of the total, is named in a warning. `open` is the last table when
 * it runs to the end of the tokens before its total row.
 */
function figureCounts(
  tokens: readonly Token[],
  page: number | null,
  markUsed: (line: number) => void,
  ctx: ParseContext,
  carried: OpenTable | null,
  reportYear: number | null,
): { counts: PlacedCount[]; open: OpenTable | null } {
  const counts: PlacedCount[] = [];
  let open: OpenTable | null = null;
  const table = (title: string, columns: readonly HeaderColumn[], before: readonly Count[], from: number, start: number) => {
    const rows = readRows(tokens, from, columns, reportYear);
    for (const { line, column: _, ...row } of rows.counts) counts.push({ at: line, count: { ...row, page } });
    if (rows.counts.length > 0) for (const t of tokens.slice(start, rows.end)) markUsed(t.line);
    const placed = [...before, ...rows.counts.map(({ line: _, column: __, ...c }) => ({ ...c, page }))];
    // a column is its counter and, beside a 前年度 column, its year
    const columnOf = (c: Count) => `${c.unit ?? ''}${c.fiscalYear ?? ''}`;
    for (const message of totalMismatches(title, placed, columnOf)) ctx.warn('table-total-mismatch', message, page);
    for (const message of shareMismatches(title, placed, columnOf)) ctx.warn('table-share-mismatch', message, page);
    const last = placed[placed.length - 1];
    open = rows.end === tokens.length && last !== undefined && !TOTAL_ROW_LABEL.test(last.label) ? { title, columns, counts: placed } : null;
    return { found: rows.counts.length > 0, end: rows.end };
  };
  let at = 0;
  if (carried) {
    const rest = table(carried.title, carried.columns, carried.counts, 0, 0);
    if (rest.found) at = rest.end;
  }
  while (at < tokens.length) {
    const header = findHeader(tokens, at);
    if (!header) break;
    const title = header.start < header.end ? tokens.slice(header.start, header.end).map((t) => t.text).join(' ') : '';
    at = Math.max(table(title, header.columns, [], header.end, header.start).end, header.end);
  }
  return { counts, open };
}

/** A column word without the counter it prints in brackets (`実人数（人）`). */
const bareWord = (word: string) => WORD_WITH_COUNTER.exec(word)?.[1] ?? word;

function columnOf(word: string): Column | null {
  if (FIGURE_TABLE_COUNT_COLUMN.test(bareWord(word)) || COUNTED_COLUMN_WORD.test(word)) return 'count';
  if (FIGURE_TABLE_PREVIOUS_YEAR_COLUMN.test(word)) return 'previous';
  if (FIGURE_TABLE_CHANGE_COLUMN.test(word)) return 'change';
  return FIGURE_TABLE_SHARE_COLUMN.test(word) ? 'share' : null;
}

/**
 * Column words named close together, after an optional label column: counts (each
 * with its counter from its word) and shares, a share following the count it is of
 * (`件数 構成比`, `実人数 延べ件数`, `実人数 構成比 延べ件数 構成比`). A header needs two.
 */
function findHeader(tokens: readonly Token[], from: number): { start: number; end: number; columns: HeaderColumn[] } | null {
  for (let i = from; i < tokens.length; i++) {
    const columns: HeaderColumn[] = [];
    let j = i;
    while (j < tokens.length && columns.length < MAX_COLUMNS) {
      const kind = columnOf(tokens[j]!.text);
      const previous = columns[columns.length - 1];
      const follows = kind === 'share' ? previous?.kind === 'count' : kind === 'previous' || kind === 'change' ? columns.some((c) => c.kind === 'count') : true;
      if (!kind || !follows || columns.some((c) => c.word === tokens[j]!.text)) break;
      const word = tokens[j]!.text;
      // a 前年度 column counts what the report year's column beside it counts
      const unit =
        kind === 'count' ? (WORD_WITH_COUNTER.exec(word)?.[2] ?? COUNT_COLUMN_UNIT.find(([re]) => re.test(word))?.[1] ?? null) : kind === 'previous' ? columns.find((c) => c.kind === 'count')!.unit : null;
      columns.push({ kind, word: tokens[j]!.text, unit });
      j++;
    }
    if (columns.length < 2 || columns[0]!.kind !== 'count') continue;
    // the column words again (`件数 割合 件数 割合`): columns grouped under a header tier this reader does not see
    if (tokens[j]?.text === columns[0]!.word) {
      i = j;
      continue;
    }
    const labelled = i > from && HAS_LETTER.test(tokens[i - 1]!.text) && !columnOf(tokens[i - 1]!.text);
    return { start: labelled ? i - 1 : i, end: j, columns };
  }
  return null;
}

type RowCount = Omit<Count, 'page'> & { line: number; column: number };

const CELL: Record<Column, RegExp> = { count: COUNT_CELL, previous: COUNT_CELL, share: SHARE_CELL, change: CHANGE_CELL };

/**
 * Rows of a label and one figure per column, up to the first token that does not fit: a
 * count per count column. Beside a 前年度 column the counts are of the report's year and
 * the year before; a change column is read past.
 */
function readRows(tokens: readonly Token[], from: number, columns: readonly HeaderColumn[], reportYear: number | null): { counts: RowCount[]; end: number } {
  const counts: RowCount[] = [];
  const years = columns.some((c) => c.kind === 'previous') && reportYear !== null;
  let at = from;
  for (;;) {
    let k = at;
    const label: string[] = [];
    while (k < tokens.length && HAS_LETTER.test(tokens[k]!.text) && !COUNT_CELL.test(tokens[k]!.text) && !columnOf(tokens[k]!.text)) label.push(tokens[k++]!.text);
    const cells = tokens.slice(k, k + columns.length).map((t) => t.text);
    if (label.length === 0 || cells.length < columns.length) break;
    const read = columns.map((c, n) => CELL[c.kind].exec(cells[n]!));
    if (read.some((m) => m === null)) break;
    const name = label.join('');
    const row: RowCount[] = [];
    columns.forEach((c, n) => {
      const m = read[n]!;
      if (c.kind === 'change') return;
      if (c.kind === 'share') {
        row[row.length - 1]!.share = Number(m[1]);
        return;
      }
      const value = parseNumber(m[1]!);
      const fiscalYear = years ? reportYear! - (c.kind === 'previous' ? 1 : 0) : null;
      if (value !== null) row.push({ label: name, value, unit: m[2] ?? c.unit, raw: `${name} ${cells.join(' ')}`, share: null, fiscalYear, line: tokens[at]!.line, column: n });
    });
    if (row.length !== columns.filter((c) => c.kind === 'count' || c.kind === 'previous').length) break;
    counts.push(...row);
    at = k + columns.length;
  }
  return { counts, end: at };
}
