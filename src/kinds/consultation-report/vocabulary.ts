/**
 * Words a 基幹相談支援センター report deck prints around its figures.
 */

/**
 * Column headers of the plan tables, chart captions and notes, as coverage counts
 * them: not content when no field reads them. Text is compacted (no whitespace)
 * before they are matched.
 */
export const CONSULTATION_REPORT_COVERAGE_LABELS: readonly string[] = [
  'セルフプラン', 'セルフ率', 'セルフ', 'プラン', '事業所作成計画', '事業所作成', '事業所', '作成', '計画', '合計数', '合計', '総数', '計', '率',
  '前年比', '前年度比', '重複あり', '切り捨て', '年度末', '時点', '現在', '件数', '人数', '構成比', '割合', '件', '人', '%',
];
