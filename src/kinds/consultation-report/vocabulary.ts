/**
 * The words of consultation reports (基幹相談支援センター報告 decks and other
 * offices' 相談実績 / 活動報告): the titles and labels detection weighs.
 * 相談支援センター alone is weak: plan tables name the centre too. Entries are
 * regular-expression sources matched in canon() text.
 */
import type { DetectionVocabulary } from '../shared/vocabulary.js';

export const CONSULTATION_REPORT_DETECTION: DetectionVocabulary = {
  titles: [
    // 相談支援事業実績報告, 基幹相談支援センター 運営状況報告, 地域生活支援拠点等 運営状況
    { words: ['相談の対応状況', '相談実績', '相談支援(?:事業)?の?実績', '(?:相談|拠点等?|センター)運営状況'], weight: 0.3 },
    // a bare 状況報告 or 実績報告 titles plan reports too (進捗状況報告): only one on 相談 counts
    { words: ['報告会', '活動報告', '事業(?:実績)?報告', '相談[^。、]{0,8}(?:状況|実績)報告', 'セルフプラン率'], weight: 0.2 },
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
    // the share column of a small table of figures (相談件数 by 障害種別 with 件数 and 構成比)
    { words: ['構成比'], weight: 0.05 },
    { words: ['障害種別'], weight: 0.05 },
    { words: ['相談支援専門員'], weight: 0.05 },
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
 * A figure a consultation report states (`612人`, `8,941件`, `43.0%`): a report of counts
 * without a title of its own states at least MIN_STATED_FIGURES of them; a guide to the
 * 相談窓口 (相談内容, 相談方法) prints the words and none. (A slide deck's charts print
 * bare figures: its title tells it.)
 */
export const STATED_FIGURE = /[0-9０-９][0-9０-９,，.．]*\s*(?:件|人|名|回|%|％)/g;
export const MIN_STATED_FIGURES = 2;

/**
 * What a consultation report is about: disability consultation support (相談支援, 障害,
 * サービス等利用計画, a 広域支援相談員's 差別 / 合理的配慮 cases, a 更生相談所). A 相談内容 /
 * 件数 / 構成比 table of 消費生活相談 prints the form's words on another topic.
 */
export const CONSULTATION_REPORT_SUBJECT = /相談支援|障害|障がい|基幹|サービス等利用計画|セルフプラン|計画相談|差別|合理的配慮|更生相談|自立支援/;

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

/** What a deck's title calls the report (`…の活動報告`, `報告会`, `相談支援実績` at the line's end). */
export const REPORT_WORDS = '報告会|報告書|活動報告|実績報告|事業報告|報告|実績$';
/** What a deck's title calls the meeting it was given at. */
export const MEETING_WORDS = '協議会|会議|全体会|総会|部会|研修会|連絡会';
/** What an office that signs a report is called, at the end of its name (`…基幹相談支援センター`, `…障害福祉課`). */
export const ORGANIZATION_NAME = '(?:センター|事業所|相談室|支援室|福祉課|福祉室)$';
/** A handout's mark in the corner (`資料2`, `別紙`), never the title. */
export const HANDOUT_MARK = '^[(（]?(?:参考)?(?:資料|別紙|参考)\\s*[\\d-]*[)）]?$';
/** A handout's mark printed in front of the title on the same line (`参考資料1-1 大阪府…`). */
export const HANDOUT_MARK_BEFORE_TITLE = '^[(（]?(?:参考)?(?:資料|別紙)\\s*[0-9０-９\\-−－‐]*[)）]?\\s+(?=\\S)';

/**
 * Words and marks of other cities' consultation reports: slide headings set with a
 * square (`■ 相談者の障害種別（実人数）`), small tables of figures with a 構成比 column,
 * and prose statistics under year headings (`平成28年度 事案件数125件、…`,
 * `「更生医療相談」が6,562件で全体の68.6%`).
 */

/** Marks that set off a slide heading (`■ 相談者の障害種別（実人数）`), as slide templates print them. */
export const SLIDE_HEADING_MARKS = '■◆□◇';
/** `■ 相談者の障害種別（実人数）`: a slide heading marked with a square or diamond (not a bullet: ● ○ ・). */
export const MARKED_HEADING = new RegExp(`^[${SLIDE_HEADING_MARKS}]\\s*([^。]{2,40})$`);

/** Column words of a figures table: the count and its share of the total. */
export const FIGURE_TABLE_COUNT_COLUMN = /^(?:件数|相談件数|延べ件数|実人数|人数|延べ人数|利用者数|回数)$/;
export const FIGURE_TABLE_SHARE_COLUMN = /^(?:構成比|構成割合|割合|比率)(?:[(（][%％][)）])?$/;
/** A figures table's column of the year before the report's (`前年度`), beside the report year's count column. */
export const FIGURE_TABLE_PREVIOUS_YEAR_COLUMN = /^(?:前年度|前年度実績|前年度件数|前年)$/;
/** A figures table's column of the change from the year before (`増減`, `+81`, `△28`): no count of its own. */
export const FIGURE_TABLE_CHANGE_COLUMN = /^(?:増減|増減数|前年度差|前年差)$/;
/** A signed change as a table prints it: `+81`, `△28`, `▲3`, `-12`, `0`. */
export const CHANGE_CELL = /^(?:[+＋▲△▼−\-]?\d[\d,]*(?:\.\d+)?%?|±0)$/;
/** The header of a table's key column when its rows are fiscal years (`年度`), or none. */
export const YEAR_KEY_COLUMN = /^(?:年度|年次|年|)$/;
/** The counter a bare figure in a count column carries, from the column's word. */
export const COUNT_COLUMN_UNIT: ReadonlyArray<readonly [RegExp, string]> = [
  [/件数$/, '件'],
  [/人数$/, '人'],
  [/回数$/, '回'],
  [/者数$/, '人'],
];

/** A year heading prose statistics fall under: `平成28年度`, `令和4年度` alone or opening a line. */
export const YEAR_HEADING = /^(?:(?:明治|大正|昭和|平成|令和)\s*(?:[0-9]{1,2}|元|[〇一二三四五六七八九十]{1,4})|(?:19|20)[0-9]{2})\s*年度(?![末中]|まで|から|以降|の)/;

/** Where a year heading stands inside a line, set apart by spaces: `… 7件(6%) 平成29年度 不当な…`. */
export const YEAR_HEADING_INSIDE = /\s+(?=(?:明治|大正|昭和|平成|令和)\s*(?:[0-9０-９]{1,2}|元|[〇一二三四五六七八九十]{1,4})\s*年度(?:\s|$))/;

/** A figure in prose with the share printed after it: `26件(21%)`, `「更生医療相談」が6,562件で全体の68.6%`. */
export const SHARE_AFTER_FIGURE = /^\s*(?:[(（]\s*([0-9]+(?:\.[0-9]+)?)\s*[%％]\s*[)）]|で(?:全体の)?\s*([0-9]+(?:\.[0-9]+)?)\s*[%％])/;

/** A label quoted in prose: `「更生医療相談」が`. */
export const QUOTED_LABEL = /「([^」]{1,30})」(?:が|は)?\s*$/;

/** A plan table's row as it starts: its as-of date (`R2.3.31`, `令和2年3月31日`, `2020/3/31`) and a figure after it. */
export const AS_OF_ROW_START = /^(?:[RHS]\s*[0-9元]{1,2}|(?:令和|平成)\s*[0-9元]{1,2}|(?:19|20)[0-9]{2})\s*[.．/／年]\s*[0-9]{1,2}\s*[.．/／月]\S*\s+\S/;
/** A line of nothing but figures (`20.6`, `183 404`). */
export const FIGURES_ONLY_LINE = /^(?:[0-9][0-9,.]*%?\s*)+$/;

/** A numbered section heading on a line of its own (`１ 相談支援の実績`, `(2) 相談方法別の件数`): never part of the sentence below it. */
export const NUMBERED_HEADING = /^(?:[0-9]{1,2}|[(（][0-9]{1,2}[)）]|[①-⑳])[.．\s]*[^\d\s。、,，.][^\d。、]{1,30}$/;
/** A numbered heading's number with what sets it off (`３ `, `(2)`): no figure (`３ 人材育成` is no 3 人). */
export const NUMBERED_HEADING_NUMBER = /^(?:[0-9]{1,2}|[(（][0-9]{1,2}[)）]|[①-⑳])[.．\s]*/;

/** A document's title where it names no report: `…相談の対応状況について`, `…の相談状況`. */
export const DOCUMENT_TITLE = /(?:について|の(?:対応|相談|実施)状況)$/;

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

/** Counters a count is printed with (`286人`, `3,915件`, `12ケース`). */
export const COUNT_UNITS = '件|人|名|回|ケース|世帯|箇所|か所|カ所';
/** A word with its counter in brackets at its end: `実人数（人）`, `事案件数（件）`, `同行訪問(回)`. */
export const WORD_WITH_COUNTER = new RegExp(`^(.*?)[(（](${COUNT_UNITS})[)）]$`);
/** A column word naming a number of something with its counter in brackets: `事業所数（箇所）`, `相談支援専門員数（人）`. */
export const COUNTED_COLUMN_WORD = new RegExp(`^[^\\s\\d]{1,16}数[(（](?:${COUNT_UNITS})[)）]$`);
/** A cell or bar label holding one count, with or without its counter (`1,204`, `88件`). */
export const COUNT_CELL = new RegExp(`^((?:\\d{1,3}(?:,\\d{3})+|\\d+))(${COUNT_UNITS})?$`);
/**
 * Spacing inside a figures table's cells that no cell boundary makes: an age band as a row
 * label (`18 歳未満`, `18～39 歳`, `65 歳以上`: the figures before 歳 and around a range mark are
 * the label's) and a count set apart from its counter (`98 人`), as office suites space them.
 */
export const FIGURE_CELL_SPACING: ReadonlyArray<readonly [RegExp, string]> = [
  [/(\d)\s*([～〜~])\s*(?=\d)/g, '$1$2'],
  [/(\d)\s+(?=[歳才])/g, '$1'],
  [new RegExp(`(\\d)\\s+(?=(?:${COUNT_UNITS})(?:\\s|$))`, 'g'), '$1'],
];

// ---------------------------------------------------------------- charts over fiscal years

/**
 * Words of a chart of figures over fiscal years (相談件数の推移, stacked or clustered
 * bars by 障害者 / 障害児): its counter from a unit note or a count word in its title, and
 * the words after the figure's name in its title (`相談件数の推移（延べ件数）` → 相談件数).
 */
export const SERIES_UNIT_NOTE = new RegExp(`単位\\s*[:：]?\\s*(${COUNT_UNITS})`);
export const SERIES_UNIT_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/件数/, '件'],
  [/人数|者数/, '人'],
  [/回数/, '回'],
];
export const SERIES_TITLE_TAIL = /(?:の)?(?:推移|経年変化|年度別|年度比較|比較)(?:[(（].*)?$/;

/** A table row's label that says the row sums the rows above it. */
export const TOTAL_ROW_LABEL = /^(?:合計|総計|総数|計)$/;

// ---------------------------------------------------------------- charts by month

/** A month on a chart's category axis (`4月`, `10 月`), as printed, spaces removed. */
export const MONTH_CATEGORY = /[0-9]{1,2}月/g;
/** A table's column of one month (`4月`, `１０月`), spaces removed. */
export const MONTH_COLUMN = /^[0-9]{1,2}月$/;
/** A line that is nothing but months (`4 月 5 月 … 3 月`), spaces removed. */
export const MONTH_RUN = /^(?:[0-9]{1,2}月){3,}$/;
