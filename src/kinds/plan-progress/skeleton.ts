/**
 * The text order of a spreadsheet export (LibreOffice Calc): a page's one-line
 * cells come first, row by row — the headings and, per item, its number and marks
 * (`7 b ○`, `2 b ○ 継続実施`, a short name between: `15 移動支援事業 b ○`) — and
 * the wrapped cells after them, far from their rows. Those wrapped cells cannot be
 * given back to their rows from the text alone, so such a text is read for what
 * stands on the rows' own lines, with a warning, rather than have every cell
 * land in the wrong item.
 */
import { isContinuingGoal, MARKS, norm, parseHeadingRow, type Heading } from './lines.js';

/**
 * `7 b ○`, `15 移動支援事業 b ○`, `2 b ○ 継続実施`, `3 △`: number, a one-line name, the
 * marks (the letter may be missing: a form grading by marks alone), a one-line goal.
 */
const row = (letter: string) => new RegExp(`^([0-9]{1,4})(?:\\s+(\\S.*?))?\\s+${letter}([${MARKS}])(?:\\s*([${MARKS}]))?(?:\\s+(\\S+))?$`);
/** With the letter first, so that `7 b ○` never reads `b` as a name. */
const ROWS = [row('([a-dA-D])\\s*'), row('()')];
/** Rows on consecutive lines (headings between them allowed) that make the shape. */
const MIN_ROWS = 3;

export interface SkeletonRow {
  no: number;
  /** The name when its cell fits on one line, else null. */
  name: string | null;
  /** The letter, when one is printed. */
  achievement: string | null;
  /** The mark after the letter, or the only mark of the row. */
  direction: string;
  continuing: boolean;
  section: Heading | null;
  subsection: Heading | null;
  page: number;
}

export function parseSkeletonRow(line: string): Omit<SkeletonRow, 'section' | 'subsection' | 'page'> | null {
  const text = norm(line);
  const m = ROWS.map((re) => re.exec(text)).find((x) => x !== null);
  if (!m || (m[6] !== undefined && !isContinuingGoal(m[6]))) return null;
  return { no: Number(m[1]), name: m[2] ?? null, achievement: m[3] ? m[3].toLowerCase() : null, direction: m[5] ?? m[4]!, continuing: m[6] !== undefined };
}

/**
 * The rows of a text in cells-first order, or null when the text is not in that
 * order: at least MIN_ROWS rows standing on consecutive lines, only headings
 * between them.
 */
export function skeletonRows(lines: ReadonlyArray<{ text: string; page: number }>): SkeletonRow[] | null {
  const rows: SkeletonRow[] = [];
  let section: Heading | null = null;
  let subsection: Heading | null = null;
  let run = 0;
  let longest = 0;
  for (const line of lines) {
    const row = parseSkeletonRow(line.text);
    const heading = row ? null : parseHeadingRow(line.text);
    if (row) {
      rows.push({ ...row, section, subsection, page: line.page });
      longest = Math.max(longest, ++run);
    } else if (heading?.level === 'section') {
      section = heading;
      subsection = null;
    } else if (heading) subsection = heading;
    else run = 0;
  }
  return longest >= MIN_ROWS ? rows : null;
}
