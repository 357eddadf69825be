/**
 * Warnings that clean inputs of other cities' forms give where the input really loses
 * something say what and where precisely: a テキスト版 that prints a merged 担当課 on its
 * first row only names the row it may belong to; an indicator table's year rows whose
 * item was cut off at a page break are named by their own figures, not as another item's.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';

describe('precise warnings on real losses', () => {
  it('a 担当課 merged down over rows, printed once by a テキスト版: each row without it names the row above that has it', async () => {
    const doc = await extract('fixtures/office-pp/plan-progress.writer-table.oneline.txt', { metrics: false });
    if (doc.kind !== 'plan-progress') throw new Error(doc.kind);
    expect(doc.warnings.map((w) => [w.code, /^item (\d+):.*item (\d+) above has (\S+) /.exec(w.message)?.slice(1)])).toEqual([
      ['item-department-missing', ['2', '1', '障がい福祉課']],
      ['item-department-missing', ['3', '1', '障がい福祉課']],
      ['item-department-missing', ['5', '4', '障がい福祉課']],
      ['item-department-missing', ['9', '8', '危機管理課']],
    ]);
    // the hint is a hint: the field stays what the row prints
    expect(doc.items.filter((i) => i.department === '').map((i) => i.no)).toEqual([2, 3, 5, 9]);
  });

  it('a blank 所管課 with no row above that prints one gives the plain warning', async () => {
    const text = '番号   施策   平成三十年度の取組状況   評価   今後の方向性   担当課\n1   相談支援   相談に応じた。   ◎   続ける。   \n2   手話通訳   通訳を行った。   ○   続ける。   障がい福祉課\n';
    const doc = await extract({ text: `さくら台市障がい者計画 進捗状況報告\n${text}`, name: 'blank.txt' }, { metrics: false, kind: 'plan-progress' });
    expect(doc.warnings.map((w) => w.message)).toEqual(['item 1: no 所管課 found']);
  });

  it("an indicator table's year rows cut from their item at a page break are named by their figures", async () => {
    const doc = await extract('fixtures/browser-pp/nendo-kanri.pdf', { metrics: false });
    expect(doc.warnings.map((w) => [w.code, w.page])).toEqual([
      ['indicator-row-unattached', 1],
      ['indicator-row-unattached', 2],
      ['indicator-row-unattached', 2],
    ]);
    expect(doc.warnings[0]!.message).toMatch(/^year row 令和3年度 \(20, 中止\) has no item of its own \(item 4 above has FY2023 already\)/);
  });
});
