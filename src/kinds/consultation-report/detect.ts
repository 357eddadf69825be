import type { Profile } from '../../profile/schema.js';
import { scoreWords, withProfileWords } from '../shared/detect.js';
import { CONSULTATION_REPORT_DETECTION } from './vocabulary.js';

/** 0..1: how surely the lines are a consultation report; a profile's titles and words count too. */
export function detect(lines: readonly string[], profile?: Profile): number {
  return scoreWords(withProfileWords(CONSULTATION_REPORT_DETECTION, profile?.['consultation-report']), lines);
}
