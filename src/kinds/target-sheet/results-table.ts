import { isPercent, readFigureWord } from './figures.js';
import type { TargetSheet } from './schema.js';
import { pageAt, searchFrom, type Stream } from './stream.js';
import { tidySpaces } from './text.js';
import type { ValueReading } from './values.js';
import {
  ACTUAL_COLUMN,
  GOAL_COLUMN,
  LETTERED_HEADING,
  MEASURES_CAPTION,
  RESULTS_CAPTION,
  RESULTS_HEADER_END,
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
 * A plan's 総括 (神奈川県's form): `(1) <title> 【成果目標】 ○ <statement>…`, the
 * measures `<目標達成に向けた主な方策> ○ …`, then `ア 成果目標の実績`: a table of
 * 成果目標 / <year>目標 / <year>実績 / 達成率, one row per goal. One sheet per target:
 * its goal is the first row's, its actuals every row's result.
 */
export function readResultsTables(stream: Stream): TargetSheet[] {
  const text = stream.text;
  const heads = [...text.matchAll(SUMMARY_TARGET)];
  const sheets: TargetSheet[] = [];
  heads.forEach((head, k) => {
    const start = head.index + head[0].length;
    const end = heads[k + 1]?.index ?? text.length;
    const results = searchFrom(text, RESULTS_CAPTION, start, end);
    const measures = searchFrom(text, MEASURES_CAPTION, start, results?.index ?? end);
    const statement = text.slice(start, measures?.index ?? results?.index ?? end);
    const measuresText = measures ? text.slice(measures.end, results?.index ?? end) : '';
    const table = results ? readTable(text.slice(results.end, end)) : null;
    const first = table?.rows[0];
    sheets.push({
      department: null,
      target: { type: '成果目標', code: head[1]!, title: tidySpaces(head[2]!.trim()) },
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
      page: pageAt(stream, head.index),
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
 * The table after its caption: the header's words up to 達成率 name the goal's and the
 * result's years; the rows follow up to the next lettered heading (`イ 主な取組の状況`).
 */
function readTable(text: string): { goalYear: EraYearReading | null; actualYear: EraYearReading | null; rows: Row[] } | null {
  const headerEnd = RESULTS_HEADER_END.exec(text);
  if (!headerEnd) return null;
  const header = text.slice(0, headerEnd.index);
  const goalColumn = GOAL_COLUMN.exec(header.replace(/\s+/g, ''));
  const actualColumn = ACTUAL_COLUMN.exec(header.replace(/\s+/g, ''));
  const body = text.slice(headerEnd.index + headerEnd[0].length);
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
    goalYear: goalColumn ? findEraYear(goalColumn[1]!) : null,
    actualYear: actualColumn ? findEraYear(actualColumn[1]!) : null,
    rows: splitRows(words).map(readRow),
  };
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
