/**
 * Target sheets written blind in forms the other fixtures lack (fixtures/ts-blind4, made by
 * scripts/fixtures/ts-blind4/; expected JSON by hand before the tool read them): a Calc A3
 * 一覧 of every 成果目標 of a plan (目標値（R8年度末）, 実績 merged over R6年度 / R7年度(見込),
 * 達成率, a grade and 課題・今後の取組 per row, print titles, a page break, the grade legend),
 * a Writer 管理シート whose PDCA steps are a 2×2 grid with the actuals nested in the 実行（Ｄ）
 * box (`―` for the year not reached), and a Chromium 総括 in Noto Serif (Type 3 fonts) with
 * kanji and abbreviated era years and a 【評価】 per target. Each as its PDF, its `pdftotext
 * -raw` text and a テキスト版 (a page a line). Detection is not forced.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';
import { PlanExtractError } from '../src/errors.js';
import { compareToExpected } from './support/compare.js';
import { inputsOf } from './support/golden-plan-progress.js';

const DIR = 'fixtures/ts-blind4';
const DOCUMENTS = ['target-sheet.calc-ichiran', 'target-sheet.html-soukatsu', 'target-sheet.writer-pdca'];

/**
 * Texts that cannot be read and say so, with the error's code: Calc's `-raw` prints a
 * page's one-line cells before its wrapped ones, so no row stays together; Writer's `-raw`
 * prints the 評価（Ｃ） box and the 改善（Ａ） box beside it one after the other.
 */
const REFUSED: Record<string, string> = {
  'target-sheet.calc-ichiran.raw.txt': 'NO_RECORDS',
  'target-sheet.writer-pdca.raw.txt': 'TEXT_MODE_UNSUPPORTED',
};

describe('golden: blind target sheets (ts-blind4)', () => {
  it.each(inputsOf(DOCUMENTS))('%s reads to its expected JSON in full, silently, or is refused', async (input) => {
    const file = join(DIR, input);
    const refused = REFUSED[input];
    if (refused) {
      await expect(extract(file)).rejects.toSatisfy((e: unknown) => e instanceof PlanExtractError && e.code === refused);
      return;
    }
    const out = await extract(file);
    expect(out.kind).toBe('target-sheet');
    const name = DOCUMENTS.find((d) => input.startsWith(`${d}.`))!;
    const result = compareToExpected(JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')), out);
    expect(result.misses.map((m) => m.split(':')[0]!), `${result.misses.length} of ${result.total} expected values missed`).toEqual([]);
    expect(result.spurious, 'records not in the expected output').toEqual([]);
    expect(out.warnings.map((w) => w.code)).toEqual([]);
  });
});
