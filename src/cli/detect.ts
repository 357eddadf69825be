/**
 * `plan-extract detect`: the kind and confidence of each input, one line each
 * (tab-separated, or JSON Lines with --json). Reads text layers only: never the
 * kuromoji dictionary, and pdf.js only for PDFs, in a reader process under the same
 * bounds as convert's.
 */
import { PlanExtractError } from '../errors.js';
import { EXIT, exitStatusOf, runStatus, type ExitStatus } from './exit-codes.js';
import type { CliIO } from './io.js';
import { expandInputs } from './inputs.js';
import { parseReadOptions, type RawOptions } from './options.js';
import { READER_SCRIPT, WorkerPool } from '../readers/pool.js';
import { Reporter } from './report.js';
import { writeStream } from './write.js';

export async function detectCommand(args: readonly string[], raw: RawOptions, io: CliIO): Promise<number> {
  const opts = parseReadOptions(raw);
  const { entries } = await expandInputs(args, io.stdin);
  const { detect } = await import('../api.js');
  const reporter = await Reporter.create(io.stderr, { quiet: true, debug: opts.debug, total: entries.length, toFiles: false });
  const failures: ExitStatus[] = [];
  const pool = new WorkerPool(1, READER_SCRIPT, opts.readers);
  try {
    for (const entry of entries) {
      try {
        if (entry.error) throw entry.error;
        const d = await detect(entry.bytes ?? entry.path!, { ...opts.extract, ...(entry.bytes ? { name: entry.name } : {}) }, (bytes, o) => pool.readPdf(bytes, o));
        const line = raw.json
          ? JSON.stringify({ file: entry.label, kind: d.kind, confidence: d.confidence, scores: d.scores })
          : `${entry.label}\t${d.kind ?? 'unknown'}\t${d.confidence.toFixed(2)}`;
        await writeStream(io.stdout, Buffer.from(`${line}\n`));
      } catch (e) {
        reporter.failure(entry.label, e);
        failures.push(e instanceof PlanExtractError ? exitStatusOf(e.code) : EXIT.FAILED);
      }
    }
  } finally {
    await pool.close();
  }
  return runStatus(failures);
}
