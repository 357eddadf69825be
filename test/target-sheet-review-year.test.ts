/**
 * The year of a review: a sheet's one review without a year heading has the year the
 * report's title names, or none (null) when the document names none, and neither warns;
 * yearly reviews of which one lost its heading still warn (test/target-sheet.test.ts).
 * Also the other words a report prints beside its reviews: a grade legend, a chart title.
 */
import { describe, expect, it } from 'vitest';
import { toTextDocument } from '../src/input/text.js';
import { parseText } from '../src/kinds/target-sheet/from-text.js';
import type { ParseContext } from '../src/kinds/types.js';
import type { Warning } from '../src/schema/common.js';

function parse(text: string) {
  const warnings: Warning[] = [];
  const ctx: ParseContext = { warn: (code, message, page) => warnings.push({ code, message, page }), extractMetrics: () => [] };
  return { ...parseText(toTextDocument(text), ctx), warnings };
}

const report = (title: string, extra = '') =>
  [title, '目標1 福祉施設から一般就労への移行', '■数値目標', '一般就労移行者数 40人（令和5年度末）', '■実績', '令和3年度：30人、令和4年度：35人', '■評価', '移行者は増えている。', extra, '■課題と今後の取組', '企業への働きかけを続ける。']
    .filter((l) => l !== '')
    .join('\n');

describe('target-sheet review years', () => {
  it('leaves the year of a final report\'s one review null, silently', () => {
    const read = parse(report('第6期あさひ市障害福祉計画の最終報告'));
    expect(read.sheets[0]!.reviews.map((r) => [r.fiscalYear, r.evaluation, r.improvement])).toEqual([[null, '移行者は増えている。', '企業への働きかけを続ける。']]);
    expect(read.warnings).toEqual([]);
  });

  it('dates the one review by the year the report\'s title names', () => {
    const read = parse(report('成果目標の達成状況（令和4年度）'));
    expect(read.sheets[0]!.reviews.map((r) => r.fiscalYear)).toEqual([2022]);
    expect(read.warnings).toEqual([]);
  });

  it('keeps a chart title and a grade legend out of the review', () => {
    const read = parse(report('成果目標の達成状況（令和4年度）', '一般就労移行者数の推移（人）\n評価 A：達成 B：概ね達成 C：未達成'));
    expect(read.sheets[0]!.reviews.map((r) => r.evaluation)).toEqual(['移行者は増えている。']);
  });
});
