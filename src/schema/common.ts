import { z } from 'zod';
import { KIND_NAMES } from './kind-names.js';

export { KIND_NAMES };
export const KindName = z.enum(KIND_NAMES);
export type KindName = z.infer<typeof KindName>;

export const Page = z.number().int().min(1).describe('1-based page the record starts on');

/** A figure stated in the document: `相談件数：22,103件` → label 相談件数, value 22103, unit 件. */
export const Metric = z.object({
  label: z.string(),
  value: z.number(),
  unit: z.string().nullable().describe('the counter as written (件, 人, 名, 回, 箇所, %, …)'),
  raw: z.string().describe('the source text of the figure, whitespace collapsed'),
});
export type Metric = z.infer<typeof Metric>;

export const Warning = z.object({
  code: z.string().describe('stable machine-readable code, e.g. era-date-invalid, shares-sum'),
  message: z.string(),
  page: Page.nullable(),
});
export type Warning = z.infer<typeof Warning>;

export const Source = z.object({
  file: z.string(),
  format: z.enum(['pdf', 'text']),
  pages: z.number().int().min(0).nullable().describe('null for text input without form feeds'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type Source = z.infer<typeof Source>;

export const Coverage = z
  .number()
  .min(0)
  .max(1)
  .describe("share of the document's body text (page furniture and recognised headers excluded) that landed in some output field, 0..1 to 3 decimals");

export const FiscalYear = z.number().int().min(1868).max(2200).describe('Gregorian year in which the April–March fiscal year starts');
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
