/**
 * Other cities' plan-progress forms (fixtures/forms, made by
 * scripts/fixtures/plan-progress-forms.mjs): every document as its Chromium PDF, its
 * `pdftotext -raw` and `-layout` texts and its one-line テキスト版 must read field for
 * field. (`pdftotext` in its default mode puts a left column's labels apart from their
 * values; it is not read.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareToExpected } from './support/compare.js';
import { extract } from '../src/api.js';

const DIR = 'fixtures/forms';
const names = readdirSync(DIR)
  .filter((f) => f.startsWith('plan-progress') && f.endsWith('.expected.json'))
  .map((f) => f.slice(0, -'.expected.json'.length))
  .sort();
const cases = names.flatMap((name) => ['pdf', 'txt', 'layout.txt', 'oneline.txt'].map((ext) => [name, ext] as const));

describe('golden: plan-progress in other cities\' forms', () => {
  it('finds the five forms', () => {
    expect(names.length).toBeGreaterThanOrEqual(5);
  });

  it.each(cases)('%s.%s reads to its expected JSON', async (name, ext) => {
    const want = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8'));
    const out = await extract(join(DIR, `${name}.${ext}`), { kind: 'plan-progress' });
    const result = compareToExpected(want, out);
    expect(result.misses, `${result.misses.length} of ${result.total} expected values missed`).toEqual([]);
    expect(result.spurious, 'records not in the expected output').toEqual([]);
  });
});
