/**
 * A profile: the words of one city's forms that the defaults lack, given as a
 * JSON file (`--profile FILE.json`) so users extend the vocabulary without code.
 * Everything adds to the kinds' own words; nothing replaces them.
 */
import { z } from 'zod';
import { PLAN_FIELDS } from '../kinds/plan-progress/vocabulary.js';

const Words = z.array(z.string().trim().min(1)).describe('words as printed (literal, not patterns)');

/** A regular expression source, checked to compile. */
const Pattern = z.string().min(1).refine((source) => {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}, 'not a valid regular expression');

const KindWords = {
  titles: Words.optional().describe('words of the report title; one found counts as much as a default title'),
  words: Words.optional().describe('more column, label or legend words that tell the kind'),
};

const PlanProgressProfile = z
  .object({
    ...KindWords,
    labels: z
      .partialRecord(z.enum(PLAN_FIELDS as [string, ...string[]]), Words)
      .optional()
      .describe('column-header synonyms per field, e.g. { "department": ["所属名", "担当部局"] }'),
    grades: z
      .record(z.string().trim().min(1), z.string())
      .optional()
      .describe('the achievement grades the form prints, each with its meaning, e.g. { "A": "十分達成", "B": "概ね達成" }'),
    sections: z
      .array(Pattern)
      .optional()
      .describe('regular expressions of section heading lines, with named groups "code" and "title", e.g. "^基本目標(?<code>[0-9]+)\\\\s*(?<title>.+)$"'),
  })
  .strict();

const OtherKindProfile = z.object(KindWords).strict();

export const ProfileSchema = z
  .object({
    $schema: z.string().optional(),
    description: z.string().optional().describe("what the profile is for (a city's form)"),
    'plan-progress': PlanProgressProfile.optional(),
    'target-sheet': OtherKindProfile.optional(),
    'consultation-report': OtherKindProfile.optional(),
  })
  .strict()
  .describe('plan-extract profile: words of a form that the defaults lack');

export type Profile = z.infer<typeof ProfileSchema>;
export type PlanProgressProfile = z.infer<typeof PlanProgressProfile>;
