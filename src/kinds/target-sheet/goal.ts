import type { TextItem } from './items.js';
import type { TargetSheet } from './schema.js';
import { runTogether } from './text.js';
import { readValue, type ValueReading } from './values.js';
import { findEraYear } from './years.js';

export type Goal = NonNullable<TargetSheet['goal']>;
export type Warn = (code: string, message: string) => void;

/** `○令和２年度末までの目標値`: the box's heading, which names the deadline. */
const GOAL_HEADING = /^[○◯●]|目標値|までの目標/;

/**
 * The goal box: a heading naming the deadline, then the figure's label, the
 * figure, and a note, in that order (`地域生活支援拠点等` `の整備` `１箇所`
 * `地域生活支援拠点又は` `面的な体制`). The figure divides label from note.
 */
export function parseGoal(lines: readonly TextItem[], fallbackLabel: string, warn: Warn): Goal | null {
  let deadline: string | null = null;
  let fiscalYear: number | null = null;
  const box: string[] = [];
  for (const line of lines) {
    if (deadline === null && box.length === 0 && GOAL_HEADING.test(line.text)) {
      const year = findEraYear(line.text);
      if (year) {
        deadline = year.text;
        fiscalYear = year.fiscalYear;
        if (year.problem) warn('era-year-invalid', `goal deadline ${year.problem}`);
      }
      continue;
    }
    box.push(line.text);
  }
  if (box.length === 0 && deadline === null) return null;

  const split = splitAtFigure(box);
  if (!split) {
    const label = runTogether(box) || fallbackLabel;
    if (box.length > 0) warn('value-unparsed', `goal figure not found in "${label}"`);
    return { label, value: null, unit: null, fiscalYear, deadline, note: null };
  }
  const note = runTogether(split.after);
  return {
    label: runTogether(split.before) || fallbackLabel,
    value: split.figure.value,
    unit: split.figure.unit,
    fiscalYear,
    deadline,
    note: note || null,
    ...(split.figure.raw ? { raw: split.figure.raw } : {}),
  };
}

/** The first figure among the box's words, and the words before and after it. */
function splitAtFigure(box: readonly string[]): { before: string[]; figure: ValueReading; after: string[] } | null {
  for (let i = 0; i < box.length; i++) {
    const words = box[i]!.split(' ');
    for (let w = 0; w < words.length; w++) {
      const figure = /[0-9]/.test(words[w]!) ? readValue(words[w]!) : null;
      if (!figure) continue;
      const before = [...box.slice(0, i), words.slice(0, w).join(' ')];
      const after = [words.slice(w + 1).join(' '), ...box.slice(i + 1)];
      return { before, figure, after };
    }
  }
  return null;
}
