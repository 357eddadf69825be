/**
 * A kind's detection score from its vocabulary: the best title found, plus every
 * label and legend found, capped at 1. The lines are read as one string without
 * whitespace, so a wrapped word (`事業\n番号`) still counts; a header whose words
 * come apart in another order counts for a little less when each part stands on
 * a line of its own.
 */
import { canon, type DetectionMarker, type DetectionVocabulary } from './vocabulary.js';

/** A header's words found only as separate lines count this share of the marker. */
const PARTS_SHARE = 0.8;
/** Weights of the words a user's profile adds: a title as much as a default title, other words as a label. */
export const PROFILE_TITLE_WEIGHT = 0.35;
export const PROFILE_WORD_WEIGHT = 0.1;

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The user's words (literal, not patterns) as markers of their own. */
export function withProfileWords(
  vocabulary: DetectionVocabulary,
  extra: { titles?: readonly string[]; words?: readonly string[] } | undefined,
): DetectionVocabulary {
  if (!extra) return vocabulary;
  const literal = (words: readonly string[] | undefined, weight: number): DetectionMarker[] =>
    (words ?? []).map((w) => ({ words: [escape(canon(w))], weight }));
  return {
    titles: [...vocabulary.titles, ...literal(extra.titles, PROFILE_TITLE_WEIGHT)],
    labels: [...vocabulary.labels, ...literal(extra.words, PROFILE_WORD_WEIGHT)],
    legends: vocabulary.legends,
  };
}

/**
 * The lines as scoring reads them, kept while the lines are: detectKind scores the same
 * lines for every kind, and a long document's canonical text takes a while to make.
 */
const canonicalLines = new WeakMap<readonly string[], { text: string; lineSet: Set<string> }>();
/** Each marker word compiled once, not once per document and kind. */
const wordPatterns = new Map<string, RegExp>();

function wordPattern(word: string): RegExp {
  let re = wordPatterns.get(word);
  if (!re) {
    re = new RegExp(word);
    wordPatterns.set(word, re);
  }
  return re;
}

/** 0..1: how surely the lines are of the kind these words describe. */
export function scoreWords(vocabulary: DetectionVocabulary, lines: readonly string[]): number {
  let canonical = canonicalLines.get(lines);
  if (!canonical) {
    canonical = { text: canon(lines.join('\n')), lineSet: new Set(lines.map(canon)) };
    canonicalLines.set(lines, canonical);
  }
  const { text, lineSet } = canonical;
  const found = (m: DetectionMarker): number => {
    if (m.words.some((w) => wordPattern(w).test(text))) return m.weight;
    return m.parts?.every((p) => lineSet.has(p)) ? m.weight * PARTS_SHARE : 0;
  };
  const title = Math.max(0, ...vocabulary.titles.map(found));
  const sum = (markers: readonly DetectionMarker[]) => markers.reduce((s, m) => s + found(m), 0);
  const score = title + sum(vocabulary.labels) + sum(vocabulary.legends);
  return Math.min(1, Math.round(score * 1000) / 1000);
}

/** The share of its words' score a text keeps when it neither names the kind nor shows what the kind reports. */
export const UNREPORTED_SHARE = 0.5;

/**
 * The words' score, halved when no title of the kind is found and the text lacks what
 * a report of the kind shows (`reports`): counted figures, actuals or an evaluation. A
 * plan's own chapter of 成果目標, or a guide listing 相談窓口 with 相談内容, prints the
 * kind's labels and reports nothing.
 */
export function scoreReport(vocabulary: DetectionVocabulary, lines: readonly string[], reports: (lines: readonly string[]) => boolean): number {
  const score = scoreWords(vocabulary, lines);
  if (score === 0 || scoreWords({ titles: vocabulary.titles, labels: [], legends: [] }, lines) > 0 || reports(lines)) return score;
  return Math.round(score * UNREPORTED_SHARE * 1000) / 1000;
}

