import type { ConsultationReportDocument } from './schema.js';

/** What the parsers return: the document without its envelope. */
export type ConsultationReportFields = Omit<ConsultationReportDocument, 'kind' | 'source' | 'warnings' | 'coverage'>;
export type Chart = ConsultationReportDocument['charts'][number];
export type PlanTable = ConsultationReportDocument['tables'][number];
export type PlanTableRow = PlanTable['rows'][number];
export type Count = ConsultationReportDocument['counts'][number];
