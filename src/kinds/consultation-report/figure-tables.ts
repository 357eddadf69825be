import { parseNumber } from '../../normalize/index.js';
import { clean, HAS_LETTER, isBlank, type UsedLines } from './lines.js';
import type { Count, PlacedCount } from './model.js';
import type { Slide } from './slides.js';
import { COUNT_COLUMN_UNIT, FIGURE_TABLE_COUNT_COLUMN, FIGURE_TABLE_SHARE_COLUMN } from './vocabulary.js';

interface Token {
  text: string;
  line: number;
}

type Column = 'count' | 'share';

const COUNT_CELL = /^((?:\d{1,3}(?:,\d{3})+|\d+))(件|人|名|回|ケース|世帯)?$/;
const SHARE_CELL = /^(\d+(?:\.\d+)?)%?$/;
/** The header's words stand within this many words of each other. */
const HEADER_SPAN = 3;

/**
 * Small tables of figures that are neither charts nor plan tables: a header naming a
 * count column and a share column (`障害種別 件数 構成比`), then one row per label
 * (`身体 402件 14.1%`, 合計 included). Rows may stand one per line or, in a text
 * version, one cell per line. Each row is a count with its share; the lines read are
 * marked used. Returns the counts per slide index, each placed at its row's line.
 */
export function readFigureTables(slides: readonly Slide[], used: UsedLines): Map<number, PlacedCount[]> {
  const out = new Map<number, PlacedCount[]>();
  slides.forEach((slide, s) => {
    const tokens: Token[] = slide.lines.flatMap((l, i) => (used.has(s, i) || isBlank(l) ? [] : tokensOf(l, i)));
    const counts = figureCounts(tokens, slide.page, (line) => used.add(s, line));
    if (counts.length > 0) out.set(s, counts);
  });
  return out;
}

/** A ruled table's cells, row by row, as figures-table rows (a PDF keeps table text out of the slide's lines). */
export function readFigureGrid(rows: ReadonlyArray<readonly string[]>, page: number | null): Count[] {
  return figureCounts(
    rows.flatMap((cells, r) => cells.flatMap((cell) => tokensOf(cell, r))),
    page,
    () => {},
  ).map((p) => p.count);
}

const tokensOf = (text: string, line: number): Token[] => clean(text).split(' ').filter((t) => t !== '').map((t) => ({ text: t, line }));

function figureCounts(tokens: readonly Token[], page: number | null, markUsed: (line: number) => void): PlacedCount[] {
  const counts: PlacedCount[] = [];
  let at = 0;
  while (at < tokens.length) {
    const header = findHeader(tokens, at);
    if (!header) break;
    const rows = readRows(tokens, header.end, header.columns, header.unit);
    for (const { line, ...row } of rows.counts) counts.push({ at: line, count: { ...row, page } });
    if (rows.counts.length > 0) for (const t of tokens.slice(header.start, rows.end)) markUsed(t.line);
    at = Math.max(rows.end, header.end);
  }
  return counts;
}

function columnOf(word: string): Column | null {
  if (FIGURE_TABLE_COUNT_COLUMN.test(word)) return 'count';
  return FIGURE_TABLE_SHARE_COLUMN.test(word) ? 'share' : null;
}

/** A count column and a share column named close together, after an optional label column. */
function findHeader(tokens: readonly Token[], from: number): { start: number; end: number; columns: Column[]; unit: string | null } | null {
  for (let i = from; i < tokens.length; i++) {
    const first = columnOf(tokens[i]!.text);
    if (!first) continue;
    const columns: Column[] = [first];
    let j = i + 1;
    while (j < tokens.length && j - i < HEADER_SPAN) {
      const next = columnOf(tokens[j]!.text);
      if (!next || columns.includes(next)) break;
      columns.push(next);
      j++;
    }
    if (columns.length < 2) continue;
    const countWord = tokens[i + columns.indexOf('count')]!.text;
    const unit = COUNT_COLUMN_UNIT.find(([re]) => re.test(countWord))?.[1] ?? null;
    const labelled = i > from && HAS_LETTER.test(tokens[i - 1]!.text) && !columnOf(tokens[i - 1]!.text);
    return { start: labelled ? i - 1 : i, end: j, columns, unit };
  }
  return null;
}

/** Rows of a label and one figure per column, up to the first token that does not fit. */
function readRows(
  tokens: readonly Token[],
  from: number,
  columns: readonly Column[],
  unit: string | null,
): { counts: Array<Omit<Count, 'page'> & { line: number }>; end: number } {
  const counts: Array<Omit<Count, 'page'> & { line: number }> = [];
  let at = from;
  for (;;) {
    let k = at;
    const label: string[] = [];
    while (k < tokens.length && HAS_LETTER.test(tokens[k]!.text) && !COUNT_CELL.test(tokens[k]!.text)) label.push(tokens[k++]!.text);
    const cells = tokens.slice(k, k + columns.length).map((t) => t.text);
    if (label.length === 0 || cells.length < columns.length) break;
    const count = COUNT_CELL.exec(cells[columns.indexOf('count')]!);
    const share = SHARE_CELL.exec(cells[columns.indexOf('share')]!);
    if (!count || !share) break;
    const value = parseNumber(count[1]!);
    if (value === null) break;
    const name = label.join('');
    counts.push({ label: name, value, unit: count[2] ?? unit, raw: `${name} ${cells.join(' ')}`, share: Number(share[1]), fiscalYear: null, line: tokens[at]!.line });
    at = k + columns.length;
  }
  return { counts, end: at };
}
