/** The output formats (no dependencies, so the CLI's help can list them without loading writers). */
export const OUTPUT_FORMATS = ['json', 'jsonl', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
