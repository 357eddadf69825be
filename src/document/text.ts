import { closeNumberSpacing, collapseDistributed, normalizeWidth } from '../normalize/index.js';

/**
 * A line as it is read: width-normalized, spaces collapsed, and the spaces an office
 * suite adds (distributed captions, autospacing around numbers) closed.
 */
export function readingText(line: string): string {
  return closeNumberSpacing(collapseDistributed(normalizeWidth(line).replace(/\s+/g, ' ').trim()));
}

/** Two or more spaces, or an ideographic space: a cell boundary (one space is a gap inside a cell). */
export const SPACE_RUN = /[ \t]{2,}|\u3000+/;

/**
 * A city's one-line テキスト版 prints a whole page on one line, its cells apart by
 * runs of spaces (as `-layout` text keeps columns apart): the line's cells.
 */
export function splitSpaceRuns(line: string): string[] {
  return line.split(SPACE_RUN).map((c) => c.trim()).filter((c) => c !== '');
}
