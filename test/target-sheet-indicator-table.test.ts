/**
 * A 管理シート printed as one table of goals and yearly actuals (src/kinds/target-sheet/
 * indicator-table.ts), here as a テキスト版 line: the columns in another order than the
 * fixtures' (the goal after the years, no 達成率), targets numbered `(1)`, a department
 * above the table, a note after it.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';

const CELLS = [
  '第6期ひかり市障害福祉計画 成果目標の管理シート（令和4年度）', '担当課：福祉部障害福祉課',
  '成果目標', '項目', '実績 R2', '実績 R3', '実績 R4(見込)', '目標値（R5年度末）',
  '(1)福祉施設の入所者の地域生活への移行', '地域生活移行者数', '2人', '5人', '8人', '12人',
  '(3)福祉施設から一般就労への移行等', '一般就労移行者数', '18人', '22人', '25人', '30人',
  '就労定着支援事業の利用者数', '4人', '6人', '－', '12人',
  '（注）R4は見込みの値',
];

describe('target-sheet: a table of goals and yearly actuals', () => {
  it('reads one sheet per target, its goal from the first row wherever the goal column stands, every row its actuals', async () => {
    const doc = await extract({ text: `${CELLS.join('   ')}\n`, name: 'kanri.txt' });
    expect(doc.kind).toBe('target-sheet');
    if (doc.kind !== 'target-sheet') return;
    expect(doc.plan).toBe('第6期ひかり市障害福祉計画');
    expect(doc.sheets.map((s) => [s.department, s.target.code, s.target.title])).toEqual([
      ['福祉部障害福祉課', '1', '福祉施設の入所者の地域生活への移行'],
      ['福祉部障害福祉課', '3', '福祉施設から一般就労への移行等'],
    ]);
    expect(doc.sheets[1]!.goal).toMatchObject({ label: '一般就労移行者数', value: 30, unit: '人', fiscalYear: 2023, deadline: 'R5年度末' });
    expect(doc.sheets[1]!.actuals.map((a) => [a.fiscalYear, a.label, a.value])).toEqual([
      [2020, '一般就労移行者数', 18], [2021, '一般就労移行者数', 22], [2022, '一般就労移行者数', 25],
      [2020, '就労定着支援事業の利用者数', 4], [2021, '就労定着支援事業の利用者数', 6], [2022, '就労定着支援事業の利用者数', null],
    ]);
  });
});
