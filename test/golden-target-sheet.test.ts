import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';
import { compareToExpected, expectedWarningsOf, warningsOf } from './support/compare.js';

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url);
const expected = (name: string): any => JSON.parse(readFileSync(fixture(`${name}.expected.json`), 'utf8'));

/** Fails with every field that differs from the fixture's expected output, and every record it does not expect. */
function expectMatch(name: string, actual: unknown, options: { ignorePage?: boolean } = {}): void {
  const result = compareToExpected(expected(name), actual, options);
  expect([...result.misses, ...result.spurious]).toEqual([]);
  expect(result.matched).toBe(result.total);
}

describe('target-sheet golden outputs', () => {
  it('reads the Kitakyushu seed text', async () => {
    const doc = await extract(fixture('target-sheet.kitakyushu.txt').pathname);
    expect(doc.kind).toBe('target-sheet');
    expectMatch('target-sheet.kitakyushu', doc);
    expect(warningsOf(doc)).toEqual(expectedWarningsOf(expected('target-sheet.kitakyushu')));
  });

  it('reads the two-sheet variant text (other years, spelled-out eras, 4 columns, 特になし)', async () => {
    const doc = await extract(fixture('target-sheet.variant.txt').pathname);
    expect(doc.kind).toBe('target-sheet');
    expectMatch('target-sheet.variant', doc);
    expect(warningsOf(doc)).toEqual(expectedWarningsOf(expected('target-sheet.variant')));
  });

  it('reads the Kitakyushu PDF from its cells, with the same records as the text', async () => {
    const pdf = await extract(fixture('target-sheet.kitakyushu.pdf').pathname);
    expect(pdf.kind).toBe('target-sheet');
    expect(pdf.source.format).toBe('pdf');
    expectMatch('target-sheet.kitakyushu', pdf);
    const text = await extract(fixture('target-sheet.kitakyushu.txt').pathname);
    const { source: _p, warnings: _pw, coverage: _pc, ...fromPdf } = pdf;
    const { source: _t, warnings: _tw, coverage: _tc, ...fromText } = text;
    expect(fromPdf).toEqual(fromText);
  });

  // scripts/fixtures/target-sheet-html.mjs: HTML printed by Chromium, read back by pdftotext -raw
  // (the PDFs themselves are run by golden-pdf-variants.test.ts)
  for (const variant of ['html-noto', 'html-mincho']) {
    it(`reads the generated ${variant} text (three sheets, a two-row goal box, reviews over page breaks)`, async () => {
      const name = `generated/target-sheet.${variant}`;
      const doc = await extract(fixture(`${name}.txt`).pathname);
      expect(doc.kind).toBe('target-sheet');
      expectMatch(name, doc);
      expect(warningsOf(doc)).toEqual(expectedWarningsOf(expected(name)));
    });
  }

  it('reads the variant drawn by another producer (pdf-lib), sheets on their own pages', async () => {
    const pdf = await extract(fixture('target-sheet.variant.pdf').pathname);
    expect(pdf.kind).toBe('target-sheet');
    // the text copy has no form feeds, so its pages are counted per sheet; the PDF knows them
    expectMatch('target-sheet.variant', pdf, { ignorePage: true });
    if (pdf.kind !== 'target-sheet') return;
    expect(pdf.sheets.map((s) => s.page)).toEqual([1, 3]);
    expect(warningsOf(pdf)).toEqual(expectedWarningsOf(expected('target-sheet.variant')));
  });
});
