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

/**
 * Header words of a plan table's columns (セルフプラン / 事業所作成 / 合計 / セルフ率), in
 * the order they are looked for: セルフ率 before セルフプラン (it contains セルフ),
 * 事業所作成計画 before 合計/計 (it contains 計).
 */
export const PLAN_COLUMN_WORDS = [
  ['selfPlanRate', 'セルフ(?:プラン)?率|自己作成率'],
  ['selfPlans', 'セルフ(?:プラン)?|自己作成'],
  ['providerPlans', '(?:相談支援)?事業所(?:作成)?(?:計画)?|計画作成'],
  ['total', '合計(?:数)?|総数|総計|計'],
] as const;

/** What a deck's title calls the report (`…の活動報告`, `報告会`). */
export const REPORT_WORDS = '報告会|報告書|活動報告|実績報告|事業報告|報告';
/** What a deck's title calls the meeting it was given at. */
export const MEETING_WORDS = '協議会|会議|全体会|総会|部会|研修会|連絡会';
/** A handout's mark in the corner (`資料2`, `別紙`), never the title. */
export const HANDOUT_MARK = '^(?:資料|別紙|参考)\\s*\\d*$';
