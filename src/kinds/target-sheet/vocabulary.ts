/**
 * The words of target sheets (目標等の管理シート and other cities' 数値目標 /
 * 成果目標 reports): the titles and captions detection weighs. Entries are
 * regular-expression sources, written as canon() leaves the text: full-width
 * brackets, half-width letters (`評価（C）`).
 */
import type { DetectionVocabulary } from '../shared/vocabulary.js';
import type { Section } from './captions.js';

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

/**
 * The printed captions of the form, in their canonical spelling, with the part of
 * the sheet each opens. The bracketed ones are the sub-captions under the main ones.
 */
export const TARGET_SHEET_CAPTIONS: ReadonlyArray<{ section: Section; text: string }> = [
  { section: 'goal', text: '目標値' },
  { section: 'rationale', text: '【目標設定の考え方】' },
  { section: 'rationale', text: '目標設定の考え方' },
  { section: 'activity', text: '活動指標（内容）' },
  { section: 'activity', text: '活動指標' },
  { section: 'evaluation', text: '評価（C）' },
  { section: 'evaluation', text: '【目標等を踏まえた評価、改善方策】' },
  { section: 'council', text: '協議会等意見' },
  { section: 'council', text: '【評価等に対する意見】' },
  { section: 'improvement', text: '改善（A）' },
  { section: 'improvement', text: '【次年度における取組等】' },
];

/** The PDCA step names of the vertical header. */
export const PDCA_STEPS = '計画（P）|実施（D）|評価（C）|改善（A）';
/** The steps whose rows are reviews of a year. */
export const REVIEW_STEPS = '評価（C）|改善（A）';
/** A sheet's heading: `…管理シート`, `…管理シート（成果目標）`. */
export const SHEET_HEADING_PATTERN = '管理シート\\s*(?:[（(][^）)]*[）)])?$';
/** The department's label: `担当部局：…`. */
export const DEPARTMENT_LABELS = '担当(?:部局|部署|課)';
/** The two kinds of target. */
export const TARGET_TYPES = '成果目標|活動指標';
/** A council's opinion that says nothing: `特になし`, `－`. */
export const NO_OPINION = '^(?:特に)?(?:なし|無し|ありません|意見なし|ない)[。.]?$|^[-－―ー]$';
/** A goal block's heading: `○令和５年度末までの目標値`. */
export const GOAL_HEADING_PATTERN = '^[○◯●]|目標値|までの目標';
/** The actuals' caption (`実施状況［令和５年３月末時点］`). */
export const ACTUALS_CAPTION = '実施状況';
