/**
 * Kana and width conversions with the semantics of ikegami-yukino/jaconv
 * (h2z, z2h, hira2kata, hira2hkata, kata2hira, enlarge_smallkana, normalize),
 * for users who clean text the way that library does. They are not what the
 * product applies to reports: that is normalizeWidth (one form per character,
 * Japanese punctuation kept).
 */

/** Hiragana, the full-width katakana at the same place, and their half-width forms (ガ → ｶﾞ is two characters). */
const HIRAGANA = [...'ぁあぃいぅうぇえぉおかがきぎくぐけげこごさざしじすずせぜそぞただちぢっつづてでとどなにぬねのはばぱひびぴふぶぷへべぺほぼぽまみむめもゃやゅゆょよらりるれろわをんーゎゐゑゕゖゔゝゞ・「」。、'];
const FULL_KANA = [...'ァアィイゥウェエォオカガキギクグケゲコゴサザシジスズセゼソゾタダチヂッツヅテデトドナニヌネノハバパヒビピフブプヘベペホボポマミムメモャヤュユョヨラリルレロワヲンーヮヰヱヵヶヴヽヾ・「」。、'];
const HALF_KANA =
  'ｧｱｨｲｩｳｪｴｫｵｶｶﾞｷｷﾞｸｸﾞｹｹﾞｺｺﾞｻｻﾞｼｼﾞｽｽﾞｾｾﾞｿｿﾞﾀﾀﾞﾁﾁﾞｯﾂﾂﾞﾃﾃﾞﾄﾄﾞﾅﾆﾇﾈﾉﾊﾊﾞﾊﾟﾋﾋﾞﾋﾟﾌﾌﾞﾌﾟﾍﾍﾞﾍﾟﾎﾎﾞﾎﾟﾏﾐﾑﾒﾓｬﾔｭﾕｮﾖﾗﾘﾙﾚﾛﾜｦﾝｰヮヰヱヵヶｳﾞヽヾ･｢｣｡､'.match(/.[ﾞﾟ]?/gu)!;

/** Printable ASCII but digits, with the ideographic space for the space, and their full-width forms. */
const HALF_ASCII = [...'!"#$%&\'()*+,-./:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '];
const FULL_ASCII = [...'！＂＃＄％＆＇（）＊＋，－．／：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　'];
const HALF_DIGIT = [...'0123456789'];
const FULL_DIGIT = [...'０１２３４５６７８９'];

const SMALL_KANA = [...'ぁぃぅぇぉゃゅょっァィゥェォヵヶャュョッ'];
const LARGE_KANA = [...'あいうえおやゆよつアイウエオカケヤユヨツ'];

type Table = ReadonlyMap<string, string>;

const table = (from: readonly string[], to: readonly string[]): Table => new Map(from.map((c, i) => [c, to[i]!]));

const HIRAGANA_TO_KATAKANA = table(HIRAGANA, FULL_KANA);
const HIRAGANA_TO_HALF_KATAKANA = table(HIRAGANA, HALF_KANA);
const KATAKANA_TO_HIRAGANA = table(FULL_KANA, HIRAGANA);
const SMALL_TO_LARGE = table(SMALL_KANA, LARGE_KANA);
/** Half-width kana without a voiced mark: voiced pairs (ｶﾞ) are composed before this table applies. */
const HALF_KANA_SINGLE = HALF_KANA.filter((h) => h.length === 1);
const FULL_KANA_SINGLE = FULL_KANA.filter((_, i) => HALF_KANA[i]!.length === 1);
const HALF_TO_FULL = { kana: table(HALF_KANA_SINGLE, FULL_KANA_SINGLE), ascii: table(HALF_ASCII, FULL_ASCII), digit: table(HALF_DIGIT, FULL_DIGIT) };
const FULL_TO_HALF = { kana: table(FULL_KANA, HALF_KANA), ascii: table(FULL_ASCII, HALF_ASCII), digit: table(FULL_DIGIT, HALF_DIGIT) };
/** The voiced half-width pairs jaconv composes (ｶﾞ → ガ, ﾊﾟ → パ, ｳﾞ → ヴ). */
const HALF_VOICED = new Map(HALF_KANA.flatMap((h, i) => (h.length === 2 ? [[h, FULL_KANA[i]!] as const] : [])));
const HALF_VOICED_PATTERN = /[ｳｶ-ﾄﾊ-ﾎ][ﾞﾟ]/g;

/** What to convert, and characters to leave as they are (`ignore`), as jaconv's keyword arguments. */
export interface WidthConversionOptions {
  /** Katakana (default true). */
  kana?: boolean;
  /** ASCII letters, symbols and the space (default false). */
  ascii?: boolean;
  /** Digits (default false). */
  digit?: boolean;
  /** Characters not to convert. */
  ignore?: string;
}

function translate(text: string, tables: readonly Table[], ignore = ''): string {
  const kept = new Set(ignore);
  let out = '';
  for (const c of text) {
    const mapped = kept.has(c) ? undefined : tables.find((t) => t.has(c))?.get(c);
    out += mapped ?? c;
  }
  return out;
}

function chosen<T>(sets: { kana: T; ascii: T; digit: T }, o: WidthConversionOptions): T[] {
  return [o.kana !== false && sets.kana, o.ascii === true && sets.ascii, o.digit === true && sets.digit].filter((t): t is T => t !== false);
}

/**
 * Half-width to full-width, as jaconv.h2z: katakana by default (ｶﾞ → ガ),
 * ASCII (`!` → `！`, space → `　`) and digits when asked.
 * `toFullWidth('ﾃｨﾛﾌｨﾅｰﾚ')` → `ティロフィナーレ`; `toFullWidth('abc', { ascii: true })` → `ａｂｃ`.
 */
export function toFullWidth(text: string, options: WidthConversionOptions = {}): string {
  const composed = options.kana !== false ? text.replace(HALF_VOICED_PATTERN, (pair) => HALF_VOICED.get(pair) ?? pair) : text;
  return translate(composed, chosen(HALF_TO_FULL, options), options.ignore);
}

/**
 * Full-width to half-width, as jaconv.z2h: katakana by default (ガ → ｶﾞ,
 * ー → ｰ, 「 → ｢), ASCII (`！` → `!`, `　` → space) and digits when asked.
 * `toHalfWidth('Ｒ０１．０２．０３', { kana: false, ascii: true, digit: true })` → `R01.02.03`.
 */
export function toHalfWidth(text: string, options: WidthConversionOptions = {}): string {
  return translate(text, chosen(FULL_TO_HALF, options), options.ignore);
}

/** Hiragana to full-width katakana, as jaconv.hira2kata: `ともえまみ` → `トモエマミ`. */
export function hiraganaToKatakana(text: string, ignore = ''): string {
  return translate(text, [HIRAGANA_TO_KATAKANA], ignore);
}

/** Hiragana to half-width katakana, as jaconv.hira2hkata: `ともえまみ` → `ﾄﾓｴﾏﾐ`. */
export function hiraganaToHalfWidthKatakana(text: string, ignore = ''): string {
  return translate(text, [HIRAGANA_TO_HALF_KATAKANA], ignore);
}

/** Full-width katakana to hiragana, as jaconv.kata2hira: `巴マミ` → `巴まみ`. */
export function katakanaToHiragana(text: string, ignore = ''): string {
  return translate(text, [KATAKANA_TO_HIRAGANA], ignore);
}

/** Small kana to their normal size, as jaconv.enlarge_smallkana: `キュゥべえ` → `キユウべえ`, `霞ヶ関` → `霞ケ関`. */
export function enlargeSmallKana(text: string, ignore = ''): string {
  return translate(text, [SMALL_TO_LARGE], ignore);
}

/**
 * jaconv.normalize's replacements, in its order: wave dashes and full-width
 * tildes to the prolonged sound mark ー, curly quotes to ASCII, hyphens and the
 * minus sign to `-`, long dashes to ー.
 */
const JACONV_REPLACEMENTS: ReadonlyArray<[RegExp, string]> = [
  [/[〜～]/g, 'ー'],
  [/’/g, "'"],
  [/[”“]/g, '"'],
  [/[―‐˗֊‑‒–⁃⁻₋−]/g, '-'],
  [/[﹣－—━─]/g, 'ー'],
];

/**
 * Unicode normalization (NFKC unless told) after jaconv.normalize's dash,
 * tilde and quote mapping: `ﾃｨﾛ･フィナ〜レ` → `ティロ・フィナーレ`. Lossy on
 * purpose (① → 1, ～ → ー): for search keys, not for reading figures.
 */
export function normalizeUnicode(text: string, form: 'NFC' | 'NFD' | 'NFKC' | 'NFKD' = 'NFKC'): string {
  return JACONV_REPLACEMENTS.reduce((s, [re, to]) => s.replace(re, to), text).normalize(form);
}
