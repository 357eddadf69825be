import { centerY, unionBox } from './geometry.js';
import { horizontalExtents } from './run-extents.js';
import type { LayoutSettings } from './settings.js';
import type { TextLine, TextRun } from './types.js';
import { joinVerticalText } from './vertical.js';

const LATIN_END = /[\p{Script=Latin}\p{Nd}%.,:;!?)\]'"]$/u;
const LATIN_START = /^[\p{Script=Latin}\p{Nd}(\['"$#]/u;

/**
 * Text runs of one region (a cell, or the page outside tables) → lines: horizontal
 * runs sharing a baseline are merged left to right, and stacks of lone glyphs or
 * top-to-bottom runs become vertical lines. Lines come back unordered.
 */
export function runsToLines(runs: readonly TextRun[], settings: LayoutSettings): TextLine[] {
  const horizontal: TextRun[] = [];
  const vertical: TextRun[] = [];
  for (const run of runs) {
    if (run.text.trim() === '') continue;
    (run.vertical ? vertical : horizontal).push(run);
  }
  const rows = baselineRows(horizontal, settings);
  const lone = rows.flatMap((row) => loneGlyphs(row, settings));
  const { lines, used } = joinVerticalText(lone, vertical, settings);
  for (const row of rows) splitRow(used.size > 0 ? row.filter((r) => !used.has(r)) : row, settings, lines);
  return lines;
}

/** Runs clustered by vertical centre, each row sorted left to right without duplicates. */
function baselineRows(runs: TextRun[], settings: LayoutSettings): TextRun[][] {
  const sorted = runs.map((run) => ({ run, cy: centerY(run.box) })).sort((a, b) => a.cy - b.cy);
  const rows: TextRun[][] = [];
  let anchor = 0;
  let anchorSize = 0;
  for (const { run, cy } of sorted) {
    const row = rows.at(-1);
    if (row && cy - anchor <= settings.lineCenterToleranceEm * Math.min(anchorSize, run.fontSize)) row.push(run);
    else {
      rows.push([run]);
      anchor = cy;
      anchorSize = run.fontSize;
    }
  }
  return rows.map((row) => dedupe(row.sort((a, b) => a.box.x0 - b.box.x0), settings));
}

function dedupe(row: TextRun[], settings: LayoutSettings): TextRun[] {
  return row.filter((run, i) => i === 0 || !isDuplicate(row[i - 1]!, run, settings));
}

/**
 * One-glyph runs with no text close beside them: the glyphs a vertical column is made
 * of when each is placed on its own. A glyph touching its neighbours is part of a
 * horizontal line (pdf.js splits runs at look-alike characters such as ⽀).
 */
function loneGlyphs(row: TextRun[], settings: LayoutSettings): TextRun[] {
  return row.filter((run, i) => {
    if (run.box.x1 - run.box.x0 > 1.5 * run.fontSize || !isOneGlyph(run.text.trim())) return false;
    const gap = settings.wideSpaceEm * run.fontSize;
    const before = row[i - 1];
    const after = row[i + 1];
    return (!before || run.box.x0 - before.box.x1 >= gap) && (!after || after.box.x0 - run.box.x1 >= gap);
  });
}

/** Whether the text is one code point (without spreading every run's text into an array). */
function isOneGlyph(text: string): boolean {
  return text.length === 1 || (text.length === 2 && text.codePointAt(0)! > 0xffff);
}

/**
 * Split a row into lines at column-wide gaps, and at a word-wide gap between texts
 * whose baselines differ: two texts that only happen to stand side by side, such
 * as the data labels of neighbouring chart slices (`同行` beside `5.0%`, which
 * belongs to the label above it).
 */
function splitRow(row: TextRun[], settings: LayoutSettings, out: TextLine[]): void {
  let current: TextRun[] = [];
  let previous: TextRun | undefined;
  for (const run of row) {
    const size = previous ? Math.min(previous.fontSize, run.fontSize) : 0;
    const gap = previous ? run.box.x0 - previous.box.x1 : 0;
    const offset = previous ? Math.abs(run.box.y1 - previous.box.y1) > settings.baselineToleranceEm * size : false;
    if (previous && (gap > settings.columnGapEm * size || (offset && gap >= settings.wideSpaceEm * size))) {
      out.push(lineOf(current, settings));
      current = [];
    }
    current.push(run);
    previous = run;
  }
  if (current.length > 0) out.push(lineOf(current, settings));
}

function isDuplicate(a: TextRun, b: TextRun, settings: LayoutSettings): boolean {
  const tolerance = settings.duplicateToleranceEm * a.fontSize;
  return (
    a.text === b.text &&
    Math.abs(a.box.x0 - b.box.x0) <= tolerance &&
    Math.abs(a.box.y0 - b.box.y0) <= tolerance &&
    Math.abs(a.box.x1 - b.box.x1) <= tolerance
  );
}

function lineOf(runs: TextRun[], settings: LayoutSettings): TextLine {
  let text = '';
  let fontSize = 0;
  let previous: TextRun | undefined;
  for (const run of runs) {
    if (previous && needsSpace(text, run.text, run.box.x0 - previous.box.x1, Math.min(previous.fontSize, run.fontSize), settings)) {
      text += ' ';
    }
    text += run.text;
    fontSize = Math.max(fontSize, run.fontSize);
    previous = run;
  }
  const line: TextLine = { text: text.replace(/\s+/g, ' ').trim(), box: unionBox(runs.map((r) => r.box)), vertical: false, fontSize };
  if (settings.keepGeometry) line.runs = horizontalExtents(line.text, runs);
  return line;
}

/** Japanese has no word spaces: a gap only means a space between Latin words or when it is wide. */
function needsSpace(before: string, next: string, gap: number, size: number, settings: LayoutSettings): boolean {
  if (/\s$/.test(before) || /^\s/.test(next)) return false;
  if (gap >= settings.wideSpaceEm * size) return true;
  return gap >= settings.latinSpaceEm * size && LATIN_END.test(before) && LATIN_START.test(next);
}
