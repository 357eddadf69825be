/**
 * Every warning code the tool gives, with what it means and an example message:
 * the one table the parsers' `ctx.warn`, the consistency checks, the coverage check
 * and the CSV writer draw their codes from, and from which the README's list is
 * written (scripts/write-warning-docs.mjs). A warning never changes the data.
 */

export type WarningSource = 'parser' | 'consistency' | 'coverage' | 'output';

export interface WarningCodeInfo {
  source: WarningSource;
  meaning: string;
  example: string;
}

export const WARNING_CODES = {
  'item-number-unreadable': {
    source: 'parser',
    meaning: 'a table row of a progress table has no readable item number (事業番号) and is skipped',
    example: 'row without an item number ("1-a") skipped',
  },
  'item-marker-missing': {
    source: 'parser',
    meaning: 'an item has neither a 目的達成状況 grade nor a 事業の方向性 mark',
    example: 'item 12: no 目的達成状況 / 事業の方向性 mark found',
  },
  'indicator-value-unreadable': {
    source: 'parser',
    meaning: 'a value cell of an indicator table holds no figure (a word such as 中止); the value is left out',
    example: 'indicator value "中止" is no figure; left out',
  },
  'indicator-row-unattached': {
    source: 'parser',
    meaning: "a year row of an indicator table does not follow its indicator's years (its item's cells were lost, e.g. at a page break); the row is left out",
    example: "year row 令和3年度 (20, 中止) has no item of its own (item 4 above has FY2023 already): its item's cells were lost, e.g. at a page break; left out",
  },
  'item-department-missing': {
    source: 'parser',
    meaning: 'an item has no 所管課 (department)',
    example: 'item 12: no 所管課 found',
  },
  'item-results-missing': {
    source: 'parser',
    meaning: 'an item of a progress table has its 取組予定 (plans) but no 実施状況 (results): the results column dropped, or its cells not found',
    example: 'item 12: a 取組予定 (plans) but no 実施状況 (results)',
  },
  'item-progress-missing': {
    source: 'parser',
    meaning: 'an item of a progress table whose header prints 実施状況 and 取組予定 has neither: their cells lost, or their text read into a cell beside them (a row cut at a page break in a text without columns)',
    example: 'item 96: neither 実施状況 (results) nor 取組予定 (plans) found; their text may be lost or read into another field',
  },
  'target-missing': {
    source: 'parser',
    meaning: 'a target sheet names no 成果目標 / 活動指標',
    example: 'sheet of 保健福祉局障害福祉部 names no 成果目標/活動指標',
  },
  'actuals-columns': {
    source: 'parser',
    meaning: "a row of a sheet's actuals table has more or fewer figures than the table has year columns",
    example: '地域生活支援拠点等の整備: 2 figures for 3 years',
  },
  'actuals-unparsed': {
    source: 'parser',
    meaning: "figures in a sheet's actuals box that stand under no year heading",
    example: 'no year header above "0箇所 0箇所"',
  },
  'value-unparsed': {
    source: 'parser',
    meaning: 'a goal or actual cell holds no figure; its text is kept in `raw`',
    example: '地域生活支援拠点等の整備 (平成30年度): "調整中" is not a figure',
  },
  'review-year-missing': {
    source: 'parser',
    meaning: 'a yearly review of a sheet has no fiscal-year heading',
    example: 'a review has no fiscal year heading; read as 2019',
  },
  'era-year-invalid': {
    source: 'parser',
    meaning: 'a fiscal year that its era never had (平成32年度 is written for 令和2年度 at times, 令和0年度 never)',
    example: 'goal deadline 平成35年度 is after the end of 平成',
  },
  'era-date-invalid': {
    source: 'parser',
    meaning: 'an impossible date, kept as text (R1.3.31: 令和 began 2019-05-01)',
    example: 'R1.3.31 is before 令和 began (2019-05-01)',
  },
  'control-characters-removed': {
    source: 'parser',
    meaning: 'NUL or other control characters in a text input were removed before reading',
    example: '3 control characters (U+0000 first) removed from the text',
  },
  'headings-ambiguous': {
    source: 'parser',
    meaning: "a page of a progress table has more column header blocks between its rows than section headings for them, so which rows a heading governs is a guess (a header repeated inside one table needs no heading and is read as structure when the count says so)",
    example: 'more column headers between rows than headings for them (a header repeated, or a heading missing): the section of the rows after them is a guess',
  },
  'cells-out-of-order': {
    source: 'parser',
    meaning: "a progress table's text lists its wrapped cells after all rows of the page (a spreadsheet export's order): only item numbers, one-line names, marks and headings are read from it",
    example: "the wrapped cells come after all rows of the page (a spreadsheet export's text order): only item numbers, one-line names, marks and headings are read",
  },
  'row-cut-column-guessed': {
    source: 'parser',
    meaning: "a table row a page break cut goes on under the next page's header in the text with nothing to say whose column its lines are: they join the row's first text column",
    example: 'item 9: 1 line(s) after the page break joined to the first text column; the text does not say whose column they are',
  },
  'chart-unread': {
    source: 'parser',
    meaning: "a text's chart over fiscal years whose legend stands one name a line: the text does not tell the series' order (office suites reverse a stacked chart's legend), so none of its figures is given",
    example: '18 figures of the chart "■障害種別相談件数の推移（延べ件数）" not read: its legend (その他, 難病, 発達, 精神, 知的, 身体) stands one name a line, in an order the text does not tell (a stacked chart\'s legend is reversed); give the PDF',
  },
  'chart-shares-sum': {
    source: 'consistency',
    meaning: "a chart's shares do not sum to 100 ± 0.5 (≥ 99.5 when 重複あり; 100 − n×step … 100.5 when 切り捨て)",
    example: '相談内容: shares sum to 149.6%, expected 99.4–100.5 (切り捨て)',
  },
  'chart-counts-sum': {
    source: 'consistency',
    meaning: "a chart's slice counts do not sum to its total (they may exceed it when 重複あり)",
    example: '関係機関との連絡調整: counts sum to 14,000, the total is 14,150',
  },
  'plan-table-total': {
    source: 'consistency',
    meaning: 'a plan table row: selfPlans + providerPlans differs from total',
    example: '障害者総合福祉法分 2015-03-31: 706 + 977 = 1683, the table says 1684',
  },
  'plan-table-cells-missing': {
    source: 'consistency',
    meaning: 'a plan table row states some of its figures but not all: a column dropped, or a row cut at a page break',
    example: '障害者総合福祉法分 2016-03-31: no 合計数, セルフ率',
  },
  'plan-table-rate': {
    source: 'consistency',
    meaning: 'a plan table row: selfPlanRate is neither selfPlans / total × 100 rounded nor truncated',
    example: '障害者総合福祉法分 2015-03-31: セルフ率 41.9, 706 / 1683 gives 41.9–41.9',
  },
  'indicator-rate-mismatch': {
    source: 'consistency',
    meaning:
      "an indicator's printed 達成率 is none of the readings of its target and actual (actual / target, target / actual for a figure to bring down, the way from baseline to target), rounded or truncated to its decimals: a rate, target or actual printed or read wrong, or two rows' figures swapped",
    example: '事業1 福祉施設から一般就労への移行者数: 達成率 96.2%, but 50 / 54 × 100 = 92.6',
  },
  'actual-year-outside-plan': {
    source: 'consistency',
    meaning: 'an actual or review year after the goal year or more than 5 years before it; a results year after the plans year',
    example: 'actual of 2025 is after the goal year 2020',
  },
  'actuals-missing': {
    source: 'consistency',
    meaning: 'a target sheet has a goal but no actual figure (実績): its actuals row dropped or not placed',
    example: '地域生活支援拠点等の整備: a goal but no actual figure',
  },
  'change-mismatch': {
    source: 'consistency',
    meaning: "a chart's 前年比 change differs from its total minus the prior year's stated total",
    example: '月平均の実利用者数（大人）: change +29, but 189 − 150 = 39',
  },
  'table-row-unlabelled': {
    source: 'parser',
    meaning:
      "a row of a table of figures stands without its label (the text put the label elsewhere, as Calc exports do in pdftotext -raw) and no lone label at the page's end makes the table's total agree: its figures are not read",
    example: 'a row of figures without its label ("88 97 112") is not read',
  },
  'table-total-mismatch': {
    source: 'parser',
    meaning: "a table of figures' total row (合計, 計) differs from the sum of the rows above it: a figure was printed or read wrong",
    example: '相談方法別延べ件数の推移（単位：件） 2023: the rows sum to 3775, the 合計 row says 3785',
  },
  'table-share-mismatch': {
    source: 'parser',
    meaning: "a row of a table of figures prints a share (構成比) that is not its figure's part of the total row: two rows' figures swapped, or a figure or share printed or read wrong",
    example: '相談内容 件数 構成比: 福祉サービスの利用 592 is 17.0% of the 合計 3482, the table prints 33%',
  },
  'item-number-duplicate': {
    source: 'consistency',
    meaning: 'an item number is used twice in one document (within its section when items are numbered per section)',
    example: 'item number 12 in section 1 appears again (first on page 3)',
  },
  'page-missing': {
    source: 'coverage',
    meaning: "the document numbers its pages (a slide number, `- 3 -`, `3 / 12`) and a number is skipped: a page or slide removed, whose records are not in the output",
    example: "page 7 of the document's numbering is not here: page 6 prints 6, page 7 prints 8",
  },
  'rows-skipped': {
    source: 'coverage',
    meaning:
      'lines printed as a row of figures (a label and two or more figures) of which no figure landed in any field: rows the parser skipped or could not place (a part the contract leaves out, such as a 管理シート\'s 活動指標 table of 見込量, is not counted)',
    example: '1 row of figures not read into any field: "地域生活支援拠点等の整備 1箇所 1箇所 2箇所"',
  },
  'record-cut-at-end': {
    source: 'coverage',
    meaning:
      'a text stops inside its last record (an opening of a report, a file cut short): the record is kept as far as it goes, its later fields missing and its last value possibly cut mid-word or mid-figure',
    example: 'the text ends inside its last record, item 9 (成年後見制度の利用促進): its last value may be cut short; it has no achievement, direction, as the records before it do',
  },
  'low-coverage': {
    source: 'coverage',
    meaning: 'less than the minimum share (default 60%) of the body text was read into fields',
    example: 'only 41.2% of the body text was read into fields (minimum 60%); most left over on page 3 (812 characters)',
  },
  'xlsx-cell-truncated': {
    source: 'output',
    meaning: 'a text longer than an Excel cell holds (32,767 characters) was cut in the XLSX workbook',
    example: 'items row 5 column results_text: text cut to the 32767 characters an Excel cell holds',
  },
  'unmappable-character': {
    source: 'output',
    meaning: 'CSV in Shift_JIS with --replace-unmappable: a character Shift_JIS cannot hold was written as 〓',
    example: '𠮷 (U+20BB7) replaced with 〓 in sheets.csv (row 2 column department)',
  },
} as const satisfies Record<string, WarningCodeInfo>;

export type WarningCode = keyof typeof WARNING_CODES;

type CodesOf<S extends WarningSource> = { [C in WarningCode]: (typeof WARNING_CODES)[C]['source'] extends S ? C : never }[WarningCode];

/** Codes of the consistency checks: a document's figures checked against its own arithmetic. */
export type ConsistencyCode = CodesOf<'consistency'>;
/** Codes a kind's parser gives through `ctx.warn`. */
export type ParserCode = CodesOf<'parser'>;

/** The consistency codes with their meanings. */
export const CONSISTENCY_CODES = Object.fromEntries(
  Object.entries(WARNING_CODES)
    .filter(([, info]) => info.source === 'consistency')
    .map(([code, info]) => [code, info.meaning]),
) as Record<ConsistencyCode, string>;

/** The README's list of warnings: one row per code, in the table's order. */
export function warningCodesMarkdown(): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const rows = Object.entries(WARNING_CODES).map(([code, info]) => `| \`${code}\` | ${info.source} | ${cell(info.meaning)} | ${cell(info.example)} |`);
  return ['| code | from | meaning | example message |', '|---|---|---|---|', ...rows].join('\n');
}
