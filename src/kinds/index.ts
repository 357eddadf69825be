import type { Profile } from '../profile/schema.js';
import type { KindName } from '../schema/common.js';
import { consultationReport } from './consultation-report/index.js';
import { planProgress } from './plan-progress/index.js';
import { canon, MEETING_RECORD_TITLE } from './shared/vocabulary.js';
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
 * Score every kind on the document's lines (with a profile's words, if given) and
 * take the best one when it reaches MIN_CONFIDENCE and leads the others by MIN_MARGIN.
 * A document whose title calls it the record of a meeting is none of the kinds.
 */
export function detectKind(lines: readonly string[], profile?: Profile): Detection {
  const scores = Object.fromEntries(
    Object.values(KINDS).map((k) => [k.name, k.detect(lines, profile)]),
  ) as Record<KindName, number>;
  const ranked = (Object.entries(scores) as Array<[KindName, number]>).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  const title = lines.find((l) => canon(l) !== '') ?? '';
  const clear = first![1] >= MIN_CONFIDENCE && first![1] - (second?.[1] ?? 0) >= MIN_MARGIN && !MEETING_RECORD_TITLE.test(canon(title));
  return { kind: clear ? first![0] : null, confidence: first![1], scores };
}
