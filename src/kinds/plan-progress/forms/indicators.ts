/**
 * Indicator (成果指標) tables of other cities' forms, from a record's text:
 * - a year table (長崎市 施策評価): indicator heads `指標名 基準値 (時期)`, a header of
 *   years, and per indicator rows 目標値 / 実績値 / 達成率 with one cell a year; the
 *   heads may come all before the rows (テキスト版) or each before its rows (PDF);
 * - label–value indicators (川越市 調査表): `指標 … 当初の値(25年度) 12人 … 目標値(29年度末) 20人`;
 * - a 事業目標 / 実績 row pair under a 年度 header (川崎市 施策進行管理・評価表).
 */
import type { Indicator } from '../schema.js';
import { BASELINE_COLUMN, CONTINUING_TARGET, INDICATOR_WORDS } from '../vocabulary.js';
import { splitAtLabels, type LabelWords } from './labels.js';
import { figure, isNoValue, yearHeader } from './values.js';

type Row = { kind: 'target' | 'actual' | 'rate'; cells: Array<number | null> };
type Head = { label: string; unit: string | null; value: number; year: number | null };

const ROW_WORDS: ReadonlyArray<[Row['kind'], readonly string[]]> = [
  ['target', INDICATOR_WORDS.target],
  ['actual', INDICATOR_WORDS.actual],
  ['rate', INDICATOR_WORDS.rate],
];
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const HEADER = new RegExp(INDICATOR_WORDS.header.map(escape).join('|'), 'g');
/** A token made only of header words (`基準値(時期)`, `⇧`). */
const isHeader = (t: string) => t.replace(HEADER, '') === '';
/** A head ends in its baseline and the baseline's time: `15.0% (20 年度)`, `23,094 人 (22 年度)`. */
const HEAD = /^(.*?)\s*([▲△-]?[0-9][0-9,]*(?:\.[0-9]+)?)\s*(%|[^\s0-9()（）]{1,4})?\s*[(（]\s*([^()（）]*?)\s*[)）]$/;

const squeeze = (s: string) => s.replace(/\s+/g, '');

/** Whether a text holds a header of two or more years in a row. */
export function hasYearHeader(text: string, era: string | undefined): boolean {
  const tokens = text.split(/\s+/);
  return tokens.some((t, i) => yearHeader(t, era) !== null && yearHeader(tokens[i + 1] ?? '', era) !== null);
}

/** A year table: heads and row groups paired in order. */
export function readIndicatorTable(text: string, era: string | undefined): Indicator[] {
  const tokens = text.split(/\s+/).filter((t) => t !== '' && !isHeader(t));
  let years: number[] = [];
  const heads: Head[] = [];
  const rows: Row[] = [];
  let buffer: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (yearHeader(t, era) !== null && yearHeader(tokens[i + 1] ?? '', era) !== null) {
      const run: number[] = [];
      while (i < tokens.length && yearHeader(tokens[i]!, era) !== null) run.push(yearHeader(tokens[i++]!, era)!);
      i--;
      years = run;
      continue;
    }
    const kind = ROW_WORDS.find(([, words]) => words.includes(t))?.[0];
    if (kind && years.length) {
      const cells = tokens.slice(i + 1, i + 1 + years.length).map((c) => (isNoValue(c) ? null : figure(c)?.value ?? null));
      rows.push({ kind, cells });
      i += years.length;
      continue;
    }
    buffer.push(t);
    const m = HEAD.exec(buffer.join(' '));
    if (m && squeeze(m[1]!) !== '') {
      heads.push({ label: squeeze(m[1]!), unit: m[3] ?? null, value: figure(m[2]!)!.value, year: yearOfTime(m[4]!, era) });
      buffer = [];
    }
  }
  const groups = groupRows(rows);
  return heads.slice(0, groups.length).map((head, n) => fromGroup(head, groups[n]!, years));
}

/** `20 年度`, `H20`, `平成20年度末` → a fiscal year. */
function yearOfTime(time: string, era: string | undefined): number | null {
  const t = squeeze(time);
  return yearHeader(t, era) ?? yearHeader(`${t.replace(/年度?末?$/, '')}年度`, era);
}

/** Rows of one indicator: a new group at each row kind already seen in the current one. */
function groupRows(rows: readonly Row[]): Row[][] {
  const groups: Row[][] = [];
  for (const row of rows) {
    const current = groups[groups.length - 1];
    if (!current || current.some((r) => r.kind === row.kind)) groups.push([row]);
    else current.push(row);
  }
  return groups;
}

function fromGroup(head: Head, group: readonly Row[], years: readonly number[]): Indicator {
  const cells = (kind: Row['kind']) => group.find((r) => r.kind === kind)?.cells ?? [];
  const dated = (kind: Row['kind']) =>
    cells(kind).flatMap((value, k) => (value === null || years[k] === undefined ? [] : [{ fiscalYear: years[k]!, value }]));
  const targets = dated('target');
  const rates = dated('rate');
  return {
    label: head.label,
    unit: head.unit,
    baseline: { fiscalYear: head.year, value: head.value },
    target: targets[targets.length - 1] ?? null,
    actuals: dated('actual'),
    rate: rates[rates.length - 1]?.value ?? null,
  };
}

type PairField = 'baseline' | 'progress' | 'target' | 'rate';
const PAIR_LABELS: ReadonlyArray<LabelWords<PairField>> = [
  { field: 'baseline', words: INDICATOR_WORDS.baseline },
  { field: 'progress', words: INDICATOR_WORDS.progress },
  { field: 'target', words: INDICATOR_WORDS.target },
  { field: 'rate', words: INDICATOR_WORDS.rate },
];

/**
 * A table row's indicator cells as the label–value text `readIndicatorPairs` reads
 * (`指標名 当初の値(25年度) 120人 …`); none when its label cell is empty or `-`.
 */
export function indicatorRowText(label: string, values: ReadonlyArray<{ header: string; value: string }>): string[] {
  if (label === '' || isNoValue(label)) return [];
  return [[label, ...values.flatMap((v) => [v.header, v.value])].join(' ')];
}

/** `グループホーム利用者数 当初の値(令和元年度) 12人 途中経過の値(令和3年度末) 15人 …` → one indicator. */
export function readIndicatorPairs(text: string, era: string | undefined): Indicator | null {
  const { lead, segments } = splitAtLabels(text, PAIR_LABELS);
  if (segments.length === 0 || lead === '') return null;
  let unit: string | null = null;
  const point = (s: (typeof segments)[number]) => {
    const f = figure(s.value.split(/\s+/)[0] ?? '');
    if (!f) return null;
    unit ??= f.unit;
    return { fiscalYear: s.note === null ? null : yearOfTime(s.note, era), value: f.value };
  };
  const of = (field: PairField) => segments.filter((s) => s.field === field).flatMap((s) => point(s) ?? []);
  const baseline = of('baseline')[0] ?? null;
  const targets = of('target');
  const rates = of('rate');
  return {
    label: squeeze(lead),
    unit,
    baseline,
    target: targets[targets.length - 1] ?? null,
    actuals: of('progress'),
    rate: rates[rates.length - 1]?.value ?? null,
  };
}

/**
 * A 事業目標 row (its label, then a cell per column) and an 実績 row under a 年度
 * header whose first column may be the baseline (`現状(計画策定時)`).
 */
export function readTargetRows(header: string, targetRow: string, actualRow: string | null, era: string | undefined): Indicator | null {
  const columns = header.split(/\s+/).filter((t) => t !== '');
  const hasBaseline = columns.length > 0 && BASELINE_COLUMN.test(columns[0]!);
  const years = columns.slice(hasBaseline ? 1 : 0).map((c) => yearHeader(c, era));
  if (years.length === 0 || years.some((y) => y === null)) return null;
  const tokens = targetRow.split(/\s+/).filter((t) => t !== '');
  const cellCount = hasBaseline ? years.length + 1 : years.length;
  const isCell = (t: string) => figure(t) !== null || isNoValue(t) || CONTINUING_TARGET.test(t);
  let k = tokens.length;
  while (k > 0 && tokens.length - k < cellCount && isCell(tokens[k - 1]!)) k--;
  const label = squeeze(tokens.slice(0, k).join(''));
  const cells = tokens.slice(k).map(figure);
  if (label === '' || cells.length === 0) return null;
  // the cells stand in the last columns: a row without a baseline cell starts at the first year
  const offset = cellCount - cells.length;
  const baselineCell = hasBaseline && offset === 0 ? cells[0] : null;
  const targets = cells.flatMap((c, n) => {
    const year = years[n + offset - (hasBaseline ? 1 : 0)];
    return c === null || year === undefined || year === null || (hasBaseline && n + offset === 0) ? [] : [{ fiscalYear: year, value: c.value }];
  });
  const actualCells = (actualRow ?? '').split(/\s+/).filter((t) => t !== '').map(figure);
  const actuals = actualCells.flatMap((c, n) => (c === null || years[n] === undefined ? [] : [{ fiscalYear: years[n]!, value: c.value }]));
  const unit = [...cells, ...actualCells].find((c) => c?.unit)?.unit ?? null;
  return {
    label,
    unit,
    baseline: baselineCell ? { fiscalYear: null, value: baselineCell.value } : null,
    target: targets[targets.length - 1] ?? null,
    actuals,
    rate: null,
  };
}
