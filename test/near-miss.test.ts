/**
 * Documents that are none of the kinds but share some of their words: detect says
 * unknown, and a forced kind fails with one line, never an empty or invented result.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect, extract, KIND_NAMES, PlanExtractError } from '../src/api.js';
import { runCli } from './cli-helpers.js';

const DIR = 'fixtures/near-miss';
const files = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();

describe('near-miss documents', () => {
  it('has the four of them', () => {
    expect(files).toEqual(['budget.txt', 'contents.txt', 'minutes.txt', 'statistics.txt']);
  });

  it.each(files)('%s: detect says unknown', async (file) => {
    expect((await detect(join(DIR, file))).kind).toBeNull();
  });

  it.each(files)('%s: every forced kind fails as a mismatch or without records', async (file) => {
    for (const kind of KIND_NAMES) {
      const failure = await extract(join(DIR, file), { kind, metrics: false }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(failure, kind).toBeInstanceOf(PlanExtractError);
      expect(['KIND_MISMATCH', 'NO_RECORDS']).toContain((failure as PlanExtractError).code);
    }
  });

  it('fails on the command line with one line and a non-zero exit', async () => {
    const input = join(DIR, 'minutes.txt');
    for (const kind of KIND_NAMES) {
      const r = await runCli([input, '--kind', kind, '--no-metrics']);
      expect(r.code).not.toBe(0);
      expect(r.stdout.length).toBe(0);
      expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    }
  });
});
