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
  /** `<kind>.json`, `<kind>.jsonl`, `<table>.csv` or `<kind>.xlsx`. */
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
  if (options.format !== 'csv') throw new PlanExtractError('INTERNAL', `--format ${options.format} is not rendered one document at a time here`);
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

/** One report's own files in any per-report format: the XLSX writer (exceljs) loads only when asked for. */
export async function renderDocument(doc: ExtractedDocument, options: RenderOptions): Promise<Rendered> {
  if (options.format !== 'xlsx') return render(doc, options);
  const { renderWorkbook } = await import('./xlsx.js');
  const workbook = await renderWorkbook(doc);
  return { files: [{ suffix: `${doc.kind}.xlsx`, bytes: workbook.bytes }], warnings: workbook.warnings };
}

export { MERGEABLE_FORMATS, OUTPUT_FORMATS, type OutputFormat } from './formats.js';
export { ALL_TABLE_NAMES, TABLES, tableNames } from './tables.js';
export { MERGED_TABLE_NAMES } from './merged.js';
export type { OutputWarning } from './csv.js';
export { resolveOutputEncoding, type OutputEncoding } from './encoding.js';
