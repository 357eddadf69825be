/**
 * The words other cities' plan-progress forms print, as data: the labels of record
 * blocks and their synonyms per field, grade legends, tally and indicator words.
 * The form readers in ./forms/ know only these lists, never a city.
 */

/** What a record label's value becomes in an item. */
export type RecordField =
  | 'no' | 'name' | 'department' | 'summary' | 'results' | 'plans' | 'achievement' | 'assessment'
  | 'goal' | 'current' | 'indicators' | 'years' | 'targetRow' | 'other';

/**
 * Record-block labels per field, as printed (spaces between their characters are
 * allowed when read). A label may carry a year note after it (`進捗状況(28年度)`).
 * Labels that feed no field (`other`) are listed so that they end the value before them.
 */
export const RECORD_LABELS: ReadonlyArray<{ field: RecordField; words: readonly string[] }> = [
  { field: 'no', words: ['事業番号', '施策番号', '事業No.', '事業No'] },
  { field: 'name', words: ['事務事業名', '事業名', '施策名', '基本施策'] },
  { field: 'department', words: ['所管課', '担当課', '主管課', '所属名', '担当部署', '所管局'] },
  { field: 'summary', words: ['事務事業の概要', '事業内容', '施策内容', '事業概要', '施策の目的'] },
  { field: 'results', words: ['計画事業の実績等', '実施状況と問題点', '取組状況', '実施状況', '実績'] },
  { field: 'achievement', words: ['目標に対する評価', '基本施策の評価', '進捗状況', '達成度', '評価'] },
  { field: 'assessment', words: ['効果又は評価の理由', '評価の理由', '現状分析'] },
  { field: 'plans', words: ['今後の課題及び事業推進の方策', '目標値を達成するために必要なこと', '今後の方向性', '今後の取組方針'] },
  { field: 'goal', words: ['計画目標'] },
  { field: 'current', words: ['現況'] },
  { field: 'indicators', words: ['成果指標', '指標'] },
  { field: 'years', words: ['年度'] },
  { field: 'targetRow', words: ['事業目標'] },
  {
    field: 'other',
    words: ['根拠法令等', '個別施策', '事業の妥当性', '事業の有効性・効率性・経済性', '3ヵ年の事業目標に対する達成状況', '実行計画と差異のある事業目標'],
  },
];

/** Labels that open a record, by preference: a document's records start at the first of these it prints with a value. */
export const RECORD_START_FIELDS: readonly RecordField[] = ['no', 'name'];
/**
 * Name labels that open a record where no number label does. 事業名 and 施策名 are
 * not among them: they head the seed forms' table columns too.
 */
export const RECORD_NAME_OPENERS: readonly string[] = ['事務事業名', '基本施策'];

/** A 今後の方向性 printed as one word or mark is the item's direction; sentences are its plans. */
export const DIRECTION_WORD = /^(?:拡充|継続|縮小|廃止|完了|終了|統合|見直し|現状維持|[○◎△×●])$/;

/**
 * A 区分 printed beside the record's number: a tag. (区分 is no record label: it heads
 * the row labels of an indicator table too.)
 */
export const RECORD_TAGS = ['新規', '充実', '拡充', '継続', '重点'] as const;

/** A 施策 code before its name (`F3 障害者が…`, `C2障害者の…`): the number is the item's. */
export const POLICY_CODE = /^([A-Z]{1,2})([0-9]{1,3})(?![0-9-])\s*/;

// ---------------------------------------------------------------- indicators

/** Words of an indicator's rows and columns (長崎市 施策評価, 川越市 調査表). */
export const INDICATOR_WORDS = {
  target: ['目標値'],
  actual: ['実績値'],
  rate: ['達成率'],
  /** Columns of a label–value indicator (`当初の値(25年度) 12人`). */
  baseline: ['当初の値', '基準値'],
  progress: ['途中経過の値', '現状値', '実績値'],
  /** Header words that carry no value (a token made only of these is dropped). */
  header: ['指標名', '基準値', '区分', '(時期)', '（時期）', '⇧', '↑', '⇩'],
} as const;

/** The baseline column of a year table (`現状(計画策定時)`), the first value of a target row. */
export const BASELINE_COLUMN = /^(?:現状|現況|基準|策定時|計画策定時)/;

/** A value cell meaning "none". */
export const NO_VALUE = /^[-－―‐ー−]$/;

/** The actual row of a 事業目標 / 実績 year table (the same word as results text elsewhere). */
export const ACTUAL_ROW_WORDS = ['実績'] as const;

/** A target that is no figure. */
export const CONTINUING_TARGET = /^(?:継続実施|継続|実施)$/;

// ---------------------------------------------------------------- legends and tallies

/** What introduces a grade legend (達成度設定基準, 進捗状況評価基準, 評価の基準, 凡例). */
export const GRADE_LEGEND_HEADINGS = ['達成度設定基準', '進捗状況評価基準', '評価基準', '評価の基準', '凡例', '達成度の基準'] as const;

/** Grade scales, in order: a legend lists one of these (a, b, c…). */
export const GRADE_SCALES: readonly (readonly string[])[] = [
  ['a', 'b', 'c', 'd', 'e'],
  ['A', 'B', 'C', 'D', 'E'],
  ['◎', '○', '△', '×'],
  ['5', '4', '3', '2', '1'],
  ['1', '2', '3', '4', '5'],
];

/** A reading printed after a grade letter (`a(スモールエー)`): not part of the meaning. */
export const GRADE_READING = /^[（(][ァ-ヶー・]+[）)]/;

/** A printed grade as it stands before its meaning: letters, a two-letter 長崎 grade (Bb), marks, digits. */
export const GRADE = /^(?:[A-E][a-e]?|[a-e]|[◎○△×]|[1-5]|[IⅠ]{1,3}|IV|Ⅳ)$/;
/** A grade at the start of a value, its meaning after it with or without a space (`Bおおむね達成した`, `Bb 目標を…`). */
export const GRADE_FIRST = /^([A-E][a-e]?|[a-e]|[◎○△×]|[1-5]|I{1,3}|IV|Ⅰ|Ⅱ|Ⅲ|Ⅳ)(?=\s|[^\x00-\x7F]|$)\s*/;

/** Words of a tally's title (達成度集計表, 評価の集計, 達成度別の事業数, 3ヶ年の総括). */
export const TALLY_TITLE = /集計|総括|別の?(?:件数|事業数|施策数)|件数/;

/** A heading that may title a tally or govern the records after it (`基本目標1、差別解消…`). */
export const GOAL_HEADING = /^基本目標\s*([0-9]{1,2})\s*[、.．:：\s]\s*(\S.*?)[。]?$/;

/** Page furniture inside a one-line テキスト版: `1ページ。`, `3ページ`. */
export const PAGE_MARK = /^[0-9]{1,4}ページ[。]?/;

/** A marker letter before a label (`ア 施策の目的`, `イ基本施策の評価`): layout, not content. */
export const LABEL_MARKER_CHARS = '[ア-ヲ]';
/** Such a marker left at the end of the value before its label. */
export const LABEL_MARKER = new RegExp(`(?:^|\\s)${LABEL_MARKER_CHARS}$`);

// ---------------------------------------------------------------- list form

/** What announces a list of 施策番号・施策名・達成度 (川越市 達成度一覧表) before its entries. */
export const LIST_FORM_HEADINGS = ['一覧表', '一覧'] as const;
