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
    // a 障害福祉計画 (the plan of the guideline's 成果目標, not a 障害者計画's 施策) reported on as a whole
    { words: ['(?:障害|障がい|障碍)福祉計画[^。\\n]{0,12}の(?:最終報告|実績報告|総括)', '成果目標の(?:達成状況|進捗状況|実績|評価|点検)'], weight: 0.3 },
  ],
  labels: [
    { words: ['評価（C(?:heck)?）'], weight: 0.15 },
    { words: ['(?:改善|見直し)（A(?:ction)?）'], weight: 0.15 },
    { words: ['計画（P(?:lan)?）'], weight: 0.1 },
    { words: ['成果目標', '活動指標'], weight: 0.1 },
    { words: ['数値目標'], weight: 0.1 },
    { words: ['協議会等?の?意見'], weight: 0.1 },
    { words: ['目標(?:値)?設定の考え方', '設定の考え方', '設定根拠'], weight: 0.1 },
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
 * What a report on the targets shows and the plan setting them does not: actuals, an
 * evaluation, the state of progress (実績, 評価, 達成状況, 進捗, 総括).
 */
export const TARGET_SHEET_REPORTING = /実績|評価|達成状況|達成率|進捗|総括/;

/**
 * The printed captions of the form, in their canonical spelling, with the part of
 * the sheet each opens. The bracketed ones are the sub-captions under the main ones.
 */
export const TARGET_SHEET_CAPTIONS: ReadonlyArray<{ section: Section; text: string }> = [
  { section: 'goal', text: '目標値' },
  { section: 'goal', text: '数値目標' },
  { section: 'rationale', text: '【目標設定の考え方】' },
  { section: 'rationale', text: '目標設定の考え方' },
  { section: 'rationale', text: '目標値設定の考え方' },
  { section: 'rationale', text: '設定の考え方' },
  { section: 'rationale', text: '目標値の設定根拠' },
  { section: 'rationale', text: '設定根拠' },
  { section: 'actuals', text: '実績' },
  { section: 'actuals', text: '実績値' },
  { section: 'measures', text: '主な取組' },
  { section: 'measures', text: '主な取組内容' },
  { section: 'measures', text: '取組内容' },
  { section: 'activity', text: '活動指標（内容）' },
  { section: 'activity', text: '活動指標' },
  { section: 'evaluation', text: '評価（C）' },
  { section: 'evaluation', text: '評価（Check）' },
  { section: 'evaluation', text: '評価' },
  { section: 'evaluation', text: '【目標等を踏まえた評価、改善方策】' },
  { section: 'council', text: '協議会等意見' },
  { section: 'council', text: '協議会等の意見' },
  { section: 'council', text: '協議会の意見' },
  { section: 'council', text: '審議会等意見' },
  { section: 'council', text: '審議会の意見' },
  { section: 'council', text: '【評価等に対する意見】' },
  { section: 'improvement', text: '改善（A）' },
  { section: 'improvement', text: '改善方策' },
  { section: 'improvement', text: '課題と今後の取組' },
  { section: 'improvement', text: '今後の取組' },
  { section: 'improvement', text: '今後の取組方針' },
  { section: 'improvement', text: '改善策' },
  { section: 'improvement', text: '改善（Action）' },
  { section: 'improvement', text: '見直し（A）' },
  { section: 'improvement', text: '見直し（Action）' },
  { section: 'improvement', text: '改善' },
  { section: 'improvement', text: '見直し' },
  { section: 'improvement', text: '【次年度における取組等】' },
];

/** The PDCA step names of the side header, as letters (`計画（P）`) or words (`実行（Do）`, `見直し（Action）`). */
export const PDCA_STEPS = '計画（P(?:lan)?）|(?:実施|実行)（D(?:o)?）|評価（C(?:heck)?）|(?:改善|見直し)（A(?:ction)?）';
/** The steps of the plan half: never a cell's caption, so a side header even when printed on one line. */
export const PLAN_STEPS = '計画（P(?:lan)?）|(?:実施|実行)（D(?:o)?）';
/** The steps whose rows are reviews of a year. */
export const REVIEW_STEPS = '評価（C(?:heck)?）|(?:改善|見直し)（A(?:ction)?）';
/** A sheet's heading: `…管理シート`, `…管理シート（成果目標）`. */
export const SHEET_HEADING_PATTERN = '管理シート\\s*(?:[（(][^）)]*[）)])?$';
/** A report's numbered target on a line of its own: `目標1 福祉施設の入所者の地域生活への移行` (a 成果目標). */
export const NUMBERED_TARGET_LINE = /^目標\s*([0-9]+)\s*([^\s0-9].{3,})$/;
/** Marks that head a caption set as a heading of its own (`■数値目標`). */
export const CAPTION_MARK = /^[■□◆◇▼▽◎]/;
/** The department's label: `担当部局：…`. */
export const DEPARTMENT_LABELS = '(?:担当|所管|主管)(?:部局|部署|課)';
/** The two kinds of target. */
export const TARGET_TYPES = '成果目標|活動指標';
/** A council's opinion that says nothing: `特になし`, `－`. */
export const NO_OPINION = '^(?:特に)?(?:なし|無し|ありません|意見なし|ない)[。.]?$|^[-－―ー]$';
/** The deadline written before a goal's figure (`令和8年度末までに 12人`), era year in group 1: no part of its label. */
export const DEADLINE_BEFORE_FIGURE = /\s*((?:令和|平成|[RH])\s*[0-9元〇一二三四五六七八九十]{1,3}\s*年度末?)\s*(?:まで(?:に|の)|中に|に)\s*$/;
/** A chart's title (`一般就労移行者数の推移（人）`): a chart printed beside a review box, no text of it. */
export const CHART_TITLE_LINE = /^\S{2,30}の(?:推移|内訳|比較|状況)(?:[（(][^（()）]{1,6}[)）])?$/;
/** A goal block's heading: `○令和５年度末までの目標値`. */
export const GOAL_HEADING_PATTERN = '^[○◯●]|目標値|までの目標';
/** The actuals' caption (`実施状況［令和５年３月末時点］`, `○実績の推移［各年度末現在］`). */
export const ACTUALS_CAPTION = '実施状況|実績(?:の推移|値)?';
/**
 * A line that opens the actuals: 実施状況 anywhere at its start; 実績 only as a caption
 * of its own (alone, or before its as-of bracket), since sentences begin with 実績 too.
 */
export const ACTUALS_LINE_PATTERN = '^[○◯●・]?(?:実施状況|実績(?:の推移|値)?(?=\\s*[[［(（【〔<＜]|$))';

/**
 * The words of other municipalities' target-sheet forms: the 管理シート of numbered
 * goals (`基本指針の目標1 … <1>… 目標値:77人 目標値設定の考え方:…`, `【実績値】`) and the
 * plan's 総括 (`(1) … 【成果目標】 ○ …`, `ア 成果目標の実績`, 目標・実績・達成率).
 */

/** The stub of a header row of years (`項目 R3 R4 R5`): the row-label column's caption, not a year nor a row's label. */
const YEAR_ROW_STUB_WORDS = '項目|区分|指標|指標名|年度';
export const YEAR_ROW_STUB = new RegExp(`^(?:${YEAR_ROW_STUB_WORDS})\\s+`);
/** The stub's caption in a cell of its own, read before the years. */
export const YEAR_ROW_STUB_ALONE = new RegExp(`^(?:${YEAR_ROW_STUB_WORDS})$`);

/**
 * The columns of a table of goals and yearly actuals (成果目標 / 項目 / 目標値（R5年度末）/ 実績
 * over the years / 達成率): each header cell's role. Matched whole, so a body cell never heads a column.
 */
export const INDICATOR_TARGET_COLUMN = /^(?:成果目標|目標)$/;
export const INDICATOR_LABEL_COLUMN = /^(?:項目|指標|指標名|区分|内容)$/;
export const INDICATOR_GOAL_COLUMN = /^(?:目標値?|数値目標)\s*(?:[（(][^）)]*[)）])?$|^\S{0,12}年度末?の?目標値?$/;
export const INDICATOR_RATE_COLUMN = /^(?:達成率|進捗率|達成度)(?:\s*[（(][^）)]*[)）])?$/;
/** A column grading each row (`評価` A/B/C): the row's review, in a word. */
export const INDICATOR_GRADE_COLUMN = /^(?:評価|評価区分|自己評価)$/;
/** A grade as such a column prints it: a letter or two, a mark or a digit. */
export const INDICATOR_GRADE = /^(?:[A-Ea-eS]{1,2}|[◎○◯△▲×✕]|[1-5])$/;
/** A column of what the row's review leads to (`課題・今後の取組`): its 改善. */
export const INDICATOR_NEXT_COLUMN = /^(?:課題[・、と及び]?今後の(?:取組|取組方針|方向性|対応)|今後の(?:取組|取組方針|方向性|対応)|改善(?:策|方策)?)$/;
/** `実績` over the year columns: a group's caption, not a column. */
export const INDICATOR_ACTUALS_GROUP = /^実績(?:値)?$/;

/** A year's figure marked as estimated (`R3(見込)`): an actual of that year all the same. */
export const ESTIMATE_MARK_SOURCE = '[(（](?:見込み?|見通し|推計|見込値)[)）]';
/** The same mark cut by a narrow header cell's wrap (`R4年度(見込` / `み)`): its first part ends the line… */
export const ESTIMATE_MARK_CUT_SOURCE = '[(（](?:見込|見通|推|見)?';
/** …and its last part is a line of its own. */
export const ESTIMATE_MARK_TAIL = /^(?:み|し|計|値|込み?|通し)?[)）]$/;

/** The plan's name in a report heading: `第6期〇〇市障がい福祉計画の最終報告`, `〇〇県障がい福祉計画(第5期)の総括`. */
export const SUMMARY_PLAN_NAME =
  /((?:第[0-9〇一二三四五六七八九十]+期\s*)?[^\s、。:：]*?計画(?:[(（]第[0-9〇一二三四五六七八九十]+期[)）])?)(?:の|\s*(?=成果目標))(?:最終報告|総括|数値目標|進捗|実績|評価|目標等の管理シート|管理シート|成果目標)/;

/** Words of a report's title that a year in brackets dates: `成果目標の達成状況（令和5年度）`, `管理シート（令和4年度評価）`. */
export const REPORT_TITLE_WORDS = /管理シート|達成状況|進捗状況|点検|評価|実績|総括|報告|成果目標/;
/** The bracketed year closing a title line (its era year in group 1), or opening it: `令和5年度 成果目標の…`. */
export const REPORT_TITLE_YEAR = /[（(]\s*([^（()）]{2,12}?年度?)\s*(?:評価|実績|分|版)?\s*[)）]$|^((?:令和|平成|[RH])\s*[0-9元〇一二三四五六七八九十]{1,3}\s*年度)\s/;
/** The longest line a report's title is. */
export const REPORT_TITLE_MAX_CHARS = 80;

/** A grade scale's legend (`評価 A：目標を達成 B：… C：…`): the grades' meanings, no review. */
const GRADE_ENTRY = '[(（]?(?:[A-Ea-eS]|[◎○◯△×])[)）]?\\s*[:：=＝]\\s*[^:：]+?\\s*';
const GRADE_LEGEND_CAPTION = '評価(?:区分|基準)?\\s*[:：]?';
export const GRADE_LEGEND_LINE = new RegExp(`^(?:${GRADE_LEGEND_CAPTION}\\s*)?(?:${GRADE_ENTRY}){2,}$`);
/** The legend printed a grade a cell (a テキスト版 row): its caption alone, then one grade's meaning each. */
export const GRADE_LEGEND_CAPTION_ALONE = new RegExp(`^${GRADE_LEGEND_CAPTION}$`);
export const GRADE_LEGEND_ENTRY = new RegExp(`^${GRADE_ENTRY}$`);

/** A plan's name alone on a title line: `第6期〇〇町障害福祉計画`, `〇〇市障害福祉計画（第6期）`. */
export const PLAN_TITLE_LINE = /^((?:第[0-9]+期)?[^\s、。:：]{2,30}?計画(?:[(（]第[0-9]+期[)）])?)$/;

/** `基本指針の目標1`: a numbered target of the national guideline, with its title after it. */
export const GUIDELINE_TARGET = /(?:基本指針の目標|成果目標)\s*([0-9]+)(?![0-9])/g;

/** `<1>`, `＜２＞`, `〈3〉`, `①`: a numbered goal under a target (the number in group 1, or the circled one in group 2). */
export const NUMBERED_GOAL = /[<＜〈]\s*([0-9]+)\s*[>＞〉]|([①-⑳])/g;

/** `【令和5年度末までの目標】`: the deadline of the goals below. */
export const GOALS_DEADLINE = /【([^】]*?)まで(?:に|の)(?:目標|達成)[^】]*】/;

/** `目標値:38人` and `目標値設定の考え方:…` inside a goal block. */
export const GOAL_VALUE_LABEL = /目標値\s*[:：]/;
export const GOAL_RATIONALE_LABEL = /目標(?:値)?設定の考え方\s*[:：]?/;

/** A goals table's header (`区分 目標値 目標値設定の考え方`): each numbered row is label, figure, rationale. */
export const GOAL_TABLE_HEADER = /目標値\s*目標(?:値)?設定の考え方/;

/** A goal cell saying no figure is set: `数値目標は設定しない`. */
export const NO_NUMERIC_GOAL = /数値目標(?:は|を)?設定しない|目標値(?:は|を)?設定しない/;

/** `【実績値】`: the yearly actuals of the goals above, a header row of years and one row per goal. */
export const ACTUALS_VALUES_CAPTION = /【実績(?:値)?】/;

/** What ends a target's part of the page: the next part of the report. */
export const TARGET_PART_END = /[(（]\s*[0-9]+\s*[)）]\s*主な活動指標|[(（]\s*[0-9]+\s*[)）]\s*(?:活動指標|見込量)/;

/** `(1) 福祉施設入所者の地域生活への移行 【成果目標】`: a 総括's numbered target and its goal statement. */
export const SUMMARY_TARGET = /[(（]\s*([0-9]+)\s*[)）]\s*([^【】]{2,60}?)\s*【成果目標】/g;

/** A goal's heading line (`○R5年度末までの目標値`): where a 総括 target without a results table prints its goal. */
export const SUMMARY_BODY_GOAL_LINE = /^[○◯●]?\S{0,16}まで(?:に|の)目標値?$/;

/** `<目標達成に向けた主な方策>`: the measures planned for the target. */
export const MEASURES_CAPTION = /[<＜〈][^>＞〉]*方策[^>＞〉]*[>＞〉]/;

/** `ア 成果目標の実績`: the table of goal, actual and rate per row. */
export const RESULTS_CAPTION = /(?:[ア-ン]\s*)?成果目標の実績/;
/** A lettered sub-heading (`イ 主な取組の状況`) ends the results table. */
export const LETTERED_HEADING = /(?:^|\s)[イ-ン]\s+\S/;
/** An era year as a results table's header prints it: `令和2年度`, `R5年度末`, `令和五年度`. */
const HEADER_ERA_YEAR = '(?:明治|大正|昭和|平成|令和|[MTSHR])\\s*(?:[0-9]{1,2}|元|[〇一二三四五六七八九十]{1,4})\\s*年度(?:末)?';
/** The results table's header ends at its 達成率 column (and `の順で記載` in a text version)… */
export const RESULTS_HEADER_END = /達成率\S*/;
/**
 * …or, in a table without rates, at its result column: `令和5年度実績`, `実績値（令和5年度）`
 * (spaces inside allowed: the header may wrap).
 */
export const RESULTS_HEADER_END_WITHOUT_RATE = new RegExp(
  `(?:${HEADER_ERA_YEAR}\\s*(?:の)?\\s*実\\s*績(?:\\s*値)?|実\\s*績(?:\\s*値)?\\s*[（(]\\s*${HEADER_ERA_YEAR}\\s*[)）])(?:\\s*の順で記載)?`,
);
/** A goal or result column's year, before the word (`令和2年度目標`) or after it in brackets (`目標値（令和5年度）`); in compacted text. */
export const GOAL_COLUMN = new RegExp(`(${HEADER_ERA_YEAR})(?:の)?目標|目標(?:値)?[（(](${HEADER_ERA_YEAR})[)）]`);
export const ACTUAL_COLUMN = new RegExp(`(${HEADER_ERA_YEAR})(?:の)?実績|実績(?:値)?[（(](${HEADER_ERA_YEAR})[)）]`);

/** Bullets that open one statement in a goal or measures block. */
export const STATEMENT_BULLET = /[○◯●・]/;

/** A goal figure written as a frequency (`年1回以上`): the figure is what follows the period word. */
export const FREQUENCY_PREFIX = /^(?:毎年|年間?|毎月|月|毎週|週)/;
/** A figure followed by the direction it counts in (`74人減`). */
export const DIRECTION_SUFFIX = /(?:減|増|減少|増加)$/;

/** A text version's page mark: `(2ページ)`. */
export const PRINTED_PAGE_MARK = /[(（]\s*([0-9]+)\s*ページ\s*[)）]/g;

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
  '計画（Plan）', '実行（Do）', '実施（Do）', '評価（Check）', '改善（Action）', '見直し（Action）', '見直し（A）', '見直し', '改善',
  '数値目標', '設定の考え方', '目標値の設定根拠', '設定根拠', '協議会の意見', '協議会等の意見', '審議会等意見', '審議会の意見',
  '所管課', '主管課', '実績値',
];
