import { asciiNumerals } from './width.js';

const KANJI_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 壱: 1, 二: 2, 弐: 2, 三: 3, 参: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 千: 1000 };
const LARGE_UNITS: Record<string, number> = { 万: 1e4, 億: 1e8, 兆: 1e12 };

export const KANJI_NUMERAL_CHARS = '〇零一壱二弐三参四五六七八九十拾百千万億兆';
const KANJI_NUMBER = new RegExp(`^[${KANJI_NUMERAL_CHARS}]+$`);
const HAS_UNIT = /[十拾百千万億兆]/;

/** One token of a numeral: an Arabic number (commas grouped by three), a kanji digit or a unit. */
const NUMERAL_TOKEN = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[〇零一壱二弐三参四五六七八九]|[十拾百千万億兆]/gy;
const ARABIC = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$|^\.\d+$/;
const MIXED = /^[\d,.〇零一壱二弐三参四五六七八九十拾百千万億兆]+$/;

/**
 * A numeral written with units (二十八, 千二百三十四, 三万五千, 3万5千, 1億2,000万),
 * read section by section. Units must descend (十十 and 万億 are not numbers) and
 * each coefficient stands before at most one unit.
 */
function parseWithUnits(s: string): number | null {
  let total = 0;
  let section = 0;
  let coefficient: number | null = null;
  let lastSmall = Infinity;
  let lastLarge = Infinity;
  let consumed = 0;
  NUMERAL_TOKEN.lastIndex = 0;
  for (let m = NUMERAL_TOKEN.exec(s); m; m = NUMERAL_TOKEN.exec(s)) {
    const token = m[0];
    consumed += token.length;
    const small = SMALL_UNITS[token];
    const large = LARGE_UNITS[token];
    if (small !== undefined) {
      if (small >= lastSmall) return null;
      section += (coefficient ?? 1) * small;
      coefficient = null;
      lastSmall = small;
    } else if (large !== undefined) {
      if (large >= lastLarge) return null;
      const part = section + (coefficient ?? 0);
      // below the first large unit, each section counts up to 9999 (三億二万, not 三億二〇〇〇〇万)
      if (lastLarge !== Infinity && part >= 1e4) return null;
      total += (part === 0 && coefficient === null ? 1 : part) * large;
      section = 0;
      coefficient = null;
      lastSmall = Infinity;
      lastLarge = large;
    } else {
      if (coefficient !== null) return null;
      coefficient = token in KANJI_DIGITS ? KANJI_DIGITS[token]! : Number(token.replace(/,/g, ''));
    }
  }
  if (consumed !== s.length) return null;
  const rest = section + (coefficient ?? 0);
  if (lastLarge !== Infinity && rest >= 1e4) return null;
  return total + rest;
}

/**
 * 二十八 → 28, 千二百三十四 → 1234, 三万五千 → 35000, 二〇二三 → 2023 (digit-by-digit
 * form), 元 → 1 (the first year of an era). Returns null for anything else.
 */
export function parseKanjiNumber(input: string): number | null {
  const s = input.trim();
  if (s === '元') return 1;
  if (!KANJI_NUMBER.test(s)) return null;
  if (HAS_UNIT.test(s)) return parseWithUnits(s);
  let v = 0;
  for (const c of s) {
    const d = KANJI_DIGITS[c];
    if (d === undefined) return null;
    v = v * 10 + d;
  }
  return v;
}

const ABOUT = /^(?:約|およそ)\s*/;
const SIGN = /^([▲△\-+]|マイナス|プラス)\s*/;
const PERCENT = /\s*%$/;
const WHITESPACE = /\s/;

/**
 * The numeric part of a cell or phrase: `22,103` `2，941` `１４３` `▲5` `△5` `＋２９`
 * `12.1%` `約1,200` `二十八` `3万5千`. ▲ and △ are minus signs in Japanese reports.
 * Returns null when the text is not a single number (with optional sign, % and 約):
 * `706 977` is two numbers, `1,22` is no number, a lone `－` means "none".
 */
export function parseNumber(input: string): number | null {
  let s = asciiNumerals(input).trim().replace(ABOUT, '').replace(PERCENT, '');
  let sign = 1;
  const signMatch = SIGN.exec(s);
  if (signMatch) {
    if (signMatch[1] !== '+' && signMatch[1] !== 'プラス') sign = -1;
    s = s.slice(signMatch[0].length);
  }
  if (s === '' || WHITESPACE.test(s)) return null;
  const value = ARABIC.test(s) ? Number(s.replace(/,/g, '')) : parseKanjiNumber(s) ?? (MIXED.test(s) ? parseWithUnits(s) : null);
  // ▲0 is zero, not -0 (which JSON and Object.is treat differently)
  return value === null ? null : value === 0 ? 0 : sign * value;
}

/** The pattern of a number as written in reports, for finding numbers inside text. */
export const NUMBER_PATTERN = String.raw`[▲△\-+＋－]?(?:[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+|[0-9０-９]+)(?:[.．][0-9０-９]+)?`;
