import type { KindModule } from '../types.js';
import { detect } from './detect.js';
import { parseLayout } from './from-layout.js';
import { parseText } from './from-text.js';
import { consultationTextProblem } from './text-mode.js';
import type { ConsultationReportFields } from './model.js';
import { CONSULTATION_REPORT_SUBJECT } from './vocabulary.js';

export const consultationReport: KindModule<ConsultationReportFields> = {
  name: 'consultation-report',
  detect,
  textProblem: consultationTextProblem,
  subject: CONSULTATION_REPORT_SUBJECT,
  usesMetrics: true,
  parseText,
  parseLayout,
};
