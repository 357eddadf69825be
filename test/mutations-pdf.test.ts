/**
 * Real fixtures broken as PDFs break (fixtures/mutations, made by
 * scripts/fixtures/mutations/make.mjs): each break gives its warning, and every value
 * read is the broken document's own — a value is either what the page prints or
 * null / "" for what it does not print, never a figure from elsewhere.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';
import { compareToExpected, warningsOf } from './support/compare.js';

const DIR = 'fixtures/mutations';
const KURUME = JSON.parse(readFileSync('fixtures/consultation-report.kurume.expected.json', 'utf8'));
const KITAKYUSHU = JSON.parse(readFileSync('fixtures/plan-progress.kitakyushu.expected.json', 'utf8'));

type Row = { asOf: string; selfPlans: number | null; providerPlans: number | null; total: number | null; selfPlanRate: number | null };
type Table = { title: string; rows: Row[]; page: number };

const [ADULTS, CHILDREN] = KURUME.tables as Table[];
const on = (table: Table, page: number, rows = table.rows): Table => ({ title: table.title, rows, page });
const changed = (rows: Row[], i: number, change: Partial<Row>) => rows.map((r, k) => (k === i ? { ...r, ...change } : r));
const each = (code: string, page: number, n: number) => Array.from({ length: n }, () => ({ code, page }));

const DECKS: Array<[string, Table[], Array<{ code: string; page: number }>]> = [
  ['clean', [on(ADULTS!, 2), on(CHILDREN!, 2)], []],
  ['total-deleted', [on(ADULTS!, 2, changed(ADULTS!.rows, 1, { total: null })), on(CHILDREN!, 2)], [{ code: 'plan-table-cells-missing', page: 2 }]],
  [
    'rows-swapped',
    [on(ADULTS!, 2, changed(changed(ADULTS!.rows, 2, { selfPlans: ADULTS!.rows[3]!.selfPlans }), 3, { selfPlans: ADULTS!.rows[2]!.selfPlans })), on(CHILDREN!, 2)],
    [...each('plan-table-total', 2, 2), ...each('plan-table-rate', 2, 2)],
  ],
  [
    'column-dropped',
    [ADULTS!, CHILDREN!].map((t) => on(t, 2, t.rows.map((r) => ({ ...r, providerPlans: null })))),
    each('plan-table-cells-missing', 2, 18),
  ],
  // the row cut at the slide break is one row again, the table one table
  ['cut-row', [on(ADULTS!, 2), on(CHILDREN!, 4)], []],
  ['header-repeated', [on(ADULTS!, 2), on(CHILDREN!, 4)], []],
];

describe('a deck broken as a PDF', () => {
  it.each(DECKS)('deck.%s: its warnings, and the tables as printed', async (name, tables, warnings) => {
    const doc = await extract(`${DIR}/deck.${name}.pdf`, { metrics: false });
    expect(warningsOf(doc)).toEqual(warnings);
    expect(doc.kind === 'consultation-report' && doc.tables).toEqual(tables);
  });

  // a blank cell leaves no gap in the text, so the figures after it may shift a column there: warned on their page
  it.each(DECKS)('deck.%s as its pdftotext -raw text: the tables as printed, or their page warned', async (name, tables, warnings) => {
    const doc = await extract(`${DIR}/deck.${name}.raw.txt`, { metrics: false });
    if (doc.kind !== 'consultation-report') throw new Error(doc.kind);
    expect(doc.tables.map((t) => [t.title, t.page])).toEqual(tables.map((t) => [t.title, t.page]));
    const warned = new Set(doc.warnings.map((w) => w.page));
    doc.tables.forEach((t, k) => {
      if (JSON.stringify(t) !== JSON.stringify(tables[k])) expect(warned.has(t.page), t.title).toBe(true);
    });
    expect(doc.warnings.length === 0).toBe(warnings.length === 0);
  });

  it('deck.page-removed: the other pages read as before, a page later ones earlier', async () => {
    const removed = 7;
    const shift = (page: number) => (page > removed ? page - 1 : page);
    const onPage = (records: Array<{ page: number }>) => records.filter((r) => r.page !== removed).map((r) => ({ ...r, page: shift(r.page) }));
    const truth = { ...KURUME, charts: onPage(KURUME.charts), tables: onPage(KURUME.tables), counts: onPage(KURUME.counts) };
    expect(KURUME.charts.length - truth.charts.length).toBe(1);
    const doc = await extract(`${DIR}/deck.page-removed.pdf`);
    const cmp = compareToExpected(truth, doc);
    expect(cmp.misses).toEqual([]);
    expect(cmp.spurious).toEqual([]);
    // nothing in a deck without page numbers tells a slide is gone: no value is wrong, and nothing is warned
    expect(doc.warnings).toEqual([]);
  });
});

type Item = Record<string, unknown> & { no: number };
const items = (change: (item: Item) => Item) => ({ ...KITAKYUSHU, items: (KITAKYUSHU.items as Item[]).map(change) });
const perItem = (code: string) => (KITAKYUSHU.items as Array<{ page: number }>).map(() => code);

const PLANS: Array<[string, unknown, string[]]> = [
  ['clean', KITAKYUSHU, []],
  // Chromium repeats the header row on the page the break opens, under no heading: the rows keep their section
  ['header-repeated', KITAKYUSHU, []],
  // pages shorter than a row: every row cut at a page break, each page under the header again
  ['rows-cut', KITAKYUSHU, []],
  ['department-blank', items((i) => ({ ...i, department: '' })), perItem('item-department-missing')],
  ['results-dropped', items((i) => ({ ...i, results: null })), perItem('item-results-missing')],
  // the row is skipped and named; the rows around it keep their cells
  ['number-unreadable', { ...KITAKYUSHU, items: (KITAKYUSHU.items as Item[]).filter((_, k) => k !== 1) }, ['item-number-unreadable']],
  // header and cells gone: the document is then a form without the column ("" is what
  // output.md gives for a column a form lacks), and nothing tells the two apart
  ['department-dropped', items((i) => ({ ...i, department: '' })), []],
];

describe('a progress table broken as a PDF', () => {
  it.each(PLANS)('plan.%s: its warnings, and the items as printed', async (name, truth, codes) => {
    const doc = await extract(`${DIR}/plan.${name}.pdf`);
    expect(doc.warnings.map((w) => w.code)).toEqual(codes);
    // the reprint sets the rows on its own pages; every other field is the fixture's
    const cmp = compareToExpected(truth, doc, { ignorePage: true });
    expect(cmp.misses).toEqual([]);
    expect(cmp.spurious).toEqual([]);
  });
});
