/**
 * The 北九州 progress table with a column lost in one place only (fixtures/mutations2, made by
 * scripts/fixtures/mutations2/make.mjs): a 所管課 column one table drops while the others
 * print it, or a header naming 所管課 over rows without its cells, is named item by item;
 * a form that never had the column stays silent (test/mutations-pdf.test.ts, plan.department-dropped).
 * And the `pdftotext -raw` text of the table with its 実施状況 column dropped: every item whose
 * cells ran into each other is named.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';
import { compareToExpected } from './support/compare.js';

const DIR = 'fixtures/mutations2';
type Item = Record<string, unknown> & { no: number; page: number };
const KITAKYUSHU = JSON.parse(readFileSync('fixtures/plan-progress.kitakyushu.expected.json', 'utf8')) as { items: Item[] };
const ITEMS = KITAKYUSHU.items;
/** The items of the first subsection's table, printed without its 所管課 column. */
const FIRST_TABLE = ITEMS.filter((i) => JSON.stringify([i.section, i.subsection]) === JSON.stringify([ITEMS[0]!.section, ITEMS[0]!.subsection])).map((i) => i.no);

const withoutDepartment = (nos: readonly number[]) => ({ ...KITAKYUSHU, items: ITEMS.map((i) => (nos.includes(i.no) ? { ...i, department: '' } : i)) });
const named = (doc: Awaited<ReturnType<typeof extract>>, code: string) =>
  doc.warnings.filter((w) => w.code === code).map((w) => Number(/^item (\d+):/.exec(w.message)?.[1]));

describe('a 所管課 column lost in part of a progress table', () => {
  it('dropped from one table while the others print it: each of its items named, the others read as printed', async () => {
    expect(FIRST_TABLE.length).toBeGreaterThan(1);
    const doc = await extract(`${DIR}/plan.department-dropped-once.pdf`);
    expect(doc.warnings.map((w) => w.code)).toEqual(FIRST_TABLE.map(() => 'item-department-missing'));
    expect(named(doc, 'item-department-missing')).toEqual(FIRST_TABLE);
    expect(doc.warnings[0]!.message).toMatch(/its table has no 所管課 column/);
    const cmp = compareToExpected(withoutDepartment(FIRST_TABLE), doc, { ignorePage: true });
    expect(cmp.misses).toEqual([]);
    expect(cmp.spurious).toEqual([]);
  });

  it('its header printed over rows without its cells: every item named', async () => {
    const doc = await extract(`${DIR}/plan.department-cells-dropped.pdf`);
    expect(named(doc, 'item-department-missing')).toEqual(ITEMS.map((i) => i.no));
    expect(doc.warnings.map((w) => w.code).filter((c) => c !== 'item-department-missing')).toEqual([]);
    const cmp = compareToExpected(withoutDepartment(ITEMS.map((i) => i.no)), doc, { ignorePage: true });
    expect(cmp.misses).toEqual([]);
  });
});

describe('the -raw text of the table with its 実施状況 column dropped', () => {
  it('names every item read wrong: results gone under plans, or no results nor plans where cells ran together', async () => {
    const doc = await extract(`${DIR}/plan.results-dropped.raw.txt`);
    if (doc.kind !== 'plan-progress') throw new Error(doc.kind);
    const warned = new Set(doc.warnings.map((w) => Number(/^item (\d+):/.exec(w.message)?.[1])));
    const truth = { ...KITAKYUSHU, items: ITEMS.map((i) => ({ ...i, results: null })) };
    const wrong = new Set(compareToExpected(truth, doc, { ignorePage: true }).misses.map((m) => Number(/^\$\.items\[(\d+)\]/.exec(m)?.[1])));
    expect(wrong.size).toBeGreaterThan(0);
    for (const no of wrong) expect(warned.has(no), `item ${no} read wrong without a warning`).toBe(true);
    expect(named(doc, 'item-progress-missing').length).toBeGreaterThan(0);
  });
});
