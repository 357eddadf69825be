/**
 * A grade legend (`達成度設定基準。 a(スモールエー)、施策内容の…達成される。 b(…)、…`):
 * after a legend heading, the grades of one scale in order, each with its meaning.
 */
import type { TextDocument } from '../../../input/types.js';
import { GRADE_LEGEND_HEADINGS, GRADE_LETTER_PART, GRADE_READING, GRADE_SCALES, LEGEND_HEADING_NOTE } from '../vocabulary.js';
import { toStream } from './stream.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * A grade opening a legend entry: at a boundary (a colon after the heading, `評価：◎…`),
 * then its reading, then 、 : or a space. A mark grade (◎) needs no separator: its
 * meaning may follow it directly (`◎計画を上回った`).
 */
const entry = (grade: string) => {
  const separator = /^[\x00-\x7F]+$/.test(grade) ? '(?:[、:：]\\s*|\\s+)' : '(?:[、:：]\\s*|\\s*)';
  return new RegExp(`(?<=^|[\\s。:：])${escape(grade)}(?:[（(][ァ-ヶー・]+[）)])?\\s*${separator}`, 'g');
};
/** How far after the heading the first entry may start. */
const FIRST_ENTRY_WITHIN = 4;

/** A legend's meanings are short: an entry further than this from the one before belongs to no legend. */
const MAX_MEANING = 90;

export function readLegend(text: string): Record<string, string> {
  for (const heading of GRADE_LEGEND_HEADINGS) {
    // the word may stand elsewhere first (`評価` in a column header): try each place
    for (let at = text.indexOf(heading); at >= 0; at = text.indexOf(heading, at + heading.length)) {
      const body = text.slice(at + heading.length);
      const found = letterScales(body.replace(LEGEND_HEADING_NOTE, ''));
      if (Object.keys(found).length >= 2) return found;
    }
  }
  return {};
}

/**
 * The scale after a legend's heading; a grade of several letters (`Bb`) prints one scale
 * per letter, each after its part's label (`1文字目(…) A:… 2文字目(…) a:…`).
 */
function letterScales(body: string): Record<string, string> {
  const out: Record<string, string> = {};
  let rest = body;
  for (;;) {
    const part = GRADE_LETTER_PART.exec(rest);
    if (part?.[0].trim()) rest = rest.slice(part[0].length);
    const read = GRADE_SCALES.map((scale) => entries(rest, scale)).find((r) => Object.keys(r.meanings).length >= 2);
    if (!read) return out;
    Object.assign(out, read.meanings);
    if (!part?.[0].trim()) return out;
    rest = rest.slice(read.end);
  }
}

/** The grade legend printed anywhere in a document (above or under its table), as `scales`. */
export function legendScales(doc: TextDocument): { achievement?: Record<string, string> } {
  const achievement = readLegend(toStream(doc).text);
  return Object.keys(achievement).length ? { achievement } : {};
}

/** A scale's entries at the start of `body`, and where the last one's meaning ends. */
function entries(body: string, scale: readonly string[]): { meanings: Record<string, string>; end: number } {
  const starts: Array<{ grade: string; at: number; end: number }> = [];
  let from = 0;
  for (const grade of scale) {
    const re = entry(grade);
    re.lastIndex = from;
    const m = re.exec(body);
    if (!m || (starts.length === 0 && m.index > FIRST_ENTRY_WITHIN) || m.index - from > MAX_MEANING) break;
    starts.push({ grade, at: m.index, end: m.index + m[0].length });
    from = m.index + m[0].length;
  }
  const meanings: Record<string, string> = {};
  let end = 0;
  starts.forEach((s, i) => {
    const next = starts[i + 1];
    const raw = next ? body.slice(s.end, next.at) : lastMeaning(body.slice(s.end));
    const meaning = raw.replace(GRADE_READING, '').replace(/\s*\n\s*/g, '').replace(/[。\s]+$/, '').trim();
    if (meaning) meanings[s.grade] = meaning;
    end = s.end + raw.length;
  });
  return { meanings, end };
}

/**
 * The last entry's meaning ends at its sentence end or its line, unless the next line
 * goes on in hiragana: a line wrapped in mid-phrase (`遅れて` / `いる`), since no heading
 * or label starts with one.
 */
function lastMeaning(rest: string): string {
  const end = rest.search(/。|\n(?![\u3041-\u3096])/);
  return end < 0 ? rest : rest.slice(0, end);
}
