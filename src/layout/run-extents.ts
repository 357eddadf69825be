import { advance } from './split-runs.js';
import type { RunExtent, TextRun } from './types.js';

/**
 * Where each run of a horizontal line stands in its text and along x. The line's text
 * is the runs' texts with spaces put between and runs of whitespace made one, so each
 * run's own text, made the same way and trimmed, is found in it in order. Whitespace
 * a run draws at its ends is left out of its extent, by estimated advances.
 */
export function horizontalExtents(text: string, runs: readonly TextRun[]): RunExtent[] {
  const out: RunExtent[] = [];
  let cursor = 0;
  for (const run of runs) {
    const own = run.text.replace(/\s+/g, ' ');
    const trimmed = own.trim();
    const start = text.indexOf(trimmed, cursor);
    const lead = own.length - own.trimStart().length;
    const trail = own.length - own.trimEnd().length;
    let units = 0;
    for (const ch of own) units += advance(ch);
    const perUnit = (run.box.x1 - run.box.x0) / units;
    out.push({ start, end: start + trimmed.length, from: run.box.x0 + lead * advance(' ') * perUnit, to: run.box.x1 - trail * advance(' ') * perUnit });
    cursor = start + trimmed.length;
  }
  return out;
}

/** Where each piece of a vertical line stands in its text and along y; upward runs read from their bottom. */
export function verticalExtents(pieces: ReadonlyArray<{ run: TextRun; text: string }>): RunExtent[] {
  let cursor = 0;
  return pieces.map(({ run, text }) => {
    const start = cursor;
    cursor += text.length;
    return run.upward ? { start, end: cursor, from: run.box.y1, to: run.box.y0 } : { start, end: cursor, from: run.box.y0, to: run.box.y1 };
  });
}
