/**
 * A fixed-size pool of reader processes, each reading one PDF, or one part of a large PDF,
 * at a time. Readers stay up from one PDF to the next (pdf.js loaded and warm). A large PDF
 * is split into contiguous runs of pages, one per reader, and put back together here in
 * page order (../input/layout-parts.ts), so its pages are read on every core. Of the PDFs
 * waiting, the one with the most pages per part goes first, so that no long read starts
 * last while the other readers have nothing left to do.
 *
 * Child processes rather than threads, for bounds a thread cannot give: a reader that
 * runs past its time, or past its memory (pdf.js's buffers live outside the JavaScript
 * heap a worker's resourceLimits cap), is killed; and what V8 and pdf.js print on the
 * process's stderr (stack overflows inside promise callbacks, out-of-memory traces) is
 * caught here instead of reaching the user. Readers start on demand; one that dies fails
 * only its own PDF and is replaced for the next.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PlanExtractError } from '../errors.js';
import { assembleLayout, type LayoutPart } from '../input/layout-parts.js';
import { countPages } from '../input/pdf/bounds.js';
import type { ReadPdfOptions } from '../input/pdf/read.js';
import type { LayoutDocument } from '../input/types.js';
import { deserializeError, type ReadJob, type WireOutcome } from './job.js';

export interface ReaderLimits {
  /** Milliseconds one PDF may take to read. */
  timeoutMs: number;
  /** Resident memory of one reader process, in bytes. */
  memoryBytes: number;
}

/**
 * Time: a 1,000-page PDF (the page limit) took 98 s (86 s of CPU) end to end at load 5 on this
 * 2-core machine, a 500-page one 75 s (bench/SCALING.md); a loaded machine is several times
 * slower. Hostile files end on the structural bounds (input/pdf/bounds.ts) within seconds: the
 * timeout is the last resort. Memory: the seed reports' readers stay near 150 MB, the 1,000-page
 * run peaked at 355 MB; a gigabyte keeps a runaway reader with the CLI's own process under 1.5 GB.
 */
/** The reader process's own script, built next to this module. */
export const READER_SCRIPT = new URL('./worker.js', import.meta.url);

export const DEFAULT_READER_LIMITS: ReaderLimits = { timeoutMs: 300_000, memoryBytes: 1024 * 1024 * 1024 };

/**
 * Fewest pages worth a reader of their own: a part costs its reader one more opening of the
 * PDF (tens of milliseconds) where a page costs about 30 ms, and short PDFs keep every reader
 * busy anyway when there are several.
 */
export const MIN_PAGES_PER_PART = 16;

/**
 * A reader's young generation, per semi-space (V8's default is 16 MB). pdf.js makes
 * short-lived objects page after page, and a young generation of 3 × 16 MB is mostly
 * garbage waiting for a scavenge. With 8 MB each reader of the 300-page benchmark PDF
 * (with metrics, default --jobs) peaked 12–16 MB lower, the run 35–40 MB lower summed
 * (2026-12-02, loaded machine), for about 70% more scavenges (188 against 108 on half of
 * it), each shorter. 4 MB saved another 10 MB a reader but tripled the scavenges.
 */
const READER_SEMI_SPACE_MB = 8;

/** How often a busy reader's memory is looked at. */
const MEMORY_POLL_MS = 100;
/** How long an idle reader may take to end once disconnected before it is killed. */
const IDLE_EXIT_MS = 2000;
/** How much of a reader's stderr is kept, for --debug after a crash. */
const STDERR_KEPT = 8192;
const PAGE_SIZE = 4096;

interface Task {
  id: number;
  job: ReadJob;
  /** Pages it reads, as far as is known before: the larger go first. */
  pages: number;
  resolve(part: LayoutPart): void;
  reject(error: PlanExtractError): void;
}

interface Reader {
  child: ChildProcess;
  stderr: string;
  task?: Task;
  timer?: NodeJS.Timeout;
  /** Set when this pool killed it, with the reason its PDF failed. */
  killedFor?: PlanExtractError;
}

/** Resident set size of a process from /proc (Linux); undefined elsewhere. */
function residentBytes(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'latin1').split(' ')[1]) * PAGE_SIZE;
  } catch {
    return undefined;
  }
}

const seconds = (ms: number) => `${+(ms / 1000).toFixed(3)} s`;
const megabytes = (bytes: number) => `${Math.round(bytes / 1048576)} MB`;

export class WorkerPool {
  private readonly readers = new Set<Reader>();
  private readonly idle: Reader[] = [];
  private readonly queue: Task[] = [];
  private nextId = 0;
  private closing = false;
  private poll: NodeJS.Timeout | undefined;

  constructor(
    private readonly size: number,
    private readonly script: URL,
    private readonly limits: ReaderLimits = DEFAULT_READER_LIMITS,
    private readonly minPagesPerPart = MIN_PAGES_PER_PART,
  ) {}

  /** Start up to `count` readers ahead of their first PDF, so that they load pdf.js meanwhile. */
  start(count: number): void {
    while (this.readers.size < Math.min(count, this.size) && !this.closing) this.idle.push(this.spawn());
  }

  /**
   * readPdf in reader processes, a large PDF in parts; rejects with the reader's
   * PlanExtractError or a bound's, of the first part that failed (the one a single reader
   * would have met first: the first part also checks every page's bounds).
   */
  async readPdf(bytes: Uint8Array, options: ReadPdfOptions): Promise<LayoutDocument> {
    const pages = selectedPages(bytes, options);
    const of = Math.max(1, Math.min(this.size, Math.floor(pages / this.minPagesPerPart)));
    const parts = Array.from({ length: of }, (_, index) =>
      this.submit({ bytes, options: of === 1 ? options : { ...options, part: { index, of } } }, pages / of),
    );
    // a failed part makes the later ones pointless: its error, or an earlier part's, is the PDF's
    parts.forEach((part, i) => part.done.catch(() => parts.slice(i + 1).forEach((later) => this.cancel(later.id))));
    const read: LayoutPart[] = [];
    for (const part of parts) read.push(await part.done);
    return assembleLayout(read, options);
  }

  private submit(job: ReadJob, pages: number): { id: number; done: Promise<LayoutPart> } {
    const id = this.nextId++;
    const done = new Promise<LayoutPart>((resolve, reject) => {
      const at = this.queue.findIndex((t) => t.pages < pages);
      this.queue.splice(at < 0 ? this.queue.length : at, 0, { id, job, pages, resolve, reject });
    });
    this.pump();
    return { id, done };
  }

  /** Drops a part no longer wanted: out of the queue, or its reader killed (and replaced on demand). */
  private cancel(id: number): void {
    const cancelled = new PlanExtractError('INTERRUPTED', 'not read: another part of the PDF failed');
    const queued = this.queue.findIndex((t) => t.id === id);
    if (queued >= 0) this.queue.splice(queued, 1)[0]!.reject(cancelled);
    for (const r of this.readers) if (r.task?.id === id) this.kill(r, cancelled);
  }

  /** Stops every reader; PDFs still queued or being read fail as interrupted. */
  async close(): Promise<void> {
    this.closing = true;
    clearInterval(this.poll);
    const stopped = () => new PlanExtractError('INTERRUPTED', 'not read: the run was stopped');
    for (const task of this.queue.splice(0)) task.reject(stopped());
    const busy = new Set<Reader>();
    for (const r of this.readers) {
      if (!r.task) continue;
      const task = r.task;
      busy.add(r);
      this.release(r);
      task.reject(stopped());
    }
    await Promise.all(
      [...this.readers].map(
        (r) =>
          new Promise<void>((resolve) => {
            if (r.child.exitCode !== null || r.child.signalCode !== null) return resolve();
            r.child.once('exit', () => resolve());
            // an idle reader ends by itself once disconnected, as a process should (its exit
            // handlers run: NODE_OPTIONS=--import hooks such as the benchmark's CPU count)
            if (busy.has(r) || !r.child.connected) r.child.kill('SIGKILL');
            else {
              setTimeout(() => r.child.kill('SIGKILL'), IDLE_EXIT_MS).unref();
              r.child.disconnect();
            }
          }),
      ),
    );
  }

  private pump(): void {
    while (this.queue.length > 0 && !this.closing) {
      const reader = this.idle.pop() ?? (this.readers.size < this.size ? this.spawn() : undefined);
      if (!reader) return;
      const task = this.queue.shift()!;
      reader.task = task;
      reader.timer = setTimeout(() => {
        this.kill(reader, new PlanExtractError('TIMEOUT', `reading the PDF took longer than the limit of ${seconds(this.limits.timeoutMs)}`));
      }, this.limits.timeoutMs);
      reader.child.send({ id: task.id, job: task.job });
    }
    this.watchMemory();
  }

  /** Polls busy readers' memory while any is busy. */
  private watchMemory(): void {
    const busy = [...this.readers].some((r) => r.task);
    if (!busy) {
      clearInterval(this.poll);
      this.poll = undefined;
      return;
    }
    this.poll ??= setInterval(() => {
      for (const r of this.readers) {
        const rss = r.task ? residentBytes(r.child.pid) : undefined;
        if (rss !== undefined && rss > this.limits.memoryBytes) {
          this.kill(r, new PlanExtractError('MEMORY_LIMIT', `reading the PDF needed more than the limit of ${megabytes(this.limits.memoryBytes)} of memory`));
        }
      }
    }, MEMORY_POLL_MS);
    this.poll.unref();
  }

  private kill(reader: Reader, reason: PlanExtractError): void {
    if (reader.killedFor || !reader.task) return;
    reader.killedFor = reason;
    reader.child.kill('SIGKILL');
  }

  private spawn(): Reader {
    const child = fork(fileURLToPath(this.script), [], {
      execArgv: [
        // V8's own heap limit, below the pool's memory bound, so a runaway heap fails as out of memory
        `--max-old-space-size=${Math.floor((this.limits.memoryBytes * 0.75) / 1048576)}`,
        `--max-semi-space-size=${READER_SEMI_SPACE_MB}`,
      ],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'advanced',
    });
    const reader: Reader = { child, stderr: '' };
    this.readers.add(reader);
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (s: string) => {
      reader.stderr = (reader.stderr + s).slice(-STDERR_KEPT);
    });
    child.on('message', (msg: { id: number; outcome: WireOutcome }) => {
      const task = reader.task;
      if (!task || task.id !== msg.id || reader.killedFor) return;
      this.release(reader);
      this.idle.push(reader);
      if (msg.outcome.ok) task.resolve(msg.outcome.part);
      else task.reject(deserializeError(msg.outcome.error));
      this.pump();
    });
    child.on('error', (err) => this.lose(reader, err.message));
    child.on('exit', (code, signal) => this.lose(reader, signal ? `killed by ${signal}` : `exit code ${code}`));
    return reader;
  }

  private release(reader: Reader): void {
    clearTimeout(reader.timer);
    reader.task = undefined;
  }

  private lose(reader: Reader, how: string): void {
    if (!this.readers.delete(reader)) return;
    const i = this.idle.indexOf(reader);
    if (i >= 0) this.idle.splice(i, 1);
    const task = reader.task;
    this.release(reader);
    if (!reader.killedFor && reader.child.exitCode === null && reader.child.signalCode === null) reader.child.kill('SIGKILL');
    if (this.closing) return;
    if (task) task.reject(reader.killedFor ?? this.crash(reader, how));
    this.pump();
  }

  /** A reader that died on its own: out of memory (V8's heap limit) or a crash. */
  private crash(reader: Reader, how: string): PlanExtractError {
    const log = reader.stderr.trim();
    const cause = new Error(`reader process ended (${how})${log ? `:\n${log}` : ''}`);
    if (/heap out of memory|Allocation failed/i.test(log)) {
      return new PlanExtractError('MEMORY_LIMIT', `reading the PDF needed more than the limit of ${megabytes(this.limits.memoryBytes)} of memory`, { cause });
    }
    return new PlanExtractError('INTERNAL', `the process reading this file crashed (${how})`, { cause });
  }
}

/** How many pages a read of the PDF will lay out: the selection, or the page tree's count (1 when unknown). */
function selectedPages(bytes: Uint8Array, options: ReadPdfOptions): number {
  const all = options.pages ? new Set(options.pages).size : (countPages(bytes) ?? 1);
  return Math.min(all, options.firstPages ?? Infinity);
}
