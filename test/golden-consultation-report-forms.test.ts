/**
 * Other cities' consultation reports (fixtures/forms/consultation-report.*, made by
 * scripts/fixtures/forms-html.mjs; expected outputs written by hand): each document as
 * the city's one-line text version, as a Chromium PDF and as that PDF's `pdftotext -raw`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';
import { compareToExpected } from './support/compare.js';

const fixture = (name: string) => new URL(`../fixtures/forms/${name}`, import.meta.url).pathname;
const expected = (name: string): any => JSON.parse(readFileSync(fixture(`${name}.expected.json`), 'utf8'));

const FORMS = [
  ['deck', '■ headings over doughnuts, a bar chart of counts and a 件数/構成比 table', { singlePage: false }],
  ['prose', 'prose statistics under year headings, shares in brackets and 全体の…%', { singlePage: true }],
] as const;

describe('consultation-report forms of other cities', () => {
  for (const [name, what, { singlePage }] of FORMS) {
    for (const source of ['txt', 'raw.txt', 'pdf']) {
      it(`reads the ${what} from its ${source}`, async () => {
        const doc = await extract(fixture(`consultation-report.${name}.${source}`), { kind: 'consultation-report' });
        // a one-page text has no page breaks, and a deck's text without them has no pages (README)
        const ignorePage = singlePage && source !== 'pdf';
        const result = compareToExpected(expected(`consultation-report.${name}`), doc, { ignorePage });
        expect([...result.misses, ...result.spurious]).toEqual([]);
        expect(result.matched).toBe(result.total);
        expect(doc.warnings).toEqual([]);
      });
    }
  }
});
