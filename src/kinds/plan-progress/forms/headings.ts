/**
 * Section and subsection headings printed between record blocks (`1 相談支援の充実`,
 * `(1)相談支援体制の機能強化`, `基本目標1、差別の解消…`). In a テキスト版 or a PDF's
 * text they run on from the previous record's last value, so they are looked for
 * at the end of a text: where the last sentence ends, headings may begin.
 */
import { COUNTER_PATTERN } from '../../../normalize/index.js';
import type { CodeTitle } from '../cells.js';
import { GOAL_HEADING, HEADING_NUMBER, SECTION_HEADING_WORDS, SUBSECTION_HEADING_WORDS } from '../vocabulary.js';

export interface Headings {
  section: CodeTitle | null;
  subsection: CodeTitle | null;
}

/** `1 相談支援の充実`, `1相談支援の充実` (an extractor may drop the space); `12か月` is a figure, not section 12. */
const SECTION = new RegExp(`^([1-9][0-9]?)[ \\t.．、]*(?!${COUNTER_PATTERN})([\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}「『][^\\s。]{1,40})$`, 'u');
const SUBSECTION = /^[（(]([1-9][0-9]?)[)）]\s*([^\s。]{2,40})$/;
const SUBSECTION_ALONE = /^[（(]([0-9]{1,2})[)）]$/;
/** A chapter heading (`Ⅰ 地域で…`, `T 身近な…` where Ⅰ lost its glyph): no field of any record. */
const CHAPTER = /^(?:[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|[IVX]{1,4}|T)$/;
/**
 * A heading that names its level (`基本目標1 …`, `施策の方向(1) …`). The bare 施策 heads
 * a line only: `施策1` also stands in a record's text.
 */
const WORDED_SUBSECTION = SUBSECTION_HEADING_WORDS.filter((w) => w.length > 2);
const BARE_SUBSECTION = SUBSECTION_HEADING_WORDS.filter((w) => w.length <= 2);
const WORDED = new RegExp(
  `(?:(?<=^|\\s)(${[...SECTION_HEADING_WORDS, ...WORDED_SUBSECTION].join('|')})|(?<=^|\\n)(${BARE_SUBSECTION.join('|')}))\\s*[（(]?(${HEADING_NUMBER})[)）]?[、.．:：]?`,
  'g',
);

/**
 * Headings at the end of a text (each on its own line or apart by spaces): the
 * position where they start (text.length when there are none) and what they set.
 */
export function trailingHeadings(text: string): { cut: number; headings: Headings } {
  const worded = wordedHeadings(text);
  if (worded) return worded;
  const goal = lastGoalHeading(text);
  if (goal) return goal;
  // tokens after the last sentence end, from the end backwards
  const sentenceEnd = Math.max(text.lastIndexOf('。'), text.lastIndexOf('\n\n'));
  const tail = text.slice(sentenceEnd + 1);
  const tokens = [...tail.matchAll(/\S+/g)].map((m) => ({ text: m[0], at: sentenceEnd + 1 + m.index }));
  let k = tokens.length;
  let subsection: CodeTitle | null = null;
  let section: CodeTitle | null = null;
  const pair = (re: RegExp) => {
    if (k < 2) return null;
    const m = re.exec(`${tokens[k - 2]!.text} ${tokens[k - 1]!.text}`);
    return m ? { code: String(Number(m[1])), title: m[2]! } : null;
  };
  const sub = k >= 1 ? SUBSECTION.exec(tokens[k - 1]!.text) : null;
  if (sub) {
    subsection = { code: String(Number(sub[1])), title: sub[2]! };
    k -= 1;
  } else if (k >= 2 && SUBSECTION_ALONE.test(tokens[k - 2]!.text) && !/。/.test(tokens[k - 1]!.text)) {
    subsection = { code: String(Number(SUBSECTION_ALONE.exec(tokens[k - 2]!.text)![1])), title: tokens[k - 1]!.text };
    k -= 2;
  }
  const single = k >= 1 ? SECTION.exec(tokens[k - 1]!.text) : null;
  const sec = single ? { code: String(Number(single[1])), title: single[2]! } : pair(SECTION);
  if (sec) {
    section = sec;
    k -= single ? 1 : 2;
  }
  if (!section && !subsection) return { cut: text.length, headings: { section: null, subsection: null } };
  // a chapter heading and its title before the section belong to no record either
  if (k >= 2 && CHAPTER.test(tokens[k - 2]!.text)) k -= 2;
  return { cut: k < tokens.length ? tokens[k]!.at : text.length, headings: { section, subsection } };
}

/** A subsection heading ending the text after a 基本目標 (`（１）早期の療育`), on its line or after spaces. */
const TRAILING_SUBSECTION = /(?:^|\s)[（(]([1-9][0-9]?)[)）]\s*([^\s。]{2,40})\s*$/;

/** Headings that name their level after the text's last sentence, each titled up to its line's end (or a run of spaces). */
function wordedHeadings(text: string): { cut: number; headings: Headings } | null {
  const sentenceEnd = text.lastIndexOf('。');
  const hits = [...text.matchAll(WORDED)].filter((m) => m.index > sentenceEnd);
  if (hits.length === 0) return null;
  const headings: Headings = { section: null, subsection: null };
  hits.forEach((m, i) => {
    const title = text.slice(m.index + m[0].length, hits[i + 1]?.index ?? text.length).trim().split(/\n|\s{2,}/)[0]!.trim();
    const word = m[1] ?? m[2]!;
    const heading = { code: /^[0-9]+$/.test(m[3]!) ? String(Number(m[3])) : m[3]!, title };
    if (SECTION_HEADING_WORDS.includes(word)) {
      headings.section = heading;
      headings.subsection = null;
    } else headings.subsection = heading;
  });
  const last = hits[hits.length - 1]!;
  if (headings.section && !headings.subsection && SECTION_HEADING_WORDS.includes(last[1] ?? last[2]!)) {
    const sub = TRAILING_SUBSECTION.exec(text.slice(last.index + last[0].length));
    if (sub) headings.subsection = { code: String(Number(sub[1])), title: sub[2]! };
  }
  return { cut: hits[0]!.index, headings };
}

/** `基本目標1、差別の解消…` near the end of a text (a tally may follow it): a new section, and the subsection after it. */
function lastGoalHeading(text: string): { cut: number; headings: Headings } | null {
  const starts = [...text.matchAll(/(?<=^|[\s。])基本目標\s*[0-9]{1,2}/g)];
  const last = starts[starts.length - 1];
  if (!last) return null;
  const rest = text.slice(last.index);
  const sub = TRAILING_SUBSECTION.exec(rest);
  const line = (sub ? rest.slice(0, sub.index) : rest).split(/[\n。]/)[0]!;
  const m = GOAL_HEADING.exec(line.trim());
  if (!m) return null;
  const subsection = sub ? { code: String(Number(sub[1])), title: sub[2]! } : null;
  return { cut: last.index, headings: { section: { code: m[1]!, title: m[2]!.trim() }, subsection } };
}
