/**
 * Other cities' target-sheet forms (fixtures/forms/target-sheet.*, made by
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
  ['kanri', '管理シート of numbered goals (目標値: / 目標値設定の考え方: / 【実績値】 by year)'],
  ['soukatsu', '総括 with 【成果目標】 statements and a goal / result / rate table'],
  ['mikomi', 'PDCA sheet with an H30 R元 R2 R3(見込) header, kanji years and 戶 for 戸'],
] as const;

describe('target-sheet forms of other cities', () => {
  for (const [name, what] of FORMS) {
    for (const source of ['txt', 'raw.txt', 'pdf']) {
      it(`reads the ${what} from its ${source}`, async () => {
        const doc = await extract(fixture(`target-sheet.${name}.${source}`), { kind: 'target-sheet' });
        const result = compareToExpected(expected(`target-sheet.${name}`), doc);
        expect([...result.misses, ...result.spurious]).toEqual([]);
        expect(result.matched).toBe(result.total);
        expect(doc.warnings.map((w) => ({ code: w.code, page: w.page }))).toEqual([]);
      });
    }
  }
});
