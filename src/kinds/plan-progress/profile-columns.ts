/**
 * A table in the columns a profile names, read from text, so that a profile reads the
 * same form from its PDF and from its text. Texts come three ways: `pdftotext -raw` (a
 * row's cells one after the other, apart by single spaces, a wrapped cell's lines on
 * lines of their own), `-layout` (cells apart by runs of spaces, wrapped lines under
 * their column) and a one-line テキスト版 (a page on one line, cells apart by runs of
 * spaces). The header is a run of cells that each name a field, one by a profile label;
 * a row starts at its item number, and its other pieces are shared among the header's
 * columns by what each field holds (a grade, a department's name, sentences).
 */
import { SPACE_RUN } from '../../document/text.js';
import type { TextDocument } from '../../input/types.js';
import { normalizeWidth } from '../../normalize/index.js';
import { canBeTitle } from '../shared/title.js';
import { endsSentence } from '../shared/vocabulary.js';
import type { ParseContext } from '../types.js';
import { buildItem, lackingFields, warnIncomplete, type CodeTitle, type ItemCells } from './cells.js';
import type { PlanProgressFields } from './from-text.js';
import { compact, endsLikeDepartment, isFooter, MARKS, norm, parseItemNumber } from './lines.js';
import { profileSection } from './profile-sections.js';
import { PAGE_MARK, planVocabulary, type PlanField, type PlanVocabulary } from './vocabulary.js';
import { headerYears } from './years.js';

interface Piece {
  text: string;
  page: number;
  /** The line it stands on (counted through the document), and where on it its cell starts (in characters). */
  line: number;
  offset: number;
  /** Whether its line has cells apart by space runs. */
  runs: boolean;
  /** A whole line or cell that is a section heading the profile describes. */
  heading: CodeTitle | null;
}

interface Header {
  fields: PlanField[];
  /** The header cells' offsets on a line of their own (a printed row: -layout), else null. */
  offsets: number[] | null;
  texts: Map<string, string>;
  /** Index of the first piece after the header. */
  end: number;
}

const DEFAULT_VOCABULARY = planVocabulary();
/** A header names at least this many fields, `no` and `name` among them. */
const MIN_FIELDS = 3;
/** A grade or mark stands alone in its cell. */
const MAX_GRADE = 3;
/** An item number more than this far past the previous one is a figure in a cell, not a new row. */
const MAX_NUMBER_STEP = 20;
/** How far a -layout cell may start left of its header and still be under it. */
const COLUMN_SLACK = 2;

/** The form of the text in the profile's columns; null without a profile's labels, or when no header names them. */
export function readProfileColumns(doc: TextDocument, ctx: ParseContext): PlanProgressFields | null {
  const profile = ctx.profile?.['plan-progress'];
  if (!Object.values(profile?.labels ?? {}).some((words) => words?.length)) return null;
  const vocab = planVocabulary(profile);
  const title = titleOf(doc, vocab);
  const pieces = piecesOf(doc, vocab, title);
  const header = findHeader(pieces, vocab, DEFAULT_VOCABULARY);
  if (!header) return null;
  const rows = rowsAfter(pieces, header, vocab);
  if (rows.length === 0) return null;
  const years = headerYears(header.texts, compact(pieces.map((p) => p.text).join('')));
  const lacking = lackingFields(new Set<string>(header.fields));
  const items = rows.map(({ cells, governing }) => {
    warnIncomplete(cells, ctx, lacking);
    return buildItem(cells, { ...governing, years, lacking }, ctx);
  });
  return { title, scales: {}, summaries: [], items };
}

/**
 * The text as pieces in reading order: the words of every line, each with where its
 * cell starts (cells are apart by space runs, a word is its own cell on a line without);
 * a line or cell that is a profile's section heading stays whole.
 */
function piecesOf(doc: TextDocument, vocab: PlanVocabulary, title: string | null): Piece[] {
  const out: Piece[] = [];
  // the title repeated at the top of every page is furniture, no row's
  const isTitle = (text: string) => title !== null && compact(norm(text)) === compact(title);
  let n = 0;
  doc.pages.forEach((p, i) => {
    const page = p.page ?? i + 1;
    for (const raw of p.lines) {
      const line = raw.trimEnd();
      n++;
      if (line.trim() === '' || isFooter(line) || isTitle(line)) continue;
      const at = (index: number) => [...line.slice(0, index)].length;
      const heading = profileSection(line, vocab);
      if (heading) {
        out.push({ text: line.trim(), page, line: n, offset: at(line.search(/\S/)), runs: false, heading });
        continue;
      }
      // a cell's words are pieces of their own (a テキスト版 may part its table's cells by one space too)
      const runs = SPACE_RUN.test(line);
      for (const cell of line.matchAll(runs ? /\S+(?:[ ]\S+)*/g : /\S+/g)) {
        const base = { page, line: n, offset: at(cell.index), runs };
        if (runs && (isPageMark(cell[0]) || isTitle(cell[0]))) continue;
        const own = runs ? profileSection(cell[0], vocab) : null;
        if (own) out.push({ ...base, text: cell[0], heading: own });
        else for (const word of cell[0].split(' ')) out.push({ ...base, text: word, heading: null });
      }
    }
  });
  return out;
}

/** A page number standing as a cell of a テキスト版 (`1ページ`, `- 2 -`): no row's. */
function isPageMark(cell: string): boolean {
  return isFooter(cell) || cell.replace(PAGE_MARK, '') === '';
}

function fieldOf(text: string, vocab: PlanVocabulary): PlanField | null {
  const key = compact(text);
  return vocab.fieldPatterns.find(([, re]) => re.test(key))?.[0] ?? null;
}

/**
 * The first run of pieces naming distinct fields, `no` first, `name` among them, one of
 * them named only by the profile (the defaults would not, or as another field): a
 * header the built-in words read alike is the built-in readers' to read.
 */
function findHeader(pieces: readonly Piece[], vocab: PlanVocabulary, defaults: PlanVocabulary): Header | null {
  for (let start = 0; start < pieces.length; start++) {
    if (fieldOf(pieces[start]!.text, vocab) !== 'no') continue;
    const fields: PlanField[] = [];
    let end = start;
    while (end < pieces.length) {
      const field = fieldOf(pieces[end]!.text, vocab);
      if (field === null || fields.includes(field) || pieces[end]!.heading) break;
      fields.push(field);
      end++;
    }
    const run = pieces.slice(start, end);
    const needsProfile = run.some((p, i) => fieldOf(p.text, defaults) !== fields[i]);
    if (fields.length < MIN_FIELDS || !fields.includes('name') || !needsProfile) continue;
    const line = pieces.filter((p) => p.line === run[0]!.line);
    const printed = run[0]!.runs && line.length === run.length && run.every((p) => p.line === run[0]!.line);
    const offsets = printed ? run.map((p) => p.offset) : null;
    return { fields, offsets, texts: new Map(run.map((p, i) => [fields[i]!, compact(p.text)])), end };
  }
  return null;
}

interface RowPieces {
  no: number;
  page: number;
  governing: { section: CodeTitle | null; subsection: CodeTitle | null };
  pieces: Piece[];
}

/** The rows after the header: each from its item number to the next; a repeated header or a heading ends a row. */
function rowsAfter(pieces: readonly Piece[], header: Header, vocab: PlanVocabulary): Array<{ cells: ItemCells; governing: RowPieces['governing'] }> {
  const rows: RowPieces[] = [];
  let governing: RowPieces['governing'] = { section: null, subsection: null };
  for (const p of pieces.slice(0, header.end)) if (p.heading) governing = { section: p.heading, subsection: null };
  const headerWords = header.fields.map((f) => header.texts.get(f)!);
  let current: RowPieces | null = null;
  for (let i = header.end; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (p.heading) {
      governing = { section: p.heading, subsection: null };
      current = null;
      continue;
    }
    if (headerWords.every((w, k) => compact(pieces[i + k]?.text ?? '') === w)) {
      i += headerWords.length - 1;
      current = null;
      continue;
    }
    const number = parseItemNumber(p.text);
    const last = rows[rows.length - 1];
    const inNoColumn = header.offsets === null || columnAt(p.offset, header.offsets) === 0;
    if (number && number.rest === null && inNoColumn && (!last || (number.no > last.no && number.no <= last.no + MAX_NUMBER_STEP))) {
      current = { no: number.no, page: p.page, governing, pieces: [] };
      rows.push(current);
      continue;
    }
    current?.pieces.push(p);
  }
  return rows.map((row) => ({ cells: cellsOf(row, header, vocab), governing: row.governing }));
}

function columnAt(offset: number, offsets: readonly number[]): number {
  let column = 0;
  offsets.forEach((o, c) => {
    if (o <= offset + COLUMN_SLACK) column = c;
  });
  return column;
}

/** A row's pieces shared among the columns after `no`: by their offsets under a printed header, else by what each field holds. */
function cellsOf(row: RowPieces, header: Header, vocab: PlanVocabulary): ItemCells {
  const columns = header.fields.slice(1);
  const offsets = header.offsets;
  const placed = offsets
    ? columns.map((_, c) => row.pieces.filter((p) => columnAt(p.offset, offsets) === c + 1).map((p) => p.text))
    : shareOut(row.pieces.map((p) => p.text), columns, vocab);
  const get = (field: PlanField) => placed[columns.indexOf(field)] ?? [];
  const marks = get('direction').flatMap((t) => normalizeWidth(t).match(new RegExp(`[${MARKS}]`, 'g')) ?? []);
  return {
    no: row.no,
    page: row.page,
    name: get('name'),
    summary: get('summary'),
    results: get('results'),
    plans: get('plans'),
    achievement: columns.includes('achievement') ? vocab.readGrade(normalizeWidth(get('achievement').join(''))) : null,
    direction: marks.length ? marks[marks.length - 1]! : null,
    goal: get('goal'),
    assessment: get('assessment'),
    related: get('related'),
    department: get('department'),
  };
}

const SHORT_FIELDS: ReadonlySet<PlanField> = new Set(['name', 'department']);
/** A column left empty costs this much: a row's pieces rather fill every column. */
const EMPTY_COST = 2;
/** A grade-like piece anywhere but in the grade column. */
const STRAY_GRADE_COST = 3;
/** A grade or mark column holding anything else: possible, so that every row gets read, but dear. */
const MISFIT_COST = 10;

function isGrade(text: string, vocab: PlanVocabulary): boolean {
  const t = normalizeWidth(text);
  return t.length <= MAX_GRADE && vocab.readGrade(t) !== null;
}

function isMark(text: string): boolean {
  return new RegExp(`^[${MARKS}]+$`).test(normalizeWidth(text));
}

/** What one column holding `pieces` costs: a grade alone in the grade column, names short, sentences whole. */
function cost(field: PlanField, pieces: readonly string[], vocab: PlanVocabulary): number {
  if (pieces.length === 0) return EMPTY_COST;
  if (field === 'achievement') return pieces.length === 1 && isGrade(pieces[0]!, vocab) ? 0 : MISFIT_COST;
  if (field === 'direction') return pieces.every(isMark) ? 0 : MISFIT_COST;
  let c = pieces.filter((p) => isGrade(p, vocab)).length * STRAY_GRADE_COST;
  if (SHORT_FIELDS.has(field)) {
    c += pieces.length - 1 + pieces.filter((p) => /。/.test(p)).length;
    if (field === 'department' && endsLikeDepartment(pieces.join(''))) c -= 0.5;
    return c;
  }
  // a cell wraps mid-sentence; a sentence's end inside a column may be a boundary missed
  if (!endsSentence(pieces[pieces.length - 1]!)) c += 1;
  c += pieces.slice(0, -1).filter((p) => endsSentence(p)).length * 0.5;
  return c;
}

/** The cheapest cut of the pieces, in order, into the columns (dynamic programming over cut points). */
function shareOut(pieces: readonly string[], columns: readonly PlanField[], vocab: PlanVocabulary): string[][] {
  const n = pieces.length;
  const best: number[][] = columns.map(() => new Array<number>(n + 1).fill(Infinity));
  const from: number[][] = columns.map(() => new Array<number>(n + 1).fill(0));
  columns.forEach((field, c) => {
    for (let end = 0; end <= n; end++) {
      for (let start = 0; start <= end; start++) {
        const before = c === 0 ? (start === 0 ? 0 : Infinity) : best[c - 1]![start]!;
        if (before === Infinity) continue;
        const total = before + cost(field, pieces.slice(start, end), vocab);
        if (total < best[c]![end]!) {
          best[c]![end] = total;
          from[c]![end] = start;
        }
      }
    }
  });
  const out: string[][] = columns.map(() => []);
  let end = n;
  for (let c = columns.length - 1; c >= 0; c--) {
    const start = from[c]![end]!;
    out[c] = pieces.slice(start, end);
    end = start;
  }
  return out;
}

/** The first line, or cell of a line with space runs, that names the report with a title word (the profile's included). */
function titleOf(doc: TextDocument, vocab: PlanVocabulary): string | null {
  for (const line of doc.pages.flatMap((p) => p.lines)) {
    const units = SPACE_RUN.test(line.trim()) ? line.trim().split(SPACE_RUN) : [line];
    const title = units.find((u) => vocab.textTitle.test(norm(u)) && canBeTitle(u));
    if (title) return norm(title);
  }
  return null;
}
