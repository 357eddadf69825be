/**
 * A plan table's text from `pdftotext` in its default mode: the page is regrouped
 * by columns, so each column header stands in a block of its own (`事業名`, blank,
 * `事業概要`, blank, `…の実施状況`) and the cells of a row come apart. Content order
 * (`-raw`, a viewer's copy) keeps a header row's words on one line.
 */
import { LAYOUT_TEXT_MESSAGE, looksLikeLayoutText } from '../../input/text-mode.js';
import { compact, FISCAL_YEAR_WORD } from '../shared/vocabulary.js';
import { isStrongHeader, isWeakHeader } from './lines.js';
import { INDICATOR_TABLE_COLUMNS, PLAN_HEADER_FRAGMENTS, PLAN_HEADER_LABELS, PLAN_YEAR_HEADER, type IndicatorColumn } from './vocabulary.js';

/** The columns whose headers share one line in content order. */
const ROW_LABEL_WORDS = [...PLAN_HEADER_LABELS.name, ...PLAN_HEADER_LABELS.summary, PLAN_YEAR_HEADER, ...PLAN_HEADER_LABELS.results, ...PLAN_HEADER_LABELS.plans];
const ROW_LABELS = new RegExp(`(?:${ROW_LABEL_WORDS.join('|')})`, 'g');
/** A header row's words with the 担当課 column's: two of them on a line without a sentence make a table's header row. */
const TABLE_HEADER_LABELS = new RegExp(`(?:${[...ROW_LABEL_WORDS, ...PLAN_HEADER_LABELS.department].join('|')})`, 'g');
const MIN_TABLE_HEADER_LABELS = 2;

/** A plan table's header row in content order (`事業名 担当課 令和5年度の取組状況`), not words inside a sentence. */
const isTableHeaderRow = (line: string): boolean =>
  !/。/.test(line) && new Set(compact(line).match(TABLE_HEADER_LABELS) ?? []).size >= MIN_TABLE_HEADER_LABELS;
/** Every header label, to tell a wrapped header's piece (`他の分野別`, `取組予`) from a cell's text. */
const ALL_LABELS = [...Object.values(PLAN_HEADER_LABELS).flat(), ...PLAN_HEADER_FRAGMENTS];
const LEADING_YEAR = new RegExp(`^${FISCAL_YEAR_WORD}の?`);
/** Headers stacked in one header block: this many column labels, each alone on its line. */
const MIN_STACKED = 3;

const labelsIn = (line: string) => compact(line).match(ROW_LABELS) ?? [];

function isHeaderPiece(line: string): boolean {
  if (isStrongHeader(line) || isWeakHeader(line)) return true;
  const piece = compact(line).replace(LEADING_YEAR, '');
  return piece !== '' && ALL_LABELS.some((label) => label.includes(piece));
}

/** A column label alone on its line, fragments of other headers (`事業 事業名`) aside. */
function isLoneLabel(line: string): boolean {
  const labels = labelsIn(line);
  return labels.length === 1 && isStrongHeader(line);
}

/**
 * Whether the lines look like default-mode output: a header block stacks
 * MIN_STACKED column labels one per line, with only pieces of headers between
 * them, and no line anywhere holds two of them.
 */
export function looksLikeColumnText(lines: readonly string[]): boolean {
  if (lines.some((l) => labelsIn(l).length >= 2)) return false;
  let stacked = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    if (isLoneLabel(line)) stacked++;
    else if (!isHeaderPiece(line)) stacked = 0;
    if (stacked >= MIN_STACKED) return true;
  }
  return false;
}

/** A figure alone on its line: a tally's count (`18`, `1,120`, `-`). */
const LONE_COUNT = /^(?:[0-9][0-9,]*|[-－―])$/;
/** A tally row's label: short words, not a sentence. */
const MAX_TALLY_LABEL = 30;
/** Counts after one label: a tally has a column or a few. */
const MAX_TALLY_COLUMNS = 3;
const MIN_TALLY_ROWS = 3;

/**
 * A tally table stood on end (`施策数` / `18` / `a` / `8` / `b` / `8`): the default mode
 * puts each cell on its own line, so a label and its counts no longer share one.
 * Content order keeps a tally row on one line (`a 8`).
 */
export function looksLikeStoodTally(lines: readonly string[]): boolean {
  const text = lines.map((l) => l.trim()).filter((l) => l !== '');
  let rows = 0;
  for (let i = 0; i < text.length; ) {
    const label = text[i]!;
    let j = i + 1;
    while (j < text.length && j - i - 1 < MAX_TALLY_COLUMNS && LONE_COUNT.test(compact(text[j]!))) j++;
    const isRow = j > i + 1 && !LONE_COUNT.test(compact(label)) && label.length <= MAX_TALLY_LABEL && !/。/.test(label);
    rows = isRow ? rows + 1 : 0;
    if (rows >= MIN_TALLY_ROWS) return true;
    i = isRow ? j : i + 1;
  }
  return false;
}

/**
 * A `-layout` text of the seed table form: its header row holds the name, summary
 * and year columns on one line. Other forms (record blocks, lists) are read from
 * -layout text by their own readers.
 */
export function isLayoutTable(lines: readonly string[]): boolean {
  return looksLikeLayoutText(lines) && lines.some((l) => new Set(labelsIn(l)).size >= 2);
}

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
/** A wrapped cell's line beside another's: this many Japanese characters each side of the space. */
const MIN_SIDE_TEXT = 6;
/** This many such lines in a row are two columns flowed side by side, not a row's cells meeting once. */
const MIN_SIDE_LINES = 3;

/** `ともに、相談支援事業所への同行訪問 、地域全体の相談支援の質の向`: two cells' wrapped lines on one line. */
function isSideBySide(line: string): boolean {
  const parts = line.trim().split(/\s+/);
  return (
    parts.length === 2 &&
    !/[。．]$/.test(parts[0]!) &&
    parts.every((p) => (p.match(JAPANESE) ?? []).length >= MIN_SIDE_TEXT && !/[0-9０-９]/.test(p))
  );
}

/**
 * The default mode flows a wide table's columns beside each other: two cells' wrapped
 * lines share line after line. Content order puts two cells on one line only where a
 * row's cells meet (a name and its first line of text), never for lines on end.
 */
export function looksLikeSideBySideCells(lines: readonly string[]): boolean {
  let run = 0;
  for (const line of lines) {
    run = isSideBySide(line) ? run + 1 : 0;
    if (run >= MIN_SIDE_LINES) return true;
  }
  return false;
}

/** Why a plan-progress text cannot be read as given, or null. */
export function planTextProblem(pages: readonly (readonly string[])[]): string | null {
  const lines = pages.flat();
  if (isLayoutTable(lines)) return LAYOUT_TEXT_MESSAGE;
  if (looksLikeStoodTally(lines)) return TALLY_TEXT_MESSAGE;
  if (pages.some(looksLikeSideBySideCells)) return SIDE_BY_SIDE_TEXT_MESSAGE;
  return looksLikeColumnText(lines) ? COLUMN_TEXT_MESSAGE : null;
}

export const SIDE_BY_SIDE_TEXT_MESSAGE =
  "text looks like pdftotext's default-mode output (two columns' wrapped lines side by side on shared lines); give the PDF or pdftotext -raw text";

export const TALLY_TEXT_MESSAGE =
  "text looks like pdftotext's default-mode output (a tally's labels and counts on lines of their own); give the PDF or pdftotext -raw text";

export const COLUMN_TEXT_MESSAGE =
  "text looks like pdftotext's default-mode output (a table's columns regrouped into blocks); give the PDF or pdftotext -raw text";

/** Sentences left unread: this many make a table's body, not a header or a stray line. */
const MIN_UNREAD_SENTENCES = 3;

/** An indicator table's header names this many roles, an indicator and its values among them. */
const MIN_INDICATOR_ROLES = 4;

const roleOf = (word: string): IndicatorColumn | undefined => INDICATOR_TABLE_COLUMNS.find(([, re]) => re.test(word))?.[0];

/**
 * A header cell names its column; a run that holds 。 or 、 is a sentence or cells run
 * together (a テキスト版 that parts its cells with 。), whose words name no column.
 */
const isHeaderWord = (word: string): boolean => !/[。、]/.test(word);

/**
 * A header line of an indicator table (`施策名 成果指標 単位 実績値 目標値`, `No 事業名 担当課
 * 指標（単位） 年度 計画 実績`): its rows give an item's figures per year in cells merged over
 * rows, which the text prints once, with nothing to tell which row they span.
 */
function isIndicatorHeader(line: string): boolean {
  const roles = new Set(line.split(/\s+/).filter(isHeaderWord).map((w) => roleOf(compact(w))).filter((r) => r !== undefined));
  return roles.size >= MIN_INDICATOR_ROLES && roles.has('indicator') && (roles.has('actual') || roles.has('target'));
}

/**
 * Why a text with a plan's words gave no rows, when it holds a body: a table whose
 * every cell wraps, in content order, gives a row's cells one after the other over
 * many lines with nothing to tell where one ends (a header row above them says it is a
 * table: sentences alone are prose, such as minutes); an indicator table's merged cells
 * are printed once for the rows they span.
 */
export function emptyPlanTextHint(pages: readonly (readonly string[])[]): string | null {
  const lines = pages.flat();
  if (lines.some(isIndicatorHeader)) return 'a table of indicators over years (its cells merged over rows) is read from the PDF only; give the PDF';
  const sentences = lines.filter((l) => /。/.test(l)).length;
  return sentences >= MIN_UNREAD_SENTENCES && lines.some(isTableHeaderRow)
    ? "a table whose cells wrap over lines cannot be taken apart from its text; give the PDF or the city's one-line テキスト版"
    : null;
}
