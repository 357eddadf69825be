import { normalizeWidth, parseNumber } from '../../normalize/index.js';
import { compact } from './lines.js';
import { COUNT_UNITS, MARKED_HEADING, NUMBERED_HEADING, NUMBERED_HEADING_NUMBER } from './vocabulary.js';

/** `【相談方法・内訳】`, also in ［…］ 〔…〕 《…》 ≪…≫ 〈…〉 ＜…＞. */
const HEADING = /^(?:【([^】]+)】|［([^］]+)］|〔([^〕]+)〕|《([^》]+)》|≪([^≫]+)≫|〈([^〉]+)〉|＜([^＞]+)＞)$/;
const CHANGE_MARK = /前年(?:度)?比/;
const NOTE = /^[※＊*]/;
/** Counters a chart's total is given in; a percent is never a total. */
const QUANTITY_LINE = new RegExp(`^(.*?)((?:\\d{1,3}(?:,\\d{3})+|\\d+))(${COUNT_UNITS})$`);
const TOTAL_WORD = /^(?:合計数?|総計|総数|計|延べ(?:件数|人数|数)?)[:：]?$/;
const CHANGE = /前年(?:度)?比\s*[:：]?\s*(＋|\+|プラス|▲|△|▽|-|マイナス)?\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(%|％|ポイント|pt)?([^()（）]*)/;
/** Words that end in 別 without meaning "by": 種別 (type), 性別 (sex), 個別 (individual)… */
const WORDS_ENDING_IN_BETSU = /[種性個区特差分識選判類格]別$/;

/** The text inside a line that is a bracketed or marked heading (`■ 相談方法`; one holding figures is a line of data), or null. */
export function headingOf(line: string): string | null {
  const c = compact(line);
  const m = HEADING.exec(c);
  if (m) return m.slice(1).find((g) => g !== undefined)!;
  const marked = MARKED_HEADING.exec(c);
  return marked && !/[0-9]/.test(marked[1]!) ? marked[1]! : null;
}

/**
 * A chart's title from its 【】 heading: a trailing 内訳 (breakdown) or 別 (by …) is
 * dropped, since the chart is about the thing itself — `相談方法・内訳` → `相談方法`,
 * `相談項目別` → `相談項目` — but 別 stays where it is part of a word (`障害種別`).
 */
export function chartTitle(heading: string): string {
  let t = compact(heading).replace(/^[【［〔《≪〈＜]|[】］〕》≫〉＞]$/g, '');
  t = t.replace(/[・･の]?内訳$/, '');
  if (!WORDS_ENDING_IN_BETSU.test(t)) t = t.replace(/別$/, '');
  return t;
}

export function isChangeLine(line: string): boolean {
  return CHANGE_MARK.test(compact(line));
}

/**
 * 前年比 as a signed difference: `(前年比＋２９名)` → 29, `前年比▲12件` → -12,
 * `前年比 120件減` → -120. A ratio (`前年比112%`) is not a difference: null.
 */
export function parseChange(line: string): number | null {
  const m = CHANGE.exec(compact(line).replace(/，/g, ','));
  if (!m) return null;
  if (m[3] === '%' || m[3] === '％') return null;
  const value = parseNumber(m[2]!);
  if (value === null) return null;
  const minus = m[1] === undefined ? /^[^増]*減/.test(m[4] ?? '') : /[▲△▽\-]|マイナス/.test(m[1]);
  return minus ? -value : value;
}

export function isNote(line: string): boolean {
  return NOTE.test(compact(line));
}

/** A note's wrapped remainder: starts where a sentence goes on (`ため、…`), not like a label. */
export function continuesNote(line: string): boolean {
  return /^[ぁ-ゖ、。，）)」』]/.test(compact(line));
}

export interface QuantityLine {
  /** Text before the figure on the same line (a centre label such as 月平均), or ''. */
  label: string;
  value: number;
  unit: string;
}

/** A line that is one figure with a counter, optionally after a short label: `189人`, `月平均 189人`, `合計 8,409件`. */
export function quantityLine(line: string): QuantityLine | null {
  const m = QUANTITY_LINE.exec(compact(line).replace(/，/g, ','));
  if (!m) return null;
  const label = m[1]!.replace(/[:：]$/, '');
  if (/[0-9%％]/.test(label) || label.length > 15) return null;
  const value = parseNumber(m[2]!);
  return value === null ? null : { label, value, unit: m[3]! };
}

/** The part of a change line before 前年比, where some decks put the total: `8,409件(前年比＋1,992件)`. */
export function quantityBeforeChange(line: string): QuantityLine | null {
  const head = compact(line).split(CHANGE_MARK)[0]!.replace(/[（(]$/, '');
  return head ? quantityLine(head) : null;
}

export function isTotalWord(label: string): boolean {
  return TOTAL_WORD.test(label);
}

/** A numbered heading's text without its number, which is no figure; any other paragraph as it is. */
export function withoutHeadingNumber(paragraph: string): string {
  const text = normalizeWidth(paragraph).trim();
  return NUMBERED_HEADING.test(text) ? text.replace(NUMBERED_HEADING_NUMBER, '') : paragraph;
}
