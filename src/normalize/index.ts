export { normalizeWidth, asciiNumerals } from './width.js';
export { parseNumber, parseKanjiNumber, NUMBER_PATTERN, KANJI_NUMERAL_CHARS } from './numbers.js';
export { ERAS, ERA_PATTERN, ERA_YEAR_PATTERN, eraYearNumber, findEra, isEraBoundary, prepareEraText, toGregorianYear, type Era } from './era.js';
export { parseFiscalYear, parseYear, findEraIn, type FiscalYearOptions } from './fiscal-year.js';
export { parseDate, type DateResult } from './dates.js';
export { parseQuantity, findQuantities, COUNTERS, COUNTER_PATTERN, type Quantity } from './quantity.js';
export { joinLines, squash, cleanLabel, type JoinOptions } from './text.js';
