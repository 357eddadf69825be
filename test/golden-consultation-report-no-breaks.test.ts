/**
 * Decks pasted without slide breaks: the fixtures' text with form feeds and blank
 * lines taken out, as some users paste pdftotext output. Slides cannot be told
 * apart, so pages are null and compared not at all; every other field must match.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract, type ConsultationReportDocument } from '../src/api.js';
import { compareToExpected } from './support/compare.js';

/** The text as one run of lines: no form feeds, no blank lines. */
const withoutBreaks = (text: string) =>
  text
    .replace(/\f/g, '\n')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .join('\n');

describe('golden: consultation-report text without slide breaks', () => {
  it.each([
    ['consultation-report.kurume', 'map of place names just before a chart whose labels come first'],
    ['consultation-report.variant', 'one chart heading first among charts whose labels come first'],
    ['generated/consultation-report.omuta', 'bar chart with a wrapped label'],
    ['generated/consultation-report.miyama', 'a slide title without brackets, a bulleted slide after a chart'],
    ['generated/consultation-report.tamana', 'two charts on one slide'],
  ])('reads %s (%s)', async (name) => {
    const text = withoutBreaks(readFileSync(`fixtures/${name}.txt`, 'utf8'));
    const out = (await extract({ text, name: `${name}.txt` })) as ConsultationReportDocument;
    expect(out.kind).toBe('consultation-report');
    const result = compareToExpected(JSON.parse(readFileSync(`fixtures/${name}.expected.json`, 'utf8')), out, { ignorePage: true });
    expect(result.misses).toEqual([]);
    expect(result.spurious).toEqual([]);
    expect(out.source.pages).toBeNull();
    expect([...out.charts, ...out.tables, ...out.counts].every((r) => r.page === null)).toBe(true);
  });
});
