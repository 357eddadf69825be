/**
 * A document rendered to the files of one output format. Names are suffixes
 * (`plan-progress.json`, `items.csv`); where they go is the CLI's business.
 */
import { PlanExtractError } from '../errors.js';
import type { ExtractedDocument } from '../schema/document.js';
import { renderCsv, type OutputWarning } from './csv.js';
import type { OutputEncoding } from './encoding.js';
import { renderJson, renderJsonLine } from './json.js';
import { tableNames, tablesOf } from './tables.js';

import type { OutputFormat } from './formats.js';

export interface RenderOptions {
  format: OutputFormat;
  /** CSV only: the one table to render (all of the kind's tables when absent). */
  table?: string;
  encoding: OutputEncoding;
  bom: boolean;
  replaceUnmappable: boolean;
  /** CSV: defuse cells a spreadsheet would run as formulas (default true). */
  escapeFormulas?: boolean;
}

export interface RenderedFile {
  /** `<kind>.json`, `<kind>.jsonl` or `<table>.csv`. */
  suffix: string;
  bytes: Buffer;
}

export interface Rendered {
  files: RenderedFile[];
  warnings: OutputWarning[];
}

export function render(doc: ExtractedDocument, options: RenderOptions): Rendered {
  if (options.format === 'json') return { files: [{ suffix: `${doc.kind}.json`, bytes: Buffer.from(renderJson(doc)) }], warnings: [] };
  if (options.format === 'jsonl') return { files: [{ suffix: `${doc.kind}.jsonl`, bytes: Buffer.from(renderJsonLine(doc)) }], warnings: [] };
  if (options.table !== undefined && !tableNames(doc.kind).includes(options.table)) {
    throw new PlanExtractError('USAGE', `a ${doc.kind} report has no table "${options.table}" (its tables: ${tableNames(doc.kind).join(', ')})`);
  }
  const files: RenderedFile[] = [];
  const warnings: OutputWarning[] = [];
  for (const table of tablesOf(doc, options.table)) {
    const csv = renderCsv(table, options);
    files.push({ suffix: `${table.name}.csv`, bytes: csv.bytes });
    warnings.push(...csv.warnings);
  }
  return { files, warnings };
}

export { OUTPUT_FORMATS, type OutputFormat } from './formats.js';
export { ALL_TABLE_NAMES, TABLES, tableNames } from './tables.js';
export type { OutputWarning } from './csv.js';
export { resolveOutputEncoding, type OutputEncoding } from './encoding.js';
