/**
 * The words of target sheets (目標等の管理シート and other cities' 数値目標 /
 * 成果目標 reports): the titles and captions detection weighs. Entries are
 * regular-expression sources, written as canon() leaves the text: full-width
 * brackets, half-width letters (`評価（C）`).
 */
import type { DetectionVocabulary } from '../shared/vocabulary.js';

export const TARGET_SHEET_DETECTION: DetectionVocabulary = {
  titles: [
    { words: ['目標等の管理シート'], weight: 0.35 },
    { words: ['管理シート', '計画.{0,12}の総括', '成果目標に対する'], weight: 0.3 },
    { words: ['数値目標について', '数値目標の'], weight: 0.2 },
  ],
  labels: [
    { words: ['評価（C）'], weight: 0.15 },
    { words: ['改善（A）'], weight: 0.15 },
    { words: ['計画（P）'], weight: 0.1 },
    { words: ['成果目標', '活動指標'], weight: 0.1 },
    { words: ['協議会等意見'], weight: 0.1 },
    { words: ['目標(?:値)?設定の考え方'], weight: 0.1 },
    { words: ['見込量'], weight: 0.1 },
    { words: ['実施状況'], weight: 0.05 },
    { words: ['基本指針'], weight: 0.05 },
    { words: ['目標達成に向けた'], weight: 0.05 },
    { words: ['目標値'], weight: 0.025 },
    { words: ['実績値'], weight: 0.025 },
    { words: ['達成率'], weight: 0.025 },
  ],
  legends: [],
};

// ---------------------------------------------------------------- coverage

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
