/**
 * A fixed-size pool of worker threads, each calling extract on one job at a time.
 * Workers start on demand; a worker that dies (a crash, out of memory) fails only
 * its own job and is replaced for the next one.
 */
import { Worker } from 'node:worker_threads';
import { PlanExtractError } from '../errors.js';
import { fromWire, type Job, type Outcome, type WireOutcome } from './job.js';

interface Task {
  id: number;
  job: Job;
  resolve(outcome: Outcome): void;
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

  run(job: Job): Promise<Outcome> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, job, resolve });
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
      if (task && task.id === msg.id) task.resolve(fromWire(msg.outcome));
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
      task.resolve({ ok: false, error: new PlanExtractError('INTERNAL', `the worker reading this file ${reason}`, { cause: err }) });
    }
    this.pump();
  }
}
