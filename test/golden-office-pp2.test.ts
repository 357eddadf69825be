/**
 * Plan-progress reports in forms written blind, made by an office suite
 * (fixtures/office-pp2, made by scripts/fixtures/office-pp2/): a Calc 進捗状況調査表 with a
 * two-row header (進捗状況 and 実施状況と問題点 a column per year, 指標 over its label and
 * values) and an item cut by a page break between its indicator rows; a Calc 達成度一覧
 * under a kanji 令和五年度 with a tally above it; a Writer 基本施策評価シート with two-letter
 * grades and a legend per letter; a Writer 施策事業の進捗 with a table under each ●施策1-1
 * heading, numbered again under each. Each as its PDF, its `pdftotext -raw` text and a
 * one-line テキスト版. Detection is not forced.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';
import { compareToExpected } from './support/compare.js';

const DIR = 'fixtures/office-pp2';
const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.slice(0, -'.expected.json'.length))
  .sort();
const expected = (name: string) => JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8'));

/**
 * Texts that cannot give every field, checked below for what they do give: `pdftotext -raw`
 * of wide tables whose cells wrap (a row's cells run one after the other).
 */
const PARTIAL = new Set([
  'plan-progress.chousahyo-calc.raw.txt',
  'plan-progress.shisaku-jigyo.raw.txt',
  'plan-progress.tassei-kanji.raw.txt',
]);

const cases = names
  .flatMap((name) => ['pdf', 'raw.txt', 'oneline.txt'].map((ext) => [name, ext] as const))
  .filter(([name, ext]) => !PARTIAL.has(`${name}.${ext}`));

describe('golden: blind plan-progress forms from an office suite', () => {
  it('finds the four documents', () => {
    expect(names).toHaveLength(4);
  });

  it.each(cases)('%s.%s reads to its expected JSON, without warnings', async (name, ext) => {
    const out = await extract(join(DIR, `${name}.${ext}`));
    expect(out.kind).toBe('plan-progress');
    const result = compareToExpected(expected(name), out);
    expect(result.misses, `${result.misses.length} of ${result.total} expected values missed`).toEqual([]);
    expect(result.spurious, 'records not in the expected output').toEqual([]);
    expect(out.warnings.map((w) => w.code)).toEqual([]);
  });

  it('plan-progress.chousahyo-calc.raw.txt: fails cleanly rather than guess the cells of a wrapped table', async () => {
    await expect(extract(join(DIR, 'plan-progress.chousahyo-calc.raw.txt'))).rejects.toMatchObject({
      code: 'TEXT_MODE_UNSUPPORTED',
      message: expect.stringMatching(/^text in a spreadsheet export's order/),
    });
  });

  it.each(['plan-progress.shisaku-jigyo.raw.txt', 'plan-progress.tassei-kanji.raw.txt'])(
    '%s: gives no record the document lacks, and warns of what it does not read',
    async (file) => {
      const want = expected(file.replace(/\.(raw|oneline)\.txt$/, ''));
      const out = await extract(join(DIR, file));
      expect(out.kind).toBe('plan-progress');
      if (out.kind !== 'plan-progress') return;
      expect(out.items.length).toBeGreaterThan(0);
      expect(compareToExpected(want, out).spurious).toEqual([]);
      expect(out.warnings.length).toBeGreaterThan(0);
    },
  );
});
