/**
 * Extract every input and hand back the outcomes in input order, so that a batch's
 * output and log are the same on every run and for any number of jobs.
 *
 * A reader process only reads PDFs, or parts of a large one (pdf.js and the layout, most
 * of a PDF's time), and sends back the pages. This thread opens the inputs, reads the texts and
 * parses every document, one at a time, as soon as it is read: so the kinds and the
 * kuromoji dictionary are loaded once, and the texts are parsed while the workers read.
 * Reads run ahead of the output by a few PDFs: enough to keep the workers busy, few
 * enough that layouts waiting to be parsed do not pile up in memory.
 * PDFs are always read in reader processes, even a single one, so that the same time and
 * memory bounds guard every run (./pool.ts).
 */
import type { ExtractOptions, PdfReader, ReadReport } from '../api.js';
import { PlanExtractError } from '../errors.js';
import type { ExtractedDocument } from '../schema/document.js';
import type { InputEntry } from './inputs.js';
import { deserializeError, serializeError } from '../readers/job.js';
import { READER_SCRIPT, WorkerPool, type ReaderLimits } from '../readers/pool.js';

export type Outcome = { ok: true; doc: ExtractedDocument } | { ok: false; error: PlanExtractError };

export interface Settled {
  entry: InputEntry;
  outcome: Outcome;
}

/** PDFs being read, or read and not yet parsed, per worker. */
const PDFS_AHEAD_PER_WORKER = 2;
/** Inputs started and not yet handed back, whatever they are (texts are small). */
const INPUTS_AHEAD = 32;

function failure(e: unknown): PlanExtractError {
  return e instanceof PlanExtractError ? e : deserializeError(serializeError(e));
}

export async function* extractInOrder(
  entries: readonly InputEntry[],
  options: ExtractOptions,
  jobs: number,
  limits: ReaderLimits,
  onSettled: () => void,
  /** Aborted on Ctrl-C: the readers stop at once, and what they were reading fails as interrupted. */
  stop?: AbortSignal,
): AsyncGenerator<Settled> {
  // as many readers as jobs even for one input: a large PDF is read in parts, one per reader
  const workers = Math.max(1, jobs);
  const pool = new WorkerPool(workers, READER_SCRIPT, limits);
  stop?.addEventListener('abort', () => void pool.close(), { once: true });
  // Inputs named .pdf are most likely PDFs: the readers start now, while this thread loads
  // the parsers. Otherwise they start when a PDF turns up (the content decides, not the name).
  if (entries.some((e) => !e.error && /\.pdf$/i.test(e.name))) pool.start(workers);
  const api = await import('../api.js');
  const readPdf: PdfReader = (bytes, pdfOptions) => pool.readPdf(bytes, pdfOptions);
  const maxPdfs = PDFS_AHEAD_PER_WORKER * workers;
  const maxInputs = INPUTS_AHEAD;

  const outcomes: (Promise<Outcome> | undefined)[] = [];
  /** Inputs started and not yet parsed that may be PDFs: until opened, any input may be one. */
  const unparsed = new Set<number>();
  let started = 0;
  let handedBack = 0;
  // Parsing is synchronous work in this thread: one document at a time, in the order reads finish.
  let parsing: Promise<unknown> = Promise.resolve();

  const parse = (report: ReadReport): Promise<Outcome> => {
    const next = parsing.then(() =>
      api.extractFromSource(report, options).then(
        (doc): Outcome => ({ ok: true, doc }),
        (e: unknown): Outcome => ({ ok: false, error: failure(e) }),
      ),
    );
    parsing = next;
    return next;
  };
  const read = async (entry: InputEntry, i: number): Promise<Outcome> => {
    const entryOptions = entry.bytes ? { ...options, name: entry.name } : options;
    try {
      const opened = await api.openInput(entry.bytes ?? entry.path!, entryOptions);
      if (opened.format !== 'pdf') done(i);
      return await parse(await api.readOpened(opened, entryOptions, readPdf));
    } catch (e) {
      return { ok: false, error: failure(e) };
    } finally {
      done(i);
    }
  };
  const done = (i: number) => {
    if (unparsed.delete(i)) fill();
  };
  const fill = () => {
    while (started < entries.length && started - handedBack < maxInputs && unparsed.size < maxPdfs) {
      const i = started++;
      const entry = entries[i]!;
      if (entry.error) {
        outcomes[i] = Promise.resolve({ ok: false, error: entry.error });
        continue;
      }
      unparsed.add(i);
      outcomes[i] = read(entry, i);
    }
  };

  try {
    fill();
    for (let i = 0; i < entries.length; i++) {
      const outcome = await outcomes[i]!;
      outcomes[i] = undefined;
      handedBack++;
      fill();
      onSettled();
      yield { entry: entries[i]!, outcome };
    }
  } finally {
    await pool.close();
  }
}
