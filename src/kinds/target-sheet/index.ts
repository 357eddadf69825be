import type { KindModule } from '../types.js';
import { detect } from './detect.js';
import { parseLayout } from './from-layout.js';
import { COLUMN_TEXT_MESSAGE, looksLikeColumnText } from './text-mode.js';
import { parseText, type TargetSheetFields } from './from-text.js';

export const targetSheet: KindModule<TargetSheetFields> = {
  name: 'target-sheet',
  detect,
  textProblem: (lines) => (looksLikeColumnText(lines) ? COLUMN_TEXT_MESSAGE : null),
  usesMetrics: false,
  parseText,
  parseLayout,
};
