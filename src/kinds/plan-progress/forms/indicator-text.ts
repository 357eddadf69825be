/**
 * An indicator table (施策の達成度一覧表, 事業の進捗管理表) in a one-line テキスト版: the
 * header's cells name the columns' roles, then each item's row. A cell merged over
 * rows prints once, on its first row, so the rows under it print only their own
 * cells: a year's row (`令和4年度  850  836`) its year and figures, an item's next
 * indicator its label to its last figure, and an item sharing its 担当課 with the one
 * above starts at its number. A text version printing a row a line may put the years
 * of its 実績 column on a header line of their own. The rows, so placed, are tables of
 * the logical document read by the PDF's indicator-table reader.
 */
import type { TextDocument } from '../../../input/types.js';
import { tableGrid } from '../../../document/table.js';
import { addRow, textTable, type TextHeaderCell, type TextTablePages } from '../../../document/text-table.js';
import { splitSpaceRuns } from '../../../document/text.js';
import { normalizeWidth } from '../../../normalize/index.js';
import type { ParseContext } from '../../types.js';
import { compact } from '../lines.js';
import { cellRole, readIndicatorTable, type Governing } from '../indicator-table.js';
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

/** A table's header rows and its rows page by page, as placed from the text. */
interface Placed {
  header: Array<TextHeaderCell[]>;
  pages: TextTablePages;
}

export function readIndicatorText(doc: TextDocument, vocab: PlanVocabulary, ctx: ParseContext): { title: string | null; items: PlanItem[] } | null {
  const placed = pageLineRows(doc) ?? rowLineRows(doc);
  if (!placed) return null;
  const read: PlanItem[] = [];
  // a heading left at a page's foot governs the next page's rows, as in the PDF
  const governing: Governing = { section: null, subsection: null };
  for (const [page, rows] of placed.pages) readIndicatorTable(tableGrid(textTable(placed.header, rows, page, UNSURE)), page, read, vocab, ctx, governing);
  return read.length ? { title: textTitle(doc), items: read } : null;
}

/** A page-line text version's rows: its cells one after the other, a row's end told by the next row's start. */
function pageLineRows(doc: TextDocument): Placed | null {
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

  const pages: TextTablePages = new Map();
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
      addRow(pages, page, { cells });
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
      addRow(pages, page, { cells: placed(from, cells) });
      k += cells.length;
      continue;
    }
    addRow(pages, page, { caption: text(k) });
    k++;
  }
  return items === 0 ? null : { header: [header.texts], pages };
}

/**
 * A text version that prints a table row a line: the header line, its years on the
 * line under it (`令和３年度  令和４年度  令和５年度` under the one 実績 column), then a
 * line per row, its number first and a cell per column; other lines between rows are
 * headings.
 */
function rowLineRows(doc: TextDocument): Placed | null {
  const lines = doc.pages.flatMap((p, i) => p.lines.map((l) => ({ cells: splitSpaceRuns(normalizeWidth(l)), page: p.page ?? i + 1 })).filter((l) => l.cells.length > 0));
  const at = lines.findIndex((l) => namesRoles(l.cells));
  if (at < 0) return null;
  const texts = lines[at]!.cells;
  const roles = texts.map(roleOf);
  const years = lines[at + 1]?.cells.every((c) => yearHeader(compact(c), undefined) !== null) ? lines[at + 1]!.cells : [];
  const actual = roles.indexOf('actual');
  const split = years.length > 1 && roles.lastIndexOf('actual') === actual;
  const header: Array<TextHeaderCell[]> = split
    ? [
        texts.map((text, c) => (c === actual ? { text, colSpan: years.length } : text)),
        texts.flatMap((_, c) => (c === actual ? years : [''])),
      ]
    : [texts];
  const columns = texts.length + (split ? years.length - 1 : 0);
  const pages: TextTablePages = new Map();
  let items = 0;
  for (let n = at + (split ? 2 : 1); n < lines.length; n++) {
    const { cells, page } = lines[n]!;
    if (cells.join(' ') === texts.join(' ')) {
      if (split) n++;
      continue;
    }
    if (ITEM_NUMBER.test(compact(cells[0]!)) && cells.length === columns) {
      addRow(pages, page, { cells });
      items++;
    } else addRow(pages, page, { caption: cells.join(' ') });
  }
  return items === 0 ? null : { header, pages };
}

/** A header line: each cell names a role, the number, name, indicator and actual among them. */
function namesRoles(cells: readonly string[]): boolean {
  const roles = cells.map(roleOf);
  return roles.every((r) => r !== undefined) && (['no', 'name', 'indicator', 'actual'] as const).every((r) => roles.includes(r));
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
    if (!namesRoles(tokens.slice(k, end).map((t) => t.text))) continue;
    const own = new Set(tokens.slice(k, end).map((t) => roleOf(t.text)));
    let at = k;
    while (at > 0 && roleOf(tokens[at - 1]!.text) !== undefined && !own.has(roleOf(tokens[at - 1]!.text))) own.add(roleOf(tokens[--at]!.text));
    return { at, texts: tokens.slice(at, end).map((t) => t.text) };
  }
  return null;
}
