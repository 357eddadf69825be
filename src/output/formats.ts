/** The output formats (no dependencies, so the CLI's help can list them without loading writers). */
export const OUTPUT_FORMATS = ['json', 'jsonl', 'csv', 'xlsx', 'sqlite'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Formats that write files of tables, and so may merge a batch into one file per table. */
export const MERGEABLE_FORMATS: readonly OutputFormat[] = ['csv', 'jsonl', 'xlsx'];
