import type { Profile } from '../../profile/schema.js';
import { scoreWords, withProfileWords } from '../shared/detect.js';
import { PLAN_PROGRESS_DETECTION } from './vocabulary.js';

/** 0..1: how surely the lines are a plan-progress report; a profile's titles, words and labels count too. */
export function detect(lines: readonly string[], profile?: Profile): number {
  const own = profile?.['plan-progress'];
  const labels = Object.values(own?.labels ?? {}).flatMap((words) => words ?? []);
  return scoreWords(withProfileWords(PLAN_PROGRESS_DETECTION, own && { titles: own.titles, words: [...(own.words ?? []), ...labels] }), lines);
}
