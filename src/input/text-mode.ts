/**
 * Which pdftotext mode a text looks like it came from, where that matters: the
 * default and `-layout` modes regroup a page by its columns, which the text readers
 * (made for content order, as `-raw` gives it) would read into wrong records.
 */

/** A run of spaces this long between two words separates columns (a sentence has one space at most). */
const COLUMN_GAP = / {3,}(?=\S)/g;
/** -layout output has many such lines… */
const MIN_GAP_LINES = 8;
const MIN_GAP_SHARE = 0.2;
/** …whose gaps end at the same columns, line after line. */
const MIN_ALIGNED_SHARE = 0.5;
const ALIGNED_TIMES = 3;

/**
 * `pdftotext -layout` output: many lines hold runs of spaces between words, and the
 * runs end at the same columns across lines. A one-line テキスト版 (cells apart by
 * spaces, but a page per line) is not this.
 */
export function looksLikeLayoutText(lines: readonly string[]): boolean {
  const text = lines.filter((l) => l.trim() !== '');
  const ends = new Map<number, number>();
  let gapLines = 0;
  for (const line of text) {
    let found = false;
    for (const m of line.trimEnd().matchAll(COLUMN_GAP)) {
      if (m.index === 0 || line.slice(0, m.index).trim() === '') continue;
      const column = m.index + m[0].length;
      ends.set(column, (ends.get(column) ?? 0) + 1);
      found = true;
    }
    if (found) gapLines++;
  }
  if (gapLines < MIN_GAP_LINES || gapLines < text.length * MIN_GAP_SHARE) return false;
  const counts = [...ends.values()];
  const aligned = counts.filter((n) => n >= ALIGNED_TIMES).reduce((a, b) => a + b, 0);
  return aligned >= counts.reduce((a, b) => a + b, 0) * MIN_ALIGNED_SHARE;
}

/** A line pushed to its column by spaces: -layout places text where the page does. */
const INDENTED = /^ {4,}\S/;
const MIN_INDENTED_LINES = 8;
const MIN_INDENTED_SHARE = 0.2;

/**
 * `pdftotext -layout` output of a page of scattered labels (a chart's ring of labels, no
 * table): few lines hold two columns, but many start far from the margin, where the
 * content order and default modes start every line at it.
 */
export function looksIndented(lines: readonly string[]): boolean {
  const text = lines.filter((l) => l.trim() !== '');
  const indented = text.filter((l) => INDENTED.test(l)).length;
  return indented >= MIN_INDENTED_LINES && indented >= text.length * MIN_INDENTED_SHARE;
}

/** Where a line's cells start (after a run of two spaces or more) and where its words start. */
const starts = (line: string, re: RegExp) => [...line.matchAll(re)].map((m) => m.index + m[0].length - 1);
const CELL_START = /(?:^|\s{2,})\S/g;
const WORD_START = /(?:^|\s)\S/g;
/** A one-line テキスト版 page is longer than this; a printed row never is. */
const MAX_ROW_LINE = 200;
/** Columns a wrapped cell's next line may stand off its first (-layout places by character cells). */
const COLUMN_SLACK = 2;
const MIN_ROW_CELLS = 3;

/**
 * `pdftotext -layout` output of a table whose first cell wraps: the row's next line
 * starts at the row's first column and puts its other pieces under the row's words,
 * cell by cell (`…施設入所者のうち地域    235人 H28年度末入所者の    98人` /
 * `生活に移行した人数               10%                   4.2%`). Read line by line, the
 * pieces of one cell land in the next row.
 */
export function hasWrappedLayoutRow(lines: readonly string[]): boolean {
  const text = lines.filter((l) => l.trim() !== '' && l.length <= MAX_ROW_LINE);
  return text.some((b, i) => {
    const a = text[i - 1];
    if (a === undefined) return false;
    const cellsA = starts(a, CELL_START);
    const cellsB = starts(b, CELL_START);
    if (cellsA.length < MIN_ROW_CELLS || cellsB.length < 2 || cellsB[0] !== cellsA[0]) return false;
    const words = starts(a, WORD_START);
    return cellsB.every((c) => words.some((w) => Math.abs(w - c) <= COLUMN_SLACK));
  });
}

export const LAYOUT_TEXT_MESSAGE = 'text looks like pdftotext -layout output (columns kept apart by runs of spaces); give the PDF or pdftotext -raw text';
