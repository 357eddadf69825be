/**
 * Tables about the report itself rather than its records, for the outputs that hold
 * many tables in one place (XLSX workbooks, merged batches): where it came from and
 * what was said about it.
 */
import type { ExtractedDocument } from '../schema/document.js';
import type { Table, TableSpec } from './tables.js';

export const REPORT_TABLES: ReadonlyArray<TableSpec<ExtractedDocument>> = [
  {
    name: 'source',
    row: 'the report: its file, checksum, kind, pages and coverage',
    keys: [],
    columns: ['file', 'sha256', 'kind', 'pages', 'coverage'],
    rows: (d) => [{ file: d.source.file, sha256: d.source.sha256, kind: d.kind, pages: d.source.pages, coverage: d.coverage }],
  },
  {
    name: 'warnings',
    row: 'one warning about the report',
    keys: [],
    columns: ['file', 'code', 'message', 'page'],
    rows: (d) => d.warnings.map((w) => ({ file: d.source.file, code: w.code, message: w.message, page: w.page })),
  },
];

export function reportTablesOf(doc: ExtractedDocument): Table[] {
  return REPORT_TABLES.map((s) => ({ name: s.name, columns: s.columns, rows: s.rows(doc) }));
}
