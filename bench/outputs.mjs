/**
 * 500 reports into one SQLite database and one merged XLSX workbook, through the CLI's own
 * batch outputs (dist/cli/database-output.js, dist/cli/merged-workbook-output.js): the
 * reports are the fixtures' expected JSON documents under 500 names (their own sha256 each),
 * so this measures the writers, not extraction. Prints one JSON line: times, sizes, rows.
 *
 *   node bench/outputs.mjs [--reports N] [--out DIR]
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: opts } = parseArgs({ options: { reports: { type: 'string', default: '500' }, out: { type: 'string', default: join(ROOT, 'bench', 'out') } } });
const COUNT = Math.max(1, Number(opts.reports) || 500);

const { DOCUMENT_SCHEMAS } = await import(join(ROOT, 'dist', 'schema', 'document.js'));
const { DatabaseOutput } = await import(join(ROOT, 'dist', 'cli', 'database-output.js'));
const { MergedWorkbookOutput } = await import(join(ROOT, 'dist', 'cli', 'merged-workbook-output.js'));

/** The seed expectations predate the contract's extension fields: give them their empty values. */
function withExtensionDefaults(fields) {
  if (fields.kind === 'plan-progress') return { scales: {}, summaries: [], ...fields, items: fields.items.map((it) => ({ indicators: [], ...it })) };
  if (fields.kind === 'consultation-report') return { ...fields, counts: fields.counts.map((c) => ({ share: null, fiscalYear: null, ...c })) };
  return fields;
}

const fixtures = join(ROOT, 'fixtures');
const expected = [
  ...readdirSync(fixtures).filter((f) => f.endsWith('.expected.json')).map((f) => join(fixtures, f)),
  ...readdirSync(join(fixtures, 'generated')).filter((f) => f.endsWith('.expected.json')).map((f) => join(fixtures, 'generated', f)),
].sort();
const SOURCE = { file: 'template.pdf', format: 'pdf', pages: 3, sha256: '0'.repeat(64) };
const templates = expected.map((path) => {
  const { expectedWarnings: _ignored, ...fields } = JSON.parse(readFileSync(path, 'utf8'));
  return DOCUMENT_SCHEMAS[fields.kind].parse({ ...withExtensionDefaults(fields), source: SOURCE, coverage: 1, warnings: [] });
});

/** Report i: a fixture's document (checked once against its schema) under its own name and sha256. */
function report(i) {
  const file = `report-${String(i + 1).padStart(4, '0')}.pdf`;
  return { ...templates[i % templates.length], source: { ...SOURCE, file, sha256: createHash('sha256').update(file).digest('hex') } };
}

async function fill(output) {
  const t0 = performance.now();
  for (let i = 0; i < COUNT; i++) await (await output.prepare(report(i))).add();
  await output.finish();
  return Math.round(performance.now() - t0);
}

mkdirSync(opts.out, { recursive: true });
const db = join(opts.out, `reports-${COUNT}.db`);
const xlsx = join(opts.out, `reports-${COUNT}.xlsx`);
rmSync(db, { force: true });
rmSync(xlsx, { force: true });

const sqliteMs = await fill(DatabaseOutput.open(db));
// a second run over the same reports replaces them: the database must not grow
const sqliteAgainMs = await fill(DatabaseOutput.open(db));
const xlsxMs = await fill(new MergedWorkbookOutput(xlsx));

const { default: Database } = await import('better-sqlite3');
const check = new Database(db, { readonly: true });
const reports = check.prepare('SELECT count(*) FROM reports').pluck().get();
const items = check.prepare('SELECT count(*) FROM items').pluck().get();
check.close();
if (reports !== COUNT) throw new Error(`the database holds ${reports} reports, expected ${COUNT}`);

process.stdout.write(
  `${JSON.stringify({ reports: COUNT, items, sqliteMs, sqliteAgainMs, xlsxMs, dbMB: +(statSync(db).size / 2 ** 20).toFixed(1), xlsxMB: +(statSync(xlsx).size / 2 ** 20).toFixed(1) })}\n`,
);
