/**
 * Extract every input and hand back the outcomes in input order, whatever order
 * they finish in, so that a batch's output and log are the same on every run.
 * Several inputs go to a pool of worker threads; one input (or --jobs 1) runs here.
 */
import type { ExtractOptions } from '../api.js';
import type { InputEntry } from './inputs.js';
import { runJob, type Job, type Outcome } from './job.js';
import { WorkerPool } from './pool.js';

export interface Settled {
  entry: InputEntry;
  outcome: Outcome;
}

function jobOf(entry: InputEntry, options: ExtractOptions): Job {
  return { input: entry.bytes ? { bytes: entry.bytes, name: entry.name } : { path: entry.path! }, options };
}

export async function* extractInOrder(
  entries: readonly InputEntry[],
  options: ExtractOptions,
  jobs: number,
  onSettled: () => void,
): AsyncGenerator<Settled> {
  const runnable = entries.filter((e) => !e.error).length;
  const pool = jobs > 1 && runnable > 1 ? new WorkerPool(Math.min(jobs, runnable), new URL('./worker.js', import.meta.url)) : undefined;
  let run: (job: Job) => Promise<Outcome>;
  if (pool) run = (job) => pool.run(job);
  else {
    const { extract } = await import('../api.js');
    let previous: Promise<unknown> = Promise.resolve();
    // one at a time: in this thread, parallel runs would only compete for it
    run = (job) => {
      const next = previous.then(() => runJob(job, extract));
      previous = next;
      return next;
    };
  }
  const pending = entries.map((entry) =>
    (entry.error ? Promise.resolve<Outcome>({ ok: false, error: entry.error }) : run(jobOf(entry, options))).then((outcome) => {
      onSettled();
      return outcome;
    }),
  );
  try {
    for (let i = 0; i < entries.length; i++) yield { entry: entries[i]!, outcome: await pending[i]! };
  } finally {
    await pool?.close();
  }
}
