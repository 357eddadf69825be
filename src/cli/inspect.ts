/**
 * `plan-extract inspect report.pdf`: one self-contained HTML file showing on each
 * page what was read into which field (see src/inspect). Reads a PDF in a reader
 * process under the same bounds as convert's.
 */
import { basename, extname } from 'node:path';
import type { CliIO } from './io.js';
import { parseReadOptions, type RawOptions } from './options.js';
import { READER_SCRIPT, WorkerPool } from '../readers/pool.js';
import { writeFilesAtomically } from './write.js';
import { describeError, EXIT } from './exit-codes.js';
import { PlanExtractError } from '../errors.js';
import { PROGRAM } from './report.js';

/** `report.pdf` → `report.inspect.html`, in the current directory. */
export function defaultInspectPath(input: string): string {
  return `${basename(input, extname(input))}.inspect.html`;
}

export async function inspectCommand(input: string, raw: RawOptions, io: CliIO): Promise<number> {
  const opts = parseReadOptions(raw);
  const { openInput, readOpened, extractFromSource, documentLines } = await import('../api.js');
  const { detectKind } = await import('../kinds/index.js');
  const { traceFields } = await import('../validate/provenance.js');
  const { inspectHtml, withGeometry } = await import('../inspect/index.js');
  const pool = new WorkerPool(1, READER_SCRIPT, opts.readers);
  try {
    const opened = await openInput(input, opts.extract);
    const report = await readOpened(opened, opts.extract, (bytes, o) => pool.readPdf(bytes, withGeometry(o)));
    const doc = await extractFromSource(report, opts.extract);
    const profile = typeof opts.extract.profile === 'object' ? opts.extract.profile : undefined;
    const html = inspectHtml({ source: report.doc, doc, trace: traceFields(report.doc, doc), detection: detectKind(documentLines(report.doc), profile) });
    const path = raw.output ?? defaultInspectPath(input);
    await writeFilesAtomically([{ path, bytes: Buffer.from(html, 'utf8') }]);
    if (!opts.quiet) io.stderr.write(`wrote ${path}\n`);
  } catch (e) {
    // a failure to read or extract names the input, as convert's do
    const d = describeError(e);
    io.stderr.write(`${PROGRAM}: ${e instanceof PlanExtractError ? `${input}: ` : ''}${d.message}\n`);
    if (opts.debug) io.stderr.write(`${d.stack}\n`);
    return d.status;
  } finally {
    await pool.close();
  }
  return EXIT.OK;
}
