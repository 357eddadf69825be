import type { ConsultationReportDocument } from './schema.js';

/** What the parsers return: the document without its envelope. */
export type ConsultationReportFields = Omit<ConsultationReportDocument, 'kind' | 'source' | 'warnings' | 'coverage'>;
export type Chart = ConsultationReportDocument['charts'][number];
export type PlanTable = ConsultationReportDocument['tables'][number];
export type PlanTableRow = PlanTable['rows'][number];
export type Count = ConsultationReportDocument['counts'][number];
/** A count with where it stands on its slide (a slide line index, fractional between lines), so counts come in document order. */
export interface PlacedCount {
  at: number;
  count: Count;
}
