/**
 * The words of consultation reports (基幹相談支援センター報告 decks and other
 * offices' 相談実績 / 活動報告): the titles and labels detection weighs.
 * 相談支援センター alone is weak: plan tables name the centre too. Entries are
 * regular-expression sources matched in canon() text.
 */
import type { DetectionVocabulary } from '../shared/vocabulary.js';

export const CONSULTATION_REPORT_DETECTION: DetectionVocabulary = {
  titles: [
    { words: ['相談の対応状況', '相談実績'], weight: 0.3 },
    { words: ['報告会', '活動報告', '事業報告', 'セルフプラン率'], weight: 0.2 },
  ],
  labels: [
    { words: ['相談方法'], weight: 0.15 },
    { words: ['相談項目', '相談内容'], weight: 0.15 },
    { words: ['セルフプラン'], weight: 0.15 },
    { words: ['実利用者数?'], weight: 0.15 },
    { words: ['前年(?:度)?比'], weight: 0.1 },
    { words: ['連絡調整', '連携・?調整'], weight: 0.1 },
    { words: ['サービス等利用計画'], weight: 0.1 },
    { words: ['相談支援センター'], weight: 0.1 },
    { words: ['事案件数', '対応回数'], weight: 0.1 },
    { words: ['延べ件数', '延件数'], weight: 0.05 },
    { words: ['障害種別'], weight: 0.05 },
    // plan tables state these too (相談件数：22,103件 in a 実施状況 cell): a hint, never enough
    { words: ['相談件数'], weight: 0.025 },
    { words: ['実人数'], weight: 0.025 },
    { words: ['相談者'], weight: 0.025 },
    { words: ['計画相談支援'], weight: 0.025 },
    { words: ['内訳'], weight: 0.025 },
  ],
  legends: [],
};

// ---------------------------------------------------------------- coverage

/**
 * Column headers of the plan tables, chart captions and notes, as coverage counts
 * them: not content when no field reads them. Text is compacted (no whitespace)
 * before they are matched.
 */
export const CONSULTATION_REPORT_COVERAGE_LABELS: readonly string[] = [
  'セルフプラン', 'セルフ率', 'セルフ', 'プラン', '事業所作成計画', '事業所作成', '事業所', '作成', '計画', '合計数', '合計', '総数', '計', '率',
  '前年比', '前年度比', '重複あり', '切り捨て', '年度末', '時点', '現在', '件数', '人数', '構成比', '割合', '件', '人', '%',
];
