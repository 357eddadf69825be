/** A pool worker: takes jobs from the main thread, extracts, sends back the outcome. */
import { parentPort } from 'node:worker_threads';
import { extract } from '../api.js';
import { runJob, serializeError, toWire, type Job } from './job.js';

const port = parentPort;
if (!port) throw new Error('worker.js runs as a worker thread of the plan-extract CLI');
port.on('message', (msg: { id: number; job: Job }) => {
  void runJob(msg.job, extract).then((outcome) => {
    try {
      port.postMessage({ id: msg.id, outcome: toWire(outcome) });
    } catch (e) {
      port.postMessage({ id: msg.id, outcome: { ok: false, error: serializeError(e) } });
    }
  });
});
