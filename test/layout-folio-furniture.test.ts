/**
 * A page's own number at its edge is page furniture however few pages print one: a deck
 * numbered from its second slide (the title slide bare) kept its first stamped number as
 * content, where it became a chart figure or moved a review's year.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';

/** The fixture script that stamps slide numbers (pdf-lib), as the page-missing fixtures are made. */
const { numberedDeck } = (await import('../scripts/fixtures/numbered-deck.mjs' as string)) as { numberedDeck: (file: string) => Promise<Uint8Array> };

const expected = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

describe('folios on a few pages', () => {
  it('a 3-slide consultation deck numbered from slide 2 reads as the unnumbered one', async () => {
    const base = 'fixtures/cr-office2/consultation-report.impress-hibari';
    const doc = await extract(await numberedDeck(`${base}.pdf`), { metrics: false });
    const want = expected(`${base}.expected.json`);
    expect(doc.kind === 'consultation-report' && doc.counts.map((c) => [c.label, c.value])).toEqual(
      (want.counts as Array<{ label: string; value: number }>).map((c) => [c.label, c.value]),
    );
    expect(doc.warnings).toEqual([]);
  });

  it('a numbered target-sheet deck keeps its review years', async () => {
    const base = 'fixtures/ts-office/target-sheet.impress-seika';
    const doc = await extract(await numberedDeck(`${base}.pdf`), { metrics: false });
    const want = expected(`${base}.expected.json`) as { sheets: Array<{ reviews: Array<{ fiscalYear: number | null }> }> };
    expect(doc.kind === 'target-sheet' && doc.sheets.map((s) => s.reviews.map((r) => r.fiscalYear))).toEqual(want.sheets.map((s) => s.reviews.map((r) => r.fiscalYear)));
  });
});
