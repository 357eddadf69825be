import { asciiNumerals } from './width.js';

const KANJI_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 壱: 1, 二: 2, 弐: 2, 三: 3, 参: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const KANJI_SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 千: 1000 };
const KANJI_LARGE_UNITS: Record<string, number> = { 万: 1e4, 億: 1e8, 兆: 1e12 };

export const KANJI_NUMERAL_CHARS = '〇零一壱二弐三参四五六七八九十拾百千万億兆';
const KANJI_NUMBER = new RegExp(`^[${KANJI_NUMERAL_CHARS}]+$`);

/**
 * 二十八 → 28, 千二百三十四 → 1234, 三万五千 → 35000, 二〇二三 → 2023 (digit-by-digit
 * form), 元 → 1 (the first year of an era). Returns null for anything else.
 */
export function parseKanjiNumber(input: string): number | null {
  const s = input.trim();
  if (s === '元') return 1;
  if (!KANJI_NUMBER.test(s)) return null;
  const hasUnits = [...s].some((c) => c in KANJI_SMALL_UNITS || c in KANJI_LARGE_UNITS);
  if (!hasUnits) {
    let v = 0;
    for (const c of s) v = v * 10 + KANJI_DIGITS[c]!;
    return v;
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of s) {
    if (c in KANJI_DIGITS) {
      if (digit !== null) return null;
      digit = KANJI_DIGITS[c]!;
    } else if (c in KANJI_SMALL_UNITS) {
      section += (digit ?? 1) * KANJI_SMALL_UNITS[c]!;
      digit = null;
    } else {
      const unit = KANJI_LARGE_UNITS[c]!;
      const part = section + (digit ?? 0);
      total += (part === 0 ? 1 : part) * unit;
      section = 0;
      digit = null;
    }
  }
  return total + section + (digit ?? 0);
}

/**
 * The numeric part of a cell or phrase: `22,103` `2，941` `１４３` `▲5` `△5` `＋２９`
 * `12.1%` `約1,200` `二十八`. ▲ and △ are minus signs in Japanese reports.
 * Returns null when the text is not a single number (with optional % and 約).
 */
export function parseNumber(input: string): number | null {
  let s = asciiNumerals(input).trim().replace(/\s+/g, '');
  s = s.replace(/^約/, '').replace(/[%]$/, '');
  let sign = 1;
  const signMatch = /^([▲△\-+]|マイナス|プラス)/.exec(s);
  if (signMatch) {
    if (signMatch[1] !== '+' && signMatch[1] !== 'プラス') sign = -1;
    s = s.slice(signMatch[1]!.length);
  }
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return sign * Number(s.replace(/,/g, ''));
  if (/^\d+(\.\d+)?$/.test(s) || /^\.\d+$/.test(s)) return sign * Number(s);
  const kanji = parseKanjiNumber(s);
  return kanji === null ? null : sign * kanji;
}

/** The pattern of a number as written in reports, for finding numbers inside text. */
export const NUMBER_PATTERN = String.raw`[▲△\-+＋－]?(?:[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+|[0-9０-９]+)(?:[.．][0-9０-９]+)?`;
