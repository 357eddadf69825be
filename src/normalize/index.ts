export { normalizeWidth, asciiNumerals } from './width.js';
export {
  toFullWidth, toHalfWidth, hiraganaToKatakana, hiraganaToHalfWidthKatakana, katakanaToHiragana, enlargeSmallKana, normalizeUnicode,
  type WidthConversionOptions,
} from './kana.js';
export { normalizeNeologd, shortenRepeat, type NeologdOptions } from './neologd.js';
export { parseNumber, parseKanjiNumber, NUMBER_PATTERN, KANJI_NUMERAL_CHARS } from './numbers.js';
export { ERAS, ERA_PATTERN, ERA_YEAR_PATTERN, eraYearNumber, findEra, isEraBoundary, prepareEraText, toGregorianYear, type Era } from './era.js';
export { parseFiscalYear, parseYear, findEraIn, type FiscalYearOptions } from './fiscal-year.js';
export { parseDate, type DateResult, type DateOptions } from './dates.js';
export { parseQuantity, findQuantities, COUNTERS, COUNTER_PATTERN, type Quantity } from './quantity.js';
export { joinLines, squash, cleanLabel, type JoinOptions } from './text.js';
export { collapseDistributed, closeNumberSpacing } from './spacing.js';
