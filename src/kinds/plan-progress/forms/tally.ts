/**
 * Tally tables (達成度別の件数, 評価の集計, `施策数、163。a、88。b、66。c、9`): rows of
 * a short label and figures. They are the document's summaries, never items.
 */
import type { Summary } from '../schema.js';
import { GOAL_HEADING, PAGE_MARK, TALLY_TITLE, TALLY_TITLE_NUMBER } from '../vocabulary.js';
import { compact } from '../lines.js';
import { figure, yearHeader } from './values.js';

interface Chunk {
  text: string;
  at: number;
  /** The figures of a row joined from cells on lines of their own. */
  stood?: number;
}

/** The longest label a tally row prints (longer text is prose). */
const MAX_LABEL = 30;
const FIGURE = /^[▲△-]?[0-9][0-9,]*(?:\.[0-9]+)?%?$/;

/** Summaries in a region of text starting at `offset` in the stream; `pageAt` gives their page. */
export function readTallies(text: string, offset: number, pageAt: (index: number) => number): Summary[] {
  const chunks = joinStoodRows([...text.matchAll(/[^\n。]+/g)].map((m) => ({ text: m[0].trim(), at: m.index })).filter((c) => c.text !== ''));
  const summaries: Summary[] = [];
  let rows: Summary['rows'] = [];
  let before: Chunk[] = [];
  let first: Chunk | null = null;
  const close = () => {
    if (rows.length >= 2) summaries.push({ title: titleOf(before), rows, page: pageAt(offset + first!.at) });
    if (rows.length) before = [];
    rows = [];
    first = null;
  };
  for (const chunk of chunks) {
    const groups = tallyGroups(chunk.text);
    if (groups) {
      first ??= chunk;
      rows.push(...groups);
    } else {
      close();
      before.push(chunk);
    }
  }
  close();
  return summaries;
}

const isLoneWord = (c: Chunk | undefined) => c !== undefined && !/\s/.test(c.text) && !FIGURE.test(c.text) && c.text.length <= MAX_LABEL && !/[、:：]/.test(c.text);
const isLoneFigure = (c: Chunk | undefined) => c !== undefined && FIGURE.test(c.text);

/**
 * A tally whose every cell stands on a line of its own (a テキスト版's cells): a label
 * followed by as many figures as the next label has, two such rows or more, joined back
 * into one chunk a row.
 */
function joinStoodRows(chunks: readonly Chunk[]): Chunk[] {
  const rowAt = (i: number) => {
    if (!isLoneWord(chunks[i])) return 0;
    let n = 0;
    while (isLoneFigure(chunks[i + 1 + n])) n++;
    return n;
  };
  const out: Chunk[] = [];
  for (let i = 0; i < chunks.length; ) {
    const n = rowAt(i);
    const next = n > 0 ? rowAt(i + 1 + n) : 0;
    const previous = out[out.length - 1];
    const continues = previous?.stood === n;
    if (n > 0 && (next === n || continues)) {
      out.push({ text: chunks.slice(i, i + 1 + n).map((c) => c.text).join(' '), at: chunks[i]!.at, stood: n });
      i += 1 + n;
    } else {
      out.push(chunks[i]!);
      i++;
    }
  }
  return out;
}

/** The title of a tally: the nearest text before it naming a tally or a 基本目標, else "". */
function titleOf(before: readonly Chunk[]): string {
  for (let i = before.length - 1; i >= 0; i--) {
    const text = before[i]!.text.replace(PAGE_MARK, '').trim();
    if (TALLY_TITLE.test(text)) return text.replace(TALLY_TITLE_NUMBER, '');
    if (GOAL_HEADING.test(text)) return text;
  }
  return '';
}

/**
 * A chunk as tally rows: `[code] label… figure…`, possibly several on one line
 * (`5 優る 0 0 5 優る 0 0`); null when the chunk is not made of such rows.
 */
export function tallyGroups(text: string): Summary['rows'] | null {
  const tokens = text.split(/[\s、,]+/).filter((t) => t !== '');
  const rows: Summary['rows'] = [];
  let words: string[] = [];
  let values: number[] = [];
  const push = () => {
    if (words.length && values.length) rows.push({ label: words.join(' '), values });
    words = [];
    values = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (FIGURE.test(t)) {
      const nextIsWord = i + 1 < tokens.length && !FIGURE.test(tokens[i + 1]!);
      // a figure before a word opens the next row (its code) once this row has its values
      const full = values.length > 0 && nextIsWord && (rows.length === 0 || values.length >= rows[0]!.values.length);
      if (words.length > 0 && !full) {
        values.push(figure(t)!.value);
        continue;
      }
      if (!nextIsWord) return null;
    }
    if (values.length) push();
    words.push(t);
  }
  if (words.length && !values.length) return null;
  push();
  if (rows.length === 0 || rows.some((r) => r.label.length > MAX_LABEL || /[。]/.test(r.label))) return null;
  return rows;
}

/** An indicator table's year rows (`令和4年度 850 836`) read like tally rows: a tally's rows are grades or categories. */
export const isYearRows = (tally: Summary): boolean => tally.rows.some((r) => yearHeader(compact(r.label), undefined) !== null);
