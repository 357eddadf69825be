import { containsPoint } from './geometry.js';
import type { TableGrid } from './grid.js';
import type { TextRun } from './types.js';

/** How far (in ems) a word gap may stand from a column rule and still be the cell boundary. */
const GAP_TO_RULE_EM = 1.5;

/** Full-width characters advance about one em, the rest about half. */
export function advance(ch: string): number {
  return /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\ud840-\ud87f]/.test(ch) ? 1 : 0.5;
}

/**
 * pdf.js merges text drawn on one baseline into one item, putting a space where the
 * gap was, even across a column rule (a top-aligned name cell beside its summary's
 * first line). Split such a run at the word gap that stands at a rule of the table
 * it is in, so each part goes to its own cell. A run that crosses a rule without a
 * gap there is text overflowing its cell and stays whole.
 */
export function splitRunsAtRules(runs: readonly TextRun[], grids: readonly TableGrid[]): TextRun[] {
  const out: TextRun[] = [];
  for (const run of runs) out.push(...splitRun(run, grids));
  return out;
}

function splitRun(run: TextRun, grids: readonly TableGrid[]): TextRun[] {
  if (run.vertical || !/\S\s+\S/.test(run.text)) return [run];
  const y = (run.box.y0 + run.box.y1) / 2;
  const grid = grids.find((g) => containsPoint(g.box, run.box.x0 + run.fontSize / 2, y));
  if (!grid) return [run];
  const rules = grid.xs.filter((x) => x > run.box.x0 + run.fontSize / 2 && x < run.box.x1 - run.fontSize / 2);
  if (rules.length === 0) return [run];
  const chars = [...run.text];
  const units = chars.reduce((sum, ch) => sum + advance(ch), 0);
  const perUnit = (run.box.x1 - run.box.x0) / units;
  // x where each character starts, by its advance
  const starts: number[] = [];
  let x = run.box.x0;
  for (const ch of chars) {
    starts.push(x);
    x += advance(ch) * perUnit;
  }
  for (const rule of rules) {
    let best = -1;
    let bestDistance = GAP_TO_RULE_EM * run.fontSize;
    chars.forEach((ch, i) => {
      if (!/\s/.test(ch) || i === 0 || i === chars.length - 1) return;
      const distance = Math.abs(starts[i]! - rule);
      if (distance <= bestDistance) {
        best = i;
        bestDistance = distance;
      }
    });
    if (best < 0) continue;
    const left = chars.slice(0, best).join('').trimEnd();
    const right = chars.slice(best + 1).join('').trimStart();
    if (!left || !right) continue;
    return [
      { ...run, text: left, box: { ...run.box, x1: Math.min(rule, run.box.x1) } },
      ...splitRun({ ...run, text: right, box: { ...run.box, x0: Math.max(rule, run.box.x0) } }, grids),
    ];
  }
  return [run];
}
