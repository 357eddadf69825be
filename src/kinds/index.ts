import type { KindName } from '../schema/common.js';
import { consultationReport } from './consultation-report/index.js';
import { planProgress } from './plan-progress/index.js';
import { targetSheet } from './target-sheet/index.js';
import type { KindModule } from './types.js';

export const KINDS: Record<KindName, KindModule<object>> = {
  'plan-progress': planProgress,
  'target-sheet': targetSheet,
  'consultation-report': consultationReport,
};

/** Below this score a document is not taken to be of any kind. */
export const MIN_CONFIDENCE = 0.3;

export interface Detection {
  kind: KindName | null;
  confidence: number;
  scores: Record<KindName, number>;
}

/** Score every kind on the document's lines and take the best one above MIN_CONFIDENCE. */
export function detectKind(lines: readonly string[]): Detection {
  const scores = Object.fromEntries(
    Object.values(KINDS).map((k) => [k.name, k.detect(lines)]),
  ) as Record<KindName, number>;
  let best: KindName | null = null;
  for (const [name, score] of Object.entries(scores) as Array<[KindName, number]>) {
    if (score >= MIN_CONFIDENCE && (best === null || score > scores[best])) best = name;
  }
  return { kind: best, confidence: best ? scores[best] : Math.max(...Object.values(scores)), scores };
}
