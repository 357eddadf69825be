import type { Profile } from '../profile/schema.js';
import type { KindName } from '../schema/common.js';
import { consultationReport } from './consultation-report/index.js';
import { planProgress } from './plan-progress/index.js';
import { canon, DISABILITY_WORD, MEETING_RECORD_TITLE, OTHER_DOCUMENT_TITLE, OTHER_FIELD_PLAN } from './shared/vocabulary.js';
import { targetSheet } from './target-sheet/index.js';
import type { KindModule } from './types.js';

export const KINDS: Record<KindName, KindModule<object>> = {
  'plan-progress': planProgress,
  'target-sheet': targetSheet,
  'consultation-report': consultationReport,
};

/** Below this score a document is not taken to be of any kind. */
export const MIN_CONFIDENCE = 0.3;
/**
 * The best kind must lead the runner-up by this much: words such as 実績 or 目標値
 * are printed in every kind, and a document between two kinds is unknown, never
 * the wrong one.
 */
export const MIN_MARGIN = 0.15;

export interface Detection {
  kind: KindName | null;
  confidence: number;
  scores: Record<KindName, number>;
}

/**
 * How much of a document's start is its opening (title, issuer, handout mark): a
 * テキスト版 prints a whole page on its first line, whose later words are no title.
 */
export const OPENING_CHARACTERS = 100;

/** The document's title as far as it can be told: its first words, without whitespace. */
function openingOf(lines: readonly string[]): string {
  return canon(lines.find((l) => canon(l) !== '') ?? '').slice(0, OPENING_CHARACTERS);
}

/**
 * Whether the opening names a document of another family: minutes, a budget, a
 * statistical yearbook, or the plan of another welfare field (介護保険事業計画) with
 * no word of disability beside it.
 */
function otherDocument(opening: string): boolean {
  if (MEETING_RECORD_TITLE.test(opening) || OTHER_DOCUMENT_TITLE.test(opening)) return true;
  return OTHER_FIELD_PLAN.test(opening) && !DISABILITY_WORD.test(opening);
}

/**
 * Score every kind on the document's lines (with a profile's words, if given) and
 * take the best one when it reaches MIN_CONFIDENCE and leads the others by MIN_MARGIN.
 * A document whose opening names another family of documents is none of the kinds.
 */
export function detectKind(lines: readonly string[], profile?: Profile): Detection {
  const scores = Object.fromEntries(
    Object.values(KINDS).map((k) => [k.name, k.detect(lines, profile)]),
  ) as Record<KindName, number>;
  const ranked = (Object.entries(scores) as Array<[KindName, number]>).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  const clear = first![1] >= MIN_CONFIDENCE && first![1] - (second?.[1] ?? 0) >= MIN_MARGIN && !otherDocument(openingOf(lines));
  return { kind: clear ? first![0] : null, confidence: first![1], scores };
}
