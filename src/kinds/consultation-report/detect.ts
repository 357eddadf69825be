import type { Profile } from '../../profile/schema.js';
import { scoreReport, withProfileWords } from '../shared/detect.js';
import { CONSULTATION_REPORT_DETECTION, MIN_STATED_FIGURES, STATED_FIGURE } from './vocabulary.js';

/** Whether the lines state at least MIN_STATED_FIGURES counted figures. */
function statesFigures(lines: readonly string[]): boolean {
  let found = 0;
  for (const line of lines) {
    found += line.match(STATED_FIGURE)?.length ?? 0;
    if (found >= MIN_STATED_FIGURES) return true;
  }
  return false;
}

/**
 * 0..1: how surely the lines are a consultation report; a profile's titles and words
 * count too. A text that neither calls itself a report of the kind nor states counted
 * figures is a guide or a notice using its words (相談内容, 相談方法), and scores less.
 */
export function detect(lines: readonly string[], profile?: Profile): number {
  return scoreReport(withProfileWords(CONSULTATION_REPORT_DETECTION, profile?.['consultation-report']), lines, statesFigures);
}
