/**
 * Every clean fixture, PDF and text, converts without a warning the expected JSON does
 * not list, and with most of its body text read: a correct report passes --strict.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';
import { DEFAULT_MIN_COVERAGE } from '../src/validate/coverage.js';
import { expectedWarningsOf, warningsOf } from './support/compare.js';

const DIRS = ['fixtures', 'fixtures/generated'];

/** Inputs with an expected JSON beside them: `NAME.pdf`, `NAME.txt`, `NAME.raw.txt` of `NAME.expected.json`. */
const cases = DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => /\.(pdf|txt)$/.test(f))
    .map((f) => ({ input: join(dir, f), expected: join(dir, `${f.replace(/(\.raw)?\.(pdf|txt)$/, '')}.expected.json`) }))
    .filter((c) => existsSync(c.expected)),
).sort((a, b) => a.input.localeCompare(b.input));

describe('clean fixtures', () => {
  it('finds them', () => {
    expect(cases.length).toBeGreaterThan(30);
  });

  it.each(cases)('$input: only the expected warnings, coverage above the minimum', async ({ input, expected }) => {
    const want = JSON.parse(readFileSync(expected, 'utf8'));
    const out = await extract(input);
    expect(warningsOf(out)).toEqual(expectedWarningsOf(want));
    expect(out.coverage).toBeGreaterThan(DEFAULT_MIN_COVERAGE);
  });
});
