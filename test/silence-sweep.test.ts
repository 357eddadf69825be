/**
 * Clean reports give no warning the document does not earn (issue 10's silence sweep):
 * a part of the form the contract leaves out (a 管理シート's 活動指標 table of 見込量 and
 * 実績値) is no row a parser skipped, while a row of figures in a target's own part still
 * is; a テキスト版 that runs its cells together with 。 is not told to be an indicator
 * table (its words inside sentences name no column).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';
import { toTextDocument } from '../src/input/text.js';
import { COVERAGE_RULES } from '../src/validate/labels.js';
import { traceFields } from '../src/validate/provenance.js';
import { checkSkippedRows } from '../src/validate/skipped.js';

const rules = COVERAGE_RULES['target-sheet'];

describe('rows-skipped outside the contract', () => {
  const text = (afterNextTarget: string) =>
    [
      '基本指針の目標1福祉施設の入所者の地域生活への移行',
      '【実績値】',
      '<1>地域生活への移行者数 9人 21人 35人',
      '(2)主な活動指標(内容)',
      'サービスの種類 令和3年度 令和4年度 令和5年度',
      '1.施設入所支援 見込量 636人 630人 624人',
      '2.生活介護 見込量 1,020人 1,050人 1,080人',
      '基本指針の目標2地域生活支援拠点等が有する機能の充実',
      afterNextTarget,
    ].join('\n');
  const read = { sheets: [{ actuals: [{ value: 9 }, { value: 21 }, { value: 35 }], page: 1 }] };

  it('leaves the 活動指標 table of 見込量 unnamed: the contract has no field for it', () => {
    expect(checkSkippedRows(traceFields(toTextDocument(text('')), read), rules)).toEqual([]);
  });

  it("names a row of figures in the next target's part, which the contract reads", () => {
    const warnings = checkSkippedRows(traceFields(toTextDocument(text('地域生活支援拠点等の整備箇所数 3箇所 4箇所 5箇所')), read), rules);
    expect(warnings).toEqual([
      { code: 'rows-skipped', message: '1 row of figures not read into any field: "地域生活支援拠点等の整備箇所数 3箇所 4箇所 5箇所"', page: null },
    ]);
  });

  it('reads the 管理シート from its -raw text without a warning', async () => {
    const out = await extract('fixtures/forms/target-sheet.kanri.raw.txt', { metrics: false });
    expect(out.warnings).toEqual([]);
  });
});

describe('hints of a plan text without records', () => {
  it("川越市's テキスト版 of a 進捗状況調査表 cut in its first row: no records, and no indicator-table hint", async () => {
    await expect(extract('fixtures/real-excerpts/02_kawagoe_H28_shinchoku_chousahyou.txt')).rejects.toMatchObject({
      code: 'NO_RECORDS',
      message: 'no plan-progress records found',
    });
  });

  it('still names an indicator table whose header stands as a line of column words', async () => {
    const text = ['令和5年度 施策の達成度一覧', 'No 事業名 担当課 指標（単位） 年度 計画 実績', '1 相談支援 障害福祉課 相談件数（件） 令和5年度'].join('\n');
    await expect(extract({ text, name: 'indicators.txt' }, { kind: 'plan-progress' })).rejects.toMatchObject({
      code: 'NO_RECORDS',
      message: expect.stringMatching(/a table of indicators over years/),
    });
  });
});
