/**
 * What the CLI loads: --help, --version, schema and detect on a text never load pdf.js
 * or the kuromoji dictionary; detect reads a PDF with pdf.js (in a reader process) but still no dictionary.
 * Checked in-process (dictionaryLoaded()) and in a child process with a module
 * resolve hook that reports every pdfjs-dist or kuromoji module the CLI imports.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, ROOT, runInProcess, tempDir, tracedImports } from './cli-helpers.js';

/** The CLI in a child process, with the module names it imported from pdfjs-dist/kuromoji. */
function traced(dir: string, args: string[]): { status: number | null; loaded: string[] } {
  const r = tracedImports(dir, args);
  const loaded = r.loaded.filter((u) => /pdfjs-dist|kuromoji/.test(u)).map((u) => (/pdfjs-dist/.test(u) ? 'pdfjs' : 'kuromoji'));
  return { status: r.status, loaded: [...new Set(loaded)] };
}

describe('lazy loading', () => {
  // start-up time is measured by npm run bench (bench/RESULTS.md), not asserted here: a timed test fails on a busy machine
  it('--help, --version and schema load neither pdf.js nor kuromoji', async (t) => {
    const dir = tempDir(t);
    for (const args of [['--help'], ['--version'], ['schema', 'plan-progress'], ['convert', '--help']]) {
      const r = traced(dir, args);
      expect(r.status, args.join(' ')).toBe(0);
      expect(r.loaded, args.join(' ')).toEqual([]);
    }
  });

  it('detect loads pdf.js only for a PDF, and never the dictionary', async (t) => {
    const dir = tempDir(t);
    expect(traced(dir, ['detect', fixture('plan-progress.kitakyushu.txt')])).toMatchObject({ status: 0, loaded: [] });
    // a PDF is read by a reader process (src/readers/pool.ts): pdf.js loads there, never in the CLI's own
    expect(traced(dir, ['detect', fixture('plan-progress.kitakyushu.pdf')])).toMatchObject({ status: 0, loaded: [] });
    // converting a text with metrics does import kuromoji: the trace sees it when it happens
    expect(traced(dir, [fixture('plan-progress.kitakyushu.txt'), '-o', join(dir, 'x.json')]).loaded).toEqual(['kuromoji']);
    expect(traced(dir, [fixture('plan-progress.kitakyushu.txt'), '--no-metrics', '-o', join(dir, 'y.json')]).loaded).toEqual([]);
  });

  it('in-process, detect and --no-metrics conversion leave the dictionary unloaded', async (t) => {
    const dir = tempDir(t);
    const { dictionaryLoaded } = (await import(join(ROOT, 'dist', 'metrics', 'index.js'))) as { dictionaryLoaded(): boolean };
    const detect = await runInProcess(['detect', fixture('plan-progress.kitakyushu.txt'), fixture('target-sheet.kitakyushu.pdf')]);
    expect(detect.code).toBe(0);
    expect(detect.stdout.toString('utf8').split('\n').filter(Boolean)).toHaveLength(2);
    expect(dictionaryLoaded()).toBe(false);
    const convert = await runInProcess([fixture('plan-progress.kitakyushu.txt'), '--no-metrics', '--jobs', '1', '-o', join(dir, 'x.json')]);
    expect(convert.code).toBe(0);
    expect(dictionaryLoaded()).toBe(false);
  });
});
