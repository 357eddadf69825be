/**
 * Ruled tables of figures whose header names each column in one or two tiers: rows keyed
 * by fiscal year under columns of measures (`年度 | 事案件数（件） | 対応回数（回）`) or of
 * groups over 件数 / 割合 (`年度 | 市町村: 件数 割合 | 直接相談: 件数 割合`), or rows keyed by
 * a label under fiscal years over 件数 / 割合 (`類型 | 平成28年度: 件数 割合 | …`). Each count
 * cell is a count: its label from the row (or, in a table keyed by year, from its column),
 * its year from the row or the column, its counter from the column's words, its share from
 * the share column beside it in the same group.
 */
import { parseFiscalYear, parseNumber } from '../../normalize/index.js';
import type { Table } from '../../layout/types.js';
import { clean, compact, HAS_LETTER } from './lines.js';
import type { Count } from './model.js';
import { barValue, yearsOf } from './series-charts.js';
import { COUNT_COLUMN_UNIT, MONTH_COLUMN, TOTAL_ROW_LABEL, FIGURE_TABLE_COUNT_COLUMN, FIGURE_TABLE_SHARE_COLUMN, WORD_WITH_COUNTER, YEAR_KEY_COLUMN } from './vocabulary.js';

const SHARE_CELL = /^(\d+(?:\.\d+)?)\s*[%％]?$/;

interface Column {
  kind: 'count' | 'share';
  /** The column's fiscal year, when its header names one. */
  year: number | null;
  /** A measure or group the header names (`事案件数`, `市町村`), when it names one. */
  label: string | null;
  unit: string | null;
  /** The header words above the column's own word: columns under one merged cell share it. */
  group: string;
}

/** One fiscal year and nothing else (`平成28年度`, `令和元年度`, `R5`). */
function yearOf(text: string): number | null {
  const years = yearsOf(text);
  return years?.length === 1 ? parseFiscalYear(years[0]!) : null;
}

/** A column from its header words, top tier first; null when they name neither a count nor a share. */
function columnOf(words: readonly string[]): Column | null {
  let year: number | null = null;
  let label: string | null = null;
  let unit: string | null = null;
  let kind: Column['kind'] | null = null;
  for (const word of words) {
    const own = WORD_WITH_COUNTER.exec(word);
    if (yearOf(word) !== null) year = yearOf(word);
    else if (FIGURE_TABLE_SHARE_COLUMN.test(word)) kind = 'share';
    else if (FIGURE_TABLE_COUNT_COLUMN.test(word)) {
      kind = 'count';
      unit = COUNT_COLUMN_UNIT.find(([re]) => re.test(word))?.[1] ?? unit;
    } else if (own && HAS_LETTER.test(own[1]!)) {
      kind = 'count';
      label = own[1]!;
      unit = own[2]!;
    } else if (HAS_LETTER.test(word)) label = word;
  }
  if (kind === null && label !== null) kind = 'count';
  return kind === null ? null : { kind, year, label, unit, group: words.slice(0, -1).join(' ') };
}

/** Each row's cell texts by column, a merged cell's text under every row and column it spans. */
function grid(table: Table): string[][] {
  const rows = table.rowEdges.length - 1;
  const columns = table.colEdges.length - 1;
  const out = Array.from({ length: rows }, () => Array.from({ length: columns }, () => ''));
  for (const cell of table.cells) {
    for (let r = cell.row; r < Math.min(rows, cell.row + cell.rowSpan); r++) {
      for (let c = cell.col; c < Math.min(columns, cell.col + cell.colSpan); c++) out[r]![c] = compact(cell.text);
    }
  }
  return out;
}

const isFigure = (text: string) => barValue(text) !== null || SHARE_CELL.test(text) || /^\d+\.\d+$/.test(text);

/** A header of months (`4月 … 3月`), three or more, and at most a total column after them. */
function isMonthHeader(words: readonly string[]): boolean {
  const months = words.filter((w) => MONTH_COLUMN.test(w)).length;
  return months >= 3 && words.every((w, k) => MONTH_COLUMN.test(w) || (k === words.length - 1 && TOTAL_ROW_LABEL.test(w)));
}

/**
 * A ruled table's counts when its header names its columns in tiers, its rows are
 * keyed by fiscal year or its columns are months (each cell then labelled `来所 4月`,
 * the total column's cell by its row alone); null for any other table (the figures-table and year-table
 * readers take those). `fallbackUnit` is the counter the table's heading names.
 */
export function readMatrixGrid(table: Table, fallbackUnit: string | null, page: number | null): Count[] | null {
  const cells = grid(table);
  const width = cells[0]?.length ?? 0;
  if (width < 3) return null;
  let head = 0;
  while (head < cells.length && cells[head]!.slice(1).every((t) => t === '' || !isFigure(t))) head++;
  const body = cells.slice(head).filter((row) => row.some((t) => t !== ''));
  if (head === 0 || body.length === 0 || body.some((row) => row[0] === '' || !HAS_LETTER.test(row[0]!) || row.slice(1).some((t) => !isFigure(t)))) return null;
  const keyedByYear = body.every((row) => yearOf(row[0]!) !== null) && YEAR_KEY_COLUMN.test(cells[0]![0]!);
  const tiered = head >= 2 && cells.slice(0, head - 1).some((row) => new Set(row.slice(1)).size < width - 1);
  const byMonth = head === 1 && !keyedByYear && isMonthHeader(cells[0]!.slice(1));
  if (!keyedByYear && !tiered && !byMonth) return null;

  const columns: Array<Column | null> = [null];
  for (let c = 1; c < width; c++) {
    const words = cells.slice(0, head).map((row) => row[c]!).filter((w, k, all) => w !== '' && w !== all[k - 1]);
    columns.push(columnOf(words));
  }
  if (columns.slice(1).some((c) => c === null)) return null;
  const counts: Count[] = [];
  for (const row of body) {
    const rowYear = keyedByYear ? yearOf(row[0]!) : null;
    let last: Count | null = null;
    let lastGroup: string | null = null;
    columns.forEach((column, c) => {
      if (column === null) return;
      const text = row[c]!;
      if (column.kind === 'share') {
        const share = SHARE_CELL.exec(text);
        if (last && share && lastGroup === column.group) last.share = Number(share[1]);
        return;
      }
      const figure = barValue(text);
      const value = figure?.value ?? parseNumber(text);
      const label = keyedByYear ? column.label : byMonth && !TOTAL_ROW_LABEL.test(column.label ?? '') ? `${row[0]!} ${column.label}` : row[0]!;
      if (value === null || label === null) return;
      last = { label, value, unit: figure?.unit ?? column.unit ?? fallbackUnit, raw: `${row[0]} ${clean(text)}`, share: null, fiscalYear: rowYear ?? column.year, page };
      lastGroup = column.group;
      counts.push(last);
    });
  }
  return counts.length > 0 ? counts : null;
}
