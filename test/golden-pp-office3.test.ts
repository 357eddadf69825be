/**
 * Plan-progress reports in forms written blind, made by an office suite (fixtures/pp-office3,
 * made by scripts/fixtures/pp-office3/): a Calc 進捗状況管理表 with 基本目標 and 施策 as
 * vertically merged cells on the left, no item numbers, R5実績 / R6実績 and a 小計 row per
 * 基本目標; an Impress deck with a native table per 施策 (no item numbers) and a tally chart;
 * a Writer report of numbered paragraphs (`（１）相談支援事業【障害福祉課】`, `実績：…`) under
 * a typed table of contents. Each as its PDF, its `pdftotext -raw` text and a テキスト版.
 * Detection is not forced.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';
import { compareToExpected } from './support/compare.js';
import { expectFullRead, expectedOf } from './support/golden-plan-progress.js';

const DIR = 'fixtures/pp-office3';

describe('golden: blind plan-progress forms from an office suite (pp-office3)', () => {
  it.each(['writer-tsubaki.pdf', 'writer-tsubaki.raw.txt', 'writer-tsubaki.oneline.txt'])('%s reads to its expected JSON, without warnings', async (input) => {
    await expectFullRead(DIR, input);
  });

  it('impress-mizuho.pdf reads every item, the tally chart giving none; only a per-year count in running text is missed', async () => {
    const out = await extract(join(DIR, 'impress-mizuho.pdf'));
    expect(out.kind).toBe('plan-progress');
    const result = compareToExpected(expectedOf(DIR, 'impress-mizuho'), out);
    // `年２４枚の利用券` (24 a year): the counter after a per-year figure is not read as a metric
    expect(result.misses.every((m) => m.includes('.metrics[24枚]'))).toBe(true);
    expect(result.misses.length).toBeLessThanOrEqual(3);
    expect(result.spurious).toEqual([]);
    expect(out.warnings).toEqual([]);
  });

  it('calc-kaede.pdf: items without numbers, numbered in document order, headed by the merged cells beside them; 小計 rows give none', async () => {
    const out = await extract(join(DIR, 'calc-kaede.pdf'));
    if (out.kind !== 'plan-progress') throw new Error(out.kind);
    const result = compareToExpected(expectedOf(DIR, 'calc-kaede'), out);
    expect(result.spurious).toEqual([]);
    expect(out.items.map((i) => i.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(out.items.map((i) => i.name)).not.toContain('小計');
    expect(out.summaries).toEqual([]);
    expect(out.scales.achievement).toEqual({ 5: '十分達成', 4: '概ね達成', 3: '一部達成', 2: '遅れている', 1: '未着手' });
    // R6実績, the later of two year columns, is the results
    expect(out.items[0]!.results).toMatchObject({ fiscalYear: 2024, text: expect.stringMatching(/^委託事業所を5か所に増やし/) });
    // a metric label in running text (`1人が…に採用された`) is read as 人数: the one miss
    expect(result.misses).toEqual([expect.stringContaining('.metrics[1人].label')]);
    // the merged cells the page break cuts (no rule under them on page 1) head the rows beside them on both pages
    expect(out.items.map((i) => `${i.section?.code}-${i.subsection?.code}`)).toEqual([
      '1-1', '1-1', '1-1', '1-2', '1-2', '1-2', '1-2', '1-2', '2-1', '2-1', '2-2', '2-2',
    ]);
    expect(out.warnings).toEqual([]);
  });

  it.each(['calc-kaede.raw.txt', 'calc-kaede.oneline.txt', 'impress-mizuho.raw.txt', 'impress-mizuho.oneline.txt'])(
    '%s: fails cleanly rather than guess the cells of a table without item numbers',
    async (input) => {
      await expect(extract(join(DIR, input))).rejects.toMatchObject({ message: expect.stringMatching(/no plan-progress records found/) });
    },
  );
});
