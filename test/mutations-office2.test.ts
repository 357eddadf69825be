/**
 * Errors planted in the newer office-suite fixtures (fixtures/mutations3, made by
 * scripts/fixtures/mutations3/make.mjs from cr-office2, pp-docx and office-pp2): a 合計 that
 * does not add up, two rows' figures swapped against their 合計, an item number printed
 * twice, a 達成率 that is no reading of its 目標 and 実績, a slide removed from a numbered
 * deck. Each is warned with its code on its page, and every value the break did not touch
 * reads as in the source: the truth is the source's expected JSON changed by the same break.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';
import { compareToExpected, warningsOf } from './support/compare.js';

const DIR = 'fixtures/mutations3';
const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
type Count = { label: string; value: number; unit: string | null; share: number | null; page: number };

/** A reading against the truth: the document, its misses (paths) and spurious records. */
async function reading(file: string, truth: unknown) {
  const doc = await extract(file);
  const cmp = compareToExpected(truth, doc);
  return { doc, misses: cmp.misses.map((m) => m.split(':')[0]!), spurious: cmp.spurious };
}

describe('errors planted in office-suite reports', () => {
  it('a 合計 of 延べ件数 the rows do not add up to is named on its slide', async () => {
    const source = 'fixtures/cr-office2/consultation-report.impress-tsubasa';
    const want = json(`${source}.expected.json`);
    const truth = { ...want, counts: want.counts.map((c: Count) => (c.label === '合計' && c.unit === '件' ? { ...c, value: 2816 } : c)) };
    const clean = await reading(`${source}.raw.txt`, want);
    expect(clean.doc.warnings).toEqual([]);
    const broken = await reading(`${DIR}/cr-impress-tsubasa.total-wrong.raw.txt`, truth);
    expect(broken.misses).toEqual(clean.misses);
    expect(broken.spurious).toEqual([]);
    expect(warningsOf(broken.doc)).toEqual([{ code: 'table-total-mismatch', page: 3 }]);
    expect(broken.doc.warnings[0]!.message).toMatch(/the rows sum to 2806, the 合計 row says 2816$/);
  });

  it("two age bands' 実人数 swapped under a 合計 that still adds up: each band's 構成比 is named", async () => {
    const source = 'fixtures/cr-office2/consultation-report.writer-sakura';
    const want = json(`${source}.expected.json`);
    const swapped: Record<string, number> = { '18～39歳': 121, '40～64歳': 98 };
    const truth = { ...want, counts: want.counts.map((c: Count) => (c.label in swapped ? { ...c, value: swapped[c.label] } : c)) };
    const clean = await reading(`${source}.raw.txt`, want);
    expect(clean.doc.warnings).toEqual([]);
    const broken = await reading(`${DIR}/cr-writer-sakura.rows-swapped.raw.txt`, truth);
    expect(broken.misses).toEqual(clean.misses);
    expect(broken.spurious).toEqual([]);
    expect(warningsOf(broken.doc)).toEqual([
      { code: 'table-share-mismatch', page: 1 },
      { code: 'table-share-mismatch', page: 1 },
    ]);
    expect(broken.doc.warnings.map((w) => w.message.split(': ')[1])).toEqual([
      '18～39歳 121 is 42.2% of the 合計 287, the table prints 34.1%',
      '40～64歳 98 is 34.1% of the 合計 287, the table prints 42.2%',
    ]);
  });

  it('a 事業番号 printed twice is named, and the card under it keeps its own cells', async () => {
    const source = 'fixtures/pp-docx/shinchoku-cards';
    const want = json(`${source}.expected.json`);
    const broken = await extract(`${DIR}/pp-shinchoku-cards.number-duplicated.oneline.txt`);
    if (broken.kind !== 'plan-progress') throw new Error(broken.kind);
    expect(warningsOf(broken)).toEqual([{ code: 'item-number-duplicate', page: 1 }]);
    expect(broken.warnings[0]!.message).toBe('item number 1 appears again (first on page 1)');
    expect(broken.items.map((i) => i.no)).toEqual(want.items.map((i: { no: number }) => (i.no === 2 ? 1 : i.no)));
    const second = { ...want, items: [{ ...want.items[1], no: 1 }] };
    expect(compareToExpected(second, { ...broken, items: [broken.items[1]] }).misses).toEqual([]);
  });

  it.each(['oneline', 'raw'])('a 達成率 that is no reading of its 目標 and 実績 is named (%s text)', async (mode) => {
    const source = 'fixtures/office-pp2/plan-progress.shisaku-sheet';
    const want = json(`${source}.expected.json`);
    const [first, ...rest] = want.items[0].indicators;
    const truth = { ...want, items: [{ ...want.items[0], indicators: [{ ...first, rate: 96.2 }, ...rest] }, ...want.items.slice(1)] };
    const clean = await reading(`${source}.${mode}.txt`, want);
    expect(clean.doc.warnings).toEqual([]);
    const broken = await reading(`${DIR}/pp-shisaku-sheet.rate-wrong.${mode}.txt`, truth);
    expect(broken.misses).toEqual(clean.misses);
    expect(broken.spurious).toEqual([]);
    expect(warningsOf(broken.doc)).toEqual([{ code: 'indicator-rate-mismatch', page: 1 }]);
    expect(broken.doc.warnings[0]!.message).toBe('事業1 福祉施設から一般就労への移行者数: 達成率 96.2%, but 50 / 54 × 100 = 92.6');
  });

  it('a slide removed from a three-slide deck that numbers its slides is named; the numbered deck whole is silent', async () => {
    const want = json('fixtures/cr-office2/consultation-report.impress-tsubasa.expected.json');
    const whole = await reading(`${DIR}/cr-impress-tsubasa.numbered.pdf`, want);
    expect(whole.misses).toEqual([]);
    expect(whole.spurious).toEqual([]);
    expect(whole.doc.warnings).toEqual([]);
    const removed = 2;
    const onPage = (records: Array<{ page: number }>) => records.filter((r) => r.page !== removed).map((r) => ({ ...r, page: r.page > removed ? r.page - 1 : r.page }));
    const truth = { ...want, charts: onPage(want.charts), tables: onPage(want.tables), counts: onPage(want.counts) };
    const broken = await reading(`${DIR}/cr-impress-tsubasa.numbered.page-removed.pdf`, truth);
    expect(broken.misses).toEqual([]);
    expect(broken.spurious).toEqual([]);
    expect(warningsOf(broken.doc)).toEqual([{ code: 'page-missing', page: 2 }]);
    expect(broken.doc.warnings[0]!.message).toBe("page 2 of the document's numbering is not here: page 1 prints 1, page 2 prints 3");
  });
});
