/**
 * Where offsets of a PDF line's text fall along the line, from the extents of the runs
 * it was joined from (the layout's, with keepGeometry), or from the line's box taken as
 * one run. Inside a run, glyphs are spread by estimated advances: full-width ones one
 * em when the run's width bears that out, the rest sharing what is left.
 */
import { advance } from '../layout/split-runs.js';
import type { RunExtent, TextLine } from '../layout/types.js';

export interface Along {
  /** Where a stretch starting at `offset` begins. */
  start(offset: number): number;
  /** Where a stretch ending at `offset` (exclusive) ends. */
  end(offset: number): number;
  /** The extents the text is drawn by: one per run. */
  runs: readonly RunExtent[];
}

const WIDE = 1;

/** Positions of each offset start..end of a run, by advances calibrated to its size. */
function spread(text: string, run: RunExtent, em: number | undefined): number[] {
  const chars = text.slice(run.start, run.end);
  let wide = 0;
  let narrowUnits = 0;
  for (const ch of chars) {
    if (advance(ch) === WIDE) wide++;
    else narrowUnits += advance(ch);
  }
  const length = Math.abs(run.to - run.from);
  const direction = run.to >= run.from ? 1 : -1;
  // full-width glyphs are one em: keep that when the narrow ones get a plausible share of the rest
  const rest = length - wide * (em ?? 0);
  const calibrated = em !== undefined && narrowUnits > 0 && wide > 0 && rest >= 0.2 * em * narrowUnits && rest <= 1.2 * em * narrowUnits;
  const total = wide * WIDE + narrowUnits;
  const width = (ch: string): number => {
    if (calibrated) return advance(ch) === WIDE ? em : (rest * advance(ch)) / narrowUnits;
    return total === 0 ? 0 : (length * advance(ch)) / total;
  };
  const at = [run.from];
  let pos = run.from;
  for (let i = 0; i < chars.length; i++) {
    const code = chars.charCodeAt(i);
    // a surrogate pair is one glyph: its advance goes to its first unit
    if (code >= 0xdc00 && code <= 0xdfff) {
      at.push(pos);
      continue;
    }
    pos += direction * width(chars.slice(i, i + (code >= 0xd800 && code <= 0xdbff ? 2 : 1)));
    at.push(pos);
  }
  at[at.length - 1] = run.to;
  return at;
}

export function alongLine(line: TextLine): Along {
  const { x0, y0, x1, y1 } = line.box;
  const runs = line.runs?.length ? line.runs : [{ start: 0, end: line.text.length, from: line.vertical ? y0 : x0, to: line.vertical ? y1 : x1 }];
  const spreads = runs.map((r) => spread(line.text, r, line.fontSize));
  const lineStart = line.vertical ? y0 : x0;
  const lineEnd = line.vertical ? y1 : x1;
  return {
    runs,
    start(offset) {
      const i = runs.findIndex((r) => r.start <= offset && offset < r.end);
      if (i >= 0) return spreads[i]![offset - runs[i]!.start]!;
      // between runs (an added space) or past the last: where the run before ends
      const before = runs.findLast((r) => r.end <= offset);
      return before ? before.to : lineStart;
    },
    end(offset) {
      const i = runs.findIndex((r) => r.start < offset && offset <= r.end);
      if (i >= 0) return spreads[i]![offset - runs[i]!.start]!;
      const after = runs.find((r) => r.start >= offset);
      return after ? after.from : lineEnd;
    },
  };
}
