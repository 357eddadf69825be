/**
 * --format xlsx --merge: one workbook for the whole batch, a sheet per table with every
 * report's rows. Rows are gathered as reports come (column widths need them all), then
 * the workbook is streamed to a temporary file, its ZIP dates pinned in place, and
 * renamed over the output: a failed run leaves no partial workbook.
 */
import { closeSync, createWriteStream, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import { mkdir, rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { MERGED_TABLES, mergedTablesOf } from '../output/merged.js';
import { WorkbookBuilder } from '../output/xlsx.js';
import { pinZipDates } from '../output/zip-dates.js';
import type { ExtractedDocument } from '../schema/document.js';
import type { BatchOutput, Prepared } from './batch-output.js';
import { tempPathFor } from './write.js';

/** Set a ZIP file's entry dates where it lies on disk. */
function pinFileZipDates(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    pinZipDates({
      size: fstatSync(fd).size,
      read: (position, length) => {
        const bytes = Buffer.alloc(length);
        readSync(fd, bytes, 0, length, position);
        return bytes;
      },
      write: (position, bytes) => void writeSync(fd, bytes, 0, bytes.length, position),
    });
  } finally {
    closeSync(fd);
  }
}

export class MergedWorkbookOutput implements BatchOutput {
  private readonly builder = new WorkbookBuilder(MERGED_TABLES.map((t) => t.name));

  constructor(private readonly path: string) {}

  async prepare(doc: ExtractedDocument): Promise<Prepared> {
    const staged = this.builder.stage(mergedTablesOf(doc));
    return {
      files: [],
      warnings: staged.warnings,
      add: async () => {
        staged.commit();
        return this.path;
      },
    };
  }

  /** Write the workbook, unless no report made it in. */
  async finish(): Promise<void> {
    if (this.builder.isEmpty) return;
    await mkdir(dirname(this.path), { recursive: true });
    const temp = tempPathFor(this.path);
    try {
      await this.builder.write(createWriteStream(temp, { flags: 'wx' }));
      pinFileZipDates(temp);
      await rename(temp, this.path);
    } catch (e) {
      await unlink(temp).catch(() => undefined);
      throw e;
    }
  }
}
