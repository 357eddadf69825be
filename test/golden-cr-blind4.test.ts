/**
 * Blind consultation reports of four producers (fixtures/cr-blind4/, made by
 * scripts/fixtures/cr-blind4/; expected outputs written by hand before the tool read
 * them): an Impress deck of a stacked column chart over fiscal years, a doughnut whose
 * hole says 実人数 under a 「■ …」 heading and a summary table by year; a Calc sheet of 相談件数
 * by 相談方法 and month with a native line chart of the monthly totals; a Writer 実績報告書
 * with 前年度 / 増減 columns, bullets and an age table; Chromium slides in Noto Serif (Type 3
 * fonts) with an SVG bar chart of counts per organisation and a 圏域別 table. Each input is
 * read with the kind detected, as a user would run it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';
import { PlanExtractError } from '../src/errors.js';
import { compareToExpected } from './support/compare.js';

const DIR = 'fixtures/cr-blind4';
const expected = (name: string): any => JSON.parse(readFileSync(`${DIR}/${name}.expected.json`, 'utf8'));

/** Inputs read field for field, silently. A one-page テキスト版 has no page break, so its records carry no page. */
const READ: ReadonlyArray<readonly [string, string, { ignorePage?: boolean }?]> = [
  ['consultation-report.impress-kaede', 'pdf'],
  ['consultation-report.calc-momiji', 'pdf'],
  ['consultation-report.writer-hinoki', 'pdf'],
  ['consultation-report.writer-hinoki', 'raw.txt'],
  ['consultation-report.writer-hinoki', 'oneline.txt', { ignorePage: true }],
  ['consultation-report.html-tsubaki', 'pdf'],
  ['consultation-report.html-tsubaki', 'raw.txt'],
  ['consultation-report.html-tsubaki', 'oneline.txt'],
];

describe('golden: blind consultation reports of four producers', () => {
  for (const [name, source, options] of READ) {
    it(`${name}.${source} extracts to its expected JSON`, async () => {
      const want = expected(name);
      const doc = await extract(`${DIR}/${name}.${source}`);
      expect(doc.kind).toBe(want.kind);
      const result = compareToExpected(want, doc, options);
      expect(result.misses, `${result.misses.length} of ${result.total} expected values missed`).toEqual([]);
      expect(result.spurious, 'records not in the expected output').toEqual([]);
      expect(doc.warnings.map((w) => ({ code: w.code, page: w.page }))).toEqual([]);
    });
  }

  /**
   * Calc draws the cells that hold digits after the others, so `pdftotext -raw` prints the
   * month header after the table's rows: the rows are named as skipped, not read under
   * guessed months. The テキスト版 of that table has no ruled grid to read: no records.
   */
  it('consultation-report.calc-momiji.raw.txt names its unread rows', async () => {
    const doc = await extract(`${DIR}/consultation-report.calc-momiji.raw.txt`);
    expect(doc.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['rows-skipped', 'low-coverage']));
  });

  it('consultation-report.calc-momiji.oneline.txt is refused: no records it could read surely', async () => {
    await expect(extract(`${DIR}/consultation-report.calc-momiji.oneline.txt`)).rejects.toSatisfy((e) => e instanceof PlanExtractError && e.code === 'NO_RECORDS');
  });

  it("consultation-report.impress-kaede.raw.txt names the stacked chart whose legend order the text does not tell", async () => {
    const doc = await extract(`${DIR}/consultation-report.impress-kaede.raw.txt`);
    expect(doc.warnings.map((w) => ({ code: w.code, page: w.page }))).toEqual([{ code: 'chart-unread', page: 2 }]);
    expect(doc.kind === 'consultation-report' && doc.counts.filter((c) => c.page === 2)).toEqual([]);
  });

  it('consultation-report.impress-kaede.oneline.txt says how little it read', async () => {
    const doc = await extract(`${DIR}/consultation-report.impress-kaede.oneline.txt`);
    expect(doc.warnings.map((w) => w.code)).toContain('low-coverage');
  });
});
