/**
 * Words every kind's forms print around their content, shared by all kinds.
 */

/**
 * Printed structure that is no content of its own, as coverage counts it (text
 * compacted: width-normalized, no whitespace): page numbers (`- 3 -`, `3/12`,
 * `P.3`), fiscal-year column headings (`平成28年度`, `R2年度`, `2020年度`) and unit notes
 * (`単位：件`, `（単位：人）`).
 */
export const SHARED_COVERAGE_LABELS: readonly RegExp[] = [
  /^-[0-9]{1,4}-$|^[0-9]{1,4}\/[0-9]{1,4}$|^[pP]\.?[0-9]{1,4}$|^[0-9]{1,4}$/,
  /(?:平成|令和|昭和|[HRS])?(?:[0-9]{1,2}|元)年度(?:末)?|[0-9]{4}年度(?:末)?/,
  /[（(]?単位[:：]?[^）)]{0,4}[）)]?/,
];
