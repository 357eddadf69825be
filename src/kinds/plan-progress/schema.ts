import { z } from 'zod';
import { Coverage, FiscalYear, Metric, Page, Source, Warning } from '../../schema/common.js';

const CodeTitle = z.object({ code: z.string(), title: z.string() });

const GoalPoint = z.object({
  fiscalYear: FiscalYear.nullable(),
  metrics: z.array(Metric),
});

/** An indicator (成果指標) row: baseline, target, yearly actuals and the printed 達成率. */
export const Indicator = z.object({
  label: z.string(),
  unit: z.string().nullable(),
  baseline: z.object({ fiscalYear: FiscalYear.nullable(), value: z.number() }).nullable(),
  target: z.object({ fiscalYear: FiscalYear.nullable(), value: z.number() }).nullable(),
  actuals: z.array(z.object({ fiscalYear: FiscalYear.nullable(), value: z.number() })),
  rate: z.number().nullable().describe('達成率 as printed, in percent'),
});
export type Indicator = z.infer<typeof Indicator>;

/** A tally table (達成度別の件数, 評価の集計): read as data, never as items. */
export const Summary = z.object({
  title: z.string(),
  rows: z.array(z.object({ label: z.string(), values: z.array(z.number()) })),
  page: Page.nullable(),
});
export type Summary = z.infer<typeof Summary>;

export const PlanItem = z.object({
  no: z.number().int().describe('事業番号'),
  section: CodeTitle.nullable(),
  subsection: CodeTitle.nullable(),
  name: z.string(),
  tags: z.array(z.string()).describe('from 【拡充】【新規】 wherever they stand in the name'),
  summary: z.string().describe('事業概要'),
  results: z
    .object({
      fiscalYear: FiscalYear.nullable(),
      text: z.string(),
      metrics: z.array(Metric),
    })
    .nullable()
    .describe('実績 / 実施状況; null where the form has no such field'),
  plans: z
    .object({
      fiscalYear: FiscalYear.nullable(),
      text: z.string(),
    })
    .nullable()
    .describe('取組予定 / 今後の方向性 written as sentences; null where the form has none'),
  achievement: z.string().nullable().describe('目的達成状況 / 達成度 / 評価: the grade as printed after width normalization (a–d, A–E, ◎○△×, 1–5, Bb)'),
  direction: z.string().nullable().describe('事業の方向性 mark'),
  goal: z
    .object({
      continuing: z.boolean().describe('true for 継続実施: then baseline and target are null'),
      baseline: GoalPoint.nullable(),
      target: GoalPoint.nullable(),
      text: z.string(),
    })
    .nullable(),
  indicators: z.array(Indicator).describe('成果指標 rows of the item; [] when the form has none'),
  assessment: z.string().describe('数値目標達成状況及び現状分析、今後の課題'),
  relatedPlans: z.array(z.string()),
  department: z.string().describe('所管課'),
  page: Page.nullable(),
});
export type PlanItem = z.infer<typeof PlanItem>;

export const PlanProgressDocument = z.object({
  kind: z.literal('plan-progress'),
  source: Source,
  coverage: Coverage,
  title: z.string().nullable(),
  scales: z
    .record(z.string(), z.record(z.string(), z.string()))
    .describe('grade legends the document prints, by field: { achievement: { a: "完全に達成・終了", … } }'),
  summaries: z.array(Summary).describe('tally tables (達成度別の件数 …), never items'),
  items: z.array(PlanItem),
  warnings: z.array(Warning),
});
export type PlanProgressDocument = z.infer<typeof PlanProgressDocument>;
