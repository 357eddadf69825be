/**
 * The batch outputs from the command line: a SQLite database that grows across runs
 * (the same batch twice changes nothing, a broken file in the middle leaves nothing of
 * itself and every good report in), a newer database refused, --merge writing one CSV,
 * JSONL or XLSX file per table for the whole batch with each row's file and sha256,
 * workbooks per report, and the usage errors of these options.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { csvRecords, fixture, runInProcess, tempDir } from './cli-helpers.js';

const TEXTS = ['consultation-report.kurume.txt', 'plan-progress.kitakyushu.txt', 'target-sheet.kitakyushu.txt', 'plan-progress.variant.txt'].map(fixture);
const BROKEN = fixture('bad/encrypted.pdf');
// without the dictionary a deck's sentence figures are not read: its coverage is low by choice, not by fault
const FAST = ['--no-metrics', '--min-coverage', '0', '--jobs', '1', '--quiet'];

function dump(path: string): Record<string, unknown[]> {
  const db = new Database(path, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
    return Object.fromEntries(
      tables.map((t) => [t, (db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all() as Array<Record<string, unknown>>).map(({ converted_at: _at, ...r }) => r)]),
    );
  } finally {
    db.close();
  }
}

describe('--format sqlite', () => {
  it('grows one database across runs; the same batch again changes nothing', async (t) => {
    const dir = tempDir(t);
    const db = join(dir, 'data', 'plans.db');
    const first = await runInProcess([...TEXTS.slice(0, 2), ...FAST, '-f', 'sqlite', '-o', db]);
    expect(first.code, first.stderr).toBe(0);
    const second = await runInProcess([...TEXTS.slice(2), ...FAST, '-f', 'sqlite', '-o', db]);
    expect(second.code, second.stderr).toBe(0);
    const grown = dump(db);
    expect(grown.reports!.map((r: any) => r.file)).toEqual(TEXTS.map((p) => p.replace(/^.*\//, '')));
    const again = await runInProcess([...TEXTS, ...FAST, '-f', 'sqlite', '-o', db]);
    expect(again.code, again.stderr).toBe(0);
    expect(dump(db)).toEqual(grown);
  });

  it('a broken file in the middle leaves every good report in and nothing of itself', async (t) => {
    const dir = tempDir(t);
    const db = join(dir, 'plans.db');
    const run = await runInProcess([TEXTS[0]!, BROKEN, TEXTS[1]!, ...FAST, '-f', 'sqlite', '-o', db]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/encrypted\.pdf: .*encrypted/);
    const rows = dump(db);
    expect(rows.reports!.map((r: any) => r.file)).toEqual(['consultation-report.kurume.txt', 'plan-progress.kitakyushu.txt']);
    for (const [table, list] of Object.entries(rows)) {
      if (table === 'reports') continue;
      for (const row of list as Array<{ report_id: number }>) expect([1, 2], table).toContain(row.report_id);
    }
  });

  it('refuses a database of a newer plan-extract before reading anything', async (t) => {
    const dir = tempDir(t);
    const path = join(dir, 'newer.db');
    const db = new Database(path);
    db.pragma('user_version = 99');
    db.close();
    const run = await runInProcess([TEXTS[0]!, ...FAST, '-f', 'sqlite', '-o', path]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('newer.db: the database has schema version 99, newer than this plan-extract writes');
    const notDb = join(dir, 'notes.db');
    writeFileSync(notDb, 'these are notes, not a database, and long enough to have a header of sorts');
    const other = await runInProcess([TEXTS[0]!, ...FAST, '-f', 'sqlite', '-o', notDb]);
    expect(other.code).toBe(1);
    expect(other.stderr).toMatch(/notes\.db: cannot use this file as a database/);
    expect(readFileSync(notDb, 'utf8')).toMatch(/^these are notes/);
  });
});

describe('--merge', () => {
  it('CSV: one file per table, each row with its file and sha256, the rows of every report', async (t) => {
    const dir = tempDir(t);
    const merged = await runInProcess([...TEXTS, ...FAST, '-f', 'csv', '--merge', '-o', join(dir, 'merged')]);
    expect(merged.code, merged.stderr).toBe(0);
    const each = await runInProcess([...TEXTS, ...FAST, '-f', 'csv', '-o', join(dir, 'each')]);
    expect(each.code, each.stderr).toBe(0);
    const files = readdirSync(join(dir, 'merged')).sort();
    expect(files).toContain('items.csv');
    expect(files).toContain('source.csv');
    expect(files.filter((f) => !f.endsWith('.csv'))).toEqual([]);
    const sources = csvRecords(readFileSync(join(dir, 'merged', 'source.csv')));
    const sha = Object.fromEntries(sources.map((s) => [s.file, s.sha256]));
    expect(Object.keys(sha)).toHaveLength(TEXTS.length);
    for (const table of ['items', 'item-metrics', 'sheets', 'actuals', 'charts', 'plan-tables']) {
      const rows = csvRecords(readFileSync(join(dir, 'merged', `${table}.csv`)));
      const want = TEXTS.map((p) => join(dir, 'each', `${basename(p, '.txt')}.${table}.csv`))
        .filter((f) => existsSync(f))
        .flatMap((f) => csvRecords(readFileSync(f)));
      expect(rows, table).toEqual(want.map((r) => ({ file: r.file!, sha256: sha[r.file!]!, ...r })));
    }
  });

  it('CSV: one table to standard output', async () => {
    const run = await runInProcess([...TEXTS, ...FAST, '-f', 'csv', '--merge', '--table', 'warnings']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.toString('utf8').replace(/^\uFEFF/, '')).toBe('file,sha256,code,message,page\r\n');
    const items = await runInProcess([...TEXTS, ...FAST, '-f', 'csv', '--merge', '--table', 'items', '--no-bom']);
    expect(new Set(csvRecords(items.stdout).map((r) => r.file))).toEqual(new Set(['plan-progress.kitakyushu.txt', 'plan-progress.variant.txt']));
  });

  it('JSONL: one file per table, typed values, each row with its file and sha256', async (t) => {
    const dir = tempDir(t);
    const run = await runInProcess([...TEXTS, ...FAST, '-f', 'jsonl', '--merge', '-o', dir]);
    expect(run.code, run.stderr).toBe(0);
    const docs = (await runInProcess([...TEXTS, ...FAST, '-f', 'jsonl'])).stdout.toString('utf8').trim().split('\n').map((l) => JSON.parse(l));
    const lines = (name: string) => readFileSync(join(dir, `${name}.jsonl`), 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const items = lines('items');
    const want = docs.filter((d) => d.kind === 'plan-progress').flatMap((d) => d.items.map((it: any) => ({ file: d.source.file, sha256: d.source.sha256, no: it.no, tags: it.tags, results_fiscal_year: it.results?.fiscalYear ?? null })));
    expect(items.map((r) => ({ file: r.file, sha256: r.sha256, no: r.no, tags: r.tags, results_fiscal_year: r.results_fiscal_year }))).toEqual(want);
    expect(lines('source').map((r) => r.sha256)).toEqual(docs.map((d) => d.source.sha256));
  });

  it('XLSX: one workbook for the batch, the same bytes on every run', async (t) => {
    const dir = tempDir(t);
    const a = join(dir, 'a.xlsx');
    const b = join(dir, 'b.xlsx');
    expect((await runInProcess([...TEXTS, ...FAST, '-f', 'xlsx', '--merge', '-o', a])).code).toBe(0);
    expect((await runInProcess([...TEXTS, ...FAST, '-f', 'xlsx', '--merge', '-o', b])).code).toBe(0);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(a);
    const source = workbook.getWorksheet('source')!;
    expect(source.rowCount).toBe(TEXTS.length + 1);
    const items = workbook.getWorksheet('items')!;
    expect(items.getRow(1).getCell(2).value).toBe('sha256');
    expect(typeof items.getRow(2).getCell(3).value).toBe('number');
    expect(readdirSync(dir).sort()).toEqual(['a.xlsx', 'b.xlsx']);
  });

  it('XLSX per report: <name>.<kind>.xlsx in the output directory', async (t) => {
    const dir = tempDir(t);
    const run = await runInProcess([...TEXTS.slice(0, 2), ...FAST, '-f', 'xlsx', '-o', dir]);
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['consultation-report.kurume.consultation-report.xlsx', 'plan-progress.kitakyushu.plan-progress.xlsx']);
  });
});

describe("other cities' forms in the batch outputs", () => {
  const FORMS = ['forms/plan-progress-forms.policy-eval.txt', 'forms/plan-progress-forms.survey.txt', 'forms/consultation-report.deck.txt'].map(fixture);

  /** What the JSON says, as rows of the new tables: the batch outputs must hold the same. */
  async function expectedRows(): Promise<Record<string, unknown[][]>> {
    const docs = (await runInProcess([...FORMS, ...FAST, '-f', 'jsonl'])).stdout.toString('utf8').trim().split('\n').map((l) => JSON.parse(l));
    const plans = docs.filter((d) => d.kind === 'plan-progress');
    const counts = docs.filter((d) => d.kind === 'consultation-report');
    return {
      indicators: plans.flatMap((d) => d.items.flatMap((it: any) => it.indicators.map((ind: any, i: number) => [d.source.file, it.no, i + 1, ind.label, ind.rate]))),
      'indicator-values': plans.flatMap((d) =>
        d.items.flatMap((it: any) =>
          it.indicators.flatMap((ind: any, i: number) =>
            [...(ind.baseline ? [ind.baseline] : []), ...(ind.target ? [ind.target] : []), ...ind.actuals].map((v: any) => [d.source.file, it.no, i + 1, v.fiscalYear, v.value]),
          ),
        ),
      ),
      summaries: plans.flatMap((d) => d.summaries.flatMap((t: any) => t.rows.flatMap((r: any) => r.values.map((v: number, n: number) => [d.source.file, t.title, r.label, n + 1, v])))),
      scales: plans.flatMap((d) => Object.entries(d.scales).flatMap(([field, grades]: [string, any]) => Object.entries(grades).map(([g, m]) => [d.source.file, field, g, m]))),
      counts: counts.flatMap((d) => d.counts.map((c: any) => [d.source.file, c.label, c.value, c.share, c.fiscalYear])),
    };
  }
  const COLUMNS: Record<string, string[]> = {
    indicators: ['file', 'no', 'indicator_n', 'label', 'rate'],
    'indicator-values': ['file', 'no', 'indicator_n', 'fiscal_year', 'value'],
    summaries: ['file', 'summary_title', 'label', 'n', 'value'],
    scales: ['file', 'field', 'grade', 'meaning'],
    counts: ['file', 'label', 'value', 'share', 'fiscal_year'],
  };

  it('--merge CSV, XLSX and SQLite hold the indicators, tallies, grade legends and shares the JSON has, typed', async (t) => {
    const dir = tempDir(t);
    const want = await expectedRows();
    for (const name of ['indicators', 'indicator-values', 'summaries', 'scales', 'counts']) expect(want[name]!.length, name).toBeGreaterThan(0);

    expect((await runInProcess([...FORMS, ...FAST, '-f', 'csv', '--merge', '-o', join(dir, 'csv')])).code).toBe(0);
    const text = (v: unknown) => (v === null ? '' : String(v));
    for (const [name, columns] of Object.entries(COLUMNS)) {
      const rows = csvRecords(readFileSync(join(dir, 'csv', `${name}.csv`))).map((r) => columns.map((c) => r[c]));
      expect(rows, name).toEqual(want[name]!.map((r) => r.map(text)));
    }

    const xlsx = join(dir, 'forms.xlsx');
    expect((await runInProcess([...FORMS, ...FAST, '-f', 'xlsx', '--merge', '-o', xlsx])).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    for (const [name, columns] of Object.entries(COLUMNS)) {
      const sheet = workbook.getWorksheet(name)!;
      const header = sheet.getRow(1).values as unknown[];
      const rows = [];
      for (let r = 2; r <= sheet.rowCount; r++) rows.push(columns.map((c) => sheet.getRow(r).getCell(header.indexOf(c)).value ?? null));
      expect(rows, name).toEqual(want[name]);
    }

    const path = join(dir, 'forms.db');
    expect((await runInProcess([...FORMS, ...FAST, '-f', 'sqlite', '-o', path])).code).toBe(0);
    const db = new Database(path, { readonly: true });
    try {
      for (const [name, columns] of Object.entries(COLUMNS)) {
        const select = columns.map((c) => (c === 'file' ? 'r.file' : `t."${c}"`)).join(', ');
        const rows = db.prepare(`SELECT ${select} FROM "${name.replace('-', '_')}" t JOIN reports r ON r.id = t.report_id ORDER BY t.rowid`).raw().all();
        expect(rows, name).toEqual(want[name]);
      }
    } finally {
      db.close();
    }
  });
});

describe('usage errors', () => {
  it.each([
    [['-f', 'json', '--merge', '-o', 'x/'], /--merge joins a batch's tables/],
    [['-f', 'sqlite'], /--format sqlite writes one file, the database: give it with -o FILE/],
    [['-f', 'sqlite', '--out-dir', 'x'], /give it with -o FILE/],
    [['-f', 'xlsx', '--merge', '-o', 'out/'], /out\/ is a directory: -o names the file of the workbook/],
    [['-f', 'csv', '--merge'], /--merge writes one CSV file per table: give their directory with -o DIR/],
    [['-f', 'csv', '--merge', '--table', 'nope'], /--table "nope": expected one of .*source, warnings/],
  ])('%j', async (args, message) => {
    const run = await runInProcess([...TEXTS, ...FAST, ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
