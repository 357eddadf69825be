/**
 * Consultation reports made by an office suite in forms the other fixtures lack
 * (fixtures/cr-office/, made by scripts/fixtures/cr-office/; expected outputs written by
 * hand): a Calc 相談実績報告 with a table of figures over three fiscal years, a Writer
 * 事業報告 with a table of two count columns, an Impress deck of clustered column charts
 * comparing three fiscal years and a table slide of figures by year. Each PDF and its
 * `pdftotext -raw` text is read with the kind detected, as a user would run it. Calc prints
 * the `メール・FAX` label (a cell holding a `・`, drawn as wrapped ones are) at the page's end,
 * away from its figures: the text reader gives the row its label back from there.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';
import { compareToExpected } from './support/compare.js';

const DIR = 'fixtures/cr-office';
const expected = (name: string): any => JSON.parse(readFileSync(`${DIR}/${name}.expected.json`, 'utf8'));

const DOCUMENTS = ['consultation-report.calc-yamabe', 'consultation-report.writer-kawabe', 'consultation-report.impress-mizuho'] as const;

describe('golden: office-made consultation reports in other forms', () => {
  for (const name of DOCUMENTS) {
    for (const source of ['pdf', 'raw.txt'] as const) {
      it(`${name}.${source} extracts to its expected JSON`, async () => {
        const want = expected(name);
        const doc = await extract(`${DIR}/${name}.${source}`);
        expect(doc.kind).toBe(want.kind);
        const result = compareToExpected(want, doc);
        expect(result.misses, `${result.misses.length} of ${result.total} expected values missed`).toEqual([]);
        expect(result.spurious, 'records not in the expected output').toEqual([]);
        expect(doc.warnings.map((w) => ({ code: w.code, page: w.page }))).toEqual(want.expectedWarnings ?? []);
      });
    }
  }
});
