/**
 * Indicator tables from a one-line テキスト版 (fixtures/browser-pp): the rows under a
 * cell merged over rows print only their own cells (a year's row, an item's next
 * indicator, an item sharing the 課 above), placed by their cells' roles into a table
 * that the PDF's indicator-table reader reads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';
import { compareToExpected } from './support/compare.js';

const DIR = 'fixtures/browser-pp';
const expected = (name: string) => JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8'));

describe('golden: indicator tables from their テキスト版', () => {
  it("reads the 進捗管理表's year rows to their items, across the page break", async () => {
    const out = await extract(join(DIR, 'nendo-kanri.oneline.txt'));
    const result = compareToExpected(expected('nendo-kanri'), out);
    expect(result.misses).toEqual([]);
    expect(result.spurious).toEqual([]);
    // item 5's 実績 for 令和3年度 is printed 中止
    expect(out.warnings.map((w) => w.code)).toEqual(['indicator-value-unreadable']);
  });

  it("reads the 達成度一覧表's items under a 課 printed once, and an item's second indicator", async () => {
    const out = await extract(join(DIR, 'tassei-ichiran.oneline.txt'));
    const result = compareToExpected(expected('tassei-ichiran'), out);
    // the table of contents is taken for the tally (達成度の集計) the text prints after it
    const items = (paths: string[]) => paths.filter((m) => !m.startsWith('$.summaries'));
    expect(items(result.misses)).toEqual([]);
    expect(items(result.spurious)).toEqual([]);
    if (out.kind !== 'plan-progress') throw new Error(`read as ${out.kind}`);
    const item3 = out.items.find((i) => i.no === 3);
    expect(item3?.department).toBe('障害福祉課');
    expect(item3?.indicators.map((i) => i.label)).toEqual(['グループホームの定員', '体験利用の件数']);
    expect(out.warnings).toEqual([]);
  });
});
