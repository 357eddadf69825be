import type { ParserCode } from '../../validate/codes.js';
import type { TextItem } from './items.js';
import type { TargetSheet } from './schema.js';
import { canon, runTogether } from './text.js';
import { findQuantities } from '../../normalize/index.js';
import { readValue, type ValueReading } from '../../document/values.js';
import { readFigureWord } from './figures.js';
import { findEraYear, type EraYearReading } from './years.js';
import { DEADLINE_BEFORE_FIGURE, GOAL_HEADING_PATTERN } from './vocabulary.js';

export type Goal = NonNullable<TargetSheet['goal']>;
export type Warn = (code: ParserCode, message: string) => void;

/** `○令和２年度末までの目標値`: the box's heading, which names the deadline. */
const GOAL_HEADING = new RegExp(GOAL_HEADING_PATTERN);

/**
 * The goal box: a heading naming the deadline, then the figure's label, the
 * figure, and a note, in that order (`地域生活支援拠点等` `の整備` `１箇所`
 * `地域生活支援拠点又は` `面的な体制`). The figure divides label from note. A box
 * of several rows (one figure each) gives the first row; `rowLabels` (the actuals
 * table's row labels, which the box's rows repeat) tell where its note ends.
 */
export function parseGoal(lines: readonly TextItem[], fallbackLabel: string, warn: Warn, rowLabels: readonly string[] = []): Goal | null {
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
  const dated = split?.deadline ?? (split ? deadlineBefore(split.before) : null);
  if (dated && deadline === null) {
    deadline = dated.text;
    fiscalYear = dated.fiscalYear;
  }
  if (!split) {
    const label = runTogether(box) || fallbackLabel;
    if (box.length > 0) warn('value-unparsed', `goal figure not found in "${label}"`);
    return { label, value: null, unit: null, fiscalYear, deadline, note: null };
  }
  const note = firstRowNote(split.after, rowLabels);
  return {
    label: runTogether(split.before).replace(DEADLINE_BEFORE_FIGURE, '').replace(LABEL_COLON, '') || fallbackLabel,
    value: split.figure.value,
    unit: split.figure.unit,
    fiscalYear,
    deadline,
    note: note || null,
    ...(split.figure.raw ? { raw: split.figure.raw } : {}),
  };
}

/**
 * The first figure among the box's words, and the words before and after it; failing
 * that, the first counted figure glued between label and note (a font that prints no
 * space glyphs: `一般就労移行者数45人令和元年度実績の1.27倍以上`).
 */
function splitAtFigure(box: readonly string[]): { before: string[]; figure: ValueReading; after: string[]; deadline?: EraYearReading } | null {
  for (let i = 0; i < box.length; i++) {
    const words = box[i]!.split(' ');
    for (let w = 0; w < words.length; w++) {
      const dated = DATED_FIGURE.exec(words[w]!);
      const deadline = dated ? findEraYear(dated[2]!) : null;
      const word = deadline ? dated![1]! : words[w]!;
      const figure = readFigure(word) ?? readFigureWord(word);
      if (!figure) continue;
      const before = [...box.slice(0, i), words.slice(0, w).join(' ')];
      const after = [words.slice(w + 1).join(' '), ...box.slice(i + 1)];
      return { before, figure, after, ...(deadline ? { deadline } : {}) };
    }
  }
  for (let i = 0; i < box.length; i++) {
    const line = box[i]!;
    const glued = findQuantities(line).find((q) => q.index > 0 && !/[0-9.,]$/.test(line.slice(0, q.index)));
    if (!glued) continue;
    const qualifier = GLUED_QUALIFIER.exec(line.slice(glued.index + glued.length))?.[0] ?? '';
    const end = glued.index + glued.length + qualifier.length;
    const figure = readValue(line.slice(glued.index, end));
    if (!figure) continue;
    return { before: [...box.slice(0, i), line.slice(0, glued.index)], figure, after: [line.slice(end), ...box.slice(i + 1)] };
  }
  return null;
}

/** The deadline the label's last words name before the figure (`令和8年度末までに`). */
function deadlineBefore(before: readonly string[]): EraYearReading | null {
  const m = DEADLINE_BEFORE_FIGURE.exec(runTogether(before));
  return m ? findEraYear(m[1]!) : null;
}

/** A figure with its deadline in brackets after it: `32人（令和5年度末）`. */
const DATED_FIGURE = /^(.*?)[（(]([^（()）]*年度[^（()）]*)[)）]$/;

/** The colon of a goal written `label：figure`. */
const LABEL_COLON = /\s*[:：]$/;

/** A qualifier written right after a glued figure (`2箇所以上`), part of the figure. */
const GLUED_QUALIFIER = /^(?:以上|以下|未満|超|程度|前後)/;

function readFigure(word: string): ValueReading | null {
  return /[0-9]/.test(word) ? readValue(word) : null;
}

/**
 * The note of the box's first row: the text after its figure, up to the next
 * row's label. A next row shows as a later figure with a counter whose preceding
 * text ends with one of the actuals' row labels (which the box's rows repeat),
 * or, failing that, as a figure with a counter after some label text on its own
 * line (`削減数 ２０人 …`). A note's own wrapped figure has neither: it stands at
 * its line's start (`１．２７倍以上`) or has no counter (`少なくとも 1 箇所`).
 */
function firstRowNote(after: readonly string[], rowLabels: readonly string[]): string {
  const labels = rowLabels.map(canon).filter((l) => l !== '');
  for (let i = 1; i < after.length; i++) {
    const words = after[i]!.split(' ');
    for (let w = 0; w < words.length; w++) {
      if (!readFigure(words[w]!)?.unit) continue;
      const between = runTogether([...after.slice(0, i), words.slice(0, w).join(' ')]);
      const joined = canon(between);
      const label = labels.find((l) => l.length < joined.length && joined.endsWith(l));
      if (label) return dropLastChars(between, label.length);
      if (w > 0) return runTogether(after.slice(0, i));
    }
  }
  return runTogether(after);
}

/** The text without its last `count` non-space characters. */
function dropLastChars(text: string, count: number): string {
  let seen = 0;
  let i = text.length;
  while (i > 0 && seen < count) {
    i--;
    if (!/\s/.test(text[i]!)) seen++;
  }
  return text.slice(0, i).trim();
}
