/**
 * Plan-progress documents in forms and wordings no other fixture uses (fixtures/heldout-pp,
 * made by scripts/fixtures/heldout-pp/): a 進捗状況調査表 as one wide table, a 管理表 with
 * kanji-numeral years, a 施策評価シート with 成果指標 across H/R years, and a LibreOffice
 * Calc 実施状況評価表. Detection is not forced: each must be found as plan-progress.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';
import { compareToExpected } from './support/compare.js';

const DIR = 'fixtures/heldout-pp';
const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.slice(0, -'.expected.json'.length))
  .sort();
const expected = (name: string) => JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8'));

/**
 * `pdftotext -raw` texts of wide tables whose cells wrap: a row's cells come one after
 * the other, each over many lines, with no mark of where one ends (and Calc's text puts
 * the wrapped cells after all rows of the page). They are checked for honesty below,
 * not for every field.
 */
const WRAPPED_TABLE_TEXTS = new Set(['plan-progress.chousa-table.txt', 'plan-progress.calc-hyoka.txt']);

const cases = names
  .flatMap((name) => ['pdf', 'txt', 'oneline.txt'].map((ext) => [name, ext] as const))
  .filter(([name, ext]) => !WRAPPED_TABLE_TEXTS.has(`${name}.${ext}`));

describe('golden: plan-progress documents of unseen forms', () => {
  it('finds the four documents', () => {
    expect(names.length).toBeGreaterThanOrEqual(4);
  });

  it.each(cases)('%s.%s reads to its expected JSON, without warnings', async (name, ext) => {
    const want = expected(name);
    const out = await extract(join(DIR, `${name}.${ext}`));
    expect(out.kind).toBe('plan-progress');
    const result = compareToExpected(want, out);
    expect(result.misses, `${result.misses.length} of ${result.total} expected values missed`).toEqual([]);
    expect(result.spurious, 'records not in the expected output').toEqual([]);
    expect(out.warnings.map((w) => w.code)).toEqual([]);
  });

  it('plan-progress.calc-hyoka.txt: reads the rows\' own lines, warns, and gives no wrong value', async () => {
    const want = expected('plan-progress.calc-hyoka');
    const out = await extract(join(DIR, 'plan-progress.calc-hyoka.txt'));
    expect(out.warnings.map((w) => w.code)).toEqual(['cells-out-of-order', 'cells-out-of-order', 'low-coverage']);
    const result = compareToExpected(want, out);
    expect(result.spurious).toEqual([]);
    // numbers, one-line names, grades (by the legend printed under the table) and headings are right
    const kept = /\.(no|achievement|direction|page|section\.\w+|subsection\.\w+)$/;
    expect(result.misses.filter((m) => kept.test(m.split(':')[0]!))).toEqual([]);
  });

  it('plan-progress.chousa-table.txt: fails cleanly rather than guess the cells of a wrapped wide table', async () => {
    // and says what to give instead
    await expect(extract(join(DIR, 'plan-progress.chousa-table.txt'))).rejects.toThrow(/no plan-progress records found; .*give the PDF or the city's one-line テキスト版/);
  });
});
