/**
 * `plan-extract/normalize`: the normalizer every kind parser uses, as a library
 * for anyone cleaning Japanese municipal data. Pure functions, no I/O:
 * widths and look-alike characters, numbers (Arabic, kanji, daiji, mixed),
 * quantities with counters, era and fiscal years, dates, and the joining of
 * wrapped table-cell lines; and, for users cleaning text the way
 * ikegami-yukino/jaconv and neologdn do, their conversions with their
 * semantics (toFullWidth, toHalfWidth, kana conversions, normalizeNeologd).
 * Every reader returns null (or a not-ok date with a
 * reason) rather than a guess.
 */
export { normalizeWidth, asciiNumerals } from './width.js';
export {
  toFullWidth, toHalfWidth, hiraganaToKatakana, hiraganaToHalfWidthKatakana, katakanaToHiragana, enlargeSmallKana, normalizeUnicode,
  type WidthConversionOptions,
} from './kana.js';
export { normalizeNeologd, shortenRepeat, type NeologdOptions } from './neologd.js';
export { parseNumber, parseKanjiNumber } from './numbers.js';
export { parseQuantity, findQuantities, COUNTERS, type Quantity } from './quantity.js';
export { parseFiscalYear, parseYear, findEraIn, type FiscalYearOptions } from './fiscal-year.js';
export { parseDate, type DateResult, type DateOptions } from './dates.js';
export { ERAS, findEra, toGregorianYear, type Era } from './era.js';
export { joinLines, squash, cleanLabel, type JoinOptions } from './text.js';
