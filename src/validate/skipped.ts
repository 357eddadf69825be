/**
 * Rows the parser skipped: lines printed as a row of figures (a label and two or more
 * figures, no sentence) of which no figure landed in any field. Whatever a kind reads
 * from its tables, such a row was neither read nor named, so it is named here: kind-
 * agnostic, from the provenance trace, for PDF and text alike. Repeated header rows,
 * page furniture, legends and the form's own labels are no rows of figures and stay silent.
 */
import type { Warning } from '../schema/common.js';
import { normalizeWidth } from '../normalize/index.js';
import type { WarningCode } from './codes.js';
import type { BodyRules } from './coverage.js';
import type { Trace, TracedLine } from './provenance.js';

/** One figure cell: a signed number with its unit or percent (`636人`, `1,588`, `41.9`, `(21%)`, `▲12`). */
const FIGURE_CELL = /^[(（]?[▲△▼−\-+＋]?[0-9][0-9,]*(?:\.[0-9]+)?[^\s0-9]{0,4}$/;
/** Sentence punctuation: a line of prose, which a report states figures in without being a row. */
const PROSE = /[。、]/;
/** A row's label cell, once the form's own labels are taken out: words, or a dated label (`H28.3.31`). */
const LABEL = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{2,}|[A-Za-z][0-9]/u;
/** A row states at least this many figures. */
const MIN_FIGURES = 2;
/** How many skipped rows one warning quotes. */
const ROWS_QUOTED = 3;
const QUOTE_LENGTH = 40;

interface Cell {
  start: number;
  end: number;
}

/** Whitespace-separated cells of a line that are figures, by offset in the line. */
function figureCells(text: string): Cell[] {
  return [...text.matchAll(/\S+/g)].filter((m) => FIGURE_CELL.test(normalizeWidth(m[0]))).map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Whether a line is a row of figures none of which any field holds. */
function isSkippedRow(line: TracedLine, labels: readonly RegExp[]): boolean {
  if (line.furniture || PROSE.test(line.text)) return false;
  const figures = figureCells(line.text);
  if (figures.length < MIN_FIGURES) return false;
  if (figures.some((f) => line.spans.some((s) => s.start < f.end && s.end > f.start))) return false;
  const rest = line.text.split(/\s+/).filter((cell) => !FIGURE_CELL.test(normalizeWidth(cell))).join('');
  return LABEL.test(withoutLabels(normalizeWidth(rest), labels));
}

/** The text with every stretch a label matches blanked: matched on the whole text, so a short label inside a long one does not split it. */
function withoutLabels(text: string, labels: readonly RegExp[]): string {
  const label = new Uint8Array(text.length);
  for (const re of labels) for (const m of text.matchAll(new RegExp(re.source, 'gu'))) label.fill(1, m.index, m.index + m[0].length);
  return text.replace(/[\s\S]/g, (c, i: number) => (label[i] ? ' ' : c));
}

/** A filter of the lines in document order: false inside a part the contract leaves out. */
function readParts(rules: BodyRules): (line: TracedLine) => boolean {
  const { leftOut } = rules;
  if (!leftOut) return () => true;
  let inside = false;
  return (line) => {
    if (leftOut.from.test(line.text)) inside = true;
    else if (leftOut.to.test(line.text)) inside = false;
    return !inside;
  };
}

/** `rows-skipped` per page whose rows of figures no field holds, quoting the first few. */
export function checkSkippedRows(trace: Trace, rules: BodyRules): Warning[] {
  const read = readParts(rules);
  return trace.pages.flatMap((page) => {
    const rows = page.lines.filter((l) => read(l) && isSkippedRow(l, rules.labels)).map((l) => l.text.trim());
    if (rows.length === 0) return [];
    const quoted = rows.slice(0, ROWS_QUOTED).map((r) => `"${r.length > QUOTE_LENGTH ? `${r.slice(0, QUOTE_LENGTH)}…` : r}"`);
    const more = rows.length > ROWS_QUOTED ? ` and ${rows.length - ROWS_QUOTED} more` : '';
    return [
      {
        code: 'rows-skipped' satisfies WarningCode,
        message: `${rows.length} row${rows.length === 1 ? '' : 's'} of figures not read into any field: ${quoted.join(', ')}${more}`,
        page: page.page,
      },
    ];
  });
}
