/**
 * Words a 目標等の管理シート prints around its content.
 */

/**
 * Captions of the form, the PDCA step names (printed vertically too: `計` / `画` /
 * `（` / `P` / `）`) and the actuals table's headings, as coverage counts them: not
 * content when no field reads them. Text is compacted (no whitespace) before they are matched.
 */
export const TARGET_SHEET_COVERAGE_LABELS: readonly string[] = [
  '目標等の管理シート', '計画（P）', '実施（D）', '評価（C）', '改善（A）', '計画(P)', '実施(D)', '評価(C)', '改善(A)',
  '計', '画', '実', '施', '評', '価', '改', '善', 'P', 'D', 'C', 'A',
  '目標値', '【目標設定の考え方】', '目標設定の考え方', '活動指標（内容）', '協議会等意見', '【目標等を踏まえた評価、改善方策】',
  '【評価等に対する意見】', '【次年度における取組等】', '実績', '見込', '見込み', '担当部局', '実施状況', '年度', '項目', '目標',
  '成果目標', '活動指標', '特になし',
];
