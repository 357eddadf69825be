import { z } from 'zod';
import { FiscalYear, Metric, Page, Source, Warning } from '../../schema/common.js';

const CodeTitle = z.object({ code: z.string(), title: z.string() });

const GoalPoint = z.object({
  fiscalYear: FiscalYear.nullable(),
  metrics: z.array(Metric),
});

export const PlanItem = z.object({
  no: z.number().int().describe('事業番号'),
  section: CodeTitle.nullable(),
  subsection: CodeTitle.nullable(),
  name: z.string(),
  tags: z.array(z.string()).describe('from 【拡充】【新規】 wherever they stand in the name'),
  summary: z.string().describe('事業概要'),
  results: z.object({
    fiscalYear: FiscalYear.nullable(),
    text: z.string(),
    metrics: z.array(Metric),
  }),
  plans: z.object({
    fiscalYear: FiscalYear.nullable(),
    text: z.string(),
  }),
  achievement: z.enum(['a', 'b', 'c', 'd']).nullable().describe('目的達成状況'),
  direction: z.string().nullable().describe('事業の方向性 mark'),
  goal: z.object({
    continuing: z.boolean().describe('true for 継続実施: then baseline and target are null'),
    baseline: GoalPoint.nullable(),
    target: GoalPoint.nullable(),
    text: z.string(),
  }),
  assessment: z.string().describe('数値目標達成状況及び現状分析、今後の課題'),
  relatedPlans: z.array(z.string()),
  department: z.string().describe('所管課'),
  page: Page.nullable(),
});
export type PlanItem = z.infer<typeof PlanItem>;

export const PlanProgressDocument = z.object({
  kind: z.literal('plan-progress'),
  source: Source,
  title: z.string().nullable(),
  items: z.array(PlanItem),
  warnings: z.array(Warning),
});
export type PlanProgressDocument = z.infer<typeof PlanProgressDocument>;
