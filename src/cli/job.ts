/**
 * One extraction as it travels between the main thread and a worker: plain data
 * that survives structured cloning, errors included.
 */
import type { ExtractInput, ExtractOptions } from '../api.js';
import { PlanExtractError, type ErrorCode } from '../errors.js';
import type { ExtractedDocument } from '../schema/document.js';
import { stackOf } from './exit-codes.js';

export interface Job {
  input: { path: string } | { bytes: Uint8Array; name: string };
  options: ExtractOptions;
}

export type Outcome = { ok: true; doc: ExtractedDocument } | { ok: false; error: PlanExtractError };

export interface SerializedError {
  code: ErrorCode;
  message: string;
  file?: string;
  stack: string;
}

export type WireOutcome = { ok: true; doc: ExtractedDocument } | { ok: false; error: SerializedError };

export function jobInput(job: Job): { input: ExtractInput; options: ExtractOptions } {
  if ('path' in job.input) return { input: job.input.path, options: job.options };
  return { input: job.input.bytes, options: { ...job.options, name: job.input.name } };
}

export function serializeError(e: unknown): SerializedError {
  const err = e instanceof PlanExtractError ? e : new PlanExtractError('INTERNAL', `internal error: ${(e as Error)?.message ?? String(e)}`, { cause: e });
  return { code: err.code, message: err.message, ...(err.file !== undefined ? { file: err.file } : {}), stack: stackOf(err) };
}

export function deserializeError(s: SerializedError): PlanExtractError {
  const err = new PlanExtractError(s.code, s.message, s.file !== undefined ? { file: s.file } : {});
  err.stack = s.stack;
  return err;
}

export function toWire(outcome: Outcome): WireOutcome {
  return outcome.ok ? outcome : { ok: false, error: serializeError(outcome.error) };
}

export function fromWire(w: WireOutcome): Outcome {
  return w.ok ? w : { ok: false, error: deserializeError(w.error) };
}

/** Run one job in this thread; never throws. */
export async function runJob(job: Job, extract: (input: ExtractInput, options: ExtractOptions) => Promise<ExtractedDocument>): Promise<Outcome> {
  const { input, options } = jobInput(job);
  try {
    return { ok: true, doc: await extract(input, options) };
  } catch (e) {
    return { ok: false, error: e instanceof PlanExtractError ? e : deserializeError(serializeError(e)) };
  }
}
