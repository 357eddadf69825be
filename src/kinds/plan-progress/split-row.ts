/**
 * The body of a row cut by a page break. Printers that cut every cell of a row at
 * the same height (Chromium) leave on the first page each cell's first lines, the
 * unfinished ones cut mid-sentence, so the summary may run straight into the
 * results with no sentence end between them; the next page holds the rest of each
 * cut cell, in column order. Neither part has paragraph ends where the cells meet,
 * but every column wraps at its own width (learnt from the document's whole rows),
 * every cut cell has about as many lines as the tallest one, and a cut cell's rest
 * continues its sentence. The split that fits these best wins.
 */
import { fit, paragraphs, type BodyLine, type WidthProfile } from './body.js';
import type { ItemCells } from './cells.js';
import { displayWidth, norm } from './lines.js';
import { SENTENCE_OR_FIGURE_END } from '../shared/vocabulary.js';

export type BodyCell = 'summary' | 'results' | 'plans';
const BODY_CELLS: readonly BodyCell[] = ['summary', 'results', 'plans'];

/** Wrap width (median) and widest line of one column, in full-width cells. */
export interface ColumnWidth {
  wrap: number;
  max: number;
}

export type ColumnWidths = Record<BodyCell | 'assessment', ColumnWidth | null>;

export interface CutBodySplit {
  summary: BodyLine[];
  results: BodyLine[];
  plans: BodyLine[];
  /** Continuation lines left for the cells right of the marker. */
  rest: BodyLine[];
}

const ENDS = SENTENCE_OR_FIGURE_END;
/** A line that can only continue a sentence begun above it. */
const CONTINUING = /^[ぁ-ゖァィゥェォッャュョヮー、。，,．）)」』]/;
/** Enumerating every split is cheap for a row's dozens of lines; beyond that, give up. */
const MAX_LINES = 32;
const MAX_CHUNKS = 8;

const ends = (text: string) => ENDS.test(norm(text));

/**
 * Each column's wrap width from whole rows' cells: the widths of lines that do not
 * end a paragraph (those are cut at the column's edge).
 */
export function columnWidths(rows: ReadonlyArray<Pick<ItemCells, BodyCell | 'assessment'>>): ColumnWidths {
  const of = (key: BodyCell | 'assessment'): ColumnWidth | null => {
    const wrapped: number[] = [];
    let max = 0;
    for (const row of rows) {
      const lines = row[key].filter((l) => l.trim() !== '');
      lines.forEach((l, i) => {
        const w = displayWidth(l);
        max = Math.max(max, w);
        if (i < lines.length - 1 && !ends(l)) wrapped.push(w);
      });
    }
    if (wrapped.length < 3) return null;
    wrapped.sort((a, b) => a - b);
    return { wrap: wrapped[Math.floor(wrapped.length / 2)]!, max: Math.max(max, wrapped[wrapped.length - 1]!) };
  };
  return { summary: of('summary'), results: of('results'), plans: of('plans'), assessment: of('assessment') };
}

/** Whether the widths tell the columns apart at all. */
export function usableWidths(widths: ColumnWidths): boolean {
  return BODY_CELLS.every((k) => widths[k] !== null);
}

/**
 * How well a cell's lines fit its column: a wrapped line is as wide as the column
 * wraps, no line is wider than the column.
 */
function widthScore(lines: readonly BodyLine[], column: ColumnWidth | null, cutAtEnd: boolean): number {
  if (column === null) return 0;
  let s = 0;
  lines.forEach((l, i) => {
    const w = displayWidth(l.text);
    if (w > column.max + 0.75) s -= 4;
    const wrapped = i < lines.length - 1 ? !ends(l.text) : cutAtEnd;
    if (wrapped) s += 1 - Math.min(4, Math.abs(w - column.wrap));
  });
  return s;
}

/** Continuation chunks: a new one after every sentence end. */
function chunksOf(lines: readonly BodyLine[]): BodyLine[][] {
  const chunks: BodyLine[][] = [];
  for (const line of lines) {
    const last = chunks[chunks.length - 1];
    if (!last || ends(last[last.length - 1]!.text)) chunks.push([line]);
    else last.push(line);
  }
  return chunks;
}

/**
 * Split a cut row's first-page body and its continuation into summary, results and
 * plans; what follows the plans' rest is left for the cells right of the marker.
 * Null when the row is too long to enumerate.
 */
export function splitCutBody(
  body: readonly BodyLine[],
  continued: readonly BodyLine[],
  assessment: readonly string[],
  widths: ColumnWidths,
  profile: WidthProfile,
): CutBodySplit | null {
  const assessed = ownAssessment(assessment.filter((l) => norm(l) !== ''), widths.assessment);
  const assessmentOpen = assessed.length > 0 && !ends(assessed[assessed.length - 1]!);
  const lines = body.filter((l) => norm(l.text) !== '');
  const chunks = chunksOf(continued.filter((l) => norm(l.text) !== ''));
  const n = lines.length;
  if (n === 0 || n > MAX_LINES || chunks.length > MAX_CHUNKS) return null;
  const m = chunks.length;
  // a cell's score depends only on its own lines and chunks: remember it per range
  const memo = new Map<string, number>();
  const cellScore = (k: number, from: number, to: number, c0: number, c1: number): number => {
    const key = `${k}:${from}:${to}:${c0}:${c1}`;
    let v = memo.get(key);
    if (v === undefined) {
      v = scoreCell(k, lines.slice(from, to), chunks.slice(c0, c1), widths, profile);
      memo.set(key, v);
    }
    return v;
  };
  const restScore = (c0: number) => scoreRest(chunks.slice(c0), assessmentOpen, widths);
  let best: CutBodySplit | null = null;
  let bestScore = -Infinity;
  for (let a = 1; a <= n; a++) {
    for (let b = a; b <= n; b++) {
      const bounds = [0, a, b, n];
      const counts = [a, b - a, n - b];
      const tallest = Math.max(assessed.length, ...counts);
      const open = counts.map((c, k) => c > 0 && !ends(lines[bounds[k + 1]! - 1]!.text));
      // a cell cut mid-sentence reaches (about) the cut height, the assessment as well
      const cutCounts = [...counts.filter((_, k) => open[k]), ...(assessmentOpen ? [assessed.length] : [])];
      const firstScore = -cutCounts.reduce((t, c) => t + 3 * Math.max(0, tallest - 1 - c), 0);
      // chunks [0,i) to the summary, [i,j) to the results, [j,l) to the plans, the rest after
      for (let i = 0; i <= m; i++) {
        const s0 = firstScore + cellScore(0, 0, a, 0, i);
        if (s0 === -Infinity) continue;
        for (let j = i; j <= m; j++) {
          const s1 = s0 + cellScore(1, a, b, i, j);
          for (let l = j; l <= m; l++) {
            const score = s1 + cellScore(2, b, n, j, l) + restScore(l);
            if (score > bestScore) {
              bestScore = score;
              best = {
                summary: [...lines.slice(0, a), ...chunks.slice(0, i).flat()],
                results: [...lines.slice(a, b), ...chunks.slice(i, j).flat()],
                plans: [...lines.slice(b), ...chunks.slice(j, l).flat()],
                rest: chunks.slice(l).flat(),
              };
            }
          }
        }
      }
    }
  }
  return best;
}

/**
 * The assessment's own lines on a cut row's first page: the narrow cells right of
 * it, cut too, may not be told from it yet, but their lines are clearly narrower
 * than the assessment column wraps.
 */
function ownAssessment(lines: readonly string[], column: ColumnWidth | null): string[] {
  if (column === null) return [...lines];
  const end = lines.findIndex((l, i) => i > 0 && !ends(lines[i - 1]!) && displayWidth(l) < column.wrap - 2 && !ends(l));
  return end < 0 ? [...lines] : lines.slice(0, end);
}

/** How well first-page lines and continuation chunks make body cell k. */
function scoreCell(k: number, first: readonly BodyLine[], own: readonly BodyLine[][], widths: ColumnWidths, profile: WidthProfile): number {
  const open = first.length > 0 && !ends(first[first.length - 1]!.text);
  const cell = [...first, ...own.flat()];
  if (k === 0 && cell.length === 0) return -Infinity;
  let s = 0;
  // a cell cut mid-sentence continues on the next page; its rest opens with that sentence's rest
  if (open && own.length === 0) s -= 6;
  own.forEach((ch, i) => {
    if (CONTINUING.test(norm(ch[0]!.text)) && !(i === 0 && open)) s -= 6;
  });
  if (k > 0 && cell.length === 0) s -= 0.5;
  const column = widths[BODY_CELLS[k]!];
  s += widthScore(first, column, open);
  s += widthScore(own.flat(), column, false);
  s += 0.5 * paragraphs(cell).reduce((t, p) => t + fit(p, profile)[k as 0 | 1 | 2], 0);
  return s;
}

/** How well the chunks left over continue the assessment (and the narrow cells). */
function scoreRest(rest: readonly BodyLine[][], assessmentOpen: boolean, widths: ColumnWidths): number {
  let s = 0;
  // the assessment's rest opens mid-sentence when the assessment was cut so
  if (assessmentOpen && rest.length === 0) s -= 6;
  rest.forEach((ch, i) => {
    if (CONTINUING.test(norm(ch[0]!.text)) && !(i === 0 && assessmentOpen)) s -= 6;
  });
  return s + widthScore(rest.flat().filter((l) => /[。、]/.test(l.text)), widths.assessment, false);
}
