import type { KindModule } from '../types.js';
import { detect } from './detect.js';
import { parseLayout } from './from-layout.js';
import { emptyPlanTextHint, planTextProblem } from './text-mode.js';
import { parseText } from './from-text.js';
import { progressOnly } from './progress-records.js';
import type { PlanProgressDocument } from './schema.js';

export const planProgress: KindModule<Omit<PlanProgressDocument, 'kind' | 'source' | 'warnings' | 'coverage'>> = {
  name: 'plan-progress',
  detect,
  textProblem: planTextProblem,
  emptyTextHint: emptyPlanTextHint,
  usesMetrics: true,
  parseText: (doc, ctx) => progressOnly(parseText(doc, ctx)),
  parseLayout: (doc, ctx) => progressOnly(parseLayout(doc, ctx)),
};
