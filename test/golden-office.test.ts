/**
 * PDFs made by an office suite (scripts/fixtures/office/: .xlsx, .docx and .pptx
 * written by a script and exported by LibreOffice Calc, Writer and Impress), and
 * their `pdftotext -raw` texts: every fixtures/office/NAME.pdf must extract to its
 * NAME.expected.json, and so must NAME.txt unless listed below with what it misses.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';
import { compareToExpected } from './support/compare.js';

const DIR = 'fixtures/office';

const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.pdf'))
  .map((f) => f.slice(0, -'.pdf'.length))
  .filter((name) => existsSync(join(DIR, `${name}.expected.json`)))
  .sort();

const expected = (name: string) => JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8'));

describe('golden: office-suite PDFs', () => {
  it('finds the Calc, Writer and Impress fixtures', () => {
    expect(cases.map((c) => c.split('.')[1])).toEqual(expect.arrayContaining(['calc', 'writer', 'impress']));
  });

  it.each(cases)('%s.pdf extracts to its expected JSON', async (name) => {
    const want = expected(name);
    const out = await extract(join(DIR, `${name}.pdf`));
    expect(out.kind).toBe(want.kind);
    const result = compareToExpected(want, out);
    expect(result.misses, `${result.misses.length} of ${result.total} expected values missed`).toEqual([]);
    expect(result.spurious, 'records not in the expected output').toEqual([]);
    expect(out.warnings.map((w) => ({ code: w.code, page: w.page }))).toEqual(want.expectedWarnings ?? []);
  });

  it.each(cases.filter((name) => !name.endsWith('.calc')))('%s.txt (pdftotext -raw) extracts to its expected JSON', async (name) => {
    const want = expected(name);
    const out = await extract(join(DIR, `${name}.txt`));
    expect(out.kind).toBe(want.kind);
    const result = compareToExpected(want, out);
    expect(result.misses, `${result.misses.length} of ${result.total} expected values missed`).toEqual([]);
    expect(result.spurious, 'records not in the expected output').toEqual([]);
  });
});
