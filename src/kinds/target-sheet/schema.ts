import { z } from 'zod';
import { Coverage, FiscalYear, Page, Source, Warning } from '../../schema/common.js';

export const Actual = z.object({
  fiscalYear: FiscalYear,
  label: z.string(),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  raw: z.string().optional().describe('the cell as written, when it is not a plain number'),
});

export const Review = z.object({
  fiscalYear: FiscalYear.nullable().describe('the year reviewed; null when the document names none (a final report looking back on its whole plan)'),
  evaluation: z.string().describe('評価（Ｃ）'),
  councilOpinions: z.array(z.string()).describe('協議会等意見, one string per bullet; 特になし gives []'),
  improvement: z.string().describe('改善（Ａ）'),
});

export const TargetSheet = z.object({
  department: z.string().nullable().describe('担当部局'),
  target: z.object({
    type: z.string().describe('成果目標 or 活動指標'),
    code: z.string(),
    title: z.string(),
  }),
  goal: z
    .object({
      label: z.string(),
      value: z.number().nullable(),
      unit: z.string().nullable(),
      fiscalYear: FiscalYear.nullable(),
      deadline: z.string().nullable().describe('the deadline as written, e.g. 令和2年度末'),
      note: z.string().nullable(),
      raw: z.string().optional().describe('the value as written, when it is not a plain number'),
    })
    .nullable(),
  rationale: z.string().nullable().describe('目標設定の考え方'),
  actualsAsOf: z.string().nullable(),
  actuals: z.array(Actual),
  activityIndicator: z.string().nullable().describe('活動指標（内容）; null when the box is empty'),
  reviews: z.array(Review),
  page: Page.nullable(),
});
export type TargetSheet = z.infer<typeof TargetSheet>;

export const TargetSheetDocument = z.object({
  kind: z.literal('target-sheet'),
  source: Source,
  coverage: Coverage,
  plan: z.string().nullable(),
  sheets: z.array(TargetSheet),
  warnings: z.array(Warning),
});
export type TargetSheetDocument = z.infer<typeof TargetSheetDocument>;
