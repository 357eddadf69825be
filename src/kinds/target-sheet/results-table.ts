import { isPercent, readFigureWord } from './figures.js';
import type { TargetSheet } from './schema.js';
import { pageAt, searchFrom, type Stream } from './stream.js';
import { tidySpaces } from './text.js';
import type { ValueReading } from '../../document/values.js';
import {
  ACTUAL_COLUMN,
  GOAL_COLUMN,
  LETTERED_HEADING,
  MEASURES_CAPTION,
  RESULTS_CAPTION,
  RESULTS_HEADER_END,
  RESULTS_HEADER_END_WITHOUT_RATE,
  STATEMENT_BULLET,
  SUMMARY_TARGET,
} from './vocabulary.js';
import { findEraYear, type EraYearReading } from './years.js';

type Actual = TargetSheet['actuals'][number];

interface Word {
  text: string;
  figure: ValueReading | null;
}

interface Row {
  label: string;
  goal: { figure: ValueReading; note: string | null } | null;
  actual: ValueReading | null;
}

/**
 * A target's part of the text from `from` to `to` read as a sheet's lines, from where its
 * goal or actuals begin (`at`); null when nothing there begins them.
 */
export type BodyReading = (
  from: number,
  to: number,
  target: TargetSheet['target'],
  page: number,
) => { at: number; sheet: Pick<TargetSheet, 'goal' | 'actuals' | 'reviews'> } | null;

/**
 * A plan's 総括 (神奈川県's form): `(1) <title> 【成果目標】 ○ <statement>…`, the
 * measures `<目標達成に向けた主な方策> ○ …`, then `ア 成果目標の実績`: a table of
 * 成果目標 / <year>目標 / <year>実績 / 達成率, one row per goal. One sheet per target:
 * its goal is the first row's, its actuals every row's result. A target without that
 * table (a yearly goals-and-actuals table, a 【評価】) is read as a sheet from there on.
 */
export function readResultsTables(stream: Stream, readBody: BodyReading): TargetSheet[] {
  const text = stream.text;
  const heads = [...text.matchAll(SUMMARY_TARGET)];
  const sheets: TargetSheet[] = [];
  heads.forEach((head, k) => {
    const start = head.index + head[0].length;
    const end = heads[k + 1]?.index ?? text.length;
    const target = { type: '成果目標', code: head[1]!, title: tidySpaces(head[2]!.trim()) };
    const page = pageAt(stream, head.index);
    const results = searchFrom(text, RESULTS_CAPTION, start, end);
    const body = results ? null : readBody(start, end, target, page);
    const partEnd = results?.index ?? body?.at ?? end;
    const measures = searchFrom(text, MEASURES_CAPTION, start, partEnd);
    const statement = text.slice(start, measures?.index ?? partEnd);
    const measuresText = measures ? text.slice(measures.end, partEnd) : '';
    const table = results ? readTable(text.slice(results.end, end)) : null;
    const first = table?.rows[0];
    if (body) {
      sheets.push({ department: null, target, rationale: bullets(statement), actualsAsOf: null, activityIndicator: bullets(measuresText), ...body.sheet, page });
      return;
    }
    sheets.push({
      department: null,
      target,
      goal: first
        ? {
            label: first.label,
            value: first.goal?.figure.value ?? null,
            unit: first.goal?.figure.unit ?? null,
            fiscalYear: table.goalYear?.fiscalYear ?? null,
            deadline: table.goalYear?.text ?? null,
            note: first.goal?.note ?? null,
            ...(first.goal?.figure.raw ? { raw: first.goal.figure.raw } : {}),
          }
        : null,
      rationale: bullets(statement),
      actualsAsOf: null,
      actuals: table?.actualYear?.fiscalYear ? table.rows.flatMap((r) => actualOf(r, table.actualYear!.fiscalYear!)) : [],
      activityIndicator: bullets(measuresText),
      reviews: [],
      page,
    });
  });
  return sheets;
}

function actualOf(row: Row, fiscalYear: number): Actual[] {
  if (!row.actual) return [];
  return [{ fiscalYear, label: row.label, value: row.actual.value, unit: row.actual.unit, ...(row.actual.raw ? { raw: row.actual.raw } : {}) }];
}

/** `○ a ○ b` → `a\nb`; null when there is nothing. */
function bullets(text: string): string | null {
  const parts = text
    .split(new RegExp(`(?:^|\\s)${STATEMENT_BULLET.source}\\s*`))
    .map((p) => tidySpaces(p.trim()))
    .filter((p) => p !== '');
  return parts.length > 0 ? parts.join('\n') : null;
}

/**
 * The table after its caption: the header's words up to 達成率 (or, in a table
 * without rates, up to the result column) name the goal's and the result's years;
 * the rows follow up to the next lettered heading (`イ 主な取組の状況`).
 */
function readTable(text: string): { goalYear: EraYearReading | null; actualYear: EraYearReading | null; rows: Row[] } | null {
  const header = tableHeader(text);
  if (!header) return null;
  const compact = text.slice(0, header.end).replace(/\s+/g, '');
  const goalColumn = GOAL_COLUMN.exec(compact);
  const actualColumn = ACTUAL_COLUMN.exec(compact);
  const body = text.slice(header.end);
  const stop = LETTERED_HEADING.exec(body)?.index ?? body.length;
  // a text version separates cells with 、 (`…人数、470人 …の約10% 175人、…`): a word ends there
  const words: Word[] = body
    .slice(0, stop)
    .replace(/、/g, '、 ')
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '')
    .map((w) => ({ text: w, figure: readFigureWord(w.replace(/[、,]$/, '')) }));
  return {
    goalYear: goalColumn ? findEraYear(goalColumn[1] ?? goalColumn[2]!) : null,
    actualYear: actualColumn ? findEraYear(actualColumn[1] ?? actualColumn[2]!) : null,
    rows: header.rated ? splitRows(words).map(readRow) : splitRowsWithoutRate(words),
  };
}

/** Where the header ends: at 達成率 when it comes before the first figure, else at the result column. */
function tableHeader(text: string): { end: number; rated: boolean } | null {
  const firstFigure = [...text.matchAll(/\S+/g)].find((w) => readFigureWord(w[0].replace(/[、,]$/, '')))?.index ?? null;
  const rate = RESULTS_HEADER_END.exec(text);
  if (rate && (firstFigure === null || rate.index < firstFigure)) return { end: rate.index + rate[0].length, rated: true };
  const result = RESULTS_HEADER_END_WITHOUT_RATE.exec(text);
  return result ? { end: result.index + result[0].length, rated: false } : null;
}

/** A row ends with its rate: a percent that no other figure follows. */
function splitRows(words: readonly Word[]): Word[][] {
  const rows: Word[][] = [];
  let row: Word[] = [];
  words.forEach((w, k) => {
    row.push(w);
    const next = words[k + 1];
    if (isPercent(w.figure) && row.some((x) => x.figure && !isPercent(x.figure)) && !next?.figure) {
      rows.push(row);
      row = [];
    }
  });
  return rows;
}

/**
 * Rows of a table without rates: label, goal figure and note, result figure and
 * note. The two cells are written alike, so the result's note has as many words as
 * the goal's; what follows is the next row's label.
 */
function splitRowsWithoutRate(words: readonly Word[]): Row[] {
  const rows: Row[] = [];
  let k = 0;
  const until = (from: number, stopAtFigure: boolean) => {
    let j = from;
    while (j < words.length && !words[j]!.figure === stopAtFigure) j++;
    return j;
  };
  while (k < words.length) {
    const goalAt = until(k, true);
    const actualAt = until(goalAt + 1, true);
    if (actualAt >= words.length) break;
    const noteWords = actualAt - goalAt - 1;
    const end = Math.min(actualAt + 1 + noteWords, until(actualAt + 1, true));
    const label = tidySpaces(words.slice(k, goalAt).map((w) => w.text).join(' ')).replace(/[、,]$/, '');
    const note = tidySpaces(words.slice(goalAt + 1, actualAt).map((w) => w.text).join(' ')).replace(/[、,]$/, '');
    rows.push({ label, goal: { figure: words[goalAt]!.figure!, note: note || null }, actual: words[actualAt]!.figure });
    k = end;
  }
  return rows;
}

/**
 * A row's label, then its goal cell and result cell, each a figure and a note
 * (`235人 H28年度末入所者の10%`), then the rate. The two cells are written alike, so
 * the result cell starts at the middle one of the row's counted figures.
 */
function readRow(words: readonly Word[]): Row {
  const firstFigure = words.findIndex((w) => w.figure);
  const label = tidySpaces(words.slice(0, firstFigure).map((w) => w.text).join(' ')).replace(/[、,]$/, '');
  const cells = words.slice(firstFigure, -1);
  const counted = cells.flatMap((w, k) => (w.figure && !isPercent(w.figure) ? [k] : []));
  if (counted.length < 2) return { label, goal: null, actual: null };
  const split = counted[Math.floor(counted.length / 2)]!;
  const note = tidySpaces(cells.slice(1, split).map((w) => w.text).join(' ')).replace(/[、,]$/, '');
  return { label, goal: { figure: cells[0]!.figure!, note: note || null }, actual: cells[split]!.figure };
}
