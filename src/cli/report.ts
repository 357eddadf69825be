/**
 * Everything the CLI says on stderr: warnings, failures, per-file lines, the progress
 * bar and the closing summary. Standard output carries only results.
 *
 * With stderr on a terminal a batch shows a progress bar (cli-progress) and prints
 * warnings and failures above it; elsewhere (CI logs, files) each input gets a plain
 * line in input order.
 */
import type { MultiBar, SingleBar } from 'cli-progress';
import type { Warning } from '../schema/common.js';
import type { ExtractedDocument } from '../schema/document.js';
import { describeError } from './exit-codes.js';

export const PROGRAM = 'plan-extract';

export interface ErrStream extends NodeJS.WritableStream {
  isTTY?: boolean;
  columns?: number;
}

export interface ReporterOptions {
  quiet: boolean;
  debug: boolean;
  /** How many inputs the run has. */
  total: number;
  /** Whether results go to files (then even a single input gets its `ok` line). */
  toFiles: boolean;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `12 items`, `3 sheets`, `6 charts, 2 tables, 9 counts`: what an input gave. */
function recordSummary(doc: ExtractedDocument): string {
  switch (doc.kind) {
    case 'plan-progress':
      return plural(doc.items.length, 'item');
    case 'target-sheet':
      return plural(doc.sheets.length, 'sheet');
    case 'consultation-report':
      return [plural(doc.charts.length, 'chart'), plural(doc.tables.length, 'table'), plural(doc.counts.length, 'count')].join(', ');
  }
}

function warningLine(label: string, w: Pick<Warning, 'code' | 'message'> & { page?: number | null }): string {
  return `${PROGRAM}: ${label}: warning ${w.code}: ${w.message}${w.page != null ? ` (page ${w.page})` : ''}`;
}

export interface Tally {
  converted: number;
  failed: number;
  warnings: number;
}

export class Reporter {
  private bar: { multi: MultiBar; single: SingleBar } | undefined;
  private readonly lines: boolean;

  private constructor(
    private readonly stderr: ErrStream,
    private readonly options: ReporterOptions,
  ) {
    this.lines = !options.quiet && (options.total > 1 || options.toFiles);
  }

  static async create(stderr: ErrStream, options: ReporterOptions): Promise<Reporter> {
    const reporter = new Reporter(stderr, options);
    if (stderr.isTTY === true && options.total > 1 && !options.quiet) {
      const { default: progress } = await import('cli-progress');
      const multi = new progress.MultiBar(
        {
          stream: stderr as NodeJS.WritableStream as NodeJS.WriteStream,
          format: `${PROGRAM} [{bar}] {value}/{total} files | {eta_formatted} left`,
          hideCursor: true,
          clearOnComplete: true,
          autopadding: true,
          // cli-progress turns the terminal's line wrapping off while the bar shows, which
          // cuts every longer line printed above it (a warning) at the terminal's width
          linewrap: true,
        },
        progress.Presets.shades_classic,
      );
      reporter.bar = { multi, single: multi.create(options.total, 0) };
    }
    return reporter;
  }

  /** A line on stderr, above the progress bar when there is one. */
  private say(line: string): void {
    if (this.bar) this.bar.multi.log(`${line}\n`);
    else this.stderr.write(`${line}\n`);
  }

  warning(label: string, w: Pick<Warning, 'code' | 'message'> & { page?: number | null }): void {
    if (!this.options.quiet) this.say(warningLine(label, w));
  }

  /** A failure is always reported, --quiet or not; its stack only with --debug. */
  failure(label: string | undefined, error: unknown): void {
    const d = describeError(error);
    this.say(`${PROGRAM}: ${label === undefined ? '' : `${label}: `}${d.message}`);
    if (this.options.debug) this.say(d.stack);
  }

  ok(label: string, destination: string, doc: ExtractedDocument, warnings: number): void {
    if (this.lines && !this.bar) this.say(`ok  ${label} → ${destination} (${recordSummary(doc)}, coverage ${doc.coverage.toFixed(2)}, ${plural(warnings, 'warning')})`);
  }

  /** One more input done (in any order): moves the progress bar. */
  settled(): void {
    this.bar?.single.increment();
  }

  private stopBar(): void {
    if (this.bar) {
      this.bar.multi.update(); // flush lines logged since the last redraw
      this.bar.multi.stop();
      this.bar = undefined;
    }
  }

  finish(tally: Tally): void {
    this.stopBar();
    if (!this.options.quiet && this.options.total > 1) {
      this.say(`${PROGRAM}: ${tally.converted} converted, ${tally.failed} failed, ${plural(tally.warnings, 'warning')}`);
    }
  }

  /** After Ctrl-C: what was done, --quiet or not (the user asked for the stop and should see where it left off). */
  interrupted(tally: Tally): void {
    this.stopBar();
    const left = this.options.total - tally.converted - tally.failed;
    this.say(`${PROGRAM}: interrupted: ${tally.converted} converted, ${tally.failed} failed, ${left} not done; every file written is complete`);
  }
}
