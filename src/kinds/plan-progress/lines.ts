/**
 * Line-level vocabulary of a 計画進捗状況管理表: what a single line of the report is
 * (page furniture, a column header, a heading, the achievement/direction marker, a
 * goal-year header…). Every function looks at one line; structure lives elsewhere.
 */
import { findQuantities } from '../../normalize/index.js';
import { compact, ERA_INITIALS, ERA_NAMES, ERA_YEAR_NUMBER, PAGE_NUMBER, squeeze as norm } from '../shared/vocabulary.js';
import {
  CONTINUING_GOAL_WORDS,
  DEPARTMENT_ENDINGS,
  HEADING_MARKS,
  HEADING_NUMBER,
  HIERARCHY_PREFIX,
  PLAN_ACHIEVEMENT_LETTERS,
  PLAN_DIRECTION_MARKS,
  PLAN_HEADER_FRAGMENTS,
  PLAN_HEADER_LABELS,
  PLAN_LEGEND_WORDS,
  PLAN_NAME_ENDINGS,
  PLAN_WEAK_HEADER_WORDS,
  PLAN_YEAR_HEADER,
  SECTION_HEADING_WORDS,
  SUBSECTION_HEADING_WORDS,
} from './vocabulary.js';

export { compact, norm };

/**
 * Printed width in full-width character cells: ASCII and half-width kana count
 * one half. Cells of one column wrap at about the same width, which tells
 * columns apart when the text has lost its layout.
 */
export function displayWidth(line: string): number {
  let w = 0;
  for (const ch of line.trim()) {
    const cp = ch.codePointAt(0)!;
    w += cp < 0x1100 || (cp >= 0xff61 && cp <= 0xff9f) ? 0.5 : 1;
  }
  return w;
}

// ---------------------------------------------------------------- page furniture

/** `【1-a】 1-10`, `【3-b】59-62`, `【拡充 3-e】165～168`: section code and item range of a page. */
const FOOTER_RANGE = /^【[^】]{0,12}】\s*[0-9]{1,4}\s*[-～~]\s*[0-9]{1,4}$/;
const FOOTER_PAGE = new RegExp(`^${PAGE_NUMBER}$`);
/** `【1-a】 3-17 - 1 -`, `【4-d】 88-90 3 / 3`: the range and the page number printed on one line. */
const FOOTER_RANGE_PAGE = new RegExp(`^【[^】]{0,12}】\\s*[0-9]{1,4}\\s*[-～~]\\s*[0-9]{1,4}\\s+(?:${PAGE_NUMBER}|[0-9]{1,4})$`);

export function isFooter(line: string): boolean {
  const n = norm(line);
  return FOOTER_RANGE.test(n) || FOOTER_PAGE.test(n) || FOOTER_RANGE_PAGE.test(n);
}

const LEGEND_HEADING = new RegExp(PLAN_LEGEND_WORDS);

/** The legend printed under each table: `■ 目的達成状況について`, `a 完全に達成・終了したもの b …`. */
export function isLegend(line: string): boolean {
  const n = norm(line);
  if (/^[■□◆]/.test(n) && LEGEND_HEADING.test(n)) return true;
  return /^[a-d] [^\s○◯◎●△▲×〇]/.test(n) && /(もの|こと)$/.test(n) && /[a-d] \S+.*(もの|こと)/.test(n);
}

/**
 * Column-header words. A header cell wraps (`事業\n番号`, `他の分野別計\n画との関連性`)
 * so single fragments are listed too; a line made only of these is a header line.
 */
const STRONG_HEADER_WORDS = [...Object.values(PLAN_HEADER_LABELS).flat(), ...PLAN_HEADER_FRAGMENTS, PLAN_YEAR_HEADER];
const WEAK_HEADER_WORDS = PLAN_WEAK_HEADER_WORDS;

const STRONG_HEADER = new RegExp(`^(?:${STRONG_HEADER_WORDS.join('|')}|${WEAK_HEADER_WORDS.join('|')})*(?:${STRONG_HEADER_WORDS.join('|')})(?:${STRONG_HEADER_WORDS.join('|')}|${WEAK_HEADER_WORDS.join('|')})*$`);
const WEAK_HEADER = new RegExp(`^(?:${WEAK_HEADER_WORDS.join('|')})+$`);

export function isStrongHeader(line: string): boolean {
  const c = compact(line);
  return c !== '' && STRONG_HEADER.test(c);
}

export function isWeakHeader(line: string): boolean {
  const c = compact(line);
  return c !== '' && WEAK_HEADER.test(c);
}

/** Pieces of the direction sub-header (`～２８` `年度` `２９年` `度`): a number only before 年/度 or after ～. */
const DIRECTION_PIECES = ['～', `${ERA_YEAR_NUMBER}(?=年|度)`, `(?<=～)${ERA_YEAR_NUMBER}`, '年度', '年', '度'];
const sticky = (words: readonly string[]) => words.map((w) => new RegExp(w, 'y'));
const STRONG_PIECES = sticky(STRONG_HEADER_WORDS);
/** Brackets around a header's note (`事業の方向性（６年度）`). */
const BRACKETS = ['[（(［]', '[）)］]'];
const OTHER_PIECES = sticky([...WEAK_HEADER_WORDS, ...DIRECTION_PIECES, ...BRACKETS]);
/** A header block is a few dozen short lines at most. */
const MAX_HEADER_LINES = 40;
const MAX_HEADER_CHARS = 240;

/**
 * How many lines from `start` make up one column-header block: the longest run
 * whose joined text is made only of header words, one of them a strong one. Header
 * cells wrap anywhere (`事業の方` / `向性`, `数値目標達成状況及び現状分` / `析、今後の課題`),
 * so the words are looked for in the joined text, not line by line. 0 when none.
 */
export function headerRunLength(lines: readonly string[], start: number): number {
  const parts: string[] = [];
  let length = 0;
  for (let i = start; i < lines.length && parts.length < MAX_HEADER_LINES; i++) {
    const c = compact(lines[i]!);
    if (c === '' || /。/.test(c) || length + c.length > MAX_HEADER_CHARS) break;
    parts.push(c);
    length += c.length;
  }
  if (parts.length === 0) return 0;
  const text = parts.join('');
  // reach[p]: 0 unreachable, 1 reached by weak words only, 2 reached with a strong word
  const reach = new Uint8Array(text.length + 1);
  reach[0] = 1;
  for (let p = 0; p < text.length; p++) {
    if (reach[p] === 0) continue;
    const step = (pieces: readonly RegExp[], strong: boolean) => {
      for (const re of pieces) {
        re.lastIndex = p;
        if (!re.exec(text) || re.lastIndex === p) continue;
        const state = strong ? 2 : reach[p]!;
        if (state > reach[re.lastIndex]!) reach[re.lastIndex] = state;
      }
    };
    step(STRONG_PIECES, true);
    step(OTHER_PIECES, false);
  }
  let best = 0;
  let end = 0;
  parts.forEach((part, k) => {
    end += part.length;
    if (reach[end] === 2) best = k + 1;
  });
  return best;
}

/**
 * The sub-headers of the 事業の方向性 column (`～２８\n年度\n２９年\n度`): printed once
 * above every table, so in content order they open each group of rows.
 */
const DIRECTION_HEADER_START = new RegExp(`^～${ERA_YEAR_NUMBER}(?:年度?)?(?:${ERA_YEAR_NUMBER}年度?|年度|度)*$`);
const DIRECTION_HEADER_PART = new RegExp(`^(?:${ERA_YEAR_NUMBER}年度?|年度|年|度)+$`);

export function isDirectionHeaderStart(line: string): boolean {
  return DIRECTION_HEADER_START.test(compact(line));
}

export function isDirectionHeaderPart(line: string): boolean {
  return DIRECTION_HEADER_PART.test(compact(line));
}

// ---------------------------------------------------------------- headings

export interface Heading {
  level: 'section' | 'subsection';
  code: string;
  title: string;
}

const SUBSECTION = /^[（(]\s*([a-zA-Z])\s*[）)]\s*(\S.*)$/;
const SECTION = /^([0-9]{1,2})\s*[.．、]?\s+(\S.*)$|^([0-9]{1,2})[.．、]\s*(\S.*)$/;

/** `（ａ）基幹相談支援センターを…` → subsection a. */
export function parseSubsection(line: string): Heading | null {
  const m = SUBSECTION.exec(norm(line));
  if (!m || /。$/.test(m[2]!)) return null;
  return { level: 'subsection', code: m[1]!.toLowerCase(), title: m[2]!.replace(/\s+/g, '') };
}

/** A subsection code of letters or digits: `（１）相談支援体制の強化`. */
const NUMBERED_SUBSECTION = /^[（(]\s*([a-zA-Z]|[0-9]{1,2})\s*[）)]\s*(\S.*)$/;

/**
 * The heading a table row of one merged cell states (`１　相談支援の充実`,
 * `（１）相談支援体制の強化`). A whole-width row is a heading by its shape, so a
 * numbered `（１）` is a subsection here, where a line of running text could be a list.
 */
export function parseHeadingRow(text: string): Heading | null {
  const n = norm(text);
  const named = parseNamedHeading(n);
  if (named) return named;
  const m = NUMBERED_SUBSECTION.exec(n);
  if (m && !/。$/.test(m[2]!)) return { level: 'subsection', code: m[1]!.toLowerCase(), title: m[2]!.replace(/\s+/g, '') };
  const roman = ROMAN_SECTION.exec(n);
  if (roman && !/[。、]/.test(roman[2]!)) return { level: 'section', code: roman[1]!, title: roman[2]!.replace(/\s+/g, '') };
  return parseSectionShape(n);
}

/** A section numbered in Roman numerals alone (`Ⅱ　子どもの育ちの支援`): the numeral is its code as printed. */
const ROMAN_SECTION = /^([ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ])\s*[.．、]?\s*(\S.*)$/;

const namedHeading = (words: readonly string[]) =>
  new RegExp(`^[${HEADING_MARKS}]?\\s*(?:${words.join('|')})\\s*[（(]?(${HEADING_NUMBER})[)）]?\\s*[、.．:：]?\\s*(\\S.*)$`);
const NAMED_SECTION = namedHeading(SECTION_HEADING_WORDS);
const NAMED_SUBSECTION = namedHeading(SUBSECTION_HEADING_WORDS);

/** `基本目標1 地域で安心して…` → section 1, `施策の方向２ 権利擁護の推進` → subsection 2. */
export function parseNamedHeading(line: string): Heading | null {
  const n = norm(line);
  for (const [level, re] of [['section', NAMED_SECTION], ['subsection', NAMED_SUBSECTION]] as const) {
    const m = re.exec(n);
    if (m && !/。$/.test(m[2]!)) return { level, code: m[1]!, title: m[2]!.replace(/\s+/g, '') };
  }
  return null;
}

/**
 * `１　相談システムの構築` → section 1. The same shape as an item line
 * (`60 地域相談支援事業`): callers decide by what follows.
 */
export function parseSectionShape(line: string): Heading | null {
  const m = SECTION.exec(norm(line));
  if (!m) return null;
  const title = (m[2] ?? m[4]!).replace(/\s+/g, '');
  // a title is words (`2 / 3` at a page foot is a page number, not section 2)
  if (/[。、]/.test(title) || /^[0-9]/.test(title) || !/[\u3040-\u30ff\u4e00-\u9fff]/.test(title)) return null;
  return { level: 'section', code: String(Number(m[1] ?? m[3])), title };
}

/** `2地域生活の支援`: a section number glued to its title (one-digit or two, then a word, not a figure). */
const GLUED_SECTION = /^([0-9]{1,2})([\u3040-\u30ff\u4e00-\u9fff][^\s。、]*)$/;

/**
 * A section heading whose number touches its title, as some extractors print it.
 * The same shape as a figure in running text (`3年間`), so callers take it only right
 * above a subsection heading.
 */
export function parseGluedSection(line: string): Heading | null {
  const n = norm(line);
  const m = GLUED_SECTION.exec(n);
  if (!m || findQuantities(n).some((q) => q.index === 0)) return null;
  return { level: 'section', code: String(Number(m[1])), title: m[2]! };
}

// ---------------------------------------------------------------- item parts

/**
 * An item number alone on its line, or starting the name line (`60 地域相談支援事業`);
 * a number under its headings' (`1-2-3`: 基本目標 1, 施策の方向 2) is the item's last part.
 */
const ITEM_NUMBER = new RegExp(`^(?:No\\.?\\s*|№\\s*)?(?:${HIERARCHY_PREFIX})?([0-9]{1,4})(?:\\s+(\\S.*))?$`);

export function parseItemNumber(line: string): { no: number; rest: string | null } | null {
  const m = ITEM_NUMBER.exec(norm(line));
  if (!m) return null;
  return { no: Number(m[1]), rest: m[2] ?? null };
}

export const MARKS = PLAN_DIRECTION_MARKS;
const MARK_LINE = new RegExp(`^(?:(.*?)\\s+)?([${PLAN_ACHIEVEMENT_LETTERS}])\\s*([${MARKS}])(?:\\s*([${MARKS}]))?(?:\\s+(.*))?$`);
const LETTER_ONLY = new RegExp(`^[${PLAN_ACHIEVEMENT_LETTERS}]$`);
const MARK_ONLY = new RegExp(`^([${MARKS}])(?:\\s+(.*))?$`);

export interface Marker {
  /** Text of the cell before the marker on the same line (the end of the plans cell). */
  before: string | null;
  achievement: 'a' | 'b' | 'c' | 'd' | null;
  direction: string | null;
  /** Text after the marker on the same line (the start of the goal cell, e.g. 継続実施). */
  after: string | null;
}

/**
 * The 目的達成状況 letter and 事業の方向性 mark, as one line (`b ○`,
 * `継続して実施します。 b ○ 継続実施`). When the two marks of both direction
 * sub-columns are printed, the later (the coming year's) is the direction.
 */
export function parseMarker(line: string): Marker | null {
  const n = norm(line);
  const m = MARK_LINE.exec(n);
  if (!m) return null;
  const before = m[1] ?? null;
  // a prose line that happens to end in "… a ○" would need the letter to stand alone
  if (before !== null && /[a-zA-Z]$/.test(before)) return null;
  return {
    before,
    achievement: m[2]!.toLowerCase() as Marker['achievement'],
    direction: m[4] ?? m[3]!,
    after: m[5] ?? null,
  };
}

/** `b` alone (the mark follows on the next line in some extractors). */
export function isAchievementLetter(line: string): boolean {
  return LETTER_ONLY.test(norm(line));
}

/** A direction mark alone, possibly followed by the goal cell's start. */
export function parseMarkOnly(line: string): { mark: string; after: string | null } | null {
  const m = MARK_ONLY.exec(norm(line));
  return m ? { mark: m[1]!, after: m[2] ?? null } : null;
}

const CONTINUING_GOAL = new RegExp(`^(?:${CONTINUING_GOAL_WORDS})$`);

/** The goal cell of an item without a numeric target: `継続実施`. */
export function isContinuingGoal(line: string): boolean {
  return CONTINUING_GOAL.test(compact(line));
}

const GOAL_YEAR = new RegExp(`^((?:${ERA_NAMES}|[${ERA_INITIALS}])?\\s*${ERA_YEAR_NUMBER}|[0-9]{4})\\s*年度(?:末)?(?:(?:\\s+|[:：]|(?=[0-9]))(.*))?$`);

/** `平成26年度` or `平成26年度  168人`: a goal block's year, with what follows it on the line. */
export function parseGoalYear(line: string): { year: string; rest: string } | null {
  const m = GOAL_YEAR.exec(norm(line));
  if (!m) return null;
  const rest = (m[2] ?? '').trim();
  if (/[。、]/.test(rest)) return null;
  return { year: `${m[1]!}年度`, rest };
}

const DEPARTMENT_END = new RegExp(`(?:${DEPARTMENT_ENDINGS})$`);

export function endsLikeDepartment(text: string): boolean {
  return DEPARTMENT_END.test(compact(text));
}

/** The end of a plan name: 「…」, …計画, …プラン, a year range `2011～2020`. */
const PLAN_END = new RegExp(`(?:${PLAN_NAME_ENDINGS})$`);

export function endsLikePlanName(text: string): boolean {
  return PLAN_END.test(compact(text));
}

/** A line that continues the previous one's name (`～2020` after `域福祉2011`). */
export function continuesName(text: string): boolean {
  return /^[～~\-－―・]/.test(compact(text));
}

/** 【拡充】【新規】 in a name; bracketed codes with digits are page references, not tags. */
export const TAG = /【([^】0-9０-９]{1,6})】/g;
