/** What a plan table's dates, cells and column headers say, however the table reached us (text lines, ruled grid, positioned lines). */
import { parseDate, parseNumber } from '../../normalize/index.js';
import type { ParseContext } from '../types.js';
import { clean, compact } from './lines.js';
import type { PlanTableRow } from './model.js';
import { PLAN_COLUMN_WORDS } from './vocabulary.js';

const SEP = '[.．/／・]';
/** A row's first cell: the date the plan counts stand at (`H27.3.31`, `R5.3.31`, `令和5年3月31日`, `2023/3/31`). */
export const ROW_DATE = new RegExp(
  `^((?:平成|令和|昭和|[HRShrs])\\s*(?:\\d{1,2}|元)\\s*${SEP}\\s*\\d{1,2}\\s*${SEP}\\s*\\d{1,2}` +
    `|(?:平成|令和|昭和)\\s*(?:\\d{1,2}|元)\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日` +
    `|(?:19|20)\\d{2}\\s*[./／年]\\s*\\d{1,2}\\s*[./／月]\\s*\\d{1,2}\\s*日?)(?![\\d.])`,
);
/** A number cell, or a dash for an empty one. */
export const CELL = /^(?:[▲△-]?(?:\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.\d+)?[%％]?|[-―ー])$/;

export type Column = 'selfPlans' | 'providerPlans' | 'total' | 'selfPlanRate';
export const DEFAULT_ORDER: readonly Column[] = ['selfPlans', 'providerPlans', 'total', 'selfPlanRate'];

/** Header words of each column, in the order they are looked for (see PLAN_COLUMN_WORDS). */
const COLUMN_WORDS: ReadonlyArray<readonly [Column, RegExp]> = PLAN_COLUMN_WORDS.map(([column, words]) => [column, new RegExp(words)] as const);

const HEADER_PARTS = ['セルフ', 'プラン', '事業所', '作成', '計画', '合計', '総数', '総計', '自己', '数', '計', '率', '(', ')', '（', '）', '%', '％', '件', '人', '単位', '年度末', '時点', '現在', '年月日', '日付'];
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PARTS = HEADER_PARTS.map(escapeRe).join('|');
/** The ends of header words a narrow cell wraps off onto the next line (`セル` / `フ`, `事業` / `所`). */
const WORD_TAILS = [...new Set(HEADER_PARTS.flatMap((w) => [...w].slice(1).map((_, k) => w.slice(k + 1))))].map(escapeRe).join('|');

/** A line made only of header words, as wrapped in a header cell (`セルフ` / `プラン` / `合計数 ｾﾙﾌ率 (%)`). */
export const HEADER_LINE = new RegExp(`^(?:${PARTS})+$`);
/** Header text that may start inside a word, its head on the line above (`フプラン事業所…` after `セル`). */
const HEADER_TAIL = new RegExp(`^(?:${WORD_TAILS})?(?:${PARTS})*$`);

/** Text that continues a header from inside one of its words. */
export function isHeaderTail(text: string): boolean {
  return HEADER_TAIL.test(compact(text));
}
/** Words that mark a line as part of the header or the slide title, not the table's own name. */
export const HEADER_WORD = /セルフ|事業所|合計|計画|推移/;

/** The column one header cell names (`事業所⏎作成計画` → providerPlans), or null. */
export function columnOf(headerCell: string): Column | null {
  return namedColumns(headerCell)[0] ?? null;
}

/**
 * A table of the sums of the tables beside it is named by the word for a sum
 * (`合計`), set where a table's name goes (above it, in the corner cell). Such a
 * name is told from the header's own 合計数 by the header naming that column again.
 */
export function isTotalsName(text: string, headerText: string): boolean {
  const own = namedColumns(text);
  return own.length === 1 && own[0] === 'total' && HEADER_LINE.test(compact(text)) && namedColumns(headerText).includes('total');
}

/** The date a row starts with, as written, or null when the text does not start with one. */
export function rowDate(text: string): string | null {
  return ROW_DATE.exec(clean(text))?.[1] ?? null;
}

/** What a date column's header says (it is no table name). */
export const DATE_HEADER = /年度|時点|現在|日付|年月日|基準日/;

/** The columns a header text names, left to right (cells wrap, so the header is read as one string). */
function namedColumns(headerText: string): Column[] {
  let text = compact(headerText);
  const found: Array<{ column: Column; at: number }> = [];
  for (const [column, re] of COLUMN_WORDS) {
    const m = re.exec(text);
    if (!m) continue;
    found.push({ column, at: m.index });
    text = text.slice(0, m.index) + '\u0000'.repeat(m[0].length) + text.slice(m.index + m[0].length);
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.column);
}

/**
 * Where the columns stand: as the header above the rows names them; a header
 * cell some extractors place below the rows (`ｾﾙﾌ率 (%)`) comes after those;
 * columns no header names keep the usual order.
 */
export function columnOrder(above: string, below = ''): Column[] {
  const order = namedColumns(above);
  if (order.length > 0) order.push(...namedColumns(below).filter((c) => !order.includes(c)));
  return [...order, ...DEFAULT_ORDER.filter((c) => !order.includes(c))];
}

/** A row from its date cell and its cells by column; a date that is not a calendar date is kept as written. */
export function planRow(dateText: string, cells: ReadonlyArray<readonly [Column, string]>, ctx: ParseContext, page: number | null): PlanTableRow {
  const row: PlanTableRow = { asOf: null, selfPlans: null, providerPlans: null, total: null, selfPlanRate: null };
  const date = parseDate(dateText);
  if (date?.ok) row.asOf = date.iso;
  else {
    row.asOfRaw = dateText;
    ctx.warn('era-date-invalid', date ? date.reason : `${dateText} is not a date`, page);
  }
  for (const [column, cell] of cells) row[column] = cellValue(cell);
  return row;
}

/** A figure cell's value (a percent sign dropped), or null when it holds none. */
export function cellValue(cell: string): number | null {
  return parseNumber(clean(cell).replace(/[%％]$/, ''));
}

