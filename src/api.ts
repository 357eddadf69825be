/**
 * The library entry: extract(input, options) → a typed, schema-validated document.
 * The CLI is a thin layer over this; nothing here writes files or prints.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { PlanExtractError } from './errors.js';
import { decodeText, resolveEncoding, toTextDocument } from './input/text.js';
import { hasPdfHeader } from './input/sniff.js';
import type { ReadPdfOptions } from './input/pdf/read.js';
import type { LayoutDocument, SourceDocument } from './input/types.js';
import { detectKind, KINDS, MIN_CONFIDENCE, type Detection } from './kinds/index.js';
import type { KindModule, ParseContext } from './kinds/types.js';
import { readProfileFile } from './profile/load.js';
import type { Profile } from './profile/schema.js';
import { loadMetricExtractor, noMetrics } from './metrics/index.js';
import { KIND_NAMES, type KindName, type Warning } from './schema/common.js';
import { DOCUMENT_SCHEMAS, type ExtractedDocument } from './schema/document.js';
import { checkConsistency } from './validate/index.js';
import { checkCoverage, DEFAULT_MIN_COVERAGE, measureCoverage } from './validate/coverage.js';
import { COVERAGE_RULES } from './validate/labels.js';
import { checkSkippedRows } from './validate/skipped.js';
import { checkPageNumbers } from './validate/page-numbers.js';
import { checkCutEnd } from './validate/cut-end.js';
import { traceFields } from './validate/provenance.js';
import { isGuarded, stopIfAborted, withGuardedReader } from './readers/guarded-read.js';

export type { ExtractedDocument, PlanProgressDocument, TargetSheetDocument, ConsultationReportDocument } from './schema/document.js';
export type { Metric, Warning, Source, KindName } from './schema/common.js';
export { KIND_NAMES } from './schema/common.js';
export { PlanExtractError, isPlanExtractError, type ErrorCode } from './errors.js';
export { DOCUMENT_SCHEMAS } from './schema/document.js';
export { ProfileSchema, type Profile } from './profile/schema.js';
export { parseProfile, readProfileFile } from './profile/load.js';

/** Text inputs above this size are refused: no report is this long, and parsing would take minutes. */
export const MAX_TEXT_BYTES = 20 * 1024 * 1024;

export type ExtractInput = string | Uint8Array | { text: string; name?: string };

export interface ExtractOptions {
  /** Force a kind instead of detecting it. */
  kind?: KindName;
  /** Password of an encrypted PDF. */
  password?: string;
  /** 1-based pages of a PDF to read (all when absent). */
  pages?: number[];
  /** Encoding of a text input (detected when absent). */
  inputEncoding?: string;
  /** false skips the kuromoji dictionary: no metrics from sentences. */
  metrics?: boolean;
  /** Name recorded in source.file for Buffer/text inputs. */
  name?: string;
  /** Below this share of body text read into fields (0..1, default 0.6) the document gets a `low-coverage` warning. */
  minCoverage?: number;
  /** Words of a city's form that the defaults lack: a profile object, or the path of its JSON file. */
  profile?: Profile | string;
  /** Most PDF pages read (default 1,000): a longer PDF, or page selection, fails with TOO_MANY_PAGES. */
  maxPages?: number;
  /**
   * Milliseconds a PDF may take to read (extract only): the PDF is then read in a reader
   * process of its own, killed past this time (TIMEOUT). Parsing stays in the calling thread.
   */
  timeoutMs?: number;
  /** Megabytes of memory the reader process may use (extract only; MEMORY_LIMIT past it); reads the PDF in a reader process too. */
  maxMemoryMb?: number;
  /** Stops extract: the reader process is killed and extract fails with INTERRUPTED. */
  signal?: AbortSignal;
}

/** The options' profile as data (a path is read and checked). */
function profileOf(options: ExtractOptions): Profile | undefined {
  return typeof options.profile === 'string' ? readProfileFile(options.profile) : options.profile;
}

/**
 * An input's bytes, checked to be a PDF or a text but not yet read: the cheap first step
 * of extract. Plain data, so it can be handed to another thread.
 */
export interface OpenedInput {
  /** Name recorded in source.file. */
  name: string;
  /** The path the input was given as: failures name it. */
  path?: string;
  format: 'pdf' | 'text';
  bytes: Uint8Array;
  /** The text itself, when the input was given as a string. */
  text?: string;
}

/** A report read into lines or a layout, with what its source record needs; plain data. */
export interface ReadReport {
  name: string;
  path?: string;
  sha256: string;
  doc: SourceDocument;
}

/** Reads a PDF's bytes into its layout: readPdf in this thread, or a worker thread's. */
export type PdfReader = (bytes: Uint8Array, options: ReadPdfOptions) => Promise<LayoutDocument>;

async function loadInput(input: ExtractInput, options: ExtractOptions): Promise<Omit<OpenedInput, 'format'>> {
  if (typeof input === 'string') {
    let info;
    try {
      info = await stat(input);
    } catch (cause) {
      const code = (cause as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new PlanExtractError('FILE_NOT_FOUND', 'no such file', { file: input, cause });
      throw new PlanExtractError('FILE_UNREADABLE', `cannot read (${code ?? 'error'})`, { file: input, cause });
    }
    if (info.isDirectory()) throw new PlanExtractError('FILE_UNREADABLE', 'is a directory', { file: input });
    try {
      return { name: basename(input), path: input, bytes: await readFile(input) };
    } catch (cause) {
      const code = (cause as NodeJS.ErrnoException).code;
      throw new PlanExtractError('FILE_UNREADABLE', `cannot read (${code ?? 'error'})`, { file: input, cause });
    }
  }
  if (input instanceof Uint8Array) return { name: options.name ?? 'input', bytes: input };
  return { name: input.name ?? options.name ?? 'input', bytes: new TextEncoder().encode(input.text), text: input.text };
}

async function readDocument(opened: OpenedInput, options: ExtractOptions, readPdf?: PdfReader, firstPages?: number): Promise<SourceDocument> {
  if (opened.format === 'pdf') {
    const pdfOptions: ReadPdfOptions = {
      file: opened.name,
      password: options.password,
      pages: options.pages,
      ...(firstPages !== undefined ? { firstPages } : {}),
      ...(options.maxPages !== undefined ? { limits: { pages: options.maxPages } } : {}),
    };
    if (readPdf) return readPdf(opened.bytes, pdfOptions);
    return (await import('./input/pdf/index.js')).readPdf(opened.bytes, pdfOptions);
  }
  if (opened.bytes.length > MAX_TEXT_BYTES) {
    const size = opened.bytes.length;
    throw new PlanExtractError(
      'FILE_TOO_LARGE',
      // in bytes: 21,000,000 bytes would read "20.0 MB, over the limit of 20 MB" in MiB
      `text is ${size.toLocaleString('en-US')} bytes, over the limit of ${MAX_TEXT_BYTES.toLocaleString('en-US')} bytes (${MAX_TEXT_BYTES / 1048576} MiB); reports are far smaller`,
    );
  }
  const encoding = options.inputEncoding ? resolveEncoding(options.inputEncoding) : undefined;
  const text = opened.text ?? decodeText(opened.bytes, encoding);
  if (text.trim() === '') throw new PlanExtractError('FILE_EMPTY', 'empty file: no text to read');
  return toTextDocument(text);
}

/** The lines a kind detector reads: all of the document's text, page by page. */
export function documentLines(doc: SourceDocument): string[] {
  return doc.format === 'text' ? doc.pages.flatMap((p) => p.lines) : doc.pages.flatMap((p) => p.lines.map((l) => l.text));
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let zeros = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) zeros++;
  // UTF-16 text has many zero bytes but a BOM or alternating pattern; garbage rarely has a BOM
  const bom16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  return !bom16 && zeros > n / 4 && !(n > 1 && (bytes[0] === 0 || bytes[1] === 0));
}

/** Failures become PlanExtractErrors that name the input file (when it was given as a path). */
async function namingFile<T>(file: string | undefined, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof PlanExtractError) {
      if (e.file !== undefined || file === undefined) throw e;
      throw new PlanExtractError(e.code, e.message, { file, cause: e.cause });
    }
    throw new PlanExtractError('INTERNAL', `internal error: ${(e as Error)?.message ?? String(e)}`, { file, cause: e });
  }
}

const pathOf = (input: ExtractInput): string | undefined => (typeof input === 'string' ? input : undefined);

/** Read the input's bytes and decide PDF or text, refusing what is neither. */
export function openInput(input: ExtractInput, options: ExtractOptions = {}): Promise<OpenedInput> {
  return namingFile(pathOf(input), async () => {
    const loaded = await loadInput(input, options);
    if (loaded.bytes.length === 0) throw new PlanExtractError('FILE_EMPTY', 'empty file (0 bytes)');
    const pdf = loaded.text === undefined && hasPdfHeader(loaded.bytes);
    if (!pdf && /\.pdf$/i.test(loaded.name)) throw new PlanExtractError('NOT_A_PDF', 'not a PDF file (no %PDF- header)');
    if (!pdf && loaded.text === undefined && looksBinary(loaded.bytes)) {
      throw new PlanExtractError('NOT_A_PDF', 'binary data that is neither a PDF nor text');
    }
    return { ...loaded, format: pdf ? 'pdf' : 'text' };
  });
}

/**
 * Read an opened input into lines (a text) or a layout (a PDF: the costly step). `readPdf`
 * replaces the PDF reader of this thread, e.g. with one that runs in a worker thread.
 */
export function readOpened(opened: OpenedInput, options: ExtractOptions = {}, readPdf?: PdfReader): Promise<ReadReport> {
  return namingFile(opened.path, async () => ({
    name: opened.name,
    ...(opened.path !== undefined ? { path: opened.path } : {}),
    sha256: createHash('sha256').update(opened.bytes).digest('hex'),
    doc: await readDocument(opened, options, readPdf),
  }));
}

/** Open and read an input: everything extract does before it parses. */
export async function readSource(input: ExtractInput, options: ExtractOptions = {}): Promise<ReadReport> {
  return readOpened(await openInput(input, options), options);
}

/**
 * Read a report, find its kind, parse it, check it and validate it against its schema.
 * With `timeoutMs`, `maxMemoryMb` or `signal`, a PDF is read in a reader process under
 * those bounds, as the CLI reads every PDF (./readers/guarded-read.ts).
 */
export async function extract(input: ExtractInput, options: ExtractOptions = {}): Promise<ExtractedDocument> {
  const opened = await openInput(input, options);
  const report =
    opened.format === 'pdf' && isGuarded(options)
      ? await withGuardedReader(options, (readPdf) => readOpened(opened, options, readPdf))
      : await readOpened(opened, options);
  stopIfAborted(options.signal, opened.path);
  return extractFromSource(report, options);
}

/** How many pages of a PDF detect reads first: a report's kind shows from its start. */
const DETECT_FIRST_PAGES = 4;
/**
 * Most pages detect reads when the first leave the kind uncertain: more than the reports
 * at hand have (3–24), far fewer than a long PDF, whose every page would cost time and
 * could fail the page limit that convert, not detect, must meet.
 */
const DETECT_MOST_PAGES = 32;

/**
 * Kind and confidence of an input without parsing it (never loads the dictionary). Of a PDF
 * it reads the first pages, and more (up to DETECT_MOST_PAGES) only when those leave the kind
 * uncertain; `pages` chooses the pages instead.
 */
export async function detect(input: ExtractInput, options: ExtractOptions = {}, readPdf?: PdfReader): Promise<Detection> {
  const profile = profileOf(options);
  const opened = await openInput(input, options);
  const read = (firstPages?: number) => namingFile(opened.path, () => readDocument(opened, options, readPdf, firstPages));
  const sampled = opened.format === 'pdf' && options.pages === undefined;
  if (sampled) {
    const head = await read(DETECT_FIRST_PAGES).catch((e: unknown) => {
      if (e instanceof PlanExtractError && e.code === 'NO_TEXT_LAYER') return undefined;
      throw e;
    });
    const first = head && detectKind(documentLines(head), profile);
    if (head && first && ((first.kind !== null && first.confidence >= 1) || head.pages.length >= (head.pageCount ?? 0))) return first;
  }
  return detectKind(documentLines(await read(sampled ? DETECT_MOST_PAGES : undefined)), profile);
}

/** Find a read report's kind, parse it, check it and validate it against its schema. */
export function extractFromSource(report: ReadReport, options: ExtractOptions = {}): Promise<ExtractedDocument> {
  return namingFile(report.path, () => parseReport(report, options));
}

async function parseReport(report: ReadReport, options: ExtractOptions): Promise<ExtractedDocument> {
  const { doc } = report;
  const profile = profileOf(options);
  const lines = documentLines(doc);
  const detection = detectKind(lines, profile);
  const kindName = options.kind ?? detection.kind;
  if (kindName === null) {
    throw new PlanExtractError('KIND_UNKNOWN', `not a recognised report (${describeScores(detection)}); use --kind ${KIND_NAMES.join('|')} to force one`);
  }
  const kind = KINDS[kindName];
  if (options.kind && detection.scores[options.kind] < MIN_FORCED_SCORE) {
    throw new PlanExtractError('KIND_MISMATCH', `no ${options.kind} form found in this document${detection.kind ? ` (it looks like ${detection.kind})` : ''}`);
  }
  if (options.kind && detection.kind !== options.kind && !mentionsSubject(kind, lines)) {
    throw new PlanExtractError('KIND_MISMATCH', `no ${options.kind} found in this document: its words are printed, but nothing names what such a report is about`);
  }
  if (doc.format === 'text') {
    const problem = kind.textProblem?.(doc.pages.map((p) => p.lines)) ?? null;
    if (problem) throw new PlanExtractError('TEXT_MODE_UNSUPPORTED', problem);
  }
  const warnings: Warning[] = [];
  const extractor = kind.usesMetrics && options.metrics !== false ? await loadMetricExtractor() : noMetrics;
  const ctx: ParseContext = {
    warn: (code, message, page) => warnings.push({ code, message, page }),
    extractMetrics: (text) => extractor.extract(text),
    ...(profile ? { profile } : {}),
  };
  if (doc.controlCharacters) {
    const { count, first, page } = doc.controlCharacters;
    ctx.warn('control-characters-removed', `${count} control character${count === 1 ? '' : 's'} (${first} first) removed from the text`, page);
  }
  const fields = doc.format === 'pdf' ? kind.parseLayout(doc, ctx) : kind.parseText(doc, ctx);
  if (recordCount(fields) === 0) {
    const hint = doc.format === 'text' ? kind.emptyTextHint?.(doc.pages.map((p) => p.lines)) : null;
    throw new PlanExtractError('NO_RECORDS', `no ${kindName} records found${hint ? `; ${hint}` : ''}`);
  }
  const trace = traceFields(doc, fields);
  // a kind that reads figures in sentences and was told not to: its unread statements are no loss
  const bodyRules = kind.usesMetrics && options.metrics === false ? { ...COVERAGE_RULES[kindName], statementsUnread: true } : COVERAGE_RULES[kindName];
  const coverage = measureCoverage(trace, bodyRules);
  const draft = {
    kind: kindName,
    source: {
      file: report.name,
      format: doc.format,
      pages: doc.pageCount,
      sha256: report.sha256,
    },
    coverage: coverage.coverage,
    ...fields,
    warnings,
  };
  warnings.push(...checkConsistency(draft as ExtractedDocument));
  warnings.push(...checkPageNumbers(doc));
  warnings.push(...checkCutEnd(doc, fields));
  warnings.push(...checkSkippedRows(trace, COVERAGE_RULES[kindName]));
  warnings.push(...checkCoverage(coverage, options.minCoverage ?? DEFAULT_MIN_COVERAGE));
  const result = DOCUMENT_SCHEMAS[kindName].safeParse(draft);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new PlanExtractError('INTERNAL', `output failed its schema at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''} (a bug: please report it)`);
  }
  return result.data as ExtractedDocument;
}

/**
 * The least score a forced kind needs: the markers of its form (a header row or the
 * captions of a record block), not one of its words in a sentence.
 */
const MIN_FORCED_SCORE = MIN_CONFIDENCE / 2;

/** Whether the lines name what a document of the kind is about (always, for a kind that needs no subject). */
function mentionsSubject(kind: KindModule<object>, lines: readonly string[]): boolean {
  const { subject } = kind;
  return subject === undefined || lines.some((l) => subject.test(l));
}

/** Records a kind's fields hold: items, sheets, or a deck's charts, tables and counts. */
function recordCount(fields: object): number {
  const lists = ['items', 'sheets', 'charts', 'tables', 'counts'] as const;
  return lists.reduce((n, key) => n + ((fields as Record<string, unknown[] | undefined>)[key]?.length ?? 0), 0);
}

function describeScores(d: Detection): string {
  return Object.entries(d.scores).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ');
}
export type { Detection } from './kinds/index.js';
