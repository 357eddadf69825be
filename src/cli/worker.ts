/**
 * A pool worker: reads the PDFs the main thread sends (pdf.js and the layout, the costly
 * part of a PDF) and sends back their layout. Parsing stays in the main thread, so a
 * worker loads neither the kinds nor the kuromoji dictionary.
 */
import { parentPort } from 'node:worker_threads';
import { loadPdfjs, readPdf } from '../input/pdf/index.js';
import { serializeError, type ReadJob, type WireOutcome } from './job.js';

const port = parentPort;
if (!port) throw new Error('worker.js runs as a worker thread of the plan-extract CLI');
// A worker exists to read PDFs: load pdf.js while the main thread is still opening inputs.
// A failure here is left to the first readPdf, which reports it for its file.
loadPdfjs().catch(() => undefined);
port.on('message', (msg: { id: number; job: ReadJob }) => {
  void readPdf(msg.job.bytes, msg.job.options).then(
    (doc) => send(msg.id, { ok: true, doc }),
    (error: unknown) => send(msg.id, { ok: false, error: serializeError(error) }),
  );
});

function send(id: number, outcome: WireOutcome): void {
  try {
    port!.postMessage({ id, outcome });
  } catch (e) {
    port!.postMessage({ id, outcome: { ok: false, error: serializeError(e) } });
  }
}
