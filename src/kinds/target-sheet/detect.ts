import type { Profile } from '../../profile/schema.js';
import { scoreWords, withProfileWords } from '../shared/detect.js';
import { TARGET_SHEET_DETECTION } from './vocabulary.js';

/** 0..1: how surely the lines are a target sheet; a profile's titles and words count too. */
export function detect(lines: readonly string[], profile?: Profile): number {
  return scoreWords(withProfileWords(TARGET_SHEET_DETECTION, profile?.['target-sheet']), lines);
}
