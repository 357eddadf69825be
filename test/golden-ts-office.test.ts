/**
 * Target sheets made by an office suite in forms the other fixtures lack
 * (fixtures/ts-office, made by scripts/fixtures/ts-office/; expected JSON by hand): a
 * Writer PDCA sheet whose side labels are typed one character per line, a Calc 管理シート
 * of several 成果目標 with `H30 R元 R2 R3(見込)` and 達成率 (print titles on page 2), a
 * Writer 最終報告 in paragraphs, an Impress slide per 成果目標 with a table and a native
 * chart. Each as its PDF, its `pdftotext -raw` text and a テキスト版 (a page a line).
 * Detection is not forced.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';
import { PlanExtractError } from '../src/errors.js';
import { compareToExpected } from './support/compare.js';

const DIR = 'fixtures/ts-office';
const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.slice(0, -'.expected.json'.length))
  .sort();
const expected = (name: string) => JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8'));

/**
 * Texts that cannot be read and say so: Calc's `-raw` prints a page's one-line cells
 * before its wrapped ones, so no row stays together (the error says so); the deck's `-raw`
 * stacks the chart's axis and data labels one per line among the slide's lines.
 */
const REFUSED: Record<string, string> = {
  'target-sheet.calc-kanri.raw.txt': 'NO_RECORDS',
  'target-sheet.impress-seika.raw.txt': 'TEXT_MODE_UNSUPPORTED',
};

/**
 * What the reader cannot tell: none at present. (The 最終報告 prints no year over its 評価:
 * the review's year is null; the deck's is the year its title names. Neither warns; the
 * chart title beside the deck's 評価 box is no text of it.)
 */
const KNOWN: Record<string, { misses: string[]; warnings: Array<{ code: string; page: number }> }> = {};

const cases = names.flatMap((name) => ['pdf', 'raw.txt', 'oneline.txt'].map((ext) => [name, ext] as const));

describe('golden: target sheets from an office suite', () => {
  it('finds the four documents', () => {
    expect(names).toEqual(['target-sheet.calc-kanri', 'target-sheet.impress-seika', 'target-sheet.writer-saishuu', 'target-sheet.writer-tate']);
  });

  it.each(cases)('%s.%s reads to its expected JSON or is refused', async (name, ext) => {
    const file = join(DIR, `${name}.${ext}`);
    const refused = REFUSED[`${name}.${ext}`];
    if (refused) {
      await expect(extract(file)).rejects.toSatisfy((e: unknown) => e instanceof PlanExtractError && e.code === refused);
      return;
    }
    const want = expected(name);
    const out = await extract(file);
    expect(out.kind).toBe('target-sheet');
    const known = KNOWN[`${name}.${ext}`] ?? KNOWN[name] ?? { misses: [], warnings: [] };
    const result = compareToExpected(want, out);
    expect(result.misses.map((m) => m.split(':')[0]!), `${result.misses.length} of ${result.total} expected values missed`).toEqual(known.misses);
    expect(result.spurious, 'records not in the expected output').toEqual([]);
    expect(out.warnings.map((w) => ({ code: w.code, page: w.page }))).toEqual(known.warnings);
  });
});
