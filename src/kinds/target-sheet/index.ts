import type { KindModule } from '../types.js';
import { detect } from './detect.js';
import { parseLayout } from './from-layout.js';
import { targetEmptyTextHint, targetTextProblem } from './text-mode.js';
import { parseText } from './from-text.js';
import type { TargetSheetFields } from './read-document.js';

export const targetSheet: KindModule<TargetSheetFields> = {
  name: 'target-sheet',
  detect,
  textProblem: targetTextProblem,
  emptyTextHint: targetEmptyTextHint,
  usesMetrics: false,
  parseText,
  parseLayout,
};
