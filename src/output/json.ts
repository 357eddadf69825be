/** JSON outputs: pretty (2 spaces) for one document per file, one line per document for JSONL. */
import type { ExtractedDocument } from '../schema/document.js';
import type { Table } from './tables.js';

export function renderJson(doc: ExtractedDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export function renderJsonLine(doc: ExtractedDocument): string {
  return `${JSON.stringify(doc)}\n`;
}

/** A table's rows as JSON lines, keys in column order, a missing value as null (a merged batch's table). */
export function renderJsonRows(table: Table): string {
  return table.rows.map((row) => `${JSON.stringify(Object.fromEntries(table.columns.map((c) => [c, row[c] ?? null])))}\n`).join('');
}
