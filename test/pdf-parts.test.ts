/**
 * A PDF read in parts by several reader processes is the same document as one read by one:
 * the parts cover the pages in order, the steps across pages run after they are put
 * together, and a row cut by a page break at a part's edge is still joined.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { assembleLayout, pagesOfPart, type LayoutPart } from '../src/input/layout-parts.js';
import { FIXTURES, ROOT, runCli, tempDir } from './cli-helpers.js';

interface Pool {
  readPdf(bytes: Uint8Array, options: object): Promise<unknown>;
  close(): Promise<void>;
}
type PoolClass = new (size: number, script: URL, limits?: object, minPagesPerPart?: number) => Pool;

function pdfsUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? pdfsUnder(join(dir, e.name)) : e.name.endsWith('.pdf') ? [join(dir, e.name)] : []))
    .sort();
}

describe('pagesOfPart', () => {
  it('gives every selected page to exactly one part, in order, the first part the fewest', () => {
    for (let n = 0; n <= 70; n++) {
      const selected = Array.from({ length: n }, (_, i) => i + 1);
      for (let of = 1; of <= 6; of++) {
        const parts = Array.from({ length: of }, (_, index) => pagesOfPart(selected, { index, of }));
        expect(parts.flat()).toEqual(selected);
        if (n >= 20 && of > 1) expect(parts[0]!.length).toBeLessThan(parts[1]!.length);
      }
    }
  });
});

describe('assembleLayout', () => {
  const part = (pages: number, withText: number, controls?: LayoutPart['controlCharacters']): LayoutPart => ({
    pageCount: 9,
    pages: Array.from({ length: pages }, (_, i) => ({ page: i + 1, width: 100, height: 100, lines: [], tables: [], blocks: [] }) as never),
    withText,
    ...(controls ? { controlCharacters: controls } : {}),
  });

  it('counts the control characters of every part and names the first', () => {
    const doc = assembleLayout([part(1, 1), part(1, 1, { count: 2, first: 'U+0001', page: 2 }), part(1, 1, { count: 3, first: 'U+0000', page: 3 })]);
    expect(doc.controlCharacters).toEqual({ count: 5, first: 'U+0001', page: 2 });
    expect(doc.pageCount).toBe(9);
  });

  it('fails as having no text layer only when no part has text', () => {
    expect(() => assembleLayout([part(2, 0), part(2, 0)], { file: 'x.pdf' })).toThrow(/no text layer/);
    expect(assembleLayout([part(2, 0), part(2, 1)]).pages).toHaveLength(4);
  });
});

describe('a PDF split across reader processes', () => {
  let WorkerPool: PoolClass;
  let readPdf: (bytes: Uint8Array, options?: object) => Promise<unknown>;
  const worker = pathToFileURL(join(ROOT, 'dist/readers/worker.js'));
  const outcome = (read: Promise<unknown>) => read.then((doc) => ({ doc }), (e: { code: string; message: string }) => ({ error: `${e.code}: ${e.message}` }));

  beforeAll(async () => {
    ({ WorkerPool } = (await import(pathToFileURL(join(ROOT, 'dist/readers/pool.js')).href)) as { WorkerPool: PoolClass });
    ({ readPdf } = (await import(pathToFileURL(join(ROOT, 'dist/input/pdf/index.js')).href)) as { readPdf: typeof readPdf });
  });

  it('reads every fixture PDF into the same layout (or error) in 1, 2 and 3 parts', async () => {
    const pdfs = pdfsUnder(FIXTURES);
    expect(pdfs.length).toBeGreaterThan(20);
    const pools = [1, 2, 3].map((n) => new WorkerPool(n, worker, undefined, 1));
    try {
      for (const path of pdfs) {
        const bytes = new Uint8Array(readFileSync(path));
        const options = { file: path };
        const whole = await outcome(readPdf(bytes, options));
        for (const pool of pools) expect(await outcome(pool.readPdf(bytes, options)), path).toEqual(whole);
      }
    } finally {
      await Promise.all(pools.map((p) => p.close()));
    }
  }, 600_000);

  it('fails on the first part with an error, as one reader would', async () => {
    const pool = new WorkerPool(3, worker, undefined, 1);
    try {
      const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'consultation-report.kurume.pdf')));
      await expect(pool.readPdf(bytes, { limits: { operatorsPerPage: 1 } })).rejects.toThrow(/^page 1 has more drawing operators/);
      await expect(pool.readPdf(bytes, { pages: [1, 2, 99] })).rejects.toThrow(/page 99 is out of range/);
    } finally {
      await pool.close();
    }
  }, 120_000);
});

describe('a long table split across readers, rows cut at the parts’ edges', () => {
  /** Pages 1–2 of the variant fixture over and over: each page 1 ends in item 7's row, cut by the page break. */
  const PAGES = 50;
  let dir: string;
  let pdf: string;

  beforeAll(async () => {
    dir = tempDir();
    pdf = join(dir, 'long-table.pdf');
    const source = await PDFDocument.load(readFileSync(join(FIXTURES, 'plan-progress.variant.pdf')));
    const out = await PDFDocument.create();
    for (const page of await out.copyPages(source, Array.from({ length: PAGES }, (_, i) => i % 2))) out.addPage(page);
    writeFileSync(pdf, await out.save());
  });

  it('cuts a row at a part edge for 2 and 3 readers', () => {
    const selected = Array.from({ length: PAGES }, (_, i) => i + 1);
    for (const of of [2, 3]) {
      const starts = Array.from({ length: of - 1 }, (_, i) => pagesOfPart(selected, { index: i + 1, of })[0]!);
      // a part starting on an even page starts with the rest of item 7's row
      expect(starts.some((p) => p % 2 === 0), `${of} parts start at ${starts}`).toBe(true);
    }
  });

  it('gives the same JSON with --jobs 1, 2 and 3, every cut row joined', async () => {
    const runs = [];
    for (const jobs of [1, 2, 3]) runs.push(await runCli([pdf, '--no-metrics', '--jobs', String(jobs), '-q'], { timeoutMs: 300_000 }));
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    expect(runs[1]!.stdout.equals(runs[0]!.stdout)).toBe(true);
    expect(runs[2]!.stdout.equals(runs[0]!.stdout)).toBe(true);
    const doc = JSON.parse(runs[0]!.stdout.toString('utf8')) as { items: Array<{ no: number; assessment: string; department: string }> };
    const expected = JSON.parse(readFileSync(join(FIXTURES, 'plan-progress.variant.expected.json'), 'utf8')) as { items: Array<{ no: number; assessment: string; department: string }> };
    const seven = expected.items.find((i) => i.no === 7)!;
    const sevens = doc.items.filter((i) => i.no === 7);
    expect(sevens).toHaveLength(PAGES / 2);
    for (const item of sevens) expect({ assessment: item.assessment, department: item.department }).toEqual({ assessment: seven.assessment, department: seven.department });
  }, 600_000);
});
