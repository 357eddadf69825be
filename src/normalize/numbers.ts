import { asciiNumerals } from './width.js';
import { type Decimal, addDecimal, decimalFromDigits, decimalToNumber, isBelowPow10, isZero, scaleDecimal, ZERO } from './decimal.js';

/** Kanji digits with their daiji (壱 弐 参 …) and variant forms; ○ (U+25CB) is the zero of word processors. */
const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, '○': 0,
  一: 1, 壱: 1, 壹: 1, 弌: 1,
  二: 2, 弐: 2, 弍: 2, 貳: 2, 貮: 2,
  三: 3, 参: 3, 參: 3, 弎: 3,
  四: 4, 肆: 4,
  五: 5, 伍: 5,
  六: 6, 陸: 6,
  七: 7, 柒: 7, 漆: 7,
  八: 8, 捌: 8,
  九: 9, 玖: 9,
};
/** 十 百 千 and their daiji, as powers of ten. */
const SMALL_UNITS: Record<string, number> = { 十: 1, 拾: 1, 什: 1, 百: 2, 陌: 2, 佰: 2, 千: 3, 阡: 3, 仟: 3 };
/** 万 億 兆 as powers of ten (京 and above pass 2^53 and are not read). */
const LARGE_UNITS: Record<string, number> = { 万: 4, 萬: 4, 億: 8, 兆: 12 };
/** Contracted tens: 廿 = 二十, 卅 = 三十, 卌 = 四十, 皕 = 二百. */
const CONTRACTIONS: Record<string, string> = { 廿: '二十', 卄: '二十', 卅: '三十', 丗: '三十', 卌: '四十', 皕: '二百' };

const DIGIT_CHARS = Object.keys(DIGITS).join('');
const SMALL_CHARS = Object.keys(SMALL_UNITS).join('');
const LARGE_CHARS = Object.keys(LARGE_UNITS).join('');
const CONTRACTION_CHARS = Object.keys(CONTRACTIONS).join('');

/** Every character a kanji numeral may be written with (digits, daiji, units, 廿 …). */
export const KANJI_NUMERAL_CHARS = DIGIT_CHARS + SMALL_CHARS + LARGE_CHARS + CONTRACTION_CHARS;
const KANJI_NUMBER = new RegExp(`^[${KANJI_NUMERAL_CHARS}・.]+$`);
const CONTRACTION = new RegExp(`[${CONTRACTION_CHARS}]`, 'g');
const ZERO_CHARS = /^[〇零○]+/;

/**
 * One token of a numeral: an Arabic number (commas only in groups of three), a
 * run of kanji digits (with a ・ or . decimal point between two runs), or a unit.
 */
const TOKEN = new RegExp(
  String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)|([${DIGIT_CHARS}]+(?:[・.][${DIGIT_CHARS}]+)?)|([${SMALL_CHARS}])|([${LARGE_CHARS}])`,
  'y',
);

type Token =
  | { kind: 'arabic'; value: Decimal }
  | { kind: 'kanji'; text: string }
  | { kind: 'small'; exponent: number }
  | { kind: 'large'; exponent: number };

function tokenize(s: string): Token[] | null {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < s.length) {
    const m = TOKEN.exec(s);
    if (!m) return null;
    if (m[1] !== undefined) tokens.push({ kind: 'arabic', value: decimalFromDigits(m[1].replace(/,/g, '')) });
    else if (m[2] !== undefined) tokens.push({ kind: 'kanji', text: m[2] });
    else if (m[3] !== undefined) tokens.push({ kind: 'small', exponent: SMALL_UNITS[m[3]]! });
    else tokens.push({ kind: 'large', exponent: LARGE_UNITS[m[4]!]! });
  }
  return tokens;
}

/** A run of kanji digits read digit by digit (二〇二三 → 2023), with an optional ・ decimal point. */
function kanjiDigits(text: string): Decimal {
  return decimalFromDigits([...text].map((c) => (c === '・' || c === '.' ? '.' : String(DIGITS[c]))).join(''));
}

/**
 * A kanji digit run where no unit comes before it: no leading zero (〇〇, 〇一二三
 * are no numbers), except a lone 〇 / 零 (zero) and 〇・五. A lone ○ is a mark, not zero.
 */
function leadingRun(text: string): Decimal | null {
  const integer = text.split(/[・.]/)[0]!;
  if (integer === '○') return null;
  if (integer.length > 1 && ZERO_CHARS.test(integer)) return null;
  return kanjiDigits(text);
}

/**
 * The coefficient before a unit (三 of 三百, 12 of 12千): one non-zero kanji digit
 * (六七百 and 〇十 are no numbers) or a positive Arabic number. Zeros right after a
 * unit are placeholders (千〇十 = 1010), and then the coefficient is an implied 一.
 * 十 and 百 take no written 一 (一十, 一百 are not how numbers are written; the daiji 壱拾 is).
 */
function coefficient(token: Token | null, afterUnit: boolean, exponent: number): Decimal | null {
  if (token === null) return decimalFromDigits('1');
  if (token.kind === 'arabic') return isZero(token.value) ? null : token.value;
  if (token.kind !== 'kanji') return null;
  let text = token.text;
  if (afterUnit) text = text.replace(ZERO_CHARS, '');
  else if (ZERO_CHARS.test(text)) return null;
  if (text === '') return decimalFromDigits('1');
  if (text.length > 1 && !/[・.]/.test(text)) return null;
  if (text === '一' && exponent < 3) return null;
  return kanjiDigits(text);
}

/**
 * The digits after the last unit of a section. After 十 百 千 a kanji run is either
 * the ones digit (千一 = 1001, 六百〇八 = 608) or fills every place (千二三四 = 1234),
 * never an ambiguous part (千二三); any remainder must stay below the unit (1千1000 is no number).
 */
function remainder(token: Token, afterUnit: boolean, lastSmall: number | null): Decimal | null {
  if (token.kind === 'arabic') return lastSmall === null || isBelowPow10(token.value, lastSmall) ? token.value : null;
  if (token.kind !== 'kanji') return null;
  if (!afterUnit) return leadingRun(token.text);
  const rest = token.text.replace(ZERO_CHARS, '');
  if (rest === '') return null;
  if (lastSmall !== null && rest.length > 1 && token.text.length !== lastSmall) return null;
  return kanjiDigits(rest);
}

/** One section: the part before a 万/億/兆 or after the last one (千二百三十四, 九九九九, 12千345). */
function parseSection(tokens: readonly Token[], afterLarge: boolean): Decimal | null {
  let value = ZERO;
  let lastSmall: number | null = null;
  let pending: Token | null = null;
  for (const token of tokens) {
    if (token.kind === 'small') {
      if (lastSmall !== null && token.exponent >= lastSmall) return null;
      const coef = coefficient(pending, afterLarge || lastSmall !== null, token.exponent);
      if (coef === null) return null;
      value = addDecimal(value, scaleDecimal(coef, token.exponent));
      lastSmall = token.exponent;
      pending = null;
    } else {
      if (pending !== null) return null;
      pending = token;
    }
  }
  if (pending === null) return value;
  const rest = remainder(pending, afterLarge || lastSmall !== null, lastSmall);
  return rest === null ? null : addDecimal(value, rest);
}

/**
 * Read a numeral that may mix Arabic digits, kanji digits and units, section by
 * section: 万 億 兆 descend, each needs a coefficient (万 alone, 兆億万, 〇万 and
 * 千万 are no numbers: 一千万 is), and each section below the first stays below the unit before it
 * (1万10千 is no number). Returns null past Number.MAX_SAFE_INTEGER, where digits would be lost.
 */
function parseNumeral(s: string): number | null {
  const tokens = tokenize(s);
  if (!tokens || tokens.length === 0) return null;
  let total = ZERO;
  let lastLarge: number | null = null;
  let section: Token[] = [];
  for (const token of tokens) {
    if (token.kind !== 'large') {
      section.push(token);
      continue;
    }
    if (lastLarge !== null && token.exponent >= lastLarge) return null;
    // 千 right before 万 億 兆 is written 一千 (一千万); a bare 千万 is refused as in careful writing
    if (section.length === 1 && section[0]!.kind === 'small' && section[0]!.exponent === 3) return null;
    const value = section.length === 0 ? null : parseSection(section, lastLarge !== null);
    if (value === null || isZero(value)) return null;
    if (lastLarge !== null && !isBelowPow10(value, lastLarge - token.exponent)) return null;
    total = addDecimal(total, scaleDecimal(value, token.exponent));
    lastLarge = token.exponent;
    section = [];
  }
  const rest = parseSection(section, lastLarge !== null);
  if (rest === null || (lastLarge !== null && !isBelowPow10(rest, lastLarge))) return null;
  return decimalToNumber(addDecimal(total, rest));
}

/** Width, NFC and the contracted tens (廿 卅 卌) made plain for the numeral reader. */
function prepareNumeral(input: string): string {
  return asciiNumerals(input).trim().replace(CONTRACTION, (c) => CONTRACTIONS[c]!);
}

/**
 * A number written in kanji, read as a whole: 二十八 → 28, 千二百三十四 → 1234,
 * 三万五千 → 35000, 二〇二三 and 二○二三 → 2023 (digit by digit), 九九九万九九九九 →
 * 9999999, 一万〇〇〇三 → 10003, 千〇十 → 1010, 壱萬弐阡 → 12000 (daiji), 廿一 → 21,
 * 三・五 → 3.5, 元 → 1 (the first year of an era). Returns null for anything else,
 * for malformed numerals (万, 十十, 千二三, 〇〇) and past Number.MAX_SAFE_INTEGER.
 */
export function parseKanjiNumber(input: string): number | null {
  const s = prepareNumeral(input);
  if (s === '元') return 1;
  if (!KANJI_NUMBER.test(s)) return null;
  return parseNumeral(s);
}

const ABOUT = /^(?:約|およそ)\s*/;
const SIGN = /^([▲△\-+]|マイナス|プラス)\s*/;
const PERCENT = /\s*%$/;
const WHITESPACE = /\s/;
/** A space after 万 億 兆 before a lower section that has its own large unit: `1,000億 5,432万` is one figure. */
const SPACE_AFTER_LARGE_UNIT = new RegExp(`(?<=[${LARGE_CHARS}])\\s+(?=[^\\s]*[${LARGE_CHARS}])`, 'g');

/**
 * The numeric part of a cell or phrase: `22,103` `2，941` `１４３` `▲5` `△5` `＋２９`
 * `12.1%` `約1,200` `二十八` `3万5千` `1億2,000万` `12千345`. ▲ and △ are minus signs
 * in Japanese reports. Returns null when the text is not a single number (with
 * optional sign, % and 約): `706 977` is two numbers (but `1,000億 5,432万`,
 * spaced between its sections, is one), `100、200` a list, `1,22`
 * no number, a lone `－` means "none", a lone `○` is a mark.
 */
export function parseNumber(input: string): number | null {
  let s = prepareNumeral(input).replace(ABOUT, '').replace(PERCENT, '');
  let sign = 1;
  const signMatch = SIGN.exec(s);
  if (signMatch) {
    if (signMatch[1] !== '+' && signMatch[1] !== 'プラス') sign = -1;
    s = s.slice(signMatch[0].length);
  }
  s = s.replace(SPACE_AFTER_LARGE_UNIT, '');
  if (s === '' || WHITESPACE.test(s)) return null;
  const value = s === '元' ? 1 : parseNumeral(s);
  // ▲0 is zero, not -0 (which JSON and Object.is treat differently)
  return value === null ? null : value === 0 ? 0 : sign * value;
}

/** The pattern of a number as written in reports, for finding numbers inside text. */
export const NUMBER_PATTERN = String.raw`[▲△\-+＋－]?(?:[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+|[0-9０-９]+)(?:[.．][0-9０-９]+)?`;
