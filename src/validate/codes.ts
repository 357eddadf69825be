/**
 * Stable codes of the consistency warnings: a document's figures checked
 * against its own arithmetic. A failed check never changes the data.
 *
 * | code                     | record           | what disagrees                                                        |
 * |--------------------------|------------------|-----------------------------------------------------------------------|
 * | chart-shares-sum         | chart            | shares do not sum to 100 ± 0.5 (≥ 99.5 when 重複あり; 100 − n×step … 100.5 when 切り捨て) |
 * | chart-counts-sum         | chart            | slice counts do not sum to the chart's total (may exceed it when 重複あり) |
 * | plan-table-total         | plan table row   | selfPlans + providerPlans ≠ total                                     |
 * | plan-table-rate          | plan table row   | selfPlanRate is neither selfPlans / total × 100 rounded nor truncated |
 * | actual-year-outside-plan | sheet / item     | an actual or review year after the goal year or > 5 years before it; results year after plans year |
 * | change-mismatch          | chart            | 前年比 change ≠ total − the prior year's stated total                  |
 * | item-number-duplicate    | plan item        | an item number used twice (within its section when items are numbered per section) |
 */
export const CONSISTENCY_CODES = {
  'chart-shares-sum': "a chart's shares do not sum to 100%",
  'chart-counts-sum': "a chart's slice counts do not sum to its total",
  'plan-table-total': 'selfPlans + providerPlans differs from total',
  'plan-table-rate': 'selfPlanRate differs from selfPlans / total × 100',
  'actual-year-outside-plan': 'a year falls outside the plan period',
  'change-mismatch': "a chart's change differs from its total minus the prior year's",
  'item-number-duplicate': 'an item number is used twice in one document',
} as const;

export type ConsistencyCode = keyof typeof CONSISTENCY_CODES;
