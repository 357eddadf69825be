/**
 * The library's time and memory bounds: extract() with timeoutMs, maxMemoryMb or an
 * AbortSignal reads a PDF in a reader process and ends with a typed error when the read
 * goes past them, as the CLI does; the document is the same as one read in this thread.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type * as Api from '../src/api.js';
import { fixture, ROOT, tempDir } from './cli-helpers.js';

const { writeHostilePdfs } = (await import(pathToFileURL(join(ROOT, 'scripts', 'hostile-pdfs.mjs')).href)) as {
  writeHostilePdfs(dir: string): Promise<Record<string, string>>;
};

// the built library: its reader process runs dist/readers/worker.js
let api: typeof Api;
let hostile: Record<string, string>;
const PDF = fixture('plan-progress.kitakyushu.pdf');

beforeAll(async () => {
  api = (await import(pathToFileURL(join(ROOT, 'dist/api.js')).href)) as typeof Api;
  hostile = await writeHostilePdfs(tempDir());
});

/** The error extract fails with, as code and message; fails the test when extract succeeds. */
async function failure(run: Promise<unknown>): Promise<{ code: string; message: string; typed: boolean; file?: string }> {
  try {
    await run;
  } catch (e) {
    const err = e as { code: string; message: string; file?: string };
    return { code: err.code, message: err.message, typed: api.isPlanExtractError(e), ...(err.file !== undefined ? { file: err.file } : {}) };
  }
  throw new Error('extract succeeded');
}

describe('extract with timeoutMs, maxMemoryMb and signal', () => {
  it('gives the same document as a read in this thread', async () => {
    const plain = await api.extract(PDF, { metrics: false });
    expect(await api.extract(PDF, { metrics: false, timeoutMs: 120_000, maxMemoryMb: 1024 })).toEqual(plain);
  }, 120_000);

  it('fails with TIMEOUT past the time, naming the file', async () => {
    expect(await failure(api.extract(PDF, { timeoutMs: 1 }))).toEqual({
      code: 'TIMEOUT',
      message: 'reading the PDF took longer than the limit of 0.001 s',
      typed: true,
      file: PDF,
    });
  }, 60_000);

  it('fails with MEMORY_LIMIT past the memory', async () => {
    const e = await failure(api.extract(PDF, { maxMemoryMb: 40 }));
    expect(e).toMatchObject({ code: 'MEMORY_LIMIT', typed: true });
    expect(e.message).toBe('reading the PDF needed more than the limit of 40 MB of memory');
  }, 60_000);

  it('fails with INTERRUPTED when the signal is aborted, before or during the read', async () => {
    expect(await failure(api.extract(PDF, { signal: AbortSignal.abort() }))).toMatchObject({ code: 'INTERRUPTED', typed: true });
    const started = Date.now();
    expect(await failure(api.extract(PDF, { signal: AbortSignal.timeout(50) }))).toMatchObject({ code: 'INTERRUPTED', typed: true });
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 60_000);

  it('refuses bounds that are not positive numbers', async () => {
    expect(await failure(api.extract(PDF, { timeoutMs: 0 }))).toMatchObject({ code: 'USAGE', typed: true });
    expect(await failure(api.extract(PDF, { maxMemoryMb: Number.NaN }))).toMatchObject({ code: 'USAGE', typed: true });
  });

  it('ends hostile PDFs promptly with their typed errors', async () => {
    for (const [name, code] of [
      ['text-bomb.pdf', 'PDF_PAGE_CONTENT_TOO_LARGE'],
      ['deep-forms.pdf', 'PDF_NESTING_TOO_DEEP'],
      ['many-pages.pdf', 'TOO_MANY_PAGES'],
    ] as const) {
      const started = Date.now();
      expect(await failure(api.extract(hostile[name]!, { timeoutMs: 60_000, maxMemoryMb: 1024 })), name).toMatchObject({ code, typed: true });
      expect(Date.now() - started, name).toBeLessThan(60_000);
    }
  }, 240_000);
});
