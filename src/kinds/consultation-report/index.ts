import type { KindModule } from '../types.js';
import { detect } from './detect.js';
import { parseLayout } from './from-layout.js';
import { LAYOUT_TEXT_MESSAGE, looksLikeLayoutText } from '../../input/text-mode.js';
import { parseText } from './from-text.js';
import type { ConsultationReportFields } from './model.js';

export const consultationReport: KindModule<ConsultationReportFields> = {
  name: 'consultation-report',
  detect,
  textProblem: (lines) => (looksLikeLayoutText(lines) ? LAYOUT_TEXT_MESSAGE : null),
  usesMetrics: true,
  parseText,
  parseLayout,
};
