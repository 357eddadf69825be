/**
 * The library's time and memory bounds: with `timeoutMs`, `maxMemoryMb` or `signal`, extract
 * reads a PDF in a reader process of the CLI's pool (./cli/pool.ts), which is killed past its
 * time or memory, or on abort, and fails with TIMEOUT, MEMORY_LIMIT or INTERRUPTED. A process
 * rather than a worker thread: pdf.js's buffers live outside the heap a thread's resourceLimits
 * cap, and a thread cannot be stopped inside a content stream pdf.js is interpreting.
 */
import { PlanExtractError } from '../errors.js';
import type { ExtractOptions, PdfReader } from '../api.js';

type Guards = Pick<ExtractOptions, 'timeoutMs' | 'maxMemoryMb' | 'signal'>;

export function isGuarded(options: Guards): boolean {
  return options.timeoutMs !== undefined || options.maxMemoryMb !== undefined || options.signal !== undefined;
}

export function stopIfAborted(signal: AbortSignal | undefined, file?: string): void {
  if (signal?.aborted) throw new PlanExtractError('INTERRUPTED', 'stopped: the signal was aborted', { file });
}

function positive(name: string, value: number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isFinite(value) || value <= 0) throw new PlanExtractError('USAGE', `${name} must be a positive number of ${name === 'timeoutMs' ? 'milliseconds' : 'megabytes'}, not ${value}`);
  return value;
}

/** Runs `read` with a PDF reader in a reader process bounded by the options; the process ends with it. */
export async function withGuardedReader<T>(options: Guards, read: (readPdf: PdfReader) => Promise<T>): Promise<T> {
  const timeoutMs = positive('timeoutMs', options.timeoutMs);
  const maxMemoryMb = positive('maxMemoryMb', options.maxMemoryMb);
  stopIfAborted(options.signal);
  const { DEFAULT_READER_LIMITS, READER_SCRIPT, WorkerPool } = await import('./pool.js');
  const limits = {
    timeoutMs: timeoutMs ?? DEFAULT_READER_LIMITS.timeoutMs,
    memoryBytes: maxMemoryMb !== undefined ? maxMemoryMb * 1024 * 1024 : DEFAULT_READER_LIMITS.memoryBytes,
  };
  const pool = new WorkerPool(1, READER_SCRIPT, limits);
  const abort = () => void pool.close();
  options.signal?.addEventListener('abort', abort, { once: true });
  try {
    return await read((bytes, pdfOptions) => pool.readPdf(bytes, pdfOptions));
  } finally {
    options.signal?.removeEventListener('abort', abort);
    await pool.close();
  }
}
