/**
 * A SQLite database that grows across runs: a `reports` table (one row per report,
 * unique by its sha256) and one table per record type, each row pointing at its report
 * (`report_id`, ON DELETE CASCADE). The record tables and their columns come from the
 * merged tables (tables.ts), so a new CSV column is a new database column too: an older
 * database gets it added when it is next opened. `PRAGMA user_version` numbers the layout
 * itself; a database of a newer layout is refused rather than written wrongly.
 *
 * Pure of file handling: given an open database (better-sqlite3), it creates or brings
 * up to date the schema and stores reports, each in one transaction, so a report is in
 * whole or not at all, and storing a report again (same sha256) replaces its rows.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { PlanExtractError } from '../errors.js';
import type { ExtractedDocument } from '../schema/document.js';
import { columnType, type ColumnType } from './column-types.js';
import { MERGED_TABLES, mergedTablesOf, REPORT_COLUMNS, type MergedTableSpec } from './merged.js';
import type { CellValue } from './tables.js';

type Database = BetterSqlite3.Database;

/**
 * The layout: reports + record tables keyed by report_id. A new column or table alone
 * does not change it; a version does change when a plan-extract that does not know a
 * table would store reports without rows that belong in it:
 * 1. the first layout;
 * 2. `indicators`, `indicator_values`, `summaries`, `scales`, counts' `share` and
 *    `fiscal_year`, and `reports.schema_version`. A version 1 database is brought up to
 *    2 in place; its reports keep `schema_version` NULL, telling which to convert again.
 */
export const SCHEMA_VERSION = 2;

/** Merged tables with one row per report: their columns are columns of `reports`. */
const REPORT_LEVEL_TABLES = ['document', 'source'];

const SQL_TYPES: Record<ColumnType, string> = {
  integer: 'INTEGER',
  real: 'NUMERIC',
  boolean: 'INTEGER',
  date: 'TEXT',
  code: 'TEXT',
  text: 'TEXT',
};

interface Column {
  name: string;
  /** The SQL type and constraints. */
  sql: string;
}

interface SqlTable {
  name: string;
  columns: Column[];
  /** Index columns besides report_id. */
  keys: readonly string[];
  /** The merged table its rows come from. */
  from?: MergedTableSpec;
}

const REPORT_FIXED: Column[] = [
  { name: 'id', sql: 'INTEGER PRIMARY KEY' },
  { name: 'file', sql: 'TEXT NOT NULL' },
  { name: 'sha256', sql: 'TEXT NOT NULL UNIQUE' },
  { name: 'kind', sql: 'TEXT NOT NULL' },
  { name: 'title', sql: 'TEXT' },
  { name: 'fiscal_year', sql: 'INTEGER' },
  { name: 'pages', sql: 'INTEGER' },
  { name: 'coverage', sql: 'REAL' },
  { name: 'converted_at', sql: 'TEXT NOT NULL' },
  { name: 'schema_version', sql: 'INTEGER' },
];

function typed(name: string): Column {
  return { name, sql: SQL_TYPES[columnType(name)] };
}

export function sqlName(table: string): string {
  return table.replace(/-/g, '_');
}

function buildSchema(): SqlTable[] {
  const fixed = new Set(REPORT_FIXED.map((c) => c.name));
  const reportExtra = MERGED_TABLES.filter((t) => REPORT_LEVEL_TABLES.includes(t.name))
    .flatMap((t) => t.columns)
    .filter((c, i, all) => !fixed.has(c) && all.indexOf(c) === i);
  const reports: SqlTable = { name: 'reports', columns: [...REPORT_FIXED, ...reportExtra.map(typed)], keys: [] };
  const records = MERGED_TABLES.filter((t) => !REPORT_LEVEL_TABLES.includes(t.name)).map(
    (t): SqlTable => ({
      name: sqlName(t.name),
      columns: [
        { name: 'report_id', sql: 'INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE' },
        ...t.columns.filter((c) => !(REPORT_COLUMNS as readonly string[]).includes(c)).map(typed),
      ],
      keys: t.keys,
      from: t,
    }),
  );
  return [reports, ...records];
}

/** Every table of the database, `reports` first. */
export const SQL_TABLES: readonly SqlTable[] = buildSchema();

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The statements that create the schema from nothing (for the README and for new databases). */
export function schemaStatements(): string[] {
  return SQL_TABLES.flatMap((t) => {
    const create = `CREATE TABLE IF NOT EXISTS ${quote(t.name)} (\n  ${t.columns.map((c) => `${quote(c.name)} ${c.sql}`).join(',\n  ')}\n)`;
    if (t.name === 'reports') return [create];
    const index = `CREATE INDEX IF NOT EXISTS ${quote(`${t.name}_by_report`)} ON ${quote(t.name)} (${['report_id', ...t.keys].map(quote).join(', ')})`;
    return [create, index];
  });
}

function userTables(db: Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[]);
}

/**
 * Make the database ready to store reports: create the schema in a new database, add the
 * tables and columns an older one lacks, refuse one of a newer layout or one that is not
 * plan-extract's. Turns foreign keys on for this connection (cascading deletes need it).
 */
export function prepareDatabase(db: Database): void {
  db.pragma('foreign_keys = ON');
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    throw new PlanExtractError(
      'DATABASE_INCOMPATIBLE',
      `the database has schema version ${version}, newer than this plan-extract writes (${SCHEMA_VERSION}): use a newer plan-extract, or another file`,
    );
  }
  const existing = userTables(db);
  if (version === 0 && existing.length > 0) {
    throw new PlanExtractError('DATABASE_INCOMPATIBLE', `the database already holds tables (${existing.slice(0, 3).join(', ')}${existing.length > 3 ? ', …' : ''}) and is not a plan-extract database: give a new file`);
  }
  db.transaction(() => {
    for (const statement of schemaStatements()) db.exec(statement);
    for (const table of SQL_TABLES) {
      const present = new Set((db.pragma(`table_info(${quote(table.name)})`) as Array<{ name: string }>).map((c) => c.name));
      for (const column of table.columns) {
        if (!present.has(column.name)) db.exec(`ALTER TABLE ${quote(table.name)} ADD COLUMN ${quote(column.name)} ${column.sql}`);
      }
    }
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  })();
}

/** What a spreadsheet cell becomes in SQLite: booleans 0/1, lists as JSON arrays. */
export function toSqlValue(value: CellValue): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number' || typeof value === 'string') return value;
  return JSON.stringify(value);
}

function mostCommon(values: readonly number[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | null = null;
  for (const [v, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best)! && v > best)) best = v;
  return best;
}

/**
 * The fiscal year a report reports on: a slide deck's own year; a progress table's
 * results year (the most common one of its items); a target sheet's latest year with a
 * review or an actual.
 */
export function reportFiscalYear(doc: ExtractedDocument): number | null {
  switch (doc.kind) {
    case 'consultation-report':
      return doc.fiscalYear;
    case 'plan-progress':
      return mostCommon(doc.items.flatMap((it) => (it.results?.fiscalYear != null ? [it.results.fiscalYear] : [])));
    case 'target-sheet': {
      const reviewed = doc.sheets.flatMap((s) => s.reviews.flatMap((r) => (r.fiscalYear !== null ? [r.fiscalYear] : [])));
      const measured = doc.sheets.flatMap((s) => s.actuals.filter((a) => a.value !== null).map((a) => a.fiscalYear));
      const years = reviewed.length > 0 ? reviewed : measured;
      return years.length > 0 ? Math.max(...years) : null;
    }
  }
}

function reportTitle(doc: ExtractedDocument): string | null {
  return doc.kind === 'target-sheet' ? doc.plan : doc.title;
}

/** Stores reports in a prepared database, with its statements prepared once. */
export class ReportStore {
  private readonly upsert: BetterSqlite3.Statement<[Record<string, unknown>], { id: number }>;
  private readonly clear: Array<BetterSqlite3.Statement<[number]>>;
  private readonly inserts = new Map<string, { statement: BetterSqlite3.Statement<unknown[]>; columns: string[] }>();
  private readonly reportColumns: string[];
  private readonly inTransaction: (doc: ExtractedDocument, convertedAt: string) => number;

  constructor(private readonly db: Database) {
    const [reports, ...records] = SQL_TABLES;
    this.reportColumns = reports!.columns.map((c) => c.name).filter((c) => c !== 'id');
    const names = this.reportColumns.map(quote).join(', ');
    const params = this.reportColumns.map((c) => `@${c}`).join(', ');
    const updates = this.reportColumns.filter((c) => c !== 'sha256').map((c) => `${quote(c)} = excluded.${quote(c)}`).join(', ');
    this.upsert = db.prepare(`INSERT INTO reports (${names}) VALUES (${params}) ON CONFLICT (sha256) DO UPDATE SET ${updates} RETURNING id`);
    this.clear = records.map((t) => db.prepare(`DELETE FROM ${quote(t.name)} WHERE report_id = ?`));
    for (const t of records) {
      const columns = t.columns.map((c) => c.name);
      const statement = db.prepare(`INSERT INTO ${quote(t.name)} (${columns.map(quote).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
      this.inserts.set(t.from!.name, { statement, columns });
    }
    this.inTransaction = db.transaction((doc: ExtractedDocument, convertedAt: string) => this.write(doc, convertedAt));
  }

  /** Store one report in one transaction, replacing the rows of a report with the same sha256; returns its id. */
  store(doc: ExtractedDocument, convertedAt: string): number {
    return this.inTransaction(doc, convertedAt);
  }

  /** The rows of one report, in the transaction store() opens. */
  private write(doc: ExtractedDocument, convertedAt: string): number {
    const tables = mergedTablesOf(doc);
    const level: Record<string, CellValue> = {};
    for (const t of tables) if (REPORT_LEVEL_TABLES.includes(t.name)) Object.assign(level, t.rows[0]);
    const fixed: Record<string, CellValue> = {
      file: doc.source.file,
      sha256: doc.source.sha256,
      kind: doc.kind,
      title: reportTitle(doc),
      fiscal_year: reportFiscalYear(doc),
      pages: doc.source.pages,
      coverage: doc.coverage,
      converted_at: convertedAt,
      schema_version: SCHEMA_VERSION,
    };
    const row = { ...level, ...fixed };
    const { id } = this.upsert.get(Object.fromEntries(this.reportColumns.map((c) => [c, toSqlValue(row[c])])))!;
    for (const statement of this.clear) statement.run(id);
    for (const t of tables) {
      const insert = this.inserts.get(t.name);
      if (!insert) continue;
      for (const r of t.rows) insert.statement.run(...insert.columns.map((c) => (c === 'report_id' ? id : toSqlValue(r[c]))));
    }
    return id;
  }
}
