/**
 * The tables of a whole batch (--merge, XLSX workbooks, SQLite): one table per name for
 * every report of any kind, each row carrying the report it came from (`file`, `sha256`).
 * A name that several kinds use (`document`) gets the union of their columns, in a fixed
 * order, so the columns never depend on which kinds a batch happens to hold.
 */
import { KIND_NAMES, type KindName } from '../schema/common.js';
import type { ExtractedDocument } from '../schema/document.js';
import { REPORT_TABLES } from './report-tables.js';
import { TABLES, type Table, type TableSpec } from './tables.js';

/** The columns that say which report a row of a merged table comes from. */
export const REPORT_COLUMNS = ['file', 'sha256'] as const;

export interface MergedTableSpec {
  name: string;
  columns: readonly string[];
  keys: readonly string[];
  /** The kinds whose reports have this table. */
  kinds: readonly KindName[];
}

type AnySpec = TableSpec<ExtractedDocument>;

function specsOf(kind: KindName): readonly AnySpec[] {
  return [...(TABLES[kind] as readonly AnySpec[]), ...REPORT_TABLES];
}

function union(lists: ReadonlyArray<readonly string[]>): string[] {
  return [...new Set(lists.flat())];
}

function buildMergedTables(): MergedTableSpec[] {
  const byName = new Map<string, { specs: AnySpec[]; kinds: KindName[] }>();
  for (const kind of KIND_NAMES) {
    for (const spec of specsOf(kind)) {
      const entry = byName.get(spec.name) ?? { specs: [], kinds: [] };
      entry.specs.push(spec);
      entry.kinds.push(kind);
      byName.set(spec.name, entry);
    }
  }
  // the report tables close the list, after every kind's record tables
  const report = new Set(REPORT_TABLES.map((s) => s.name));
  const names = [...byName.keys()].sort((a, b) => Number(report.has(a)) - Number(report.has(b)));
  return names.map((name) => {
    const { specs, kinds } = byName.get(name)!;
    const rest = union(specs.map((s) => s.columns)).filter((c) => !(REPORT_COLUMNS as readonly string[]).includes(c));
    return { name, columns: [...REPORT_COLUMNS, ...rest], keys: union(specs.map((s) => s.keys)), kinds };
  });
}

/** Every merged table, in the order they are written. */
export const MERGED_TABLES: readonly MergedTableSpec[] = buildMergedTables();

export const MERGED_TABLE_NAMES: readonly string[] = MERGED_TABLES.map((t) => t.name);

/** The merged tables a report of this kind has rows in. */
export function mergedTablesFor(kind: KindName): MergedTableSpec[] {
  return MERGED_TABLES.filter((t) => t.kinds.includes(kind));
}

/** A report's rows in the merged tables of its kind (every one, even where it has no rows). */
export function mergedTablesOf(doc: ExtractedDocument, only?: string): Table[] {
  const specs = specsOf(doc.kind);
  return mergedTablesFor(doc.kind)
    .filter((t) => only === undefined || t.name === only)
    .map((t) => ({
      name: t.name,
      columns: t.columns,
      rows: specs
        .filter((s) => s.name === t.name)
        .flatMap((s) => s.rows(doc))
        .map((row) => ({ ...row, sha256: doc.source.sha256 })),
    }));
}
