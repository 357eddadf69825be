/**
 * A reader process of the pool (./pool.ts): reads the PDFs the CLI sends (pdf.js and the
 * layout, the costly part of a PDF) and sends back their layout. Parsing stays in the
 * CLI's process, so a reader loads neither the kinds nor the kuromoji dictionary.
 */
import { loadPdfjs, readPdf } from '../input/pdf/index.js';
import { serializeError, type ReadJob, type WireOutcome } from './job.js';

const send = process.send?.bind(process);
if (!send) throw new Error('worker.js runs as a reader process of the plan-extract CLI');
// A reader exists to read PDFs: load pdf.js while the CLI is still opening inputs.
// A failure here is left to the first readPdf, which reports it for its file.
loadPdfjs().catch(() => undefined);
process.on('message', (msg: { id: number; job: ReadJob }) => {
  void readPdf(msg.job.bytes, msg.job.options).then(
    (doc) => reply(msg.id, { ok: true, doc }),
    (error: unknown) => reply(msg.id, { ok: false, error: serializeError(error) }),
  );
});
// the CLI gone (killed, or done), nothing is left to read for
process.on('disconnect', () => process.exit(0));

function reply(id: number, outcome: WireOutcome): void {
  try {
    send!({ id, outcome });
  } catch (e) {
    send!({ id, outcome: { ok: false, error: serializeError(e) } });
  }
}
