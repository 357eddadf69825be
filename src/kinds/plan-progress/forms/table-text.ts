/**
 * A plan table in a one-line テキスト版: a page on one line, its cells apart by runs of
 * spaces. The header row's cells name the columns by their words (as the PDF table
 * reader does), then every row gives one cell per column, its number first; a
 * heading (`基本目標1 …`) may stand between rows and the header may repeat per page.
 * Only the long lines of such a text are read: in a PDF's own text a cell wraps over
 * many lines and cannot be told from the next.
 */
import type { TextDocument } from '../../../input/types.js';
import { normalizeWidth, parseFiscalYear, findEraIn } from '../../../normalize/index.js';
import type { ParseContext } from '../../types.js';
import { FISCAL_YEAR_WORD, PAGE_NUMBER } from '../../shared/vocabulary.js';
import { buildItem, warnIncomplete, type CodeTitle, type ItemCells, lackingFields } from '../cells.js';
import { moveByContent } from '../column-content.js';
import { compact, isDirectionHeaderStart, MARKS, parseHeadingRow, parseItemNumber } from '../lines.js';
import type { PlanItem } from '../schema.js';
import {
  DIRECTION_WORD,
  INDICATOR_GROUP_HEADER,
  INDICATOR_VALUE_HEADER,
  PLANS_WITHOUT_YEAR,
  YEAR_GROUP_HEADER,
  type PlanField,
  type PlanVocabulary,
} from '../vocabulary.js';
import { latestYearColumns } from '../year-columns.js';
import { indicatorRowText } from './indicators.js';
import { figure } from './values.js';
import { readLegend } from './legend.js';
import { splitSpaceRuns } from '../../../document/text.js';
import { rowBlockTokens, type Token } from './row-blocks.js';

/** A テキスト版 page line is longer than this (a printed row never is). */
const PAGE_LINE = 200;
/** A page's line as a テキスト版 prints it: a long line, or the page's only line (a last page of one short row). */
const pageLines = (lines: readonly string[]): readonly string[] => {
  const filled = lines.filter((l) => l.trim() !== '');
  return filled.length === 1 ? filled : filled.filter((l) => l.length > PAGE_LINE);
};
/** A header names at least this many fields, number and name among them. */
const MIN_FIELDS = 5;
const YEAR_GROUP = new RegExp(`^${YEAR_GROUP_HEADER}`);
const MARK = new RegExp(`[${MARKS}]`, 'g');
const GOAL_BLOCK = new RegExp(`\\s+(?=${FISCAL_YEAR_WORD})`);


interface Header {
  fields: Array<PlanField | null>;
  texts: string[];
  /** Each column's own header, without the year group over it. */
  own: string[];
  /** Tokens the header takes (a year group over two columns is one more than the columns). */
  length: number;
  /** Columns under a 指標 header: the label column has label '', a value column its header. */
  indicators?: Array<{ col: number; label: string }>;
}

export function readTableText(doc: TextDocument, vocab: PlanVocabulary, ctx: ParseContext): { title: string | null; items: PlanItem[] } | null {
  const pageTokens: Token[] = doc.pages.flatMap((p, i) =>
    pageLines(p.lines).flatMap((l) => splitSpaceRuns(normalizeWidth(l)).map((text) => ({ text, page: p.page ?? i + 1 }))),
  );
  const tokens = pageTokens.some((_, k) => headerAt(pageTokens, k, vocab) !== null)
    ? pageTokens
    : (rowLineTokens(doc, vocab) ?? rowBlockTokens(doc, vocab, headerAt, ctx));
  const at = tokens?.findIndex((_, k) => headerAt(tokens, k, vocab) !== null) ?? -1;
  if (!tokens || at < 0) return null;
  const first = headerAt(tokens, at, vocab)!;
  const header = withSecondRow(tokens, at, first) ?? first;
  const columns = header.fields.length;
  const rows: Array<{ cells: string[]; page: number; section: CodeTitle | null; subsection: CodeTitle | null; more: string[][] }> = [];
  const indicatorWidth = header.indicators?.length ?? 0;
  let section: CodeTitle | null = null;
  let subsection: CodeTitle | null = null;
  // headings above the header (`2 地域生活の支援`) govern the first rows
  for (let k = 0; k < tokens.length; ) {
    if (k === at || (k > at && headerAt(tokens, k, vocab))) {
      k += header.length;
      continue;
    }
    const token = tokens[k]!;
    const heading = parseHeadingRow(token.text);
    const number = parseItemNumber(token.text);
    if (k > at && number && number.rest === null && k + columns <= tokens.length) {
      rows.push({ cells: tokens.slice(k, k + columns).map((t) => t.text), page: token.page, section, subsection, more: [] });
      k += columns;
      continue;
    }
    // an item's next indicator row prints its filled cells only: the label, then figures
    const next = tokens.slice(k, k + indicatorWidth).map((t) => t.text);
    if (rows.length && indicatorWidth > 1 && next.length === indicatorWidth && !number && !heading && next.slice(1).every((t) => figure(t) !== null)) {
      rows[rows.length - 1]!.more.push(next);
      k += indicatorWidth;
      continue;
    }
    if (heading?.level === 'section') {
      section = { code: heading.code, title: heading.title };
      subsection = null;
    } else if (heading) subsection = { code: heading.code, title: heading.title };
    k++;
  }
  if (rows.length === 0) return null;

  const fields = new Map<PlanField, number[]>();
  const headers = new Map<PlanField, string>();
  header.fields.forEach((f, c) => {
    if (f === null) return;
    fields.set(f, [...(fields.get(f) ?? []), c]);
    if (!headers.has(f)) headers.set(f, header.texts[c]!);
  });
  const body = (col: number) => rows.map((r) => compact(r.cells[col]!)).filter((t) => t !== '');
  latestYearColumns(fields, headers, (col) => header.texts[col]!);
  moveByContent(fields, headers, body, (col) => header.texts[col]!);

  const era = findEraIn(tokens.map((t) => t.text).join(''))?.name;
  const yearOf = (f: PlanField) => {
    const h = headers.get(f);
    return h ? parseFiscalYear(h, { defaultEra: era }) : null;
  };
  const results = yearOf('results');
  // a plans column names its own year, or none (`今後の方向性`), whatever group stands over it
  const plansCol = fields.get('plans')?.[0];
  const plansHeader = plansCol === undefined ? undefined : header.own[plansCol]!;
  const plansYear = plansHeader === undefined ? null : parseFiscalYear(plansHeader, { defaultEra: era });
  const plans = plansYear ?? (plansHeader === undefined || PLANS_WITHOUT_YEAR.test(plansHeader) || results === null ? null : results + 1);
  const lacking = lackingFields(fields);
  const titleLine = doc.pages[0]?.lines.find((l) => l.trim() !== '');
  const title = titleLine ? splitSpaceRuns(normalizeWidth(titleLine))[0] ?? null : null;

  const read: ItemCells[] = [];
  const items = rows.map((row, k) => {
    const get = (f: PlanField) => (fields.get(f) ?? []).map((c) => row.cells[c]!).filter((t) => t !== '');
    const directionText = compact(get('direction').join(''));
    const marks = directionText.match(MARK) ?? [];
    const cells: ItemCells = {
      no: parseItemNumber(row.cells[fields.get('no')![0]!]!)!.no,
      page: row.page,
      name: get('name'),
      summary: get('summary'),
      results: get('results'),
      plans: get('plans'),
      achievement: vocab.readGrade(get('achievement').join(' ')),
      direction: marks.length ? marks[marks.length - 1]! : DIRECTION_WORD.test(directionText) ? directionText : null,
      // a goal cell's blocks each open with their year (`平成二十六年度 定員 320人 平成二十九年度 …`)
      goal: get('goal').flatMap((cell) => cell.split(GOAL_BLOCK)),
      assessment: get('assessment'),
      related: get('related'),
      department: get('department'),
      indicators: [row.cells.slice(columns - indicatorWidth), ...row.more].flatMap(([label, ...values]) =>
        indicatorRowText(compact(label ?? ''), (header.indicators ?? []).slice(1).map((i, n) => ({ header: i.label, value: compact(values[n] ?? '') }))),
      ),
    };
    warnIncomplete(cells, ctx, lacking, departmentAbove(rows, read, k));
    read.push(cells);
    return buildItem(cells, { section: row.section, subsection: row.subsection, years: { results, plans, era }, lacking }, ctx);
  });
  return { title, items };
}

interface Line {
  cells: string[];
  page: number;
}

/**
 * A テキスト版 printing one table row a line, its cells apart by runs of spaces: the
 * lines as tokens the page-line reader takes. A header's second row (`実績  評価` under
 * a year `R5`) goes in place of the year over it; a row line's cells missing at its end
 * (a cell merged down from the row above) are empty. Null when a line after the header
 * is neither a row, a heading, the header again, a legend nor a note: in a PDF's own
 * text (`pdftotext -layout`) a cell wraps onto lines of its own and cannot be read.
 */
function rowLineTokens(doc: TextDocument, vocab: PlanVocabulary): Token[] | null {
  const lines: Line[] = doc.pages.flatMap((p, i) =>
    p.lines.map((l) => ({ cells: splitSpaceRuns(normalizeWidth(l)), page: p.page ?? i + 1 })).filter((l) => l.cells.length > 0),
  );
  const headerOf = (n: number): Line | null => {
    const line = lines[n]!;
    const sub = lines[n + 1];
    const group = line.cells.findIndex((c) => YEAR_GROUP.test(compact(c)));
    const isSub = sub !== undefined && sub.cells.length > 1 && sub.cells.every((c) => fieldOf(compact(c), vocab) !== undefined);
    const cells = group >= 0 && isSub ? [...line.cells.slice(0, group), ...sub.cells.map((c) => line.cells[group] + c), ...line.cells.slice(group + 1)] : line.cells;
    const tokens = cells.map((text) => ({ text, page: line.page }));
    return headerAt(tokens, 0, vocab)?.length === cells.length ? { cells, page: line.page } : null;
  };
  const first = lines.findIndex((_, n) => headerOf(n) !== null);
  if (first < 0) return null;
  const header = headerOf(first)!;
  const columns = header.cells.length;
  const tokens: Token[] = lines.slice(0, first).map((l) => ({ text: l.cells.join(' '), page: l.page }));
  for (let n = first; n < lines.length; n++) {
    const line = lines[n]!;
    const repeated = headerOf(n);
    if (repeated) {
      tokens.push(...repeated.cells.map((text) => ({ text, page: line.page })));
      if (repeated.cells.length > line.cells.length) n++;
      continue;
    }
    const number = parseItemNumber(line.cells[0]!);
    if (number && number.rest === null && line.cells.length > 1 && line.cells.length <= columns) {
      const cells = [...line.cells, ...Array<string>(columns - line.cells.length).fill('')];
      tokens.push(...cells.map((text) => ({ text, page: line.page })));
      continue;
    }
    const text = line.cells.join(' ');
    if (!parseHeadingRow(text) && Object.keys(readLegend(text)).length < 2 && !NOTE_LINE.test(text)) return null;
    tokens.push({ text, page: line.page });
  }
  return tokens;
}

const YEAR_ONLY = new RegExp(`^${FISCAL_YEAR_WORD}$`);

/**
 * A two-row header a テキスト版 prints row by row (`進捗状況  実施状況と問題点  指標  27年度
 * 28年度  27年度  28年度  指標名  当初の値(25年度) …`): the years, repeated per group, divide
 * the last columns of the first row evenly, and a 指標 after them heads its label and value
 * columns. The header's columns expanded, or null when the tokens after it are no such row.
 */
function withSecondRow(tokens: readonly Token[], at: number, header: Header): Header | null {
  const text = (k: number) => compact(tokens[k]?.text ?? '');
  let j = at + header.length;
  const indicatorTop = INDICATOR_GROUP_HEADER.test(text(j));
  if (indicatorTop) j++;
  const years: string[] = [];
  while (YEAR_ONLY.test(text(j))) years.push(text(j++));
  const span = new Set(years).size;
  const groups = span > 1 && years.length % span === 0 ? years.length / span : 0;
  const subs: string[] = [];
  while (indicatorTop && (text(j) === '指標名' || INDICATOR_VALUE_HEADER.test(text(j)))) subs.push(text(j++));
  // the indicator's label column comes first under 指標, its values after it
  if (groups === 0 || groups > header.fields.length || (indicatorTop && (subs.length < 2 || INDICATOR_VALUE_HEADER.test(subs[0]!)))) return null;
  const out: Header = { fields: [], texts: [], own: [], length: j - at, indicators: [] };
  const firstGroup = header.fields.length - groups;
  header.fields.forEach((field, c) => {
    const under = c < firstGroup ? [''] : years.slice((c - firstGroup) * span, (c - firstGroup + 1) * span);
    for (const year of under) {
      out.fields.push(field);
      out.texts.push(header.texts[c]! + year);
      out.own.push(header.own[c]! + year);
    }
  });
  for (const sub of subs) {
    out.indicators!.push({ col: out.fields.length, label: INDICATOR_VALUE_HEADER.test(sub) ? sub : '' });
    out.fields.push(null);
    out.texts.push(sub);
    out.own.push(sub);
  }
  return out;
}

/** A note under a table (`※…`, `注）…`) or a page number alone. */
const NOTE_LINE = new RegExp(`^(?:※|注[）):：\\s]|${PAGE_NUMBER}$)`);

const fieldOf = (text: string, vocab: PlanVocabulary): PlanField | undefined =>
  vocab.fieldPatterns.find(([, re]) => re.test(text))?.[0] ?? (isDirectionHeaderStart(text) ? 'direction' : undefined);

/** The header row starting at token k: its columns' fields, or null. */
function headerAt(tokens: readonly Token[], k: number, vocab: PlanVocabulary): Header | null {
  const fields: Array<PlanField | null> = [];
  const texts: string[] = [];
  const own: string[] = [];
  let group = '';
  let length = 0;
  for (let j = k; j < tokens.length; j++) {
    const text = compact(tokens[j]!.text);
    const field = fieldOf(text, vocab);
    if (field) {
      fields.push(field);
      // the columns under a year group header (`令和４年度の取組` over 実施状況 / 評価) carry its year
      texts.push(group + text);
      own.push(text);
    } else if (YEAR_GROUP.test(text) && fields.length > 0) group = text;
    else break;
    length++;
  }
  const named = new Set(fields);
  if (named.size < MIN_FIELDS || fields[0] !== 'no' || !named.has('name')) return null;
  return { fields, texts, own, length };
}

/** The nearest row above row `k` in the same table (section and subsection) that prints a 所管課. */
function departmentAbove(rows: ReadonlyArray<{ section: CodeTitle | null; subsection: CodeTitle | null }>, read: readonly ItemCells[], k: number): ItemCells | undefined {
  const row = rows[k]!;
  for (let j = k - 1; j >= 0 && rows[j]!.section === row.section && rows[j]!.subsection === row.subsection; j--) {
    if (read[j]!.department.length > 0) return read[j];
  }
  return undefined;
}
