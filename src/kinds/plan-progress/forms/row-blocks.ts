/**
 * A plan table in a word processor's content order (`pdftotext -raw` of a Writer table):
 * the header row on one line, then each row's cells one after the other, a cell's
 * wrapped lines in turn, cells that share a baseline joined by a space
 * (`障がい者相談支援事業の充実 市内の相談支援事業所に委託し、電話や訪問`). Nothing
 * prints where a wrapped cell ends, so a row is taken apart only where the header
 * leaves one way to: the name, at most one text column, the mark column (a mark or
 * grade opening its line), at most one text column, and the 担当課 last. A row a page
 * break cuts goes on under the next page's header with nothing to say whose column its
 * lines are: they join the first text column, with a warning.
 */
import type { TextDocument } from '../../../input/types.js';
import { normalizeWidth } from '../../../normalize/index.js';
import type { ParseContext } from '../../types.js';
import { PAGE_NUMBER } from '../../shared/vocabulary.js';
import { compact, endsLikeDepartment, parseHeadingRow, parseItemNumber } from '../lines.js';
import { GRADE, type PlanField, type PlanVocabulary } from '../vocabulary.js';

export interface Token {
  text: string;
  page: number;
}

type HeaderAt = (tokens: readonly Token[], k: number, vocab: PlanVocabulary) => { fields: Array<PlanField | null>; length: number } | null;

/** The columns a row is taken apart into, by index in the header. */
interface Shape {
  name: number;
  before: number | null;
  mark: number;
  after: number | null;
  department: number | null;
}

const MARK_COLUMNS: ReadonlySet<PlanField | null> = new Set<PlanField | null>(['achievement', 'direction']);
const PAGE_LINE = new RegExp(`^${PAGE_NUMBER}$`);
/** A space between a figure and its counter (`4,870 件`) is the font changing, not a gap in the text. */
const FIGURE_GAP = /([0-9])\s+(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/gu;
const MAX_DEPARTMENT = 20;

/**
 * The header's columns in the one order a row can be taken apart in, or null. The mark
 * column is told by its place (the middle of three text columns) or its name: a header
 * word like 評価 names it no better than an assessment, which the table reader later
 * tells by the column's content.
 */
function shapeOf(fields: ReadonlyArray<PlanField | null>): Shape | null {
  if (fields[0] !== 'no' || fields[1] !== 'name') return null;
  const department = fields[fields.length - 1] === 'department' ? fields.length - 1 : null;
  const middle = fields.slice(2, department ?? fields.length);
  if (middle.includes('department')) return null;
  const named = middle.findIndex((f) => MARK_COLUMNS.has(f));
  const mark = middle.length === 3 ? 1 : middle.length === 1 ? 0 : middle.length === 2 && named >= 0 ? named : -1;
  if (mark < 0) return null;
  return { name: 1, before: mark > 0 ? 2 : null, mark: mark + 2, after: mark < middle.length - 1 ? mark + 3 : null, department };
}

/** A cell's lines as one text: wrapped lines run on, a new sentence or figure line after a space. */
function cellText(lines: readonly string[]): string {
  return lines
    .reduce((text, line) => (text === '' ? line : /[。．]$/.test(text) || /[:：]/.test(line) ? `${text} ${line}` : text + line), '')
    .replace(FIGURE_GAP, '$1');
}

const firstWord = (line: string) => line.split(/\s+/, 1)[0]!;
const afterFirstWord = (line: string) => line.slice(firstWord(line).length).trim();
/** A line opening with the mark column's mark or grade (`◎`, `B`, `○ 福祉避難所の…`); a figure is no grade here. */
const isMarkLine = (line: string) => GRADE.test(firstWord(line)) && !/^[0-9]+$/.test(firstWord(line));

interface Row {
  no: number;
  page: number;
  lines: string[];
  /** Lines after a page break and the repeated header, before the next row. */
  continued: string[];
}

/** The row's cells in header order, or null when its mark column is not found. */
function rowCells(row: Row, shape: Shape, columns: number): string[] | null {
  const mark = row.lines.findIndex((l, i) => i > 0 && isMarkLine(l));
  if (mark < 0) return null;
  const cells = Array<string>(columns).fill('');
  cells[0] = String(row.no);
  const before = row.lines.slice(0, mark);
  const [first = '', ...more] = before;
  const nameAlone = shape.before === null || !/\s/.test(first);
  cells[shape.name] = shape.before === null ? cellText(before) : nameAlone ? first : firstWord(first);
  // lines after a page break join the first text column: the text says no more
  if (shape.before !== null) cells[shape.before] = cellText([...(nameAlone ? [] : [afterFirstWord(first)]), ...more, ...row.continued]);
  cells[shape.mark] = firstWord(row.lines[mark]!);
  const after = [afterFirstWord(row.lines[mark]!), ...row.lines.slice(mark + 1), ...(shape.before === null ? row.continued : [])].filter((l) => l !== '');
  if (shape.department !== null && after.length > 0) {
    const last = after[after.length - 1]!;
    const word = last.split(/\s+/).pop()!;
    const isDepartment = (t: string) => endsLikeDepartment(t) && [...compact(t)].length <= MAX_DEPARTMENT && !/[。、]/.test(t);
    if (isDepartment(last)) {
      cells[shape.department] = last;
      after.pop();
    } else if (word !== last && isDepartment(word)) {
      cells[shape.department] = word;
      after[after.length - 1] = last.slice(0, -word.length).trim();
    }
  }
  if (shape.after !== null) cells[shape.after] = cellText(after);
  return cells;
}

/**
 * The text as the tokens the table reader takes (header cells, then each row's cells,
 * headings between), or null when it is not such a table or a row cannot be taken apart.
 */
export function rowBlockTokens(doc: TextDocument, vocab: PlanVocabulary, headerAt: HeaderAt, ctx: ParseContext): Token[] | null {
  const lines = doc.pages.flatMap((p, i) => p.lines.map((l) => ({ text: normalizeWidth(l).trim(), page: p.page ?? i + 1 })).filter((l) => l.text !== ''));
  const headerOf = (line: { text: string; page: number }) => {
    const tokens = line.text.split(/\s+/).map((text) => ({ text, page: line.page }));
    return headerAt(tokens, 0, vocab)?.length === tokens.length ? tokens : null;
  };
  const first = lines.findIndex((l) => headerOf(l) !== null);
  if (first < 0) return null;
  const header = headerAt(headerOf(lines[first]!)!, 0, vocab)!;
  const shape = shapeOf(header.fields);
  if (!shape) return null;

  const out: Array<Token | Row> = lines.slice(0, first).map((l) => ({ text: l.text, page: l.page }));
  let row: Row | null = null;
  let broken = false;
  for (let n = first; n < lines.length; n++) {
    const line = lines[n]!;
    const repeated = headerOf(line);
    if (repeated) {
      out.push(...repeated);
      broken = row !== null;
      continue;
    }
    if (PAGE_LINE.test(compact(line.text))) continue;
    const number = parseItemNumber(line.text);
    const next = lines[n + 1];
    const headsTable = next !== undefined && (parseHeadingRow(next.text) !== null || headerOf(next) !== null);
    if (number && (number.rest === null || (number.no === (row?.no ?? 0) + 1 && !headsTable))) {
      row = { no: number.no, page: line.page, lines: number.rest === null ? [] : [number.rest], continued: [] };
      out.push(row);
      broken = false;
    } else if (row && !parseHeadingRow(line.text)) (broken ? row.continued : row.lines).push(line.text);
    else {
      row = null;
      out.push({ text: line.text, page: line.page });
    }
  }
  const tokens: Token[] = [];
  for (const part of out) {
    if (!('no' in part)) {
      tokens.push(part);
      continue;
    }
    const cells = rowCells(part, shape, header.fields.length);
    if (!cells) return null;
    if (part.continued.length > 0) {
      ctx.warn(
        'row-cut-column-guessed',
        `item ${part.no}: ${part.continued.length} line(s) after the page break joined to the first text column; the text does not say whose column they are`,
        part.page,
      );
    }
    tokens.push(...cells.map((text) => ({ text, page: part.page })));
  }
  return tokens;
}
