/**
 * Plan-progress documents written blind (fixtures/pp-blind5, made by scripts/fixtures/pp-blind5/):
 * a 障害者プラン 実施状況報告 printed by Chromium in Noto Serif (Type 3 fonts), its rows cut by
 * page breaks under repeated headers, grades 4–1 and a 課題と今後の方向性 column of one word
 * each; a 事業評価カード of record blocks with labels in a left column (事業コード, 所管,
 * 成果・課題, 評価 S–C) under three heading levels; an A3 進捗管理表 drawn by pdf-lib without
 * any rule (No.N, 目標（R8）/ 実績（R5）/ 実績（R6） with units, two indicators in one row,
 * 評価 as words). Each from its PDF, its `pdftotext -raw` text and its one-line テキスト版,
 * the kind detected.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';
import { compareToExpected } from './support/compare.js';
import { expectedOf, expectFullRead, inputsOf } from './support/golden-plan-progress.js';

const DIR = 'fixtures/pp-blind5';
const NAMES = ['shogai-plan', 'jigyo-card', 'shinchoku-a3'];

/** Inputs read to their expected JSON in full, without warnings. */
const FULL = [
  'shogai-plan.pdf',
  'shogai-plan.oneline.txt',
  'jigyo-card.pdf',
  'jigyo-card.raw.txt',
  'jigyo-card.oneline.txt',
  'shinchoku-a3.pdf',
];

/**
 * Inputs that fail cleanly: the ruleless indicator table's texts print a row's two
 * indicators on two lines with nothing to tell the second from a new item's (its PDF is
 * read by the columns' alignment); the 実施状況報告's raw text runs a row's wrapped cells
 * one after the other.
 */
const FAILING: ReadonlyArray<{ input: string; message: RegExp }> = [
  { input: 'shinchoku-a3.raw.txt', message: /no plan-progress records.*give the PDF/ },
  { input: 'shinchoku-a3.oneline.txt', message: /no plan-progress records.*give the PDF/ },
];

/** Inputs read in part, with warnings that say so; nothing read that is not expected. */
const PARTIAL: ReadonlyArray<{ input: string; warnings: RegExp }> = [{ input: 'shogai-plan.raw.txt', warnings: /^item-(marker|department)-missing$/ }];

describe('golden: blind plan-progress documents (pp-blind5)', () => {
  it('covers every input of the three documents once', () => {
    expect([...FULL, ...FAILING.map((f) => f.input), ...PARTIAL.map((p) => p.input)].sort()).toEqual(inputsOf(NAMES));
  });

  it.each(FULL)('%s reads to its expected JSON, without warnings', (input) => expectFullRead(DIR, input));

  it.each(FAILING)('$input fails cleanly rather than guess', async ({ input, message }) => {
    await expect(extract(join(DIR, input))).rejects.toThrow(message);
  });

  it.each(PARTIAL)('$input warns of what it could not read', async ({ input, warnings }) => {
    const out = await extract(join(DIR, input));
    expect(out.warnings.length).toBeGreaterThan(0);
    expect(out.warnings.every((w) => warnings.test(w.code))).toBe(true);
    expect(compareToExpected(expectedOf(DIR, input), out).misses.length).toBeGreaterThan(0);
  });
});
