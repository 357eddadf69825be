/**
 * PDFs from producers other than the seed fixtures' Chromium: every
 * fixtures/generated/NAME.pdf with a NAME.expected.json beside it (made by
 * scripts/make-plan-progress-pdfs.mjs and the other generators there) must extract
 * to its expected output, records, pages and consistency warnings included.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';
import { compareToExpected, expectedWarningsOf, warningsOf } from './support/compare.js';

const DIR = 'fixtures/generated';

const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.pdf'))
  .map((f) => f.slice(0, -'.pdf'.length))
  .filter((name) => existsSync(join(DIR, `${name}.expected.json`)))
  .sort();

describe('golden: generated PDF variants', () => {
  it('finds the generated PDFs', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)('%s.pdf extracts to its expected JSON', async (name) => {
    const want = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8'));
    const out = await extract(join(DIR, `${name}.pdf`));
    expect(out.kind).toBe(want.kind);
    expect(out.source.format).toBe('pdf');
    const result = compareToExpected(want, out);
    expect(result.misses, `${result.misses.length} of ${result.total} expected values missed`).toEqual([]);
    expect(result.spurious, 'records not in the expected output').toEqual([]);
    expect(warningsOf(out)).toEqual(expectedWarningsOf(want));
  });
});
