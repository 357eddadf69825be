import type { Profile } from '../../profile/schema.js';
import { scoreReport, withProfileWords } from '../shared/detect.js';
import { TARGET_SHEET_DETECTION, TARGET_SHEET_REPORTING } from './vocabulary.js';

/**
 * 0..1: how surely the lines are a target sheet; a profile's titles and words count too.
 * A text that is no 管理シート by its title and shows no actual or evaluation is the
 * plan's own chapter of 成果目標, and scores less.
 */
export function detect(lines: readonly string[], profile?: Profile): number {
  return scoreReport(withProfileWords(TARGET_SHEET_DETECTION, profile?.['target-sheet']), lines, (l) => l.some((line) => TARGET_SHEET_REPORTING.test(line)));
}
