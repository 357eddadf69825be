/**
 * The words of plan-progress reports (計画進捗状況管理表 and other cities' 進捗 /
 * 評価 tables): titles, the column headers per field, grades, and the weights
 * detection gives them. Both the text and the PDF readers take their words from
 * here, and a user's profile (`--profile`) adds to these lists, never replaces them.
 * Entries are regular-expression sources unless said otherwise.
 */
import type { PlanProgressProfile } from '../../profile/schema.js';
import { ERA_INITIALS, ERA_NAMES, ERA_YEAR_NUMBER, FISCAL_YEAR_WORD, type DetectionVocabulary } from '../shared/vocabulary.js';

export type PlanField =
  | 'no' | 'name' | 'summary' | 'results' | 'plans' | 'achievement' | 'direction' | 'goal' | 'assessment' | 'related' | 'department';

export const PLAN_FIELDS: readonly PlanField[] = [
  'no', 'name', 'summary', 'results', 'plans', 'achievement', 'direction', 'goal', 'assessment', 'related', 'department',
];

/**
 * A header cell's field: the first entry one of whose keys the cell contains, so
 * the most specific come first (`数値目標達成状況…課題` is the assessment, not the
 * achievement). Keys are stems: every header label below contains a key of its own field.
 */
export const PLAN_FIELD_KEYS: ReadonlyArray<readonly [PlanField, readonly string[]]> = [
  ['related', ['関連', '分野別計画']],
  ['department', ['所管', '主管', '担当課', '担当部', '担当局', '担当部署', '所属', '^担当$']],
  ['assessment', ['現状分析', '課題', '評価', '理由']],
  ['achievement', ['達成状況', '達成度', '目的達成', '進捗度', '^進捗$']],
  ['direction', ['方向性']],
  ['goal', ['事業目標', '目標年度', '数値目標', '目標値']],
  ['results', ['実施状況', '実績', '取組状況', '進捗状況', '実施内容']],
  ['plans', ['取組予定', '実施予定', '予定', '取組計画', '取組方針']],
  ['summary', ['事業概要', '概要', '事業内容', '取組内容', '施策内容', '施策の内容', '事業の内容']],
  // a column headed 施策 alone lists the measures by name (`施策の方向` and `施策番号` are other columns)
  ['name', ['事業名', '名称', '施策名', '取組項目', '項目名', '取組名', '^施策$']],
  ['no', ['番号', '^No', '№']],
];

/**
 * Whole header labels per field: a text line made only of these (and the fragments
 * below) is a column-header line.
 */
export const PLAN_HEADER_LABELS: Readonly<Record<PlanField, readonly string[]>> = {
  no: ['事業番号'],
  name: ['事業名'],
  summary: ['事業概要', '事業内容'],
  results: ['実施状況'],
  plans: ['取組予定'],
  achievement: ['目的達成状況', '達成状況'],
  direction: ['事業の方向性', '方向性'],
  goal: ['事業目標', '目標年度'],
  assessment: ['数値目標達成状況及び現状分析、今後の課題', '現状分析、今後の課題', '今後の課題'],
  related: ['他の分野別計画との関連性'],
  department: ['所管課', '担当課', '所管局', '担当部', '担当局', '担当部署', '主管課', '所属名'],
};

/**
 * A column's words may name one field while its cells hold another's: a 進捗状況 or 評価
 * column of grades (`B`, `◎`) is the achievement, a 今後の方向性 column of sentences is
 * the plans. The body decides; these are the fields a column may be moved between.
 */
export const GRADE_COLUMN_FIELDS: readonly PlanField[] = ['results', 'assessment', 'direction'];

/** A plans column headed by these words states no year of its own (`今後の方向性`): its fiscalYear is null. */
export const PLANS_WITHOUT_YEAR = /今後|方向性|方針|方策/;

/**
 * A merged header cell naming only the year of the columns under it: `令和４年度の取組`,
 * or an era year without 年度 (`R5`, `令和5年`).
 */
export const YEAR_GROUP_HEADER = `(?:${FISCAL_YEAR_WORD}|(?:${ERA_NAMES}|[${ERA_INITIALS}])${ERA_YEAR_NUMBER}年?(?![0-9]))`;

/** A year-headed column (`平成28年度の実施状況`, `29年度取組予定`): results or plans by its words. */
export const PLAN_YEAR_HEADER = `${FISCAL_YEAR_WORD}の?(?:実施状況|実施内容|実績|取組状況|取組実績|取組予定|実施予定|取組計画|取組方針)`;

/** Pieces of header labels a narrow cell wraps apart, each a header word of its own. */
export const PLAN_HEADER_FRAGMENTS: readonly string[] = [
  '他の分野別計', '画との関連性', '他の分野別計画', 'との関連性',
  '数値目標達成状況及び現状分析、今後の', '数値目標達成状況及び現状分析', '数値目標達成状況',
];

/** Fragments that are header words only next to other header lines (`課題` may end a sentence's line). */
export const PLAN_WEAK_HEADER_WORDS: readonly string[] = ['事業', '番号', '目的', '達成', '状況', '課題', '目標', '年度', '度', 'No\\.?', '№'];

/**
 * Words that open a numbered heading row inside a table (`基本目標1 地域で…`,
 * `基本目標Ⅰ ともに…`, `施策の方向１ 障害への…`), by the level they head.
 */
export const SECTION_HEADING_WORDS: readonly string[] = ['基本目標', '基本方針', '施策の柱', '政策'];
export const SUBSECTION_HEADING_WORDS: readonly string[] = ['施策の方向性', '施策の方向', '施策の展開', '主要施策', '施策'];
/** A table column headed by a heading word alone (`基本目標`, `施策`): its merged cells head the rows beside them. */
export const SIDE_HEADING_HEADER = new RegExp(`^(?:${[...SECTION_HEADING_WORDS, ...SUBSECTION_HEADING_WORDS].join('|')})$`);
/** A table row that totals the rows above it (`小計`, `合計`): no item. */
export const TOTAL_ROW = /^(?:小計|合計|総計|計)$/;

/**
 * A heading's number after its word: digits, a code of the levels above it
 * (`施策1-1`, `1-2-3`), Roman or kanji numerals.
 */
export const HEADING_NUMBER = '[0-9]{1,2}(?:[-‐－][0-9]{1,2}){1,2}|[0-9]{1,2}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|[IVX]{1,4}|[一二三四五六七八九十]{1,3}';
/** A mark a named heading may open with (`●施策1-1 相談支援`, `■基本目標2 …`). */
export const HEADING_MARKS = '●■◆◇□';

/** The heading numbers before an item's own in a hierarchical number (`1-2-` of `1-2-3`). */
export const HIERARCHY_PREFIX = '(?:[0-9]{1,2}[-‐－ー−]){1,3}';

/** Words a report title carries: the first line of a page is the title when it has one. */
export const PLAN_TITLE_WORDS = '管理表|進捗|計画|状況';
/** A title found away from the top of the page must name the report itself. */
export const PLAN_NAMED_TITLE = '(?:進捗|実施)状況(?:管理|評価|報告)?表|管理表$';
/** A PDF's title line: the first line above the tables naming one of these. */
export const PLAN_LAYOUT_TITLE_WORDS = '管理表|進捗|計画|プラン|評価[表票]|調査表|一覧表|評価シート';

/** How a report's own title ends (`…進捗状況管理表`, `…事業進捗報告書`, `…評価シート（令和5年度）`), unlike a plan's name. */
export const REPORT_TITLE_END = /(?:表|票|報告書?|一覧|シート)(?:\s*[（(][^（）()]*[）)])?$/;

/** A legend's heading under the table (`■ 目的達成状況について`, `■ 凡例`). */
export const PLAN_LEGEND_WORDS = '達成|方向性|凡例';

/** Words of a results column's header after its year (`平成28年度の実施状況`). */
export const RESULTS_HEADER_WORDS = '実施状況|実施内容|実績|取組状況|取組実績|進捗状況';
/** Words of a plans column's header after its year (`平成29年度の取組予定`). */
export const PLANS_HEADER_WORDS = '取組予定|実施予定|取組計画|事業計画|予定';

/**
 * How a sentence tells which body cell it belongs to: done (実施状況), going on,
 * or intended (取組予定).
 */
export const PAST_TENSE = 'ました|でした|ておりま|てきた|ってきた';
export const ONGOING_TENSE = 'ています|ている。|ておる';
export const INTENT_WORDS = '予定|今後|引き続き|引続き|継続して|継続実施|していきます|努めます|目指します|検討します|取り組みます|進めます|いきます';
/** A polite sentence end (`…します。`, `…です`). */
export const POLITE_END = '(?:ます|です)[。．]?$';
/** Units after which an organisation's name wraps in a narrow cell (`保健福祉局` / `障害福祉企画課`). */
export const ORGANISATION_UNITS = '局|部|区役所|本部|センター|事務所';

/** The grades of the 目的達成状況 column: one letter a–d, either case. */
export const PLAN_ACHIEVEMENT_LETTERS = 'a-dA-D';
/** Direction marks (事業の方向性) and the shapes that stand for them. */
export const PLAN_DIRECTION_MARKS = '○◯◎●△▲×✕〇◇◆□■―';

/** What a department's name ends with. */
export const DEPARTMENT_ENDINGS = '課|室|局|部|係|班|所|センター|グループ|担当|館|園|署|院|本部';
/** What a plan's name ends with: 「…」, …計画, …プラン, a year range `2011～2020`. */
export const PLAN_NAME_ENDINGS = '[」』]|計画|プラン|ビジョン|指針|戦略|構想|方針|大綱|[0-9]{4}\\s*[)）]?|[0-9]{4}年度?[)）]?';
/** The goal cell of an item without a numeric target. */
export const CONTINUING_GOAL_WORDS = '継続実施|継続|実施継続|[-―－]';

/**
 * Detection: a title names the report (the best one found counts), column and
 * label words add up, and so do grade legends. Generic words (実績, 評価) weigh
 * little, so a meeting's minutes that mention them stay unknown.
 */
export const PLAN_PROGRESS_DETECTION: DetectionVocabulary = {
  titles: [
    { words: ['進捗(?:状況)?管理表', '進捗状況調査表', '進行管理・?評価[表票]', '課題別事業評価表', '達成度一覧表?'], weight: 0.35 },
    {
      words: [
        '(?:進捗|実施)状況(?:評価|報告)表', '(?:プラン|計画)[^。]{0,12}(?:進捗|実施)状況報告', '事業評価カード', '事業(?:実績)?評価(?:[表票]|一覧)', '施策評価[表票]?', '(?:取組|実施|進捗)状況一覧', '取組評価(?:[表票]|シート)',
        // 事務事業評価結果, 実施計画の進捗状況, 重点施策の取組状況, 個別施策の実績
        '事務事業評価', '実施計画の進捗', '(?:重点|個別|主要)施策の(?:取組|進捗|実施)状況', '(?:重点|個別|主要)施策の(?:取組)?実績',
        // 障がい者計画推進状況報告書, 各施策の推進状況, (プラン) 取組の評価
        '(?:計画|プラン|施策)の?推進状況', '取組の評価',
      ],
      weight: 0.3,
    },
    { words: ['進捗状況について', '進捗状況報告', '進捗報告書', '(?:事業|施策)の(?:取組|進捗|実施)状況[（(]'], weight: 0.25 },
    { words: ['基本施策の評価'], weight: 0.2 },
  ],
  labels: [
    { words: ['目的達成状況'], parts: ['目的', '達成', '状況'], weight: 0.15 },
    { words: ['事業の方向性'], weight: 0.15 },
    { words: ['数値目標達成状況'], weight: 0.1 },
    { words: ['事業番号'], parts: ['事業', '番号'], weight: 0.1 },
    { words: ['施策番号', '取組番号'], weight: 0.1 },
    { words: ['事業概要', '事業の概要', '施策内容', '施策の内容', '事業の目的', '取組内容'], weight: 0.1 },
    { words: ['事務事業名', '施策名', '取組名'], weight: 0.1 },
    // 担当部局 heads a target sheet's department too (目標等の管理シート): no evidence of either kind
    { words: ['所管課', '担当課', '主管課', '所属名', '所管部局', '担当部署', '所管部署', '担当局', '所管局'], weight: 0.05 },
    { words: ['他の分野別計画との関連性'], parts: ['他の分野別計', '画との関連性'], weight: 0.05 },
    { words: ['取組予定'], weight: 0.05 },
    { words: ['達成度'], weight: 0.1 },
    { words: ['成果指標'], weight: 0.1 },
    { words: ['今後の方向性', '施策の方向性'], weight: 0.05 },
    { words: ['基本目標', '基本施策', '施策の柱'], weight: 0.05 },
    { words: ['実施状況', '取組状況'], weight: 0.025 },
    { words: ['継続実施'], weight: 0.025 },
    { words: ['実績'], weight: 0.025 },
    { words: ['評価'], weight: 0.025 },
  ],
  legends: [
    { words: ['達成度設定基準', '進捗状況評価基準', '評価の?基準', '達成度の判定基準', '(?:評価|進捗|達成度)の区分', '評価(?:結果)?の見方', '評価の凡例'], weight: 0.1 },
    {
      words: [
        '完全に達成', '目標を(?:大きく)?上回って達成', '目標をほぼ達成', 'よく取り組めた', '目標を(?:大きく)?上回った', '計画(?:以上|どおり)に進んだ', '計画どおり成果が上がっ',
        '計画(?:を上回って|どおり)推進', '順調に進んでいる',
      ],
      weight: 0.1,
    },
  ],
};

/** The plan-progress words one parse reads with: the defaults, plus a profile's. */
export interface PlanVocabulary {
  /** A header cell's field: the first pattern it matches (a profile's labels first). */
  fieldPatterns: ReadonlyArray<readonly [PlanField, RegExp]>;
  /** A PDF's title line names one of these. */
  layoutTitle: RegExp;
  /** A text's first line is its title when it names one of these. */
  textTitle: RegExp;
  /** A line elsewhere is the title when it names the report itself. */
  namedTitle: RegExp;
  /** A grade in an achievement cell, and the grade as output. */
  readGrade(cell: string): string | null;
  /** Section heading lines the profile describes (named groups `code` and `title`). */
  sections: readonly RegExp[];
}

const escapeWord = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (words: readonly string[]) => words.join('|');
const DEFAULT_GRADE = new RegExp(`[${PLAN_ACHIEVEMENT_LETTERS}]`);

export function planVocabulary(profile?: PlanProgressProfile): PlanVocabulary {
  const own = (Object.entries(profile?.labels ?? {}) as Array<[PlanField, string[] | undefined]>).flatMap(
    ([field, words]): Array<readonly [PlanField, RegExp]> => (words?.length ? [[field, new RegExp(anyOf(words.map(escapeWord)))]] : []),
  );
  const defaults = PLAN_FIELD_KEYS.map(([field, keys]) => [field, new RegExp(anyOf(keys))] as const);
  const titles = (profile?.titles ?? []).map(escapeWord);
  // longest first, so `Bb` is read before `B`
  const grades = Object.keys(profile?.grades ?? {}).sort((a, b) => b.length - a.length);
  const profileGrade = grades.length ? new RegExp(anyOf(grades.map(escapeWord))) : null;
  return {
    fieldPatterns: [...own, ...defaults],
    layoutTitle: new RegExp(anyOf([PLAN_LAYOUT_TITLE_WORDS, ...titles])),
    textTitle: new RegExp(anyOf([PLAN_TITLE_WORDS, ...titles])),
    namedTitle: new RegExp(anyOf([PLAN_NAMED_TITLE, ...titles])),
    readGrade(cell) {
      const printed = profileGrade?.exec(cell)?.[0];
      if (printed !== undefined) return printed;
      // a cell that is one grade of a printed scale (`B`, `◎`, `Bb`) is kept as printed
      const whole = cell.replace(/\s+/g, '');
      if (GRADE.test(whole)) return whole;
      return DEFAULT_GRADE.exec(cell)?.[0]?.toLowerCase() ?? null;
    },
    sections: (profile?.sections ?? []).map((source) => new RegExp(source, 'u')),
  };
}

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
  { field: 'no', words: ['事業番号', '施策番号', '取組番号', '事業No.', '事業No', '事業コード', '個別施策'] },
  { field: 'name', words: ['事務事業名', '事業名', '施策名', '取組名', '基本施策'] },
  { field: 'department', words: ['所管課', '担当課', '主管課', '所属名', '担当部署', '所管局', '担当局', '所管部局', '担当部局', '所管'] },
  { field: 'summary', words: ['事務事業の概要', '事業の概要', '取組の概要', '事業内容', '施策内容', '施策の内容', '事業概要', '施策の目的', '事業の目的', '取組内容'] },
  // `取組` alone is a label after its year only in practice (`令和5年度の取組`): a label stands before a space
  { field: 'results', words: ['計画事業の実績等', '実施状況と問題点', '取組状況', '実施状況', '実施内容', '取組実績', '主な取組', '実績', '取組'] },
  { field: 'achievement', words: ['目標に対する評価', '基本施策の評価', '施策の評価', '進捗状況', '達成度', '評価'] },
  { field: 'assessment', words: ['効果又は評価の理由', '評価の理由', '現状分析', '成果・課題', '成果と課題'] },
  { field: 'plans', words: ['今後の課題及び事業推進の方策', '目標値を達成するために必要なこと', '今後の方向性', '次年度の方向性', '今後の取組方針', '課題と今後の取組', '今後の取組', '今後'] },
  { field: 'goal', words: ['計画目標'] },
  { field: 'current', words: ['現況'] },
  { field: 'indicators', words: ['成果指標', '指標'] },
  { field: 'years', words: ['年度'] },
  { field: 'targetRow', words: ['事業目標'] },
  {
    field: 'other',
    words: ['根拠法令等', '事業の妥当性', '事業の有効性・効率性・経済性', '3ヵ年の事業目標に対する達成状況', '実行計画と差異のある事業目標'],
  },
];

/** Labels that open a record, by preference: a document's records start at the first of these it prints with a value. */
export const RECORD_START_FIELDS: readonly RecordField[] = ['no', 'name'];
/**
 * Name labels that open a record where no number label does. 事業名 and 施策名 are
 * not among them: they head the seed forms' table columns too.
 */
export const RECORD_NAME_OPENERS: readonly string[] = ['事務事業名', '基本施策', '施策名'];

/**
 * A record opened by its number and name on a line of their own, the department after
 * them in brackets (`（１）相談支援事業【障害福祉課】`, `1. 移動支援事業（福祉課）`), its
 * labelled values on the lines after (a bare `1 名称` is not one: list forms print those). Groups: the
 * number (one of two), name, department (one of two).
 */
export const NUMBERED_RECORD_LINE = new RegExp(
  '^(?:[（(]([0-9]{1,3})[）)]|([0-9]{1,3})[.．、])[ \\t]*([^\\s。【】（(][^。【】\\n]{0,59}?)[ \\t]*' +
    `(?:【([^】\\n]{1,20})】|[（(]([^（）()\\n]{0,18}(?:${DEPARTMENT_ENDINGS}))[）)])?[ \\t]*$`,
  'gm',
);

/** A 今後の方向性 printed as one word or mark is the item's direction; sentences are its plans. */
export const DIRECTION_WORD = /^(?:拡充|継続|縮小|廃止|完了|終了|統合|見直し|現状維持|[○◎△×●])$/;

/**
 * A 区分 printed beside the record's number: a tag. (区分 is no record label: it heads
 * the row labels of an indicator table too.)
 */
export const RECORD_TAGS = ['新規', '充実', '拡充', '継続', '重点'] as const;
/** A 区分 printed after the record's name on its line (`事業名 … 区分 新規`), read off the name. */
export const NAME_TAG_LABEL = '区分';

/** A 施策 code before its name (`F3 障害者が…`, `C2障害者の…`, `施策1 相談支援…`): the number is the item's. */
export const POLICY_CODE = /^([A-Z]{1,2}|施策\s*)([0-9]{1,3})(?![0-9-])\s*/;

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

/**
 * A table's header over indicator columns (`指標` over 指標名 / 当初の値(25年度) / 現状値 /
 * 目標値(29年度末)): each row's cells under it are an indicator's label and values.
 */
export const INDICATOR_GROUP_HEADER = /^(?:成果)?指標/;
/** A value column's header under 指標 (`当初の値(25年度)`, `目標値(29年度末)`); the label column has none of these words. */
export const INDICATOR_VALUE_HEADER = new RegExp(
  [...INDICATOR_WORDS.target, ...INDICATOR_WORDS.actual, ...INDICATOR_WORDS.rate, ...INDICATOR_WORDS.baseline, ...INDICATOR_WORDS.progress].join('|'),
);

/** The baseline column of a year table (`現状(計画策定時)`), the first value of a target row. */
export const BASELINE_COLUMN = /^(?:現状|現況|基準|策定時|計画策定時)/;

/** A value cell meaning "none". */
export const NO_VALUE = /^[-－―‐ー−]$/;

/** The actual row of a 事業目標 / 実績 year table (the same word as results text elsewhere). */
export const ACTUAL_ROW_WORDS = ['実績'] as const;

/** A target that is no figure. */
export const CONTINUING_TARGET = /^(?:継続実施|継続|実施)$/;

// ---------------------------------------------------------------- legends and tallies

/** What introduces a grade legend (達成度設定基準, 進捗状況評価基準, 評価の基準, 凡例, a bare 達成度, 評価 or 進捗 before `◎：…`), most specific first. */
export const GRADE_LEGEND_HEADINGS = ['達成度設定基準', '進捗状況評価基準', '評価基準', '評価の基準', '評価の見方', '評価結果の見方', '評価の区分', '進捗の区分', '凡例', '達成度の基準', '達成度の判定基準', '判定基準', '評価区分', '達成度', '評価', '進捗'] as const;

/** Grades printed as words (`達成` / `概ね達成` / `未達成`), scale by scale, best first. */
export const GRADE_WORD_SCALES: readonly (readonly string[])[] = [
  ['達成', '概ね達成', '未達成'],
  ['達成', 'おおむね達成', '未達成'],
  ['達成', '一部達成', '未達成'],
  ['順調', '概ね順調', 'やや遅れ', '遅れ'],
  ['順調', 'おおむね順調', 'やや遅れ', '遅れ'],
  ['順調', '概ね順調', '遅れ'],
  ['順調', 'おおむね順調', '遅れ'],
];

/** Grade scales, in order: a legend lists one of these (a, b, c…). */
export const GRADE_SCALES: readonly (readonly string[])[] = [
  ['a', 'b', 'c', 'd', 'e'],
  ['A', 'B', 'C', 'D', 'E'],
  ['S', 'A', 'B', 'C', 'D'],
  ['◎', '○', '△', '×'],
  ['5', '4', '3', '2', '1'],
  ['4', '3', '2', '1'],
  ['1', '2', '3', '4', '5'],
  ...GRADE_WORD_SCALES,
];

/** A note after a legend's heading (`評価の見方（2文字で表します）`): no entry of it. */
export const LEGEND_HEADING_NOTE = /^\s*[（(][^（）()\n]{1,30}[）)]/;
/**
 * What a grade of several letters (`Bb`) prints before each letter's scale in its legend
 * (`1文字目(成果指標の達成状況) A:… 2文字目(…) a:…`).
 */
export const GRADE_LETTER_PART = /^\s*(?:[0-9一二三]文字目)\s*(?:[（(][^（）()\n]{1,30}[）)])?\s*[:：]?/;

/** A reading printed after a grade letter (`a(スモールエー)`): not part of the meaning. */
export const GRADE_READING = /^[（(][ァ-ヶー・]+[）)]/;

/** A printed grade as it stands before its meaning: letters (S above A too), a two-letter 長崎 grade (Bb), marks, digits, a grade word. */
export const GRADE = new RegExp(`^(?:S|[A-E][a-e]?|[a-e]|[◎○△×]|[1-5]|[IⅠ]{1,3}|IV|Ⅳ|${[...new Set(GRADE_WORD_SCALES.flat())].join('|')})$`);
/** A grade at the start of a value, its meaning after it with or without a space (`Bおおむね達成した`, `Bb 目標を…`). */
export const GRADE_FIRST = /^(S|[A-E][a-e]?|[a-e]|[◎○△×]|[1-5]|I{1,3}|IV|Ⅰ|Ⅱ|Ⅲ|Ⅳ)(?=\s|[^\x00-\x7F]|$)\s*/;

/** Words of a tally's title (達成度集計表, 評価の集計, 達成度別の事業数, 3ヶ年の総括). */
export const TALLY_TITLE = /集計|総括|別の?(?:件数|事業数|施策数)|件数/;
/** A heading's number before a tally's title (`3 達成度の集計`, `(2) 評価の集計`): not part of the title. */
export const TALLY_TITLE_NUMBER = /^(?:[0-9]{1,2}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|[（(][0-9]{1,2}[)）])[\s.．、]+(?=\S)/;

/** A heading that may title a tally or govern the records after it (`基本目標1、差別解消…`). */
export const GOAL_HEADING = /^基本目標\s*([0-9]{1,2})\s*[、.．:：\s]\s*(\S.*?)[。]?$/;

/** A table of contents' entry (`2 基本目標2 23ページ`): it ends in the page it points to, and is no item. */
export const CONTENTS_ENTRY = /^[0-9]{1,3}\s+\S.*?[0-9]{1,4}\s*ページ$/;

/** Page furniture inside a one-line テキスト版: `1ページ。`, `3ページ`. */
export const PAGE_MARK = /^[0-9]{1,4}ページ[。]?/;

/** A marker letter before a label (`ア 施策の目的`, `イ基本施策の評価`): layout, not content. */
export const LABEL_MARKER_CHARS = '[ア-ヲ]';
/** Such a marker left at the end of the value before its label. */
export const LABEL_MARKER = new RegExp(`(?:^|\\s)${LABEL_MARKER_CHARS}$`);

// ---------------------------------------------------------------- list form

/** What announces a list of 施策番号・施策名・達成度 (川越市 達成度一覧表) before its entries. */
export const LIST_FORM_HEADINGS = ['一覧表', '一覧'] as const;

// ---------------------------------------------------------------- coverage

/**
 * Column headers and their wrapped fragments (`事業` / `番号`), the legend's heading and
 * the page footer (`【1-a】1-10`), as coverage counts them: not content when no field
 * reads them. Text is compacted (no whitespace) before they are matched.
 */
export const PLAN_PROGRESS_COVERAGE_LABELS: readonly string[] = [
  ...Object.values(PLAN_HEADER_LABELS).flat(),
  ...PLAN_HEADER_FRAGMENTS,
  '番号', 'No.', 'No', '№', '現状分析', '数値目標', '実績', '取組状況', '実施予定', '取組計画',
  '事業', '目的', '達成', '状況', '課題', '目標', '年度', '度', '年', '目的達成状況について', '事業の方向性について', '凡例', '～',
];

/** The page footer of a progress table: `【1-a】1-10`, `【拡充3-e】165～168`. */
export const PLAN_PROGRESS_FOOTER_LABEL = /^【[^】]{0,12}】[0-9]{1,4}[-～~][0-9]{1,4}/;

/** The roles of an indicator table's columns (施策 per row group, 成果指標 per row, values per year). */
export type IndicatorColumn =
  | 'no' | 'name' | 'department' | 'summary' | 'indicator' | 'unit' | 'year' | 'target' | 'actual' | 'rate' | 'achievement' | 'direction';

/**
 * An indicator table's column headers by role, the first match winning (`達成率` before
 * `達成度`, `施策番号` before `施策名`). `計画` is the target: in a table with a 年度 column
 * it is that year's planned value.
 */
export const INDICATOR_TABLE_COLUMNS: ReadonlyArray<readonly [IndicatorColumn, RegExp]> = [
  ['rate', /達成率/],
  ['achievement', /達成度|評価/],
  ['direction', /方向性/],
  ['department', /担当|所管|主管|所属/],
  ['summary', /概要|事業内容|取組内容/],
  ['indicator', /指標/],
  ['unit', /^単位$/],
  ['year', /^年度$/],
  ['no', /番号|^No\.?$|^№$/],
  ['name', /施策名|事業名|取組名|項目名/],
  ['target', /目標|計画/],
  ['actual', /実績/],
];
