import type { Warn } from './goal.js';
import type { Item } from './items.js';
import type { TargetSheet } from './schema.js';
import { runTogether } from './text.js';
import { ACTUALS_CAPTION, ACTUALS_LINE_PATTERN, ESTIMATE_MARK_TAIL, YEAR_ROW_STUB_ALONE } from './vocabulary.js';
import { readValue, type ValueReading } from '../../document/values.js';
import { readYearFigures, readYearRow, type EraYearReading } from './years.js';

type Actual = TargetSheet['actuals'][number];

/** `○実施状況[各年度３月末現在]` → `各年度3月末現在` (any bracket; to the line end when it is not closed). */
const AS_OF = new RegExp(`(?:${ACTUALS_CAPTION})\\s*[[［(（【〔<＜]\\s*([^\\]］)）】〕>＞]+)`);
/** The caption line that carries the as-of date: 実施状況 anywhere, 実績 as a caption of its own. */
const ACTUALS_LINE = new RegExp(`実施状況|${ACTUALS_LINE_PATTERN}`);
/** A cell that fails to read but stands where a figure should is at most this long. */
const MAX_UNREAD_CELL = 8;

interface Cell {
  text: string;
  reading: ValueReading | null;
}

/**
 * The yearly actuals table: the 実施状況 line (as-of date), a header row of years
 * (one line, or one year per line), then for each row its label lines and one
 * figure per year (on one line, or one per line). A row printed without a label
 * gets the label '' (the sheet names it after its goal).
 */
export function parseActuals(items: readonly Item[], warn: Warn): { asOf: string | null; actuals: Actual[] } {
  let asOf: string | null = null;
  const years: EraYearReading[] = [];
  let headerDone = false;
  let label: string[] = [];
  let cells: Cell[] = [];
  const actuals: Actual[] = [];
  /** The header row ended inside an estimate mark whose tail is on the next line. */
  let markCut = false;

  const emitRow = () => {
    const rowLabel = runTogether(label).replace(/\s+/g, '');
    const named = rowLabel || 'unlabelled row';
    if (cells.length !== years.length) {
      warn('actuals-columns', `${named}: ${cells.length} figures for ${years.length} years`);
    }
    years.forEach((year, k) => {
      const cell = cells[k];
      if (!cell || year.fiscalYear === null) return;
      if (!cell.reading) warn('value-unparsed', `${named} (${year.text}): "${cell.text}" is not a figure`);
      const reading = cell.reading ?? { value: null, unit: null, raw: cell.text };
      actuals.push({ fiscalYear: year.fiscalYear, label: rowLabel, value: reading.value, unit: reading.unit, ...(reading.raw ? { raw: reading.raw } : {}) });
    });
    label = [];
    cells = [];
  };

  for (const item of items) {
    if (asOf === null && item.kind === 'text' && ACTUALS_LINE.test(item.text)) {
      const m = AS_OF.exec(item.text);
      asOf = m ? m[1]!.replace(/\s+/g, '') : null;
      continue;
    }
    const pairs = years.length === 0 && item.kind === 'text' ? readYearFigures(item.text) : null;
    if (pairs) {
      for (const { year, figure } of pairs) {
        if (year.fiscalYear === null) continue;
        const reading = readValue(figure) ?? { value: null, unit: null, raw: figure };
        actuals.push({ fiscalYear: year.fiscalYear, label: '', value: reading.value, unit: reading.unit, ...(reading.raw ? { raw: reading.raw } : {}) });
      }
      continue;
    }
    const rowYears = headerDone ? null : item.kind === 'year' ? [item.year] : item.kind === 'text' ? readYearRow(item.text) : null;
    if (rowYears) {
      markCut = item.kind === 'text' && !ESTIMATE_MARK_TAIL.test(item.text) && /[(（][^)）]*$/.test(item.text);
      for (const y of rowYears) {
        if (y.problem) warn('era-year-invalid', `actuals header ${y.problem}`);
        years.push(y);
      }
      continue;
    }
    if (item.kind !== 'text') continue;
    if (markCut && !headerDone && ESTIMATE_MARK_TAIL.test(item.text)) {
      markCut = false;
      continue;
    }
    if (years.length === 0) {
      if (YEAR_ROW_STUB_ALONE.test(item.text.trim())) continue;
      if (/[0-9]/.test(item.text)) warn('actuals-unparsed', `no year header above "${item.text}"`);
      label.push(item.text);
      continue;
    }
    headerDone = true;
    const split = splitFigures(item.text, years.length - cells.length);
    if (split.before) label.push(split.before);
    cells.push(...split.cells);
    if (cells.length >= years.length) emitRow();
  }
  if (cells.length > 0) emitRow();
  return { asOf, actuals };
}

/**
 * A line's trailing figure cells and the label text before them. With `wanted`
 * columns still to fill, the line's last `wanted` words are the cells when most of
 * them read as figures (the rest, short, are kept as unread cells: `調整中`);
 * otherwise only the trailing words that read as figures are cells.
 */
function splitFigures(text: string, wanted: number): { before: string; cells: Cell[] } {
  const words = text.split(' ');
  const cell = (word: string): Cell => ({ text: word, reading: readValue(word) });
  if (wanted > 1 && words.length >= wanted) {
    const tail = words.slice(-wanted).map(cell);
    const read = tail.filter((c) => c.reading).length;
    if (read * 2 >= wanted && tail.every((c) => c.reading || c.text.length <= MAX_UNREAD_CELL)) {
      return { before: words.slice(0, -wanted).join(' '), cells: tail };
    }
  }
  let k = words.length;
  while (k > 0 && words.length - k < wanted && readValue(words[k - 1]!)) k--;
  return { before: words.slice(0, k).join(' '), cells: words.slice(k).map(cell) };
}
