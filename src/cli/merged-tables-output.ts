/**
 * --merge for CSV and JSONL: one file per table for the whole batch (or the one --table,
 * to a file or standard output). Rows are appended as reports come, to temporary files
 * renamed into place together once the batch is done, so memory stays flat whatever
 * the batch and a failed run leaves no partial table.
 */
import { mkdir, open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PlanExtractError } from '../errors.js';
import { renderCsvHeader, renderCsvRows, type OutputWarning } from '../output/csv.js';
import { renderJsonRows } from '../output/json.js';
import { mergedTablesOf } from '../output/merged.js';
import { tableNames } from '../output/tables.js';
import type { ExtractedDocument } from '../schema/document.js';
import type { BatchOutput, Prepared } from './batch-output.js';
import type { Destination } from './destination.js';
import type { CliIO } from './io.js';
import type { ConvertOptions } from './options.js';
import { tempPathFor, writeStream } from './write.js';

interface TableFile {
  /** Where it ends up; none for standard output. */
  path?: string;
  temp?: string;
  handle?: FileHandle;
  /** Whether its start (a CSV header) was written. */
  started: boolean;
  /** Records written so far. */
  rows: number;
}

export class MergedTablesOutput implements BatchOutput {
  private readonly files = new Map<string, TableFile>();
  private readonly extension: string;
  /** A write that failed: the files may hold part of a report, so none is put in place. */
  private broken: unknown;

  constructor(
    private readonly opts: ConvertOptions,
    private readonly dest: Destination,
    private readonly io: CliIO,
  ) {
    this.extension = opts.format === 'csv' ? 'csv' : 'jsonl';
  }

  private pathOf(table: string): string | undefined {
    if (this.dest.to === 'dir') return join(this.dest.dir, `${table}.${this.extension}`);
    return this.dest.to === 'file' ? this.dest.path : undefined;
  }

  private fileOf(table: string): TableFile {
    let file = this.files.get(table);
    if (!file) {
      const path = this.pathOf(table);
      file = path === undefined ? { started: false, rows: 0 } : { path, started: false, rows: 0 };
      this.files.set(table, file);
    }
    return file;
  }

  async prepare(doc: ExtractedDocument): Promise<Prepared> {
    const tables = mergedTablesOf(doc, this.opts.table);
    if (this.opts.table !== undefined && tables.length === 0) {
      throw new PlanExtractError('USAGE', `a ${doc.kind} report has no table "${this.opts.table}" (its tables: ${tableNames(doc.kind).join(', ')})`);
    }
    const warnings: OutputWarning[] = [];
    const chunks = tables.map((table) => {
      if (this.opts.format !== 'csv') return { table, bytes: Buffer.from(renderJsonRows(table)) };
      const csv = renderCsvRows(table, this.opts, (this.files.get(table.name)?.rows ?? 0) + 2);
      warnings.push(...csv.warnings);
      return { table, bytes: csv.bytes };
    });
    const add = async () => {
      if (this.broken !== undefined) throw this.broken;
      try {
        for (const { table, bytes } of chunks) {
          const file = this.fileOf(table.name);
          if (!file.started) {
            await this.write(file, this.opts.format === 'csv' ? renderCsvHeader(table.columns, this.opts) : Buffer.alloc(0));
            file.started = true;
          }
          await this.write(file, bytes);
          file.rows += table.rows.length;
        }
      } catch (e) {
        this.broken = e;
        throw e;
      }
      return this.dest.to === 'dir' ? join(this.dest.dir, `*.${this.extension}`) : (this.pathOf(this.opts.table!) ?? 'stdout');
    };
    return { files: [], warnings, add };
  }

  private async write(file: TableFile, bytes: Buffer): Promise<void> {
    if (file.path === undefined) {
      await writeStream(this.io.stdout, bytes);
      return;
    }
    if (!file.handle) {
      await mkdir(dirname(file.path), { recursive: true });
      file.temp = tempPathFor(file.path);
      file.handle = await open(file.temp, 'wx');
    }
    await file.handle.write(bytes);
  }

  async finish(): Promise<void> {
    const staged = [...this.files.values()].filter((f): f is Required<TableFile> => f.handle !== undefined && f.temp !== undefined && f.path !== undefined);
    try {
      for (const f of staged) await f.handle.close();
      if (this.broken !== undefined) throw this.broken;
      for (const f of staged) await rename(f.temp, f.path);
    } catch (e) {
      await Promise.all(staged.map((f) => unlink(f.temp).catch(() => undefined)));
      throw e;
    }
  }
}
