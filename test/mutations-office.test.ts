/**
 * Errors planted in texts of reports no seed came from (fixtures/mutations2, made by
 * scripts/fixtures/mutations2/make.mjs from fixtures/office-pp, cr-office and browser-pp):
 * a total that does not add up, two rows' figures swapped against their total, a table of
 * figures cut at a page break, a header repeated mid-table, a record cut by a page break,
 * an item number printed twice. Each
 * error is warned, and the break adds no wrong value beyond what the source already
 * misses: every other value reads as the source's expected JSON.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';
import { compareToExpected } from './support/compare.js';

const DIR = 'fixtures/mutations2';
const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const codes = (doc: Awaited<ReturnType<typeof extract>>) => doc.warnings.map((w) => w.code);
type Count = { label: string; value: number; fiscalYear: number | null; unit: string | null };

/** The misses and records of a reading against the truth, paths only. */
async function reading(file: string, truth: unknown) {
  const doc = await extract(file);
  const cmp = compareToExpected(truth, doc);
  return { doc, misses: cmp.misses.map((m) => m.split(':')[0]!), spurious: cmp.spurious };
}

describe('errors planted in office and browser reports', () => {
  it('a 合計 that does not add up is named, even beside a row whose label the text lost', async () => {
    const source = 'fixtures/cr-office/consultation-report.calc-yamabe';
    const want = json(`${source}.expected.json`);
    const truth = { ...want, counts: want.counts.map((c: Count) => (c.label === '合計' && c.fiscalYear === 2023 && c.unit === '件' ? { ...c, value: 3785 } : c)) };
    const clean = await reading(`${source}.raw.txt`, want);
    const broken = await reading(`${DIR}/cr-calc-yamabe.total-wrong.raw.txt`, truth);
    // the clean text gives a bare row the label at the page's end because its 合計 then agrees; a wrong 合計
    // leaves the row unread and named, its figures still counted in the sum the warning gives
    const bare = new Set(broken.doc.warnings.filter((w) => w.code === 'table-row-unlabelled').map((w) => w.page));
    expect(bare.size).toBe(1);
    expect(broken.misses.every((m) => m.startsWith('$.counts['))).toBe(true);
    expect(broken.misses.length).toBe(18);
    expect(broken.spurious).toEqual(clean.spurious);
    expect(codes(broken.doc)).toEqual([...codes(clean.doc), 'table-row-unlabelled', 'table-total-mismatch']);
    expect(broken.doc.warnings.at(-1)!.message).toMatch(/2023: the rows sum to 3775, the 合計 row says 3785/);
  });

  it("two rows' 件数 swapped under a 合計 that still adds up: each row's 構成比 is named", async () => {
    const source = 'fixtures/cr-office/consultation-report.writer-kawabe';
    const want = json(`${source}.expected.json`);
    const swapped: Record<string, number> = { 福祉サービスの利用: 592, '健康・医療': 1149 };
    const truth = { ...want, counts: want.counts.map((c: Count & { share: number | null }) => (c.label in swapped && c.share !== null ? { ...c, value: swapped[c.label] } : c)) };
    const clean = await reading(`${source}.raw.txt`, want);
    expect(codes(clean.doc)).toEqual([]);
    const broken = await reading(`${DIR}/cr-writer-kawabe.rows-swapped.raw.txt`, truth);
    expect(broken.misses).toEqual(clean.misses);
    expect(codes(broken.doc)).toEqual(['table-share-mismatch', 'table-share-mismatch']);
    expect(broken.doc.warnings.map((w) => w.message.split(': ')[1]!.split(' ')[0])).toEqual(['福祉サービスの利用', '健康・医療']);
  });

  it('a table of figures cut at a page break reads as one table: its rows after the break are its own, its 合計 checked over both pages', async () => {
    const source = 'fixtures/cr-office/consultation-report.writer-kawabe';
    const want = json(`${source}.expected.json`);
    const clean = await reading(`${source}.raw.txt`, want);
    const broken = await reading(`${DIR}/cr-writer-kawabe.table-cut.raw.txt`, want);
    // the rows after the break, and every table after them, print on the next page
    expect(broken.misses.filter((m) => !m.endsWith('.page'))).toEqual(clean.misses);
    expect(broken.spurious).toEqual([]);
    expect(codes(broken.doc)).toEqual([]);
    const text = readFileSync(`${DIR}/cr-writer-kawabe.table-cut.raw.txt`, 'utf8').replace('合計 274 3,482', '合計 274 3,492');
    const wrongTotal = await extract({ text, name: 'cut-and-wrong.txt' }, { metrics: false });
    expect(wrongTotal.warnings.map((w) => [w.code, w.page])).toEqual([['table-total-mismatch', 2]]);
  });

  it('a header row repeated between the rows of a table is structure: read as the clean text, nothing more warned', async () => {
    const source = 'fixtures/office-pp/plan-progress.writer-table';
    const want = json(`${source}.expected.json`);
    const clean = await reading(`${source}.oneline.txt`, want);
    const broken = await reading(`${DIR}/pp-writer-table.header-repeated.oneline.txt`, want);
    expect(broken.misses).toEqual(clean.misses);
    expect(broken.spurious).toEqual([]);
    expect(codes(broken.doc)).toEqual(codes(clean.doc));
  });

  it('a record cut by a page break between its cells reads whole, silent', async () => {
    const source = 'fixtures/browser-pp/kadai-hyoka';
    const want = json(`${source}.expected.json`);
    const clean = await reading(`${source}.oneline.txt`, want);
    const broken = await reading(`${DIR}/pp-kadai-hyoka.cut-at-page-break.oneline.txt`, want);
    expect(broken.misses.filter((m) => !m.endsWith('.page'))).toEqual(clean.misses);
    expect(broken.spurious).toEqual([]);
    expect(codes(broken.doc)).toEqual([]);
  });

  it('an item number printed twice is named, and the record under it keeps its own cells', async () => {
    const source = 'fixtures/office-pp/plan-progress.writer-records';
    const want = json(`${source}.expected.json`);
    const broken = await extract(`${DIR}/pp-writer-records.number-duplicated.oneline.txt`);
    if (broken.kind !== 'plan-progress') throw new Error(broken.kind);
    expect(codes(broken)).toEqual(['item-number-duplicate']);
    expect(broken.warnings[0]!.message).toMatch(/item number 1 appears again/);
    expect(broken.items.map((i) => i.no)).toEqual(want.items.map((i: { no: number }) => (i.no === 2 ? 1 : i.no)));
    const second = { ...want, items: [{ ...want.items[1], no: 1 }] };
    expect(compareToExpected(second, { ...broken, items: [broken.items[1]] }).misses).toEqual([]);
  });
});
