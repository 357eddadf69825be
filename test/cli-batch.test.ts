/**
 * The CI job: a folder with the fixture PDFs, their texts and one corrupt file,
 * converted with `-o out/ --format csv`. Every good file's CSV tables are written,
 * the bad one is named on stderr, the exit code is 1. Asserts on files and exit
 * codes, not on parsed values.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvRecords, FIXTURES, runCli, tempDir } from './cli-helpers.js';

const TABLES: Record<string, string[]> = {
  'plan-progress': ['document', 'items', 'item-metrics', 'goals', 'indicators', 'indicator-values', 'summaries', 'scales'],
  'target-sheet': ['document', 'sheets', 'actuals', 'reviews', 'council-opinions'],
  'consultation-report': ['document', 'charts', 'chart-slices', 'plan-tables', 'counts'],
};

describe('a folder of reports to CSV', () => {
  it('writes every good file\'s tables, names the corrupt one, exits 1', { timeout: 180_000 }, async (t) => {
    const dir = tempDir(t);
    const reports = join(dir, 'reports');
    const good = readdirSync(FIXTURES).filter((f) => /\.(pdf|txt)$/.test(f)).sort();
    expect(good.filter((f) => f.endsWith('.pdf')).length).toBeGreaterThanOrEqual(3);
    mkdirSync(reports);
    for (const f of good) copyFileSync(join(FIXTURES, f), join(reports, f));
    const pdf = readFileSync(join(FIXTURES, 'target-sheet.kitakyushu.pdf'));
    writeFileSync(join(reports, 'corrupt.pdf'), pdf.subarray(0, 4000));

    const out = join(dir, 'out');
    const r = await runCli([reports, '-o', `${out}/`, '--format', 'csv'], { cwd: dir, timeoutMs: 170_000 });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^plan-extract: .*corrupt\.pdf: .+$/m);
    expect(r.stderr).toContain(`plan-extract: ${good.length} converted, 1 failed, `);

    const written = readdirSync(out);
    expect(written.filter((f) => f.startsWith('corrupt'))).toEqual([]);
    const base = (f: string) => f.replace(/\.(pdf|txt)$/, '');
    for (const f of good) {
      // a PDF and a text of the same report share a base name, so both keep their extension
      const stem = good.filter((g) => base(g) === base(f)).length > 1 ? f : base(f);
      const tables = written
        .filter((w) => w.startsWith(`${stem}.`) && !w.slice(stem.length + 1, -4).includes('.'))
        .map((w) => w.slice(stem.length + 1, -4))
        .sort();
      const kind = Object.keys(TABLES).find((k) => [...TABLES[k]!].sort().join() === tables.join());
      expect(kind, `${f}: ${tables.join(', ')}`).toBeDefined();
      const document = csvRecords(readFileSync(join(out, `${stem}.document.csv`)));
      expect(document).toEqual([expect.objectContaining({ file: f, kind })]);
    }
  });
});
