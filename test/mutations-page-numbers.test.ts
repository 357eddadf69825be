/**
 * A page removed from a document that numbers its pages is named (page-missing): the
 * 久留米 deck with slide numbers stamped in its corners (fixtures/mutations2, made by
 * scripts/fixtures/mutations2/make.mjs), whole and without its 7th slide, and texts with
 * form feeds. The deck without numbers stays silent (test/mutations-pdf.test.ts,
 * deck.page-removed; docs/limits.md says why), and so does a figure alone at a page's edge.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';
import { toTextDocument } from '../src/input/text.js';
import { checkPageNumbers } from '../src/validate/page-numbers.js';
import { compareToExpected, warningsOf } from './support/compare.js';

const DIR = 'fixtures/mutations2';
const KURUME = JSON.parse(readFileSync('fixtures/consultation-report.kurume.expected.json', 'utf8'));

describe('a slide removed from a deck that numbers its slides', () => {
  it('the numbered deck whole: read as the seed, silent', async () => {
    const doc = await extract(`${DIR}/deck.numbered.pdf`);
    const cmp = compareToExpected(KURUME, doc);
    expect(cmp.misses).toEqual([]);
    expect(cmp.spurious).toEqual([]);
    expect(doc.warnings).toEqual([]);
  });

  it('without its 7th slide: the slide is named, the others read as before', async () => {
    const removed = 7;
    const shift = (page: number) => (page > removed ? page - 1 : page);
    const onPage = (records: Array<{ page: number }>) => records.filter((r) => r.page !== removed).map((r) => ({ ...r, page: shift(r.page) }));
    const truth = { ...KURUME, charts: onPage(KURUME.charts), tables: onPage(KURUME.tables), counts: onPage(KURUME.counts) };
    const doc = await extract(`${DIR}/deck.numbered.page-removed.pdf`);
    const cmp = compareToExpected(truth, doc);
    expect(cmp.misses).toEqual([]);
    expect(cmp.spurious).toEqual([]);
    expect(warningsOf(doc)).toEqual([{ code: 'page-missing', page: 7 }]);
    expect(doc.warnings[0]!.message).toBe("page 7 of the document's numbering is not here: page 6 prints 6, page 7 prints 8");
  });
});

describe('page numbers in a text with form feeds', () => {
  const pages = (...texts: string[]) => toTextDocument(texts.join('\f'));

  it('names the pages a numbering skips', () => {
    const doc = pages('表紙', '本文\n- 2 -', '本文\n- 3 -', '本文\n- 6 -', '本文\n- 7 -');
    expect(checkPageNumbers(doc).map((w) => [w.code, w.page, w.message])).toEqual([
      ['page-missing', 4, "pages 4–5 of the document's numbering are not here: page 3 prints 3, page 4 prints 6"],
    ]);
  });

  it('is silent on a numbering that holds, on one that starts elsewhere, and on figures that are no numbering', () => {
    expect(checkPageNumbers(pages('本文\n1 / 4', '本文\n2 / 4', '本文\n3 / 4', '本文\n4 / 4'))).toEqual([]);
    expect(checkPageNumbers(pages('本文\n- 11 -', '本文\n- 12 -', '本文\n- 13 -'))).toEqual([]);
    // the last line of each page is a figure of its table, not a page number
    expect(checkPageNumbers(pages('合計\n1683', '合計\n2729', '合計\n2912', '合計\n40'))).toEqual([]);
    // two pages only: a jump between them is no numbering yet
    expect(checkPageNumbers(pages('本文\n- 1 -', '本文\n- 3 -'))).toEqual([]);
  });
});
