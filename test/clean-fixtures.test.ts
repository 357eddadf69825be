/**
 * Every clean fixture input, PDF and text, converts without a warning the expected JSON
 * does not list, and with most of its body text read: a correct report passes --strict.
 * Inputs: the seeds and their variants, the generated reports, other cities' forms (each
 * as PDF, -raw, -layout and one-line text), the office-suite exports, the profile form,
 * every fixture PDF's `pdftotext -raw` text, and the real excerpts that hold records.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, type ExtractOptions } from '../src/api.js';
import { DEFAULT_MIN_COVERAGE } from '../src/validate/coverage.js';
import { expectedWarningsOf, warningsOf } from './support/compare.js';

const DIRS = ['fixtures', 'fixtures/generated', 'fixtures/forms', 'fixtures/office', 'fixtures/profile'];

/**
 * Inputs that are not clean text of their report, each tested where it is named:
 * Calc's text order puts wrapped cells away from their rows (test/golden-office.test.ts
 * expects its warnings).
 */
const NOT_CLEAN = new Set(['fixtures/office/plan-progress.calc.txt']);

interface Case {
  input: string;
  expected: string;
  options: ExtractOptions;
}

/** A profile beside an expected JSON (`NAME.profile.json`) is what that form needs. */
function optionsFor(dir: string, name: string): ExtractOptions {
  const profile = join(dir, `${name}.profile.json`);
  return existsSync(profile) ? { profile } : {};
}

/** `NAME.pdf`, `NAME.txt`, `NAME.{raw,layout,oneline}.txt` of `NAME.expected.json`. */
const beside: Case[] = DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => /\.(pdf|txt)$/.test(f))
    .map((f) => {
      const name = f.replace(/(\.(raw|layout|oneline))?\.(pdf|txt)$/, '');
      return { input: join(dir, f), expected: join(dir, `${name}.expected.json`), options: optionsFor(dir, name) };
    })
    .filter((c) => existsSync(c.expected) && !NOT_CLEAN.has(c.input)),
);

/**
 * fixtures/text-modes: the `-raw` text of every fixture PDF. The default and -layout
 * modes are refused or not read (test/text-modes.test.ts), so they give no output to check.
 */
const TEXT_MODES = 'fixtures/text-modes';
const rawTexts: Case[] = readdirSync(TEXT_MODES)
  .filter((f) => f.endsWith('.raw.txt'))
  .map((f) => {
    const name = f.slice(0, -'.raw.txt'.length);
    const expected = ['fixtures', 'fixtures/generated'].map((dir) => join(dir, `${name}.expected.json`)).find((p) => existsSync(p));
    return { input: join(TEXT_MODES, f), expected: expected ?? '', options: {} };
  });

const cases = [...beside, ...rawTexts].sort((a, b) => a.input.localeCompare(b.input));

describe('clean fixtures', () => {
  it('finds them in every folder', () => {
    expect(cases.length).toBeGreaterThan(80);
    for (const dir of [...DIRS, TEXT_MODES]) expect(cases.some((c) => c.input.startsWith(`${dir}/`)), dir).toBe(true);
    for (const c of rawTexts) expect(c.expected, c.input).not.toBe('');
  });

  it.each(cases)('$input: only the expected warnings, coverage above the minimum', async ({ input, expected, options }) => {
    const want = JSON.parse(readFileSync(expected, 'utf8'));
    const out = await extract(input, options);
    expect(warningsOf(out)).toEqual(expectedWarningsOf(want));
    expect(out.coverage).toBeGreaterThan(DEFAULT_MIN_COVERAGE);
  });
});

/**
 * Openings of real reports (fixtures/real-excerpts): no expected JSON, and their tables of
 * contents and lists of sub-measures lie outside the contract, so a low coverage is the
 * truth there, and so is a last record cut by the opening's end (record-cut-at-end,
 * test/excerpts2.test.ts). Those that hold records give no other warning.
 */
const EXCERPTS = 'fixtures/real-excerpts';

describe('real excerpts', () => {
  const excerpts = readdirSync(EXCERPTS).filter((f) => f.endsWith('.txt')).sort();

  it.each(excerpts)('%s: records without a warning about them, or no records at all', async (file) => {
    const out = await extract(join(EXCERPTS, file)).catch((e: { code?: string }) => {
      expect(['NO_RECORDS', 'KIND_UNKNOWN']).toContain(e.code);
      return null;
    });
    if (out === null) return;
    expect(out.warnings.filter((w) => w.code !== 'low-coverage' && w.code !== 'record-cut-at-end')).toEqual([]);
  });

  it('has excerpts that hold records', async () => {
    const read = await Promise.all(excerpts.map((f) => extract(join(EXCERPTS, f)).then(() => 1, () => 0)));
    expect(read.reduce<number>((a, b) => a + b, 0)).toBeGreaterThanOrEqual(3);
  });
});
