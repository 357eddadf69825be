import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract, type ConsultationReportDocument } from '../src/api.js';
import { compareToExpected, expectedWarningsOf, warningsOf } from './support/compare.js';

const expected = (name: string) => JSON.parse(readFileSync(`fixtures/${name}.expected.json`, 'utf8'));

async function golden(file: string, name: string): Promise<ConsultationReportDocument> {
  const out = await extract(file);
  expect(out.kind).toBe('consultation-report');
  const want = expected(name);
  const result = compareToExpected(want, out);
  expect(result.misses).toEqual([]);
  expect(result.spurious).toEqual([]);
  expect(warningsOf(out)).toEqual(expectedWarningsOf(want));
  return out as ConsultationReportDocument;
}

/** The records of a document, slice order aside (a PDF's blocks and a text's lines list slices in different orders). */
function records(doc: ConsultationReportDocument) {
  return {
    head: [doc.title, doc.organization, doc.fiscalYear, doc.date, doc.meeting],
    charts: doc.charts.map((c) => ({ ...c, breakdown: [...c.breakdown].sort((a, b) => a.label.localeCompare(b.label)) })),
    tables: doc.tables,
    counts: doc.counts.map(({ raw: _raw, ...c }) => c),
  };
}

describe('golden: consultation-report', () => {
  it('reads the seed text (slides separated by blank lines)', async () => {
    await golden('fixtures/consultation-report.kurume.txt', 'consultation-report.kurume');
  });

  it('reads the variant text (form feeds, other year, ▲ change, reordered table columns)', async () => {
    const out = await golden('fixtures/consultation-report.variant.txt', 'consultation-report.variant');
    expect(out.source.pages).toBe(13);
    expect(out.charts.every((c) => c.truncated === true)).toBe(true);
  });

  it('reads the seed PDF from its layout', async () => {
    await golden('fixtures/consultation-report.kurume.pdf', 'consultation-report.kurume');
  });

  it('reads the variant PDF (labels round a ring, one table without rules)', async () => {
    await golden('fixtures/consultation-report.variant.pdf', 'consultation-report.variant');
  });

  // decks printed from HTML by Chromium (scripts/fixtures/consultation-report-html.mjs); their PDFs are read by golden-pdf-variants
  it.each([
    ['omuta', 'bar chart with a wrapped label, 前年比▲/－, three tables'],
    ['miyama', 'tables first, 合計 in the corner cell, a slide title without brackets'],
    ['tamana', 'two charts on one slide, a legend, header cells wrapped inside words'],
  ])('reads the generated %s text (%s)', async (name) => {
    await golden(`fixtures/generated/consultation-report.${name}.txt`, `generated/consultation-report.${name}`);
  });

  it.each(['kurume', 'variant'])('gives the same records from the %s PDF as from its text', async (name) => {
    const [text, pdf] = await Promise.all([
      extract(`fixtures/consultation-report.${name}.txt`),
      extract(`fixtures/consultation-report.${name}.pdf`),
    ]);
    expect(records(pdf as ConsultationReportDocument)).toEqual(records(text as ConsultationReportDocument));
  });
});
