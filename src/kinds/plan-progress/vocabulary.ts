/**
 * The words of plan-progress reports (計画進捗状況管理表 and other cities' 進捗 /
 * 評価 tables): titles, the column headers per field, grades, and the weights
 * detection gives them. Both the text and the PDF readers take their words from
 * here, and a user's profile (`--profile`) adds to these lists, never replaces them.
 * Entries are regular-expression sources unless said otherwise.
 */
import type { PlanProgressProfile } from '../../profile/schema.js';
import { FISCAL_YEAR_WORD, type DetectionVocabulary } from '../shared/vocabulary.js';

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
  ['department', ['所管', '担当課', '担当部', '担当局', '担当部署']],
  ['assessment', ['現状分析', '課題', '評価']],
  ['achievement', ['達成状況', '達成度', '目的達成']],
  ['direction', ['方向性']],
  ['goal', ['事業目標', '目標年度', '数値目標', '目標値']],
  ['results', ['実施状況', '実績', '取組状況', '進捗状況']],
  ['plans', ['取組予定', '実施予定', '予定', '取組計画']],
  ['summary', ['事業概要', '概要', '事業内容']],
  ['name', ['事業名', '名称']],
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
  department: ['所管課', '担当課', '所管局', '担当部', '担当局', '担当部署'],
};

/** A year-headed column (`平成28年度の実施状況`, `29年度取組予定`): results or plans by its words. */
export const PLAN_YEAR_HEADER = `${FISCAL_YEAR_WORD}の?(?:実施状況|実績|取組状況|取組予定|実施予定|取組計画)`;

/** Pieces of header labels a narrow cell wraps apart, each a header word of its own. */
export const PLAN_HEADER_FRAGMENTS: readonly string[] = [
  '他の分野別計', '画との関連性', '他の分野別計画', 'との関連性',
  '数値目標達成状況及び現状分析、今後の', '数値目標達成状況及び現状分析', '数値目標達成状況',
];

/** Fragments that are header words only next to other header lines (`課題` may end a sentence's line). */
export const PLAN_WEAK_HEADER_WORDS: readonly string[] = ['事業', '番号', '目的', '達成', '状況', '課題', '目標', '年度', '度', 'No\\.?', '№'];

/** Words a report title carries: the first line of a page is the title when it has one. */
export const PLAN_TITLE_WORDS = '管理表|進捗|計画|状況';
/** A title found away from the top of the page must name the report itself. */
export const PLAN_NAMED_TITLE = '(?:進捗|実施)状況(?:管理|評価|報告)?表|管理表$';
/** A PDF's title line: the first line above the tables naming one of these. */
export const PLAN_LAYOUT_TITLE_WORDS = '管理表|進捗|計画';

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
    { words: ['進捗状況管理表', '進捗状況調査表', '進行管理・?評価[表票]', '課題別事業評価表', '達成度一覧表'], weight: 0.35 },
    { words: ['(?:進捗|実施)状況(?:評価|報告)表', '事業評価[表票]', '施策評価[表票]?'], weight: 0.3 },
    { words: ['進捗状況について', '進捗状況報告'], weight: 0.25 },
    { words: ['基本施策の評価'], weight: 0.2 },
  ],
  labels: [
    { words: ['目的達成状況'], parts: ['目的', '達成', '状況'], weight: 0.15 },
    { words: ['事業の方向性'], weight: 0.15 },
    { words: ['数値目標達成状況'], weight: 0.1 },
    { words: ['事業番号'], parts: ['事業', '番号'], weight: 0.1 },
    { words: ['施策番号'], weight: 0.1 },
    { words: ['事業概要', '事業の概要', '施策内容'], weight: 0.1 },
    { words: ['事務事業名', '施策名'], weight: 0.1 },
    { words: ['所管課', '担当課', '主管課', '所属名'], weight: 0.05 },
    { words: ['他の分野別計画との関連性'], parts: ['他の分野別計', '画との関連性'], weight: 0.05 },
    { words: ['取組予定'], weight: 0.05 },
    { words: ['達成度'], weight: 0.1 },
    { words: ['成果指標'], weight: 0.1 },
    { words: ['今後の方向性', '施策の方向性'], weight: 0.05 },
    { words: ['基本目標', '基本施策'], weight: 0.05 },
    { words: ['実施状況', '取組状況'], weight: 0.025 },
    { words: ['継続実施'], weight: 0.025 },
    { words: ['実績'], weight: 0.025 },
    { words: ['評価'], weight: 0.025 },
  ],
  legends: [
    { words: ['達成度設定基準', '進捗状況評価基準', '評価基準'], weight: 0.1 },
    { words: ['完全に達成', '目標を(?:大きく)?上回って達成', '目標をほぼ達成', 'よく取り組めた'], weight: 0.1 },
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
      return DEFAULT_GRADE.exec(cell)?.[0]?.toLowerCase() ?? null;
    },
    sections: (profile?.sections ?? []).map((source) => new RegExp(source, 'u')),
  };
}

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
