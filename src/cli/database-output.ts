/**
 * --format sqlite -o FILE: reports stored in a database that grows across runs, one
 * transaction per report (a report is in whole or not at all; the same report again
 * replaces its rows). The database is opened and its schema checked before any input
 * is read, so a database of a newer plan-extract stops the run at once.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { PlanExtractError } from '../errors.js';
import { prepareDatabase, ReportStore } from '../output/sqlite.js';
import type { ExtractedDocument } from '../schema/document.js';
import type { BatchOutput, Prepared } from './batch-output.js';

function databaseError(path: string, e: unknown, code: 'DATABASE_INCOMPATIBLE' | 'DATABASE_ERROR'): PlanExtractError {
  if (e instanceof PlanExtractError) return new PlanExtractError(e.code, `${path}: ${e.message}`, { file: path, cause: e });
  const message = e instanceof Error ? e.message : String(e);
  return new PlanExtractError(code, `${path}: ${code === 'DATABASE_INCOMPATIBLE' ? 'cannot use this file as a database' : 'cannot write the database'} (${message})`, { file: path, cause: e });
}

export class DatabaseOutput implements BatchOutput {
  private constructor(
    private readonly path: string,
    private readonly db: Database.Database,
    private readonly store: ReportStore,
  ) {}

  static open(path: string): DatabaseOutput {
    let db: Database.Database | undefined;
    try {
      mkdirSync(dirname(path), { recursive: true });
      db = new Database(path);
      prepareDatabase(db);
      return new DatabaseOutput(path, db, new ReportStore(db));
    } catch (e) {
      db?.close();
      throw databaseError(path, e, 'DATABASE_INCOMPATIBLE');
    }
  }

  async prepare(doc: ExtractedDocument): Promise<Prepared> {
    return {
      files: [],
      warnings: [],
      add: async () => {
        try {
          this.store.store(doc, new Date().toISOString());
        } catch (e) {
          throw databaseError(this.path, e, 'DATABASE_ERROR');
        }
        return this.path;
      },
    };
  }

  async finish(): Promise<void> {
    this.db.close();
  }
}
