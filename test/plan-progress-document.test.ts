/**
 * plan-progress from a PDF reads the logical document: the table found by its header
 * words, prose between tables and a row of one merged cell as headings, a row without
 * a number continuing the item above it across a page break, and a heading repeated
 * as a running header governing the rows under it.
 */
import { describe, expect, it } from 'vitest';
import type { Cell } from '../src/layout/types.js';
import { parseLayout } from '../src/kinds/plan-progress/from-layout.js';
import { fakeContext } from './consultation-report.support.js';
import { layoutCell as cell, layoutLine as line, layoutPage, layoutPages, layoutTable as table } from './support/layout.js';

const HEADER = ['番号', '事業名', '事業概要', '令和5年度の実施状況', '担当課'];
const header = (): Cell[] => HEADER.map((t, c) => cell(0, c, [t]));
const row = (r: number, texts: string[]): Cell[] => texts.map((t, c) => cell(r, c, t === '' ? [] : [t]));
const heading = (r: number, text: string): Cell => cell(r, 0, [text], { colSpan: HEADER.length });

function read(pages: Parameters<typeof layoutPages>[0]) {
  const ctx = fakeContext({ metrics: false });
  const fields = parseLayout(layoutPages(pages), ctx);
  return { fields, codes: ctx.warnings.map((w) => w.code) };
}

const governed = (fields: ReturnType<typeof read>['fields']) =>
  fields.items.map((i) => [i.no, i.section?.code ?? null, i.subsection?.code ?? null, i.name, i.department]);

describe('plan-progress from the logical document', () => {
  it('reads headings above a table and in a merged row, and continues a row cut by a page break', () => {
    const page1 = layoutPage(1, [line('北九州市障害者計画進捗状況管理表', 0, 20), line('1 相談支援の充実', 0, 40), line('（1）相談体制の強化', 0, 60)], [
      table([
        ...header(),
        ...row(1, ['1', '基幹相談支援センターの運営', '相談を受ける', '相談を受けた', '障害福祉課']),
        heading(2, '（2）地域移行の推進'),
        ...row(3, ['2', '地域移行支援', '退院を支える', '退院を支えた', '']),
      ]),
    ]);
    const page2 = layoutPage(2, [], [table([...header(), ...row(1, ['', '（継続）', '', '病院と連携した', '精神保健福祉課'])])]);
    const { fields, codes } = read([page1, page2]);
    expect(fields.title).toBe('北九州市障害者計画進捗状況管理表');
    expect(governed(fields)).toEqual([
      [1, '1', '1', '基幹相談支援センターの運営', '障害福祉課'],
      [2, '1', '2', '地域移行支援（継続）', '精神保健福祉課'],
    ]);
    expect(fields.items[1]!.results?.text).toBe('退院を支えた病院と連携した');
    expect(fields.items[0]!.results?.fiscalYear).toBe(2023);
    expect(codes).toEqual([]);
  });

  it('reads a heading left at the foot of a page for the next page, and one repeated as a running header', () => {
    const page1 = layoutPage(1, [line('1 相談支援の充実', 0, 40), line('（1）相談体制の強化', 0, 60), line('2 就労支援の推進', 0, 200)], [
      table([...header(), ...row(1, ['1', '相談窓口', '相談を受ける', '相談を受けた', '障害福祉課'])]),
    ]);
    const page2 = layoutPage(2, [line('（1）一般就労への移行', 0, 60)], [table([...header(), ...row(1, ['2', '就労移行支援', '就労を支える', '就労を支えた', '障害福祉課'])])]);
    // the section heading printed again at the top of the page: its subsection starts over
    const page3 = layoutPage(3, [], [table([...header(), ...row(1, ['3', '職場定着支援', '定着を支える', '定着を支えた', '障害福祉課'])])], [line('2 就労支援の推進', 0, 20)]);
    expect(governed(read([page1, page2, page3]).fields)).toEqual([
      [1, '1', '1', '相談窓口', '障害福祉課'],
      [2, '2', '1', '就労移行支援', '障害福祉課'],
      [3, '2', null, '職場定着支援', '障害福祉課'],
    ]);
  });

  it('reads the rows under a merged header cell as header, whatever their words', () => {
    const span = { rowSpan: 2 };
    const page = layoutPage(1, [], [
      table([
        cell(0, 0, ['番号'], span),
        cell(0, 1, ['事業名'], span),
        cell(0, 2, ['令和5年度の実施状況'], span),
        cell(0, 3, ['目標'], { colSpan: 2 }),
        cell(0, 5, ['担当課'], span),
        cell(0, 6, ['評価'], span),
        cell(1, 3, ['基準値']),
        cell(1, 4, ['目標値']),
        ...row(2, ['1', '就労移行支援', '就労を支えた', '令和元年度 10人', '令和5年度 20人', '障害福祉課', 'A']),
      ]),
    ]);
    const { fields, codes } = read([page]);
    expect(fields.items.map((i) => [i.no, i.name, i.department])).toEqual([[1, '就労移行支援', '障害福祉課']]);
    expect(fields.items[0]!.goal).toMatchObject({ baseline: { fiscalYear: 2019 }, target: { fiscalYear: 2023 } });
    expect(codes).toEqual([]);
  });
});
