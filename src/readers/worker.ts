/**
 * A reader process of the pool (./pool.ts): reads the PDFs, or the parts of PDFs, the CLI
 * sends (pdf.js and the page layout, the costly part of a PDF) and sends back their pages.
 * It stays up from one PDF to the next, pdf.js loaded and warm. The steps across pages
 * and the parsing stay in the CLI's process, so a reader loads neither the kinds nor the
 * kuromoji dictionary.
 */
import { loadPdfjs, readPdfPart } from '../input/pdf/index.js';
import { serializeError, type ReadJob, type WireOutcome } from './job.js';

const send = process.send?.bind(process);
if (!send) throw new Error('worker.js runs as a reader process of the plan-extract CLI');
// A reader exists to read PDFs: load pdf.js while the CLI is still opening inputs.
// A failure here is left to the first readPdf, which reports it for its file.
loadPdfjs().catch(() => undefined);
process.on('message', (msg: { id: number; job: ReadJob }) => {
  void readPdfPart(msg.job.bytes, msg.job.options).then(
    (part) => reply(msg.id, { ok: true, part }),
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
