import { z } from 'zod';
import { Coverage, FiscalYear, IsoDate, Metric, Page, Source, Warning } from '../../schema/common.js';

export const Slice = z.object({
  label: z.string(),
  share: z.number().nullable().describe('percent units: 12.1 means 12.1%'),
  count: z.number().nullable(),
});

export const Chart = z.object({
  title: z.string(),
  total: z.object({ value: z.number(), unit: z.string().nullable() }).nullable(),
  change: z.number().nullable().describe('前年比 as a signed difference'),
  breakdown: z.array(Slice),
  overlapping: z.boolean().optional().describe('the slide says 重複あり: shares may exceed 100'),
  truncated: z.boolean().optional().describe('the slide says percentages are truncated (切り捨て)'),
  page: Page.nullable(),
});

export const PlanTableRow = z.object({
  asOf: IsoDate.nullable(),
  asOfRaw: z.string().optional().describe('the date cell as written when it is not a valid date'),
  selfPlans: z.number().nullable().describe('セルフプラン'),
  providerPlans: z.number().nullable().describe('事業所作成計画'),
  total: z.number().nullable().describe('合計数'),
  selfPlanRate: z.number().nullable().describe('セルフ率 in percent'),
});

export const PlanTable = z.object({
  title: z.string(),
  rows: z.array(PlanTableRow),
  page: Page.nullable(),
});

export const Count = Metric.extend({
  share: z.number().nullable().describe('percent as printed beside the figure (構成比), or null'),
  fiscalYear: FiscalYear.nullable().describe('the year the figure belongs to, or null'),
  page: Page.nullable(),
});

export const ConsultationReportDocument = z.object({
  kind: z.literal('consultation-report'),
  source: Source,
  coverage: Coverage,
  title: z.string().nullable(),
  organization: z.string().nullable(),
  fiscalYear: FiscalYear.nullable(),
  date: IsoDate.nullable(),
  meeting: z.string().nullable(),
  charts: z.array(Chart),
  tables: z.array(PlanTable),
  counts: z.array(Count),
  warnings: z.array(Warning),
});
export type ConsultationReportDocument = z.infer<typeof ConsultationReportDocument>;
