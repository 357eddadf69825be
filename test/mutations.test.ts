/**
 * Fixtures broken the way real documents break (a figure changed, a total deleted, two
 * numbers swapped, a cell emptied): each break is named by a warning on its page, so
 * no broken document passes as clean.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';
import { warningsOf } from './support/compare.js';

const DECK = 'fixtures/consultation-report.kurume.txt';
const PLAN = 'fixtures/plan-progress.kitakyushu.txt';

/** The fixture's text with one edit, which must change it. */
function mutated(file: string, from: string, to: string): { text: string; name: string } {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  return { text: text.replace(from, to), name: 'mutated.txt' };
}

const ROW = 'H27.3.31 706 977 1683 41.9';

describe('mutations', () => {
  it.each([
    ['a slice share changed', DECK, '電話相談 71%', '電話相談 61%', { code: 'chart-shares-sum', page: 7 }],
    ['a plan table total changed', DECK, ROW, 'H27.3.31 706 977 1684 41.9', { code: 'plan-table-total', page: 13 }],
    ['two numbers of a row swapped', DECK, ROW, 'H27.3.31 977 706 1683 41.9', { code: 'plan-table-rate', page: 13 }],
    ['a total deleted', DECK, ROW, 'H27.3.31 706 977 41.9', { code: 'plan-table-total', page: 13 }],
    ['an item\'s 所管課 cell emptied', PLAN, '保健福祉局\n障害者支援\n課\n', '', { code: 'item-department-missing', page: 1 }],
  ])('%s is named', async (_name, file, from, to, warning) => {
    const clean = await extract(file);
    expect(clean.warnings).toEqual([]);
    const broken = await extract(mutated(file, from, to));
    expect(warningsOf(broken)).toEqual([warning]);
  });
});
