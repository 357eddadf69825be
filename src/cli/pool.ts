/**
 * A fixed-size pool of worker threads, each reading one PDF at a time.
 * Workers start on demand, so a batch with one PDF starts one; a worker that dies
 * (a crash, out of memory) fails only its own PDF and is replaced for the next one.
 */
import { Worker } from 'node:worker_threads';
import { PlanExtractError } from '../errors.js';
import type { ReadPdfOptions } from '../input/pdf/read.js';
import type { LayoutDocument } from '../input/types.js';
import { deserializeError, type ReadJob, type WireOutcome } from './job.js';

interface Task {
  id: number;
  job: ReadJob;
  resolve(doc: LayoutDocument): void;
  reject(error: PlanExtractError): void;
}

export class WorkerPool {
  private readonly workers = new Set<Worker>();
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Task>();
  private readonly queue: Task[] = [];
  private nextId = 0;
  private closing = false;

  constructor(
    private readonly size: number,
    private readonly script: URL,
  ) {}

  /** Start up to `count` workers ahead of their first PDF, so that they load pdf.js meanwhile. */
  start(count: number): void {
    while (this.workers.size < Math.min(count, this.size) && !this.closing) this.idle.push(this.spawn());
  }

  /** readPdf in a worker thread; rejects with the worker's PlanExtractError. */
  readPdf(bytes: Uint8Array, options: ReadPdfOptions): Promise<LayoutDocument> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job: { bytes, options }, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.workers].map((w) => w.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0 && !this.closing) {
      const worker = this.idle.pop() ?? (this.workers.size < this.size ? this.spawn() : undefined);
      if (!worker) return;
      const task = this.queue.shift()!;
      this.busy.set(worker, task);
      worker.postMessage({ id: task.id, job: task.job });
    }
  }

  private spawn(): Worker {
    const worker = new Worker(this.script);
    this.workers.add(worker);
    worker.on('message', (msg: { id: number; outcome: WireOutcome }) => {
      const task = this.busy.get(worker);
      this.busy.delete(worker);
      this.idle.push(worker);
      if (task && task.id === msg.id) {
        if (msg.outcome.ok) task.resolve(msg.outcome.doc);
        else task.reject(deserializeError(msg.outcome.error));
      }
      this.pump();
    });
    worker.on('error', (err) => this.lose(worker, err));
    worker.on('exit', (code) => this.lose(worker, new Error(`worker stopped with exit code ${code}`)));
    return worker;
  }

  private lose(worker: Worker, err: Error): void {
    if (!this.workers.delete(worker)) return;
    const i = this.idle.indexOf(worker);
    if (i >= 0) this.idle.splice(i, 1);
    const task = this.busy.get(worker);
    this.busy.delete(worker);
    if (this.closing) return;
    void worker.terminate();
    if (task) {
      const reason = (err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'ran out of memory' : `crashed: ${err.message}`;
      task.reject(new PlanExtractError('INTERNAL', `the worker reading this file ${reason}`, { cause: err }));
    }
    this.pump();
  }
}
