/** Plan tables a page break cut are joined again; tables that only look alike are not. */
import { describe, expect, it } from 'vitest';
import { joinContinued, type TablePiece } from '../src/kinds/consultation-report/continued-tables.js';

const row = (asOf: string, selfPlans: number | null, total: number | null = null) => ({ asOf, selfPlans, providerPlans: null, total, selfPlanRate: null });
const piece = (title: string, page: number, rows: ReturnType<typeof row>[], named = true, lead: TablePiece['lead'] = []): TablePiece => ({
  table: { title, rows, page },
  named,
  lead,
  claimLead: () => {},
});

describe('joinContinued', () => {
  it("completes the cut row from the next page's lead and joins the rows", () => {
    const out = joinContinued([piece('A', 1, [row('2015-03-31', 1, 3), row('2016-03-31', 2)]), piece('', 2, [row('2017-03-31', 4, 5)], false, [['total', 9]])]);
    expect(out).toEqual([{ title: 'A', page: 1, rows: [row('2015-03-31', 1, 3), row('2016-03-31', 2, 9), row('2017-03-31', 4, 5)] }]);
  });

  it('joins a piece under the same name on the next page', () => {
    expect(joinContinued([piece('A', 1, [row('2015-03-31', 1)]), piece('A', 2, [row('2016-03-31', 2)])])).toHaveLength(1);
  });

  it('keeps apart tables of other names, pages further on, or the same dates again', () => {
    expect(joinContinued([piece('A', 1, [row('2015-03-31', 1)]), piece('B', 2, [row('2016-03-31', 2)])])).toHaveLength(2);
    expect(joinContinued([piece('A', 1, [row('2015-03-31', 1)]), piece('', 3, [row('2016-03-31', 2)], false)])).toHaveLength(2);
    expect(joinContinued([piece('A', 1, [row('2015-03-31', 1)]), piece('A', 2, [row('2015-03-31', 1)])])).toHaveLength(2);
  });

  it('leaves a lead that would overwrite a printed figure unplaced', () => {
    const out = joinContinued([piece('A', 1, [row('2015-03-31', 1, 3)]), piece('', 2, [row('2016-03-31', 2)], false, [['total', 9]])]);
    expect(out[0]!.rows[0]).toEqual(row('2015-03-31', 1, 3));
  });
});
