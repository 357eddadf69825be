import type { KindModule } from '../types.js';
import { detect } from './detect.js';
import { parseLayout } from './from-layout.js';
import { targetTextProblem } from './text-mode.js';
import { parseText, type TargetSheetFields } from './from-text.js';

export const targetSheet: KindModule<TargetSheetFields> = {
  name: 'target-sheet',
  detect,
  textProblem: targetTextProblem,
  usesMetrics: false,
  parseText,
  parseLayout,
};
