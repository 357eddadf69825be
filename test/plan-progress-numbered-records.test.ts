/**
 * Records that print no number or name label (Writer reports of numbered paragraphs): each
 * opens at a line of its number and name, its department in brackets after them, and its
 * values follow under short labels (実績：, 評価：, 今後：). Also the report title under a
 * running header, bare `施策N` headings at a line's start, and a grade-and-direction line
 * (`5 継続`) that is no item.
 */
import { describe, expect, it } from 'vitest';
import { toTextDocument } from '../src/input/text.js';
import { readForms } from '../src/kinds/plan-progress/forms/index.js';
import { trailingHeadings } from '../src/kinds/plan-progress/forms/headings.js';
import type { ParseContext } from '../src/kinds/types.js';

const quiet: ParseContext = { warn: () => {}, extractMetrics: () => [] };
const read = (text: string) => readForms(toTextDocument(text), quiet);

const REPORT = [
  'ひかり市第２期障害者計画',
  'ひかり市障害者計画 令和５年度 事業進捗報告書',
  '基本目標１ 地域で暮らす',
  '施策１ 相談支援の充実',
  '（１）相談支援事業【障害福祉課】',
  '実績：委託事業所で相談に応じた。',
  '評価：Ｂ',
  '今後：継続',
  '（２）成年後見制度の利用支援【地域福祉課】',
  '実績：市長申立てを行った。',
  '評価：Ａ',
  '今後：申立ての手続きを早める。',
  '施策２ 地域生活の支援',
  '1. 移動支援事業（福祉課）',
  '実績：ガイドヘルパーを派遣した。',
  '評価：Ｃ',
  '今後：見直し',
].join('\n');

describe('records opened by a numbered name line', () => {
  it('reads each record, its department from the brackets, numbered again under each 施策', () => {
    const form = read(REPORT)!;
    expect(form.items.map((i) => [i.no, i.name, i.department, i.achievement, i.direction, i.subsection?.code])).toEqual([
      [1, '相談支援事業', '障害福祉課', 'B', '継続', '1'],
      [2, '成年後見制度の利用支援', '地域福祉課', 'A', null, '1'],
      [1, '移動支援事業', '福祉課', 'C', '見直し', '2'],
    ]);
    expect(form.items[1]!.plans?.text).toBe('申立ての手続きを早める。');
    expect(form.items[0]!.results).toMatchObject({ fiscalYear: 2023, text: '委託事業所で相談に応じた。' });
  });

  it('takes the report title under a running header', () => {
    expect(read(REPORT)!.title).toBe('ひかり市障害者計画 令和5年度 事業進捗報告書');
  });

  it('needs two such lines before labelled values: one numbered line is no record form', () => {
    expect(read(REPORT.split('\n').slice(0, 8).join('\n'))?.items ?? []).toEqual([]);
  });

  it('reads a bare 施策N at a line start as a subsection heading, not inside a sentence', () => {
    expect(trailingHeadings('今後：継続\n施策2 暮らしの場の確保').headings.subsection).toEqual({ code: '2', title: '暮らしの場の確保' });
    expect(trailingHeadings('今後は施策2 の見直しを進める').headings.subsection).toBeNull();
  });
});
