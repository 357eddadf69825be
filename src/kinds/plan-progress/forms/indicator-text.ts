/**
 * An indicator table (施策の達成度一覧表, 事業の進捗管理表) in a one-line テキスト版: the
 * header's cells name the columns' roles, then each item's row. A cell merged over
 * rows prints once, on its first row, so the rows under it print only their own
 * cells: a year's row (`令和4年度  850  836`) its year and figures, an item's next
 * indicator its label to its last figure, and an item sharing its 担当課 with the one
 * above starts at its number. The rows, so placed, are tables of the logical document
 * read by the PDF's indicator-table reader.
 */
import type { TextDocument } from '../../../input/types.js';
import { tableGrid } from '../../../document/table.js';
import { textTable, type TextTableRow } from '../../../document/text-table.js';
import type { ParseContext } from '../../types.js';
import { compact } from '../lines.js';
import { cellRole, readIndicatorTable } from '../indicator-table.js';
import type { PlanItem } from '../schema.js';
import type { IndicatorColumn, PlanVocabulary } from '../vocabulary.js';
import type { Token } from './row-blocks.js';
import { pageLineTokens, textTitle } from './table-text.js';
import { figure, isNoValue, yearHeader } from './values.js';

const ITEM_NUMBER = /^[0-9]{1,4}$/;
const FIGURES: ReadonlySet<IndicatorColumn> = new Set(['actual', 'target', 'rate']);
const UNSURE = "rows of a text version: a cell merged over rows is printed on its first row only, and the rows under it are placed by their cells' roles";
/** A header cell's role, a bracketed note after its words aside (`目標値（令和5年度）`). */
const roleOf = (text: string) => cellRole(compact(text).replace(/[（(][^（()）]*[)）]$/, ''));

export function readIndicatorText(doc: TextDocument, vocab: PlanVocabulary, ctx: ParseContext): { title: string | null; items: PlanItem[] } | null {
  const tokens = pageLineTokens(doc);
  const header = headerIn(tokens);
  if (!header) return null;
  const roles = header.texts.map(roleOf);
  const columns = roles.length;
  const noCol = roles.indexOf('no');
  const yearCol = roles.indexOf('year');
  const indicatorCol = roles.indexOf('indicator');
  // a figure column's run after a column: a year's row fills it after the year, a next indicator after its label
  const runAfter = (col: number) => {
    let end = col + 1;
    while (end < columns && (FIGURES.has(roles[end]!) || roles[end] === 'unit')) end++;
    return end;
  };
  const text = (k: number) => tokens[k]?.text ?? '';
  const isHeaderAt = (k: number) => header.texts.every((t, j) => text(k + j) === t);
  const isItem = (k: number) => ITEM_NUMBER.test(compact(text(k)));
  const isFigure = (t: string) => figure(compact(t)) !== null || isNoValue(compact(t));
  const placed = (from: number, cells: readonly string[]) => Array.from({ length: columns }, (_, c) => (c >= from && c - from < cells.length ? cells[c - from]! : ''));

  const pages = new Map<number, TextTableRow[]>();
  const add = (page: number, row: TextTableRow) => pages.set(page, [...(pages.get(page) ?? []), row]);
  let left = '';
  let items = 0;
  for (let k = header.at + columns; k < tokens.length; ) {
    const { page } = tokens[k]!;
    if (isHeaderAt(k)) {
      k += columns;
      continue;
    }
    const width = columns - noCol;
    if (isItem(k) && k + width <= tokens.length) {
      const cells = placed(noCol, tokens.slice(k, k + width).map((t) => t.text));
      if (noCol === 1) cells[0] = left;
      add(page, { cells });
      items++;
      k += width;
      continue;
    }
    // the cells left of the number (a 担当課) stand before it, and hold for the rows under them
    if (noCol === 1 && isItem(k + 1)) {
      left = text(k);
      k++;
      continue;
    }
    const year = yearCol >= 0 && yearHeader(compact(text(k)), undefined) !== null;
    const from = year ? yearCol : indicatorCol;
    const end = runAfter(from);
    const cells = tokens.slice(k, k + end - from).map((t) => t.text);
    const figuresRead = cells.length === end - from && cells.every((t, j) => !FIGURES.has(roles[from + j]!) || isFigure(t));
    if (items > 0 && figuresRead && (year || !isItem(k))) {
      add(page, { cells: placed(from, cells) });
      k += cells.length;
      continue;
    }
    add(page, { caption: text(k) });
    k++;
  }
  if (items === 0) return null;
  const read: PlanItem[] = [];
  for (const [page, rows] of pages) readIndicatorTable(tableGrid(textTable(header.texts, rows, page, UNSURE)), page, read, vocab, ctx);
  if (read.length === 0) return null;
  return { title: textTitle(doc), items: read };
}

/**
 * The header: cells that each name a role, the number, name, indicator and actual
 * among them. It starts at the number's column, or at a column before it whose role
 * the header does not name again (a title or a legend before it may name one).
 */
function headerIn(tokens: readonly Token[]): { at: number; texts: string[] } | null {
  for (let k = 0; k < tokens.length; k++) {
    if (roleOf(tokens[k]!.text) !== 'no') continue;
    let end = k;
    while (end < tokens.length && roleOf(tokens[end]!.text) !== undefined) end++;
    const own = new Set(tokens.slice(k, end).map((t) => roleOf(t.text)));
    if (!['name', 'indicator', 'actual'].every((r) => own.has(r as IndicatorColumn))) continue;
    let at = k;
    while (at > 0 && roleOf(tokens[at - 1]!.text) !== undefined && !own.has(roleOf(tokens[at - 1]!.text))) own.add(roleOf(tokens[--at]!.text));
    return { at, texts: tokens.slice(at, end).map((t) => t.text) };
  }
  return null;
}
