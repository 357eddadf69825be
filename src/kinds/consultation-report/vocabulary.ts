/**
 * Words and marks of other cities' consultation reports: slide headings set with a
 * square (`■ 相談者の障害種別（実人数）`), small tables of figures with a 構成比 column,
 * and prose statistics under year headings (`平成28年度 事案件数125件、…`,
 * `「更生医療相談」が6,562件で全体の68.6%`).
 */

/** `■ 相談者の障害種別（実人数）`: a slide heading marked with a square or diamond (not a bullet: ● ○ ・). */
export const MARKED_HEADING = /^[■□◆◇]\s*([^。]{2,40})$/;

/** Column words of a figures table: the count and its share of the total. */
export const FIGURE_TABLE_COUNT_COLUMN = /^(?:件数|相談件数|延べ件数|実人数|人数|延べ人数|利用者数|回数)$/;
export const FIGURE_TABLE_SHARE_COLUMN = /^(?:構成比|構成割合|割合|比率)(?:[(（]%[)）])?$/;
/** The counter a bare figure in a count column carries, from the column's word. */
export const COUNT_COLUMN_UNIT: ReadonlyArray<readonly [RegExp, string]> = [
  [/件数$/, '件'],
  [/人数$/, '人'],
  [/回数$/, '回'],
  [/者数$/, '人'],
];

/** A year heading prose statistics fall under: `平成28年度`, `令和4年度` alone or opening a line. */
export const YEAR_HEADING = /^(?:(?:明治|大正|昭和|平成|令和)\s*(?:[0-9]{1,2}|元|[〇一二三四五六七八九十]{1,4})|(?:19|20)[0-9]{2})\s*年度(?![末中]|まで|から|以降|の)/;

/** Where a year heading stands inside a line, set apart by spaces: `… 7件(6%) 平成29年度 不当な…`. */
export const YEAR_HEADING_INSIDE = /\s+(?=(?:明治|大正|昭和|平成|令和)\s*(?:[0-9０-９]{1,2}|元|[〇一二三四五六七八九十]{1,4})\s*年度(?:\s|$))/;

/** A figure in prose with the share printed after it: `26件(21%)`, `「更生医療相談」が6,562件で全体の68.6%`. */
export const SHARE_AFTER_FIGURE = /^\s*(?:[(（]\s*([0-9]+(?:\.[0-9]+)?)\s*[%％]\s*[)）]|で(?:全体の)?\s*([0-9]+(?:\.[0-9]+)?)\s*[%％])/;

/** A label quoted in prose: `「更生医療相談」が`. */
export const QUOTED_LABEL = /「([^」]{1,30})」(?:が|は)?\s*$/;

/** A document's title where it names no report: `…相談の対応状況について`, `…の相談状況`. */
export const DOCUMENT_TITLE = /(?:について|の(?:対応|相談|実施)状況)$/;
