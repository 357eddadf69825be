/**
 * A ruled 成果指標 table (施策の達成度一覧表): a value cell that holds no figure
 * (`中止`) is left out with a warning, a figure is read without one.
 */
import { describe, expect, it } from 'vitest';
import type { Grid, GridCell } from '../src/document/table.js';
import { readIndicatorTable } from '../src/kinds/plan-progress/indicator-table.js';
import type { PlanItem } from '../src/kinds/plan-progress/schema.js';
import { planVocabulary } from '../src/kinds/plan-progress/vocabulary.js';
import { fakeContext } from './consultation-report.support.js';

const cell = (row: number, col: number, text: string): GridCell => ({ row, col, rowSpan: 1, colSpan: 1, lines: [text], text });

/** A header row and one item's row, its 令和5年度 実績 cell holding `actual`. */
function table(actual: string): Grid {
  const header = ['番号', '施策名', '担当課', '成果指標', '実績値 令和5年度'];
  const row = ['1', '相談支援の充実', '障害福祉課', '相談件数（件）', actual];
  return {
    headerRows: null,
    rows: 2,
    columns: 5,
    cells: [...header.map((t, c) => cell(0, c, t)), ...row.map((t, c) => cell(1, c, t))],
  };
}

function read(actual: string) {
  const ctx = fakeContext();
  const items: PlanItem[] = [];
  expect(readIndicatorTable(table(actual), 1, items, planVocabulary(), ctx)).toBe(true);
  return { items, codes: ctx.warnings.map((w) => w.code) };
}

describe('indicator tables from a PDF', () => {
  it('reads a figure under its year, silently', () => {
    const { items, codes } = read('1,204');
    expect(items.map((i) => [i.no, i.department, i.indicators[0]?.label, i.indicators[0]?.unit])).toEqual([[1, '障害福祉課', '相談件数', '件']]);
    expect(items[0]!.indicators[0]!.actuals).toEqual([{ fiscalYear: 2023, value: 1204 }]);
    expect(codes).toEqual([]);
  });

  it('leaves out a value cell that holds no figure, and says so (indicator-value-unreadable)', () => {
    const { items, codes } = read('中止');
    expect(items[0]!.indicators[0]!.actuals).toEqual([]);
    expect(codes).toEqual(['indicator-value-unreadable']);
  });
});
