/**
 * Plan-progress reports made by an office suite in forms no other fixture has
 * (fixtures/pp-docx, made by scripts/fixtures/pp-docx/): a Writer report with a small
 * two-column table per 事業 (one cut by a page break, 今後の方向性 one word), a Writer
 * table ruled only across (事業番号 `1-2-3`, ◎○△×) and a Calc A3 table with a 実績
 * column per year. Each is read from its PDF, its `pdftotext -raw` text and its
 * テキスト版 with the kind detected; what is not read yet is listed below.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';
import { compareToExpected } from './support/compare.js';
import { expectedOf, expectFullRead, inputsOf } from './support/golden-plan-progress.js';

const DIR = 'fixtures/pp-docx';
const DOCUMENTS = ['shinchoku-cards', 'hyoka-booktabs', 'jisseki-a3'];
const read = (input: string) => extract(join(DIR, input));

/** Inputs read to their expected JSON in full, without warnings. */
const FULL = [
  'shinchoku-cards.pdf', 'shinchoku-cards.raw.txt', 'shinchoku-cards.oneline.txt',
  'hyoka-booktabs.pdf', 'hyoka-booktabs.oneline.txt',
  'jisseki-a3.pdf', 'jisseki-a3.oneline.txt',
];

/** Inputs that fail cleanly: the raw text of the table ruled only across runs a row's wrapped cells apart. */
const FAILING = ['hyoka-booktabs.raw.txt'];

/** Calc's raw text prints a page's one-line cells after its wrapped ones: read in part, and said so. */
const WARNED = [{ input: 'jisseki-a3.raw.txt', warning: 'low-coverage' }];

describe('golden: office-suite plan-progress reports in new forms (pp-docx)', () => {
  it('covers every input of the three documents once', () => {
    const inputs = [...FULL, ...FAILING, ...WARNED.map((w) => w.input)].sort();
    expect(inputs).toEqual(inputsOf(DOCUMENTS));
  });

  it.each(FULL)('%s reads to its expected JSON, without warnings', (input) => expectFullRead(DIR, input));

  it.each(FAILING)('%s fails cleanly rather than guess', async (input) => {
    await expect(read(input)).rejects.toThrow(/no plan-progress records/);
  });

  it.each(WARNED)('$input is read in part and warns $warning', async ({ input, warning }) => {
    const out = await read(input);
    expect(out.kind).toBe('plan-progress');
    expect(out.warnings.map((w) => w.code)).toContain(warning);
    expect(compareToExpected(expectedOf(DIR, input), out).spurious).toEqual([]);
  });
});
