/**
 * What kind of datum each table column holds, from its name: the typed outputs (XLSX cells,
 * SQLite columns) need it, CSV does not. Names mean the same thing in every table (`value`,
 * `page`, `*_fiscal_year`), so one rule per name covers every table, new ones included.
 * A column no rule names is text; test/output-column-types.test.ts checks every fixture's
 * values against these types, so a new numeric column cannot slip through as text.
 */
export type ColumnType = 'integer' | 'real' | 'boolean' | 'date' | 'code' | 'text';

const BY_NAME: Readonly<Record<string, ColumnType>> = {
  no: 'integer',
  page: 'integer',
  pages: 'integer',
  warnings: 'integer',
  council_opinions: 'integer',
  value: 'real',
  share: 'real',
  count: 'real',
  change: 'real',
  total: 'real',
  self_plans: 'real',
  provider_plans: 'real',
  coverage: 'real',
  goal_continuing: 'boolean',
  overlapping: 'boolean',
  truncated: 'boolean',
  date: 'date',
  as_of: 'date',
  // grades as printed (a–d, A–E, 1–5): a spreadsheet must not turn `1` into a number
  achievement: 'code',
  grade: 'code',
};

const BY_SUFFIX: ReadonlyArray<[RegExp, ColumnType]> = [
  [/(^|_)fiscal_year$/, 'integer'],
  // an ordinal: the nth opinion of a review, indicator of an item, figure of a tally row
  [/(^|_)n$/, 'integer'],
  [/_value$/, 'real'],
  [/(^|_)rate$/, 'real'],
  [/_code$/, 'code'],
];

export function columnType(name: string): ColumnType {
  return BY_NAME[name] ?? BY_SUFFIX.find(([re]) => re.test(name))?.[1] ?? 'text';
}

/** A calendar date as the tables hold it (ISO) → midnight UTC, as spreadsheets count days. */
export function isoDateToUtc(iso: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
}
