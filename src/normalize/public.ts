/**
 * `plan-extract/normalize`: the normalizer every kind parser uses, as a library
 * for anyone cleaning Japanese municipal data. Pure functions, no I/O:
 * widths and look-alike characters, numbers (Arabic, kanji, daiji, mixed),
 * quantities with counters, era and fiscal years, dates, and the joining of
 * wrapped table-cell lines. Every reader returns null (or a not-ok date with a
 * reason) rather than a guess.
 */
export { normalizeWidth, asciiNumerals } from './width.js';
export { parseNumber, parseKanjiNumber } from './numbers.js';
export { parseQuantity, findQuantities, COUNTERS, type Quantity } from './quantity.js';
export { parseFiscalYear, parseYear, findEraIn, type FiscalYearOptions } from './fiscal-year.js';
export { parseDate, type DateResult } from './dates.js';
export { ERAS, findEra, toGregorianYear, type Era } from './era.js';
export { joinLines, squash, cleanLabel, type JoinOptions } from './text.js';
