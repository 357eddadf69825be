/**
 * Words and marks every kind of report prints the same way: how a sentence ends,
 * which marks open a list entry, how a fiscal year is written, what page
 * furniture looks like. Kinds build their own patterns from these, so one
 * spelling added here is read everywhere. Pure data and tiny helpers; depends on
 * nothing but width normalization.
 */
import { COUNTER_PATTERN } from '../../normalize/quantity.js';
import { normalizeWidth } from '../../normalize/width.js';

/** Width-normalized, whitespace runs collapsed to one space, trimmed. */
export function squeeze(line: string): string {
  return normalizeWidth(line).replace(/\s+/g, ' ').trim();
}

/** Width-normalized with every space removed (for matching wrapped or spaced words). */
export function compact(line: string): string {
  return normalizeWidth(line).replace(/\s+/g, '');
}

/**
 * The form words are compared in: width-normalized (Ｃ → C, which leaves （ alone),
 * no whitespace, and ASCII parentheses and brackets as their full-width forms, so
 * that both spellings compare equal.
 */
export function canon(text: string): string {
  return compact(text)
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/\[/g, '［')
    .replace(/\]/g, '］');
}

// ---------------------------------------------------------------- sentences

/** Marks that close a sentence. */
export const SENTENCE_STOPS = '。．！？!?';
/** Brackets that may follow a sentence's stop (`…とする。」`). */
export const CLOSING_BRACKETS = '」』）)';
/** A line ending a sentence: a stop, then closing brackets. */
export const SENTENCE_END = new RegExp(`[${SENTENCE_STOPS}][${CLOSING_BRACKETS}]*$`);

export function endsSentence(line: string): boolean {
  return SENTENCE_END.test(line);
}

/** Punctuation inside a sentence: a line holding one is prose, not a label or a heading. */
export const PROSE_PUNCTUATION = /[。、]/;

// ---------------------------------------------------------------- bullets

/** Marks that open a list entry in every kind's cells. */
export const BULLET_MARKS = '・•●◇◆□■▪';
/**
 * Round marks open list entries too, but they also grade and mark directions
 * (○ ◎), so cells that hold a grade leave them out.
 */
export const ROUND_BULLET_MARKS = '○◯◎';
/** `※` opens a note: a paragraph of its own, kept as content. */
export const NOTE_MARK = '※';
/** Rarer marks of office-suite lists and half-width kana text. */
export const EXTRA_BULLET_MARKS = '･▫▶▷►➢◦‣∙';
/** Numbered entries: ①–⑳. */
export const CIRCLED_NUMBERS = '[①-⑳]';
/** ㉑–㊿. */
export const HIGH_CIRCLED_NUMBERS = '[㉑-㉟]|[㊱-㊿]';
/** ⑴–⒇. */
export const PARENTHESIZED_NUMBERS = '[⑴-⒇]';
/** ⒈–⒛. */
export const FULL_STOP_NUMBERS = '[⒈-⒛]';

// ---------------------------------------------------------------- years

/** Era names as printed, and their initials (H30, R2, S63). */
export const ERA_NAMES = '平成|令和|昭和';
export const ERA_INITIALS = 'HRS';
/**
 * The number of an era year as printed: digits, 元, or kanji numerals (`二十八`, `三十`),
 * which older reports and Mincho headers use. No capture groups.
 */
export const ERA_YEAR_NUMBER = '(?:[0-9]{1,2}|元|[一二三四五六七八九十]{1,3})';
/**
 * A fiscal year as printed in a header: `平成26年度`, `H26年度`, `26年度`, `令和元年度`, `2024年度`.
 * No capture groups, so it can sit inside larger patterns.
 */
export const FISCAL_YEAR_WORD = `(?:(?:${ERA_NAMES}|H|R)?[0-9]{1,2}|(?:${ERA_NAMES})(?:元|[一二三四五六七八九十]{1,3})|[0-9]{4})年度`;

// ---------------------------------------------------------------- page furniture

/** A page number printed alone: `- 3 -`, `3 / 12`, `P.3`. */
export const PAGE_NUMBER = '(?:-\\s*[0-9]{1,4}\\s*-|[0-9]{1,4}\\s*\\/\\s*[0-9]{1,4}|[pP]\\.?\\s*[0-9]{1,4})';

/** A page's own number alone on its first or last line (`7`, `- 7 -`, `7 / 12`, `P.7`), the number captured. */
export const FOLIO = /^(?:[-－―‐]\s*)?([0-9]{1,3})(?:\s*[-－―‐])?$|^([0-9]{1,3})\s*\/\s*[0-9]{1,3}$|^[pP]\.?\s*([0-9]{1,3})$/;

/** The number a folio line prints, or null. */
export function folioNumber(line: string): number | null {
  const m = FOLIO.exec(line);
  return m ? Number(m[1] ?? m[2] ?? m[3]) : null;
}

/** Numbers in a line that state no figure: an era year (令和6年度), a plan's period (第7期). */
export const FIGURELESS_NUMBER = new RegExp(`(?:明治|大正|${ERA_NAMES})[0-9]{1,2}年度?|第[0-9]{1,2}[期次回]`, 'g');

// ---------------------------------------------------------------- figures

/** A line ending with a figure (`相談件数：22,103件`, `10回）`): a cell's paragraph ends there like at a sentence's end. */
export const FIGURE_END = new RegExp(`[0-9][0-9,.]*\\s*${COUNTER_PATTERN}[）)]*$`);
/** A sentence's end or a figure's. */
export const SENTENCE_OR_FIGURE_END = new RegExp(`${SENTENCE_END.source}|${FIGURE_END.source}`);

/**
 * How a text cut off mid-sentence ends (whitespace removed): on a comma, a particle that
 * needs its phrase (`報酬助成を`, `割合は`), an opening bracket, or inside a figure
 * (`2,`, `1,0`). A page, cell or document that ends complete ends otherwise.
 */
export const CUT_TEXT_END = /[、，,をにがはへや「『（(]$|[0-9][,，][0-9]{0,2}$/;

// ---------------------------------------------------------------- detection

/** Words that say a document is of a kind, with how much they say. */
export interface DetectionMarker {
  /** Alternatives (regular-expression sources); the marker counts once whichever is found. */
  words: readonly string[];
  /** The words as printed on separate lines of their own when a header cell wraps (`事業` / `番号`). */
  parts?: readonly string[];
  weight: number;
}

/**
 * A kind's detection words: the best title found counts, labels and legends add
 * up. Words are matched in the text with widths normalized, spaces removed and
 * ASCII brackets as full-width ones.
 */
export interface DetectionVocabulary {
  titles: readonly DetectionMarker[];
  labels: readonly DetectionMarker[];
  legends: readonly DetectionMarker[];
}

// ---------------------------------------------------------------- coverage

/**
 * Printed structure that is no content of its own, as coverage counts it (text
 * compacted: width-normalized, no whitespace): page numbers (`- 3 -`, `3/12`,
 * `P.3`), fiscal-year column headings (`平成28年度`, `R2年度`, `2020年度`) and unit notes
 * (`単位：件`, `（単位：人）`).
 */
export const SHARED_COVERAGE_LABELS: readonly RegExp[] = [
  /^-[0-9]{1,4}-$|^[0-9]{1,4}\/[0-9]{1,4}$|^[pP]\.?[0-9]{1,4}$|^[0-9]{1,4}$/,
  new RegExp(`(?:${ERA_NAMES}|[${ERA_INITIALS}])?${ERA_YEAR_NUMBER}年度(?:末)?|[0-9]{4}年度(?:末)?`),
  /[（(]?単位[:：]?[^）)]{0,4}[）)]?/,
];

/**
 * What a record of a meeting calls itself (令和6年度第1回協議会 会議録, 議事概要): minutes
 * quote the reports discussed (実施状況, 相談件数, 活動報告), yet are none of them.
 */
export const MEETING_RECORD_TITLE = /会議録|議事録|議事要旨|会議要旨|議事概要|会議概要|議事の概要|会議の記録/;

/**
 * Other families of municipal documents whose opening names them: a budget (当初予算,
 * 予算の概要) lists 事業番号・事業名・所管課 with 事業概要, a statistical yearbook
 * (統計書) prints 相談件数 by year, a guide (障害福祉のしおり) lists 相談窓口 with
 * 相談内容 and 相談方法. They use the kinds' words and are none of them.
 */
export const OTHER_DOCUMENT_TITLE = /当初予算|補正予算|予算(?:案)?の概要|予算書|予算説明|統計書|統計年報|統計年鑑|しおり|ガイドブック|ハンドブック|便利帳|手引き/;

/**
 * Plans of other welfare fields: their progress reports print the same forms
 * (取組番号, 担当課, 目標値, 実績値, 評価 ◎○△) about the elderly, children or health.
 * A report is of them when its opening names one and not the disability plan.
 */
export const OTHER_FIELD_PLAN =
  /介護保険事業(?:支援)?計画|高齢者(?:保健)?福祉計画|老人福祉計画|子ども・?子育て支援事業計画|子ども・若者計画|健康増進計画|食育推進計画|自殺対策計画|地域福祉(?:活動)?計画|男女共同参画(?:推進)?計画/;
/** What names disability in a title (障害者計画, 障がい福祉計画, 発達障害者支援センター, 障碍). */
export const DISABILITY_WORD = /障害|障がい|障碍|しょうがい/;
