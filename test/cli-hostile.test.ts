/**
 * Hostile PDFs (scripts/hostile-pdfs.mjs, made here into a temporary directory): each ends
 * quickly with one line and exit 1, alone or in a batch whose good files are still written;
 * and the reader processes' own bounds (time, memory) and stderr stay the CLI's business.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PDFS, ROOT, fixture, runCli, tempDir } from './cli-helpers.js';

const { writeHostilePdfs } = (await import(pathToFileURL(join(ROOT, 'scripts', 'hostile-pdfs.mjs')).href)) as {
  writeHostilePdfs(dir: string): Promise<Record<string, string>>;
};

const EXPECTED: Record<string, RegExp> = {
  'text-bomb.pdf': /page 1's content decompresses to more than the limit of 32 MB per page$/,
  'space-bomb.pdf': /page 1's content decompresses to more than the limit of 32 MB per page$/,
  'deep-forms.pdf': /page 1 nests Form XObjects deeper than the limit of 32 levels$/,
  'many-pages.pdf': /2,000 pages to read, over the limit of 1,000 pages \(raise it with --max-pages, or choose pages with --pages\)$/,
};
/** What a hostile file may take at most, by the measure (a loaded machine included). */
const MAX_MS = 60_000;

let dir: string;
let hostile: Record<string, string>;

beforeAll(async () => {
  dir = tempDir();
  hostile = await writeHostilePdfs(join(dir, 'hostile'));
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hostile PDFs', () => {
  for (const [name, problem] of Object.entries(EXPECTED)) {
    it(`${name}: one line, exit 1, within ${MAX_MS / 1000} s`, async () => {
      const started = Date.now();
      const r = await runCli([hostile[name]!], { timeoutMs: 120_000 });
      expect(Date.now() - started).toBeLessThan(MAX_MS);
      expect(r.code).toBe(1);
      expect(r.stdout.length).toBe(0);
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^plan-extract: .*${name.replace('.', '\\.')}: `));
      expect(lines[0]).toMatch(problem);
    }, 150_000);
  }

  it('a batch with all of them still writes every good file', async () => {
    const batch = join(dir, 'batch');
    mkdirSync(batch);
    for (const f of FIXTURE_PDFS) copyFileSync(fixture(f), join(batch, f));
    for (const path of Object.values(hostile)) copyFileSync(path, join(batch, path.split('/').pop()!));
    const out = join(dir, 'out');
    const started = Date.now();
    const r = await runCli([batch, '-o', out, '-j', '2', '--no-metrics'], { timeoutMs: 240_000 });
    expect(Date.now() - started).toBeLessThan(2 * MAX_MS);
    expect(r.code).toBe(1);
    for (const f of FIXTURE_PDFS) {
      const kind = f.split('.')[0]!;
      expect(existsSync(join(out, f.replace(/\.pdf$/, `.${kind}.json`)))).toBe(true);
    }
    const lines = r.stderr.trimEnd().split('\n');
    // failures, ok lines and the summary: no stack traces, no pdf.js or V8 noise
    expect(lines.every((l) => /^(plan-extract: |ok {2})/.test(l))).toBe(true);
    expect(lines.filter((l) => / failed|content decompresses|nests Form|pages to read/.test(l) && !/converted/.test(l))).toHaveLength(4);
    expect(lines.at(-1)).toBe(`plan-extract: ${FIXTURE_PDFS.length} converted, 4 failed, 0 warnings`);
  }, 300_000);
});

describe('reader processes', () => {
  const script = (body: string) =>
    spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { readFileSync } from 'node:fs';
const { WorkerPool } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist/readers/pool.js')).href)});
const worker = new URL(${JSON.stringify(pathToFileURL(join(ROOT, 'dist/readers/worker.js')).href)});
${body}`,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );

  it('kill a reader past its memory or time and fail only its PDF', () => {
    const r = script(`
const read = async (limits) => {
  const pool = new WorkerPool(1, worker, limits);
  try { await pool.readPdf(readFileSync(${JSON.stringify(fixture('plan-progress.kitakyushu.pdf'))}), {}); return 'read'; }
  catch (e) { return e.code + ': ' + e.message; }
  finally { await pool.close(); }
};
console.log(await read({ timeoutMs: 60000, memoryBytes: 40 * 1024 * 1024 }));
console.log(await read({ timeoutMs: 1, memoryBytes: 1 << 30 }));
console.log(await read({ timeoutMs: 60000, memoryBytes: 1 << 30 }));`);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n').slice(0, 3)).toEqual([
      'MEMORY_LIMIT: reading the PDF needed more than the limit of 40 MB of memory',
      'TIMEOUT: reading the PDF took longer than the limit of 0.001 s',
      'read',
    ]);
  }, 150_000);

  it('stay up from one PDF to the next; one killed past its memory fails only its PDF and is replaced', () => {
    // one reader, so the PDFs after the bomb are read by its replacement
    const r = script(`
const pool = new WorkerPool(1, worker, { timeoutMs: 120000, memoryBytes: 400 * 1024 * 1024 });
const good = readFileSync(${JSON.stringify(fixture('target-sheet.kitakyushu.pdf'))});
const bomb = readFileSync(${JSON.stringify(hostile['text-bomb.pdf'])});
const read = (bytes, options) => pool.readPdf(bytes, options).then((doc) => 'read ' + doc.pages.length, (e) => e.code);
console.log((await Promise.all([read(good, {}), read(bomb, { limits: { pageContentBytes: 1 << 30, contentBytes: 1 << 30 } }), read(good, {}), read(good, {})])).join(', '));
await pool.close();`);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('read 2, MEMORY_LIMIT, read 2, read 2');
  }, 150_000);

  it("keep pdf.js's stack overflows on deep nesting off the user's stderr", () => {
    // the nesting bound lifted, pdf.js itself meets the 5,000 levels
    const r = script(`
const pool = new WorkerPool(1, worker, { timeoutMs: 60000, memoryBytes: 1 << 30 });
try { await pool.readPdf(readFileSync(${JSON.stringify(hostile['deep-forms.pdf'])}), { limits: { nesting: 1e6 } }); console.log('read'); }
catch (e) { console.log('failed', e.code); }
finally { await pool.close(); }`);
    expect(r.stdout).toMatch(/^(read|failed [A-Z_]+)\n$/);
    expect(r.stderr).toBe('');
  }, 150_000);

  it('the hostile files are small: the bombs come from compression', () => {
    expect(readFileSync(hostile['text-bomb.pdf']!).length).toBeLessThan(4 * 1024 * 1024);
    expect(readFileSync(hostile['space-bomb.pdf']!).length).toBeLessThan(2 * 1024 * 1024);
  });
});
