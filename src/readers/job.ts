/**
 * A part of a PDF read as it travels between the CLI and a reader process: plain data
 * that survives structured cloning, errors included.
 */
import { PlanExtractError, stackOf, type ErrorCode } from '../errors.js';
import type { ReadPdfOptions } from '../input/pdf/read.js';
import type { LayoutPart } from '../input/layout-parts.js';

/** The PDF's bytes and readPdfPart's options (the part among them). */
export interface ReadJob {
  bytes: Uint8Array;
  options: ReadPdfOptions;
}

export interface SerializedError {
  code: ErrorCode;
  message: string;
  file?: string;
  stack: string;
}

export type WireOutcome = { ok: true; part: LayoutPart } | { ok: false; error: SerializedError };

export function serializeError(e: unknown): SerializedError {
  const err = e instanceof PlanExtractError ? e : new PlanExtractError('INTERNAL', `internal error: ${(e as Error)?.message ?? String(e)}`, { cause: e });
  return { code: err.code, message: err.message, ...(err.file !== undefined ? { file: err.file } : {}), stack: stackOf(err) };
}

export function deserializeError(s: SerializedError): PlanExtractError {
  const err = new PlanExtractError(s.code, s.message, s.file !== undefined ? { file: s.file } : {});
  err.stack = s.stack;
  return err;
}
