/**
 * The main job: read every input, extract, render in the chosen format and write,
 * one input at a time in input order. A failed input writes nothing and the others go on.
 */
import { dirname, relative } from 'node:path';
import { PlanExtractError } from '../errors.js';
import { renderDocument, tableNames, type Rendered } from '../output/index.js';
import type { KindName } from '../schema/common.js';
import type { ExtractedDocument } from '../schema/document.js';
import { openBatchOutput, planOutputDestination, type Prepared } from './batch-output.js';
import { outputPath, type Destination } from './destination.js';
import { EXIT, exitStatusOf, runStatus, type ExitStatus } from './exit-codes.js';
import type { CliIO } from './io.js';
import { expandInputs, type InputEntry } from './inputs.js';
import { parseConvertOptions, type ConvertOptions, type RawOptions } from './options.js';
import { Reporter, type Tally } from './report.js';
import { extractInOrder, type Outcome } from './run.js';
import { checkWritable, writeFilesAtomically, writeStream } from './write.js';

function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

/** CSV to one stream (stdout or -o FILE) holds one table: the error that asks for --table. */
function oneTableError(dest: Destination, kind: KindName): PlanExtractError {
  return new PlanExtractError(
    'USAGE',
    `one CSV table at a time goes to ${dest.to === 'file' ? 'a file' : 'standard output'}: choose one with --table (a ${kind} report has ${tableNames(kind).join(', ')}) or write them all with -o DIR`,
  );
}

/** With --kind the missing --table is known before anything is read. */
function chooseTableFirst(opts: ConvertOptions, dest: Destination): void {
  if (opts.format === 'csv' && dest.to !== 'dir' && opts.table === undefined && opts.extract.kind !== undefined) {
    throw oneTableError(dest, opts.extract.kind);
  }
}

function singleFile(rendered: Rendered, doc: ExtractedDocument, dest: Destination): Rendered['files'][number] {
  if (rendered.files.length !== 1) throw oneTableError(dest, doc.kind);
  return rendered.files[0]!;
}

/** Write one document's files; returns how the ok line names where they went. */
async function deliver(entry: InputEntry, doc: ExtractedDocument, rendered: Rendered, dest: Destination, io: CliIO): Promise<string> {
  if (dest.to === 'stdout') {
    await writeStream(io.stdout, singleFile(rendered, doc, dest).bytes);
    return 'stdout';
  }
  if (dest.to === 'file') {
    await writeFilesAtomically([{ path: dest.path, bytes: singleFile(rendered, doc, dest).bytes }]);
    return displayPath(dest.path);
  }
  const files = rendered.files.map((f) => ({ path: outputPath(dest, entry, f.suffix), bytes: f.bytes }));
  await writeFilesAtomically(files);
  if (files.length === 1) return displayPath(files[0]!.path);
  return displayPath(outputPath(dest, entry, '*.csv'));
}

export async function convert(args: readonly string[], raw: RawOptions, io: CliIO): Promise<number> {
  const opts = parseConvertOptions(raw);
  const inputs = await expandInputs(args, io.stdin);
  const dest = planOutputDestination(inputs, opts, io);
  chooseTableFirst(opts, dest);
  // an output that cannot be written fails the run now, not after every input was converted
  if (dest.to === 'dir') await checkWritable(dest.dir);
  if (dest.to === 'file') await checkWritable(dirname(dest.path));
  const batch = await openBatchOutput(opts, dest, io);
  const reporter = await Reporter.create(io.stderr, { quiet: opts.quiet, debug: opts.debug, total: inputs.entries.length, toFiles: dest.to !== 'stdout' });
  const tally: Tally = { converted: 0, failed: 0, warnings: 0 };
  const failures: ExitStatus[] = [];
  const fail = (entry: InputEntry, error: unknown) => {
    reporter.failure(entry.label, error);
    tally.failed++;
    failures.push(error instanceof PlanExtractError ? exitStatusOf(error.code) : EXIT.FAILED);
  };
  const stop = new AbortController();
  const interrupt = () => stop.abort();
  // the first Ctrl-C stops the run after the input being written; a second one kills it
  process.once('SIGINT', interrupt);
  try {
    for await (const { entry, outcome } of extractInOrder(inputs.entries, opts.extract, opts.jobs, opts.readers, () => reporter.settled(), stop.signal)) {
      if (stop.signal.aborted) break;
      await convertOne(entry, outcome);
    }
  } finally {
    process.off('SIGINT', interrupt);
  }
  if (stop.signal.aborted) {
    reporter.interrupted(tally);
    return EXIT.INTERRUPTED;
  }
  try {
    await batch?.finish();
  } catch (e) {
    reporter.failure(undefined, e);
    failures.push(e instanceof PlanExtractError ? exitStatusOf(e.code) : EXIT.FAILED);
  }
  reporter.finish(tally);
  return runStatus(failures);

  async function convertOne(entry: InputEntry, outcome: Outcome): Promise<void> {
    if (!outcome.ok) {
      fail(entry, outcome.error);
      return;
    }
    const doc = outcome.doc;
    let rendered: Rendered & Partial<Pick<Prepared, 'add'>>;
    try {
      rendered = batch ? await batch.prepare(doc) : await renderDocument(doc, opts);
    } catch (e) {
      fail(entry, e);
      return;
    }
    const warnings = [...doc.warnings, ...rendered.warnings.map((w) => ({ ...w, page: null }))];
    for (const w of warnings) reporter.warning(entry.label, w);
    tally.warnings += warnings.length;
    if (opts.strict && warnings.length > 0) {
      fail(entry, new PlanExtractError('STRICT_WARNINGS', `${warnings.length} warning${warnings.length === 1 ? '' : 's'} under --strict: not written`));
      return;
    }
    try {
      const where = rendered.add ? displayPath(await rendered.add()) : await deliver(entry, doc, rendered, dest, io);
      tally.converted++;
      reporter.ok(entry.label, where, doc, warnings.length);
    } catch (e) {
      fail(entry, e);
    }
  }
}
