/**
 * A city's one-line テキスト版 prints a whole page on one line, its cells apart by
 * runs of spaces. Cut such a line into its cells, so that it reads like the lines
 * an extractor gives of the PDF.
 */

/** Two or more spaces, or an ideographic space: a cell boundary (one space is a gap inside a cell). */
const SPACE_RUN = /[ \t]{2,}|\u3000+/;

export function splitSpaceRuns(line: string): string[] {
  return line.split(SPACE_RUN).map((c) => c.trim()).filter((c) => c !== '');
}
