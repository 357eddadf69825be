/**
 * Target sheets and consultation reports in forms unlike the other fixtures
 * (fixtures/heldout-ts-cr/, made by scripts/fixtures/heldout-ts-cr/; expected outputs
 * written by hand): a 総括 without 達成率, a PDCA sheet worded 計画（Plan）…見直し（Action）,
 * a prose 事業報告 (Chromium PDFs, their `pdftotext -raw` and one-line テキスト版), and an
 * Impress deck with unmarked slide titles and inner-label charts (PDF and `-raw`).
 * Every input is read with the kind detected, as a user would run it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';
import { compareToExpected } from './support/compare.js';

const DIR = 'fixtures/heldout-ts-cr';
const expected = (name: string): any => JSON.parse(readFileSync(`${DIR}/${name}.expected.json`, 'utf8'));

const DOCUMENTS = [
  'target-sheet.soukatsu-norate',
  'target-sheet.pdca-plan-do',
  'consultation-report.jigyou-prose',
  'consultation-report.impress-nagisa',
] as const;

describe('golden: held-out-style target sheets and consultation reports', () => {
  for (const name of DOCUMENTS) {
    for (const source of ['pdf', 'raw.txt', 'txt']) {
      const file = `${DIR}/${name}.${source}`;
      if (!existsSync(file)) continue;
      it(`${name}.${source} extracts to its expected JSON`, async () => {
        const want = expected(name);
        const doc = await extract(file);
        expect(doc.kind).toBe(want.kind);
        // a one-page テキスト版 has no form feed, and a deck's text without page breaks has no pages (README)
        const ignorePage = source === 'txt' && want.kind === 'consultation-report';
        const result = compareToExpected(want, doc, { ignorePage });
        expect(result.misses, `${result.misses.length} of ${result.total} expected values missed`).toEqual([]);
        expect(result.spurious, 'records not in the expected output').toEqual([]);
        expect(doc.warnings.map((w) => ({ code: w.code, page: w.page }))).toEqual(want.expectedWarnings ?? []);
      });
    }
  }
});
