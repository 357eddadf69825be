/**
 * A grade legend (`達成度設定基準。 a(スモールエー)、施策内容の…達成される。 b(…)、…`):
 * after a legend heading, the grades of one scale in order, each with its meaning.
 */
import type { TextDocument } from '../../../input/types.js';
import { GRADE_LEGEND_HEADINGS, GRADE_READING, GRADE_SCALES } from '../vocabulary.js';
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
      for (const scale of GRADE_SCALES) {
        const found = entries(body, scale);
        if (Object.keys(found).length >= 2) return found;
      }
    }
  }
  return {};
}

/** The grade legend printed anywhere in a document (above or under its table), as `scales`. */
export function legendScales(doc: TextDocument): { achievement?: Record<string, string> } {
  const achievement = readLegend(toStream(doc).text);
  return Object.keys(achievement).length ? { achievement } : {};
}

function entries(body: string, scale: readonly string[]): Record<string, string> {
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
  const out: Record<string, string> = {};
  starts.forEach((s, i) => {
    const next = starts[i + 1];
    const raw = next ? body.slice(s.end, next.at) : lastMeaning(body.slice(s.end));
    const meaning = raw.replace(GRADE_READING, '').replace(/\s*\n\s*/g, '').replace(/[。\s]+$/, '').trim();
    if (meaning) out[s.grade] = meaning;
  });
  return out;
}

/** The last entry's meaning ends at its sentence end or its line. */
function lastMeaning(rest: string): string {
  const end = rest.search(/[。\n]/);
  return end < 0 ? rest : rest.slice(0, end);
}
