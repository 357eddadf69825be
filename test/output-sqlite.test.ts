/**
 * The SQLite writer read back with better-sqlite3 and compared with the documents,
 * field for field and type for type, for every fixture; replacing a report (same sha256)
 * instead of duplicating it; a failing report leaving nothing; schema versions, columns
 * added to older databases, cascading deletes, indexes; a database of 50 reports.
 */
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { PlanExtractError } from '../src/errors.js';
import { columnType } from '../src/output/column-types.js';
import { mergedTablesOf } from '../src/output/merged.js';
import { prepareDatabase, reportFiscalYear, ReportStore, SCHEMA_VERSION, SQL_TABLES, sqlName } from '../src/output/sqlite.js';
import type { CellValue } from '../src/output/tables.js';
import type { ExtractedDocument } from '../src/schema/document.js';
import { batchOfDocuments, documentFrom, expectedFiles } from './support/documents.js';

const AT = '2026-12-01T00:00:00.000Z';

function openDb(): Database.Database {
  const db = new Database(':memory:');
  prepareDatabase(db);
  return db;
}

/** What a table cell must read back as: the JSON value, typed as SQLite stores it. */
function expectedValue(value: CellValue): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (Array.isArray(value)) return JSON.stringify(value);
  return value;
}

const RECORD_TABLES = SQL_TABLES.filter((t) => t.name !== 'reports');

function rowsOf(db: Database.Database, table: string, reportId: number): Array<Record<string, unknown>> {
  return db.prepare(`SELECT * FROM "${table}" WHERE report_id = ? ORDER BY rowid`).all(reportId) as Array<Record<string, unknown>>;
}

/** Every row of every table but the conversion time, for comparing whole databases. */
function dump(db: Database.Database): Record<string, unknown[]> {
  return Object.fromEntries(
    SQL_TABLES.map((t) => [t.name, (db.prepare(`SELECT * FROM "${t.name}" ORDER BY rowid`).all() as Array<Record<string, unknown>>).map(({ converted_at: _at, ...r }) => r)]),
  );
}

describe('every fixture in the database', () => {
  it.each(expectedFiles())('%s: reports row and every record table, value for value', (file) => {
    const db = openDb();
    const doc = documentFrom(file);
    const id = new ReportStore(db).store(doc, AT);
    const report = db.prepare('SELECT * FROM reports WHERE id = ?').get(id) as Record<string, unknown>;
    expect(report).toMatchObject({
      file: doc.source.file,
      sha256: doc.source.sha256,
      kind: doc.kind,
      title: doc.kind === 'target-sheet' ? doc.plan : doc.title,
      fiscal_year: reportFiscalYear(doc),
      pages: doc.source.pages,
      coverage: doc.coverage,
      converted_at: AT,
      format: 'pdf',
      warnings: doc.warnings.length,
    });
    for (const table of mergedTablesOf(doc)) {
      if (table.name === 'document' || table.name === 'source') continue;
      const columns = table.columns.filter((c) => c !== 'file' && c !== 'sha256');
      const got = rowsOf(db, sqlName(table.name), id).map((r) => columns.map((c) => r[c]));
      const want = table.rows.map((r) => columns.map((c) => expectedValue(r[c])));
      expect(got, table.name).toEqual(want);
      for (const row of got) {
        row.forEach((v, i) => {
          const type = columnType(columns[i]!);
          if (v !== null && (type === 'integer' || type === 'real')) expect(typeof v, `${table.name}.${columns[i]}`).toBe('number');
        });
      }
    }
    const stored = db.prepare("SELECT typeof(fiscal_year) AS y, typeof(pages) AS p FROM reports").get() as { y: string; p: string };
    expect(stored).toEqual({ y: reportFiscalYear(doc) === null ? 'null' : 'integer', p: 'integer' });
  });

  it('keeps the JSON values themselves: item numbers, codes, dates, figures', () => {
    const db = openDb();
    const store = new ReportStore(db);
    const pp = documentFrom('plan-progress.kitakyushu.expected.json');
    const cr = documentFrom('consultation-report.kurume.expected.json');
    const ppId = store.store(pp, AT);
    const crId = store.store(cr, AT);
    if (pp.kind !== 'plan-progress' || cr.kind !== 'consultation-report') throw new Error('fixture kinds');
    expect(db.prepare('SELECT no, section_code, tags FROM items WHERE report_id = ? ORDER BY rowid').all(ppId)).toEqual(
      pp.items.map((it) => ({ no: it.no, section_code: it.section?.code ?? null, tags: JSON.stringify(it.tags) })),
    );
    expect(db.prepare('SELECT date FROM reports WHERE id = ?').pluck().get(crId)).toBe(cr.date);
    expect(db.prepare('SELECT as_of, self_plan_rate FROM plan_tables WHERE report_id = ? ORDER BY rowid').all(crId)).toEqual(
      cr.tables.flatMap((t) => t.rows.map((r) => ({ as_of: r.asOf, self_plan_rate: r.selfPlanRate }))),
    );
  });

  it('stores the coverage when the document has one', () => {
    const db = openDb();
    const doc = Object.assign(documentFrom('target-sheet.kitakyushu.expected.json'), { coverage: 0.93 });
    const id = new ReportStore(db).store(doc, AT);
    expect(db.prepare('SELECT coverage FROM reports WHERE id = ?').pluck().get(id)).toBe(0.93);
  });
});

describe('replacing, never duplicating', () => {
  it('the same batch twice leaves the same rows, ids included', () => {
    const db = openDb();
    const store = new ReportStore(db);
    const docs = batchOfDocuments(20);
    for (const doc of docs) store.store(doc, AT);
    const once = dump(db);
    for (const doc of docs) store.store(structuredClone(doc), '2027-01-01T00:00:00.000Z');
    expect(dump(db)).toEqual(once);
    expect(db.prepare('SELECT count(*) FROM reports').pluck().get()).toBe(20);
    expect(db.prepare('SELECT DISTINCT converted_at FROM reports').pluck().all()).toEqual(['2027-01-01T00:00:00.000Z']);
  });

  it('a report read again under another name keeps its id and takes the new name', () => {
    const db = openDb();
    const store = new ReportStore(db);
    const doc = documentFrom('plan-progress.variant.expected.json');
    const id = store.store(doc, AT);
    const renamed = { ...doc, source: { ...doc.source, file: 'renamed.pdf' } } as ExtractedDocument;
    expect(store.store(renamed, AT)).toBe(id);
    expect(db.prepare('SELECT DISTINCT file FROM reports').pluck().all()).toEqual(['renamed.pdf']);
    expect(db.prepare('SELECT count(*) FROM items').pluck().get()).toBe(doc.kind === 'plan-progress' ? doc.items.length : -1);
  });

  it('a report that fails while being stored leaves no row, and the others stay', () => {
    const db = openDb();
    const store = new ReportStore(db);
    const [good, bad, after] = batchOfDocuments(3).map((d) => d);
    db.exec(`CREATE TRIGGER refuse BEFORE INSERT ON warnings WHEN NEW.message LIKE '%${bad!.source.file}%' BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`);
    store.store(good!, AT);
    expect(() => store.store(bad!, AT)).toThrow(/disk trouble/);
    store.store(after!, AT);
    expect(db.prepare('SELECT file FROM reports ORDER BY id').pluck().all()).toEqual([good!.source.file, after!.source.file]);
    for (const t of RECORD_TABLES) {
      expect(db.prepare(`SELECT count(*) FROM "${t.name}" WHERE report_id NOT IN (SELECT id FROM reports)`).pluck().get(), t.name).toBe(0);
    }
  });

  it('deleting a report deletes its rows everywhere', () => {
    const db = openDb();
    const id = new ReportStore(db).store(documentFrom('target-sheet.variant.expected.json'), AT);
    expect(db.prepare('SELECT count(*) FROM actuals').pluck().get()).toBeGreaterThan(0);
    db.prepare('DELETE FROM reports WHERE id = ?').run(id);
    for (const t of RECORD_TABLES) expect(db.prepare(`SELECT count(*) FROM "${t.name}"`).pluck().get(), t.name).toBe(0);
  });
});

describe('schema', () => {
  it('is versioned and indexed on the join keys', () => {
    const db = openDb();
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const indexes = db.prepare("SELECT tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").all() as Array<{ tbl_name: string; sql: string }>;
    expect(indexes.find((i) => i.tbl_name === 'items')?.sql).toMatch(/\("report_id", "no"\)/);
    expect(indexes.find((i) => i.tbl_name === 'actuals')?.sql).toMatch(/\("report_id", "target_type", "target_code"\)/);
    for (const t of RECORD_TABLES) expect(indexes.some((i) => i.tbl_name === t.name), t.name).toBe(true);
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'reports'").pluck().get()).toMatch(/"sha256" TEXT NOT NULL UNIQUE/);
  });

  it('is documented in the README: every table with its columns', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('### Schema'), readme.indexOf('\n## ', readme.indexOf('### Schema')));
    for (const t of SQL_TABLES) {
      const line = section.split('\n').find((l) => l.startsWith(`| \`${t.name}\` |`));
      expect(line, t.name).toBeDefined();
      const documented = [...line!.split(' | ')[2]!.matchAll(/`([a-z0-9_]+)`/g)].map((m) => m[1]);
      expect(documented, t.name).toEqual(t.columns.map((c) => c.name));
    }
  });

  it('refuses a database of a newer version, and one that is not plan-extract\'s', () => {
    const newer = new Database(':memory:');
    newer.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    expect(() => prepareDatabase(newer)).toThrow(PlanExtractError);
    expect(() => prepareDatabase(newer)).toThrow(`schema version ${SCHEMA_VERSION + 1}, newer than this plan-extract writes (${SCHEMA_VERSION})`);
    const foreign = new Database(':memory:');
    foreign.exec('CREATE TABLE invoices (id INTEGER)');
    expect(() => prepareDatabase(foreign)).toThrow(/not a plan-extract database/);
  });

  it('adds the columns and tables an older database lacks, keeping its rows', () => {
    const db = openDb();
    new ReportStore(db).store(documentFrom('plan-progress.kitakyushu.expected.json'), AT);
    db.exec('DROP INDEX items_by_report; ALTER TABLE items DROP COLUMN department; DROP TABLE counts');
    prepareDatabase(db);
    const columns = (db.pragma('table_info(items)') as Array<{ name: string }>).map((c) => c.name);
    expect(columns).toContain('department');
    expect(db.prepare('SELECT count(*) FROM items').pluck().get()).toBe(12);
    expect(db.prepare('SELECT count(*) FROM counts').pluck().get()).toBe(0);
  });

  it('brings a version 1 database up to 2, keeping its reports and telling which to convert again', () => {
    const db = openDb();
    const store = new ReportStore(db);
    const doc = documentFrom('forms/plan-progress-forms.policy-eval.expected.json');
    const id = store.store(doc, AT);
    // version 1's layout: none of version 2's tables and columns
    db.exec('DROP TABLE indicators; DROP TABLE indicator_values; DROP TABLE summaries; DROP TABLE scales');
    db.exec('ALTER TABLE counts DROP COLUMN share; ALTER TABLE counts DROP COLUMN fiscal_year; ALTER TABLE reports DROP COLUMN schema_version');
    db.pragma('user_version = 1');
    prepareDatabase(db);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare('SELECT count(*) FROM items WHERE report_id = ?').pluck().get(id)).toBe(2);
    expect(db.prepare('SELECT file FROM reports WHERE schema_version IS NULL').pluck().all()).toEqual([doc.source.file]);
    expect(db.prepare('SELECT count(*) FROM indicator_values').pluck().get()).toBe(0);
    const columns = (db.pragma('table_info(counts)') as Array<{ name: string }>).map((c) => c.name);
    expect(columns).toEqual(expect.arrayContaining(['share', 'fiscal_year']));
    expect(new ReportStore(db).store(doc, AT)).toBe(id);
    expect(db.prepare('SELECT schema_version FROM reports WHERE id = ?').pluck().get(id)).toBe(2);
    expect(db.prepare('SELECT count(*) FROM indicator_values').pluck().get()).toBe(18);
  });

  it('holds 50 reports of every kind, queryable across them', () => {
    const db = openDb();
    const store = new ReportStore(db);
    const docs = batchOfDocuments(50);
    for (const doc of docs) store.store(doc, AT);
    expect(db.prepare('SELECT count(*) FROM reports').pluck().get()).toBe(50);
    const wantItems = docs.reduce((n, d) => n + (d.kind === 'plan-progress' ? d.items.length : 0), 0);
    expect(db.prepare('SELECT count(*) FROM items').pluck().get()).toBe(wantItems);
    const rates = db
      .prepare('SELECT r.fiscal_year, count(*) AS n FROM plan_tables p JOIN reports r ON r.id = p.report_id GROUP BY r.fiscal_year')
      .all() as Array<{ fiscal_year: number; n: number }>;
    expect(rates.reduce((n, r) => n + r.n, 0)).toBe(docs.reduce((n, d) => n + (d.kind === 'consultation-report' ? d.tables.reduce((m, t) => m + t.rows.length, 0) : 0), 0));
  });
});

describe('indicators, tallies and grade legends', () => {
  it('joins each indicator value to its indicator and its item, typed', () => {
    const db = openDb();
    const doc = documentFrom('forms/plan-progress-forms.policy-eval.expected.json');
    if (doc.kind !== 'plan-progress') throw new Error('fixture kind');
    const id = new ReportStore(db).store(doc, AT);
    const rows = db
      .prepare(
        `SELECT i.name, v.point, v.fiscal_year, typeof(v.fiscal_year) AS year_type, v.value, n.unit, n.rate
           FROM indicator_values v JOIN indicators n USING (report_id, no, indicator_n)
           JOIN items i ON i.report_id = v.report_id AND i.no = v.no
          WHERE v.report_id = ? ORDER BY v.rowid`,
      )
      .all(id);
    expect(rows).toEqual(
      doc.items.flatMap((it) =>
        it.indicators.flatMap((ind) =>
          [
            ...(ind.baseline ? [{ point: 'baseline', ...ind.baseline }] : []),
            ...(ind.target ? [{ point: 'target', ...ind.target }] : []),
            ...ind.actuals.map((a) => ({ point: 'actual', ...a })),
          ].map((p) => ({
            name: it.name,
            point: p.point,
            fiscal_year: p.fiscalYear,
            year_type: p.fiscalYear === null ? 'null' : 'integer',
            value: p.value,
            unit: ind.unit,
            rate: ind.rate,
          })),
        ),
      ),
    );
    expect(db.prepare("SELECT value FROM indicator_values WHERE label = '移動支援の利用者の割合' AND point = 'baseline'").pluck().get()).toBe(12.5);
  });

  it('keeps tally figures as numbers and grades as text, even a grade printed as a digit', () => {
    const db = openDb();
    const doc = documentFrom('forms/plan-progress-forms.managed.expected.json');
    if (doc.kind !== 'plan-progress') throw new Error('fixture kind');
    const graded = { ...doc, scales: { achievement: { '1': '目標を大きく上回って達成', '2': '目標を上回って達成' } } };
    const id = new ReportStore(db).store(graded, AT);
    expect(db.prepare('SELECT grade, typeof(grade) AS t, meaning FROM scales WHERE report_id = ? ORDER BY rowid').all(id)).toEqual([
      { grade: '1', t: 'text', meaning: '目標を大きく上回って達成' },
      { grade: '2', t: 'text', meaning: '目標を上回って達成' },
    ]);
    const totals = db.prepare("SELECT n, value, typeof(value) AS t FROM summaries WHERE report_id = ? AND label = '合計' ORDER BY n").all(id);
    expect(totals).toEqual([
      { n: 1, value: 3, t: 'integer' },
      { n: 2, value: 1, t: 'integer' },
    ]);
  });

  it('indexes the new tables on their join keys', () => {
    const db = openDb();
    const sql = (table: string) => db.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?").pluck().get(table);
    expect(sql('indicators')).toMatch(/\("report_id", "no", "indicator_n"\)/);
    expect(sql('indicator_values')).toMatch(/\("report_id", "no", "indicator_n"\)/);
    expect(sql('summaries')).toMatch(/\("report_id", "summary_title"\)/);
    expect(sql('scales')).toMatch(/\("report_id", "field"\)/);
  });
});

describe('the fiscal year a report reports on', () => {
  it('is the deck\'s year, the items\' results year, the sheets\' latest reviewed year', () => {
    const years = Object.fromEntries(expectedFiles().map((f) => [f, reportFiscalYear(documentFrom(f))]));
    expect(years['consultation-report.kurume.expected.json']).toBe(2022);
    expect(years['plan-progress.kitakyushu.expected.json']).toBe(2016);
    expect(years['target-sheet.kitakyushu.expected.json']).toBe(2020);
  });
});
