import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract, type PlanProgressDocument } from '../src/api.js';
import { compareToExpected, expectedWarningsOf, warningsOf } from './support/compare.js';

const expected = (name: string) => JSON.parse(readFileSync(`fixtures/${name}.expected.json`, 'utf8'));

async function golden(file: string, name: string): Promise<PlanProgressDocument> {
  const out = await extract(file);
  expect(out.kind).toBe('plan-progress');
  const want = expected(name);
  const result = compareToExpected(want, out);
  expect(result.misses).toEqual([]);
  expect(result.spurious).toEqual([]);
  expect(warningsOf(out)).toEqual(expectedWarningsOf(want));
  return out as PlanProgressDocument;
}

describe('golden: plan-progress', () => {
  it('reads the seed text (no form feeds: pages where the title repeats)', async () => {
    const out = await golden('fixtures/plan-progress.kitakyushu.txt', 'plan-progress.kitakyushu');
    expect(out.source.pages).toBeNull();
  });

  it('reads pdftotext -raw output of the seed PDF (form feeds, no blank lines)', async () => {
    const out = await golden('fixtures/plan-progress.kitakyushu.raw.txt', 'plan-progress.kitakyushu');
    expect(out.source.pages).toBe(3);
  });

  it('reads the variant text (令和 years, 【新規】 first, a row cut by a page break, an item without blank lines)', async () => {
    await golden('fixtures/plan-progress.variant.txt', 'plan-progress.variant');
  });

  it('reads the seed PDF from its tables, pages included', async () => {
    const out = await golden('fixtures/plan-progress.kitakyushu.pdf', 'plan-progress.kitakyushu');
    expect(out.source).toMatchObject({ format: 'pdf', pages: 3 });
  });

  it('reads the variant PDF drawn by another producer (pdf-lib): a row continued on the next page, two tables on a page', async () => {
    const out = await golden('fixtures/plan-progress.variant.pdf', 'plan-progress.variant');
    expect(out.source).toMatchObject({ format: 'pdf', pages: 2 });
  });

  // `pdftotext -raw` of the pdf-lib PDFs: headings drawn before or after the rows, the
  // title and header block repeated per page, a goal cut by a page break, a name and a
  // summary on one baseline, 継続実施 beside the assessment's first line
  it.each([
    ['reiwa', 4],
    ['a4-mincho', 3],
    ['excel-rects', 3],
  ])('reads pdftotext -raw output of generated/plan-progress.%s.pdf', async (name, pages) => {
    const out = await golden(`fixtures/generated/plan-progress.${name}.txt`, `generated/plan-progress.${name}`);
    expect(out.source.pages).toBe(pages);
  });

  // Chromium-printed tables whose rows break across pages: every cell is cut at the same
  // height, mid-sentence; the body cells are told apart by their column widths
  it('reads pdftotext -raw output of generated/plan-progress.html-noto.pdf (rows split by page breaks)', async () => {
    await golden('fixtures/generated/plan-progress.html-noto.txt', 'generated/plan-progress.html-noto');
  });

  // a row cut two lines down, its narrow cells and goal cut too: the goal's rest shares a
  // line with the assessment's and the related plan's with the department's
  it.each(['html-mincho'])('reads pdftotext -raw output of generated/plan-progress.%s.pdf (rows split by page breaks)', async (name) => {
    await golden(`fixtures/generated/plan-progress.${name}.txt`, `generated/plan-progress.${name}`);
  });

  it.each([
    ['fixtures/plan-progress.kitakyushu.txt', 'fixtures/plan-progress.kitakyushu.pdf'],
    ['fixtures/plan-progress.variant.txt', 'fixtures/plan-progress.variant.pdf'],
  ])('gives the same records from %s and from its PDF', async (text, pdf) => {
    const fromText = await extract(text);
    const fromPdf = await extract(pdf);
    // texts compare without whitespace: a PDF's cells lose the text's indentation
    const result = compareToExpected(fromText, fromPdf);
    expect(result.misses).toEqual([]);
    expect(result.spurious).toEqual([]);
  });
});

describe('golden: plan-progress text without form feeds', () => {
  it.each(['plan-progress.a4-mincho', 'plan-progress.excel-rects'])(
    '%s pages from its footers when the text has no form feeds',
    async (name) => {
      const text = readFileSync(`fixtures/generated/${name}.txt`, 'utf8').replace(/\f/g, '');
      const want = JSON.parse(readFileSync(`fixtures/generated/${name}.expected.json`, 'utf8'));
      const out = await extract({ text, name: `${name}.txt` });
      const result = compareToExpected(want, out);
      expect(result.misses).toEqual([]);
    },
  );
});
