/**
 * Outputs that hold a whole batch rather than one report each: the merged tables of
 * --merge (CSV or JSONL files, one per table, or one XLSX workbook) and the SQLite
 * database. Each report is prepared (its rows and their warnings) before it is added,
 * so --strict can refuse it and a failed report adds nothing.
 */
import { sep } from 'node:path';
import { PlanExtractError } from '../errors.js';
import type { Rendered } from '../output/index.js';
import type { ExtractedDocument } from '../schema/document.js';
import { kindOfPath, planDestination, type Destination } from './destination.js';
import type { ExpandedInputs } from './inputs.js';
import type { CliIO } from './io.js';
import type { ConvertOptions } from './options.js';

/** A report made ready for a batch output: `add` puts it in and says where it went. */
export interface Prepared extends Rendered {
  add(): Promise<string>;
}

export interface BatchOutput {
  prepare(doc: ExtractedDocument): Promise<Prepared>;
  /** Put everything in place (rename the files, close the database) once the batch is done. */
  finish(): Promise<void>;
}

export function isBatchOutput(opts: ConvertOptions): boolean {
  return opts.merge || opts.format === 'sqlite';
}

function usage(message: string): PlanExtractError {
  return new PlanExtractError('USAGE', message);
}

/** Where a batch output goes: one file (a database, a workbook, one table) or a directory of tables. */
function planBatchDestination(opts: ConvertOptions): Destination {
  const what = opts.format === 'sqlite' ? 'the database' : opts.format === 'xlsx' ? 'the workbook' : `the ${opts.table} table`;
  if (opts.format === 'sqlite' || opts.format === 'xlsx' || opts.table !== undefined) {
    if (opts.outDir !== undefined) throw usage(`--format ${opts.format}${opts.merge ? ' --merge' : ''} writes one file, ${what}: give it with -o FILE`);
    const out = opts.output;
    if (out === undefined) {
      if (opts.table !== undefined) return { to: 'stdout' };
      throw usage(`--format ${opts.format}${opts.merge ? ' --merge' : ''} writes one file, ${what}: give it with -o FILE`);
    }
    if (out.endsWith('/') || out.endsWith(sep) || kindOfPath(out) === 'directory') throw usage(`${out} is a directory: -o names the file of ${what}`);
    return { to: 'file', path: out };
  }
  const dir = opts.outDir ?? opts.output;
  if (dir === undefined) throw usage(`--merge writes one ${opts.format.toUpperCase()} file per table: give their directory with -o DIR (or one table with --table)`);
  if (kindOfPath(dir) === 'other') throw usage(`${dir} is not a directory: --merge writes one file per table into -o DIR`);
  return { to: 'dir', dir, stems: new Map() };
}

/** The run's destination: a batch output's, or each report's own files. */
export function planOutputDestination(inputs: ExpandedInputs, opts: ConvertOptions, io: CliIO): Destination {
  if (isBatchOutput(opts)) return planBatchDestination(opts);
  const dest = planDestination(inputs, opts);
  if (opts.format === 'xlsx' && dest.to === 'stdout' && (io.stdout as { isTTY?: boolean }).isTTY === true) {
    throw usage('an XLSX workbook is binary: give -o FILE (or redirect standard output)');
  }
  return dest;
}

function fileOf(dest: Destination): string {
  if (dest.to !== 'file') throw new PlanExtractError('INTERNAL', `a database or workbook goes to one file, not to ${dest.to}`);
  return dest.path;
}

/** The batch output of the run, opened (a database is checked now, before any report is read); none for per-report files. */
export async function openBatchOutput(opts: ConvertOptions, dest: Destination, io: CliIO): Promise<BatchOutput | undefined> {
  if (!isBatchOutput(opts)) return undefined;
  if (opts.format === 'sqlite') {
    const { DatabaseOutput } = await import('./database-output.js');
    return DatabaseOutput.open(fileOf(dest));
  }
  if (opts.format === 'xlsx') {
    const { MergedWorkbookOutput } = await import('./merged-workbook-output.js');
    return new MergedWorkbookOutput(fileOf(dest));
  }
  const { MergedTablesOutput } = await import('./merged-tables-output.js');
  return new MergedTablesOutput(opts, dest, io);
}
