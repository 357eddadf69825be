/**
 * Other cities' forms, office-suite reports and held-out documents in pdftotext's default and
 * -layout modes (fixtures/text-modes-forms, made by scripts/fixtures/text-modes.mjs):
 * each reads to its expected JSON or fails with TEXT_MODE_UNSUPPORTED — never exit 0
 * with fields wrong or missing and nothing said.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';
import { compareToExpected } from './support/compare.js';

const DIR = 'fixtures/text-modes-forms';
const SOURCES = ['fixtures/forms', 'fixtures/office', 'fixtures/heldout-ts-cr'];
const texts = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();
const expectedOf = (name: string) => {
  const dir = SOURCES.find((d) => readdirSync(d).includes(`${name}.expected.json`))!;
  return JSON.parse(readFileSync(`${dir}/${name}.expected.json`, 'utf8'));
};

describe('pdftotext default and -layout texts of the other forms', () => {
  it('has both modes of every such PDF', () => {
    expect(texts.length).toBeGreaterThanOrEqual(30);
  });

  it.each(texts)('%s reads to its expected JSON or fails clearly', async (file) => {
    const name = file.replace(/\.(default|layout)\.txt$/, '');
    let out;
    try {
      out = await extract(`${DIR}/${file}`);
    } catch (e) {
      expect((e as { code?: string }).code).toBe('TEXT_MODE_UNSUPPORTED');
      return;
    }
    const result = compareToExpected(expectedOf(name), out, { ignorePage: true });
    expect(result.misses).toEqual([]);
    expect(result.spurious).toEqual([]);
  });
});
