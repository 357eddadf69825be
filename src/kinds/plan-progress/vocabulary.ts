/**
 * Words a 計画進捗状況管理表 prints around its content.
 */

/**
 * Column headers and their wrapped fragments (`事業` / `番号`), the legend's heading and
 * the page footer (`【1-a】1-10`), as coverage counts them: not content when no field
 * reads them. Text is compacted (no whitespace) before they are matched.
 */
export const PLAN_PROGRESS_COVERAGE_LABELS: readonly string[] = [
  '事業番号', '番号', 'No.', 'No', '№', '事業名', '事業概要', '事業内容', '事業目標', '目標年度', '目的達成状況', '達成状況',
  '事業の方向性', '方向性', '所管課', '担当課', '所管局', '他の分野別計画との関連性', '他の分野別計', '画との関連性',
  '数値目標達成状況及び現状分析、今後の課題', '数値目標達成状況', '現状分析', '今後の課題', '数値目標', '実施状況', '実績',
  '取組状況', '取組予定', '実施予定', '取組計画', '事業', '目的', '達成', '状況', '課題', '目標', '年度', '度', '年',
  '目的達成状況について', '事業の方向性について', '凡例', '～',
];

/** The page footer of a progress table: `【1-a】1-10`, `【拡充3-e】165～168`. */
export const PLAN_PROGRESS_FOOTER_LABEL = /^【[^】]{0,12}】[0-9]{1,4}[-～~][0-9]{1,4}/;
