import { centerX, unionBox } from './geometry.js';
import { verticalExtents } from './run-extents.js';
import type { LayoutSettings } from './settings.js';
import type { TextLine, TextRun } from './types.js';

/**
 * Arrows as they look in a vertical column: fonts draw → rotated (↓) there, and the
 * PDF's text layer often records the rotated glyph. Read horizontally, it is →.
 */
const VERTICAL_ARROWS: Record<string, string> = { '↓': '→', '↑': '←' };

interface Piece {
  run: TextRun;
  text: string;
  /** Explicitly vertical (dir ttb or rotated), as opposed to a lone horizontal glyph. */
  explicit: boolean;
  glyphs: number;
}

/**
 * Vertical text arrives as lone glyphs stacked in a narrow column (each placed on its
 * own) or as top-to-bottom runs. Stacks of at least verticalMinGlyphs glyphs, and every
 * top-to-bottom run, become one vertical line read top to bottom; `used` holds the runs
 * they took (the other lone glyphs stay horizontal text).
 */
export function joinVerticalText(
  loneGlyphs: readonly TextRun[],
  verticalRuns: readonly TextRun[],
  settings: LayoutSettings,
): { lines: TextLine[]; used: Set<TextRun> } {
  const pieces: Piece[] = [
    ...loneGlyphs.map((run) => ({ run, text: run.text.trim(), explicit: false, glyphs: 1 })),
    ...verticalRuns.map((run) => {
      const text = run.text.replace(/\s+/g, '');
      return { run, text, explicit: true, glyphs: [...text].length };
    }),
  ];
  const lines: TextLine[] = [];
  const used = new Set<TextRun>();
  for (const column of columnsOf(pieces, settings)) {
    for (const chain of chainsOf(column, settings)) {
      if (!isVerticalText(chain, settings)) continue;
      lines.push(verticalLine(chain, settings));
      for (const piece of chain) used.add(piece.run);
    }
  }
  return { lines, used };
}

/** Group pieces whose horizontal centres line up. */
function columnsOf(pieces: Piece[], settings: LayoutSettings): Piece[][] {
  const sorted = pieces.map((p) => ({ p, cx: centerX(p.run.box) })).sort((a, b) => a.cx - b.cx);
  const columns: Piece[][] = [];
  let anchor = -Infinity;
  for (const { p, cx } of sorted) {
    const current = columns.at(-1);
    if (current && cx - anchor <= settings.verticalCenterToleranceEm * p.run.fontSize) current.push(p);
    else {
      columns.push([p]);
      anchor = cx;
    }
  }
  return columns;
}

/** Split a column where the vertical gap between two pieces is too wide for one text. */
function chainsOf(column: Piece[], settings: LayoutSettings): Piece[][] {
  column.sort((a, b) => a.run.box.y0 - b.run.box.y0);
  const chains: Piece[][] = [];
  let previous: Piece | undefined;
  for (const piece of column) {
    const gap = previous ? piece.run.box.y0 - previous.run.box.y1 : Infinity;
    if (previous && gap <= settings.verticalMaxGapEm * Math.min(previous.run.fontSize, piece.run.fontSize)) chains.at(-1)!.push(piece);
    else chains.push([piece]);
    previous = piece;
  }
  return chains;
}

function isVerticalText(chain: Piece[], settings: LayoutSettings): boolean {
  if (chain.some((p) => p.explicit)) return true;
  const glyphs = chain.reduce((n, p) => n + p.glyphs, 0);
  // A column of lone digits is a list of numbers (row numbers, axis ticks), not a word.
  return glyphs >= settings.verticalMinGlyphs && !chain.every((p) => /^\d$/.test(p.text));
}

function verticalLine(chain: Piece[], settings: LayoutSettings): TextLine {
  const ordered = chain.every((p) => p.run.upward) ? [...chain].reverse() : chain;
  const text = ordered
    .map((p) => p.text)
    .join('')
    .replace(/[↓↑]/g, (ch) => VERTICAL_ARROWS[ch] ?? ch);
  const line: TextLine = {
    text,
    box: unionBox(chain.map((p) => p.run.box)),
    vertical: true,
    fontSize: Math.max(...chain.map((p) => p.run.fontSize)),
  };
  if (settings.keepGeometry) line.runs = verticalExtents(ordered);
  return line;
}
