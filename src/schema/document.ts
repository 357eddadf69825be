import { z } from 'zod';
import { ConsultationReportDocument } from '../kinds/consultation-report/schema.js';
import { PlanProgressDocument } from '../kinds/plan-progress/schema.js';
import { TargetSheetDocument } from '../kinds/target-sheet/schema.js';
import type { KindName } from './common.js';

export const DOCUMENT_SCHEMAS = {
  'plan-progress': PlanProgressDocument,
  'target-sheet': TargetSheetDocument,
  'consultation-report': ConsultationReportDocument,
} as const satisfies Record<KindName, z.ZodType>;

export const ExtractedDocument = z.discriminatedUnion('kind', [
  PlanProgressDocument,
  TargetSheetDocument,
  ConsultationReportDocument,
]);
export type ExtractedDocument = z.infer<typeof ExtractedDocument>;
export type { PlanProgressDocument, TargetSheetDocument, ConsultationReportDocument };
