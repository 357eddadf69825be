/**
 * What parallelism this machine gives the product's kind of work right now: N worker threads each
 * run the bare pdf.js baseline on the same PDF. 2·T1 / T2 is the speed-up a perfectly parallel
 * batch could reach with two threads; a shared machine, or vCPUs that share a core's caches and
 * memory bandwidth, keep it below 2, and --jobs 2 cannot beat it.
 * Usage: node bench/parallel-probe.mjs THREADS FILE.pdf — prints {"threads","ms"}.
 */
import { Worker, isMainThread, workerData, parentPort } from 'node:worker_threads';
import { readWithPdfjs } from './pdfjs-bare.mjs';

if (isMainThread) {
  const threads = Math.max(1, Number(process.argv[2]) || 1);
  const file = process.argv[3];
  if (!file) {
    console.error('usage: node bench/parallel-probe.mjs THREADS FILE.pdf');
    process.exit(2);
  }
  const started = performance.now();
  const run = () =>
    new Promise((resolve, reject) => {
      const worker = new Worker(new URL(import.meta.url), { workerData: { file } });
      worker.once('message', resolve).once('error', reject);
    });
  await Promise.all(Array.from({ length: threads }, run));
  process.stdout.write(`${JSON.stringify({ threads, ms: Math.round(performance.now() - started) })}\n`);
} else {
  parentPort.postMessage(await readWithPdfjs(workerData.file));
}
