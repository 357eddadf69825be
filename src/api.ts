/**
 * The library entry: extract(input, options) → a typed, schema-validated document.
 * The CLI is a thin layer over this; nothing here writes files or prints.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { PlanExtractError } from './errors.js';
import { decodeText, resolveEncoding, toTextDocument } from './input/text.js';
import type { SourceDocument } from './input/types.js';
import { detectKind, KINDS, type Detection } from './kinds/index.js';
import type { ParseContext } from './kinds/types.js';
import { loadMetricExtractor, noMetrics } from './metrics/index.js';
import { KIND_NAMES, type KindName, type Warning } from './schema/common.js';
import { DOCUMENT_SCHEMAS, type ExtractedDocument } from './schema/document.js';
import { checkConsistency } from './validate/index.js';

export type { ExtractedDocument, PlanProgressDocument, TargetSheetDocument, ConsultationReportDocument } from './schema/document.js';
export type { Metric, Warning, Source, KindName } from './schema/common.js';
export { KIND_NAMES } from './schema/common.js';
export { PlanExtractError, isPlanExtractError, type ErrorCode } from './errors.js';
export { DOCUMENT_SCHEMAS } from './schema/document.js';

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
}

interface LoadedInput {
  name: string;
  bytes: Uint8Array;
  text?: string;
}

async function loadInput(input: ExtractInput, options: ExtractOptions): Promise<LoadedInput> {
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
      return { name: basename(input), bytes: await readFile(input) };
    } catch (cause) {
      const code = (cause as NodeJS.ErrnoException).code;
      throw new PlanExtractError('FILE_UNREADABLE', `cannot read (${code ?? 'error'})`, { file: input, cause });
    }
  }
  if (input instanceof Uint8Array) return { name: options.name ?? 'input', bytes: input };
  return { name: input.name ?? options.name ?? 'input', bytes: new TextEncoder().encode(input.text), text: input.text };
}

function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

async function readSource(loaded: LoadedInput, options: ExtractOptions, asPdf: boolean): Promise<SourceDocument> {
  if (asPdf) {
    const { readPdf } = await import('./input/pdf/index.js');
    return readPdf(loaded.bytes, { file: loaded.name, password: options.password, pages: options.pages });
  }
  if (loaded.bytes.length > MAX_TEXT_BYTES) {
    throw new PlanExtractError('FILE_TOO_LARGE', `text is ${(loaded.bytes.length / 1048576).toFixed(0)} MB; reports are far smaller (limit ${MAX_TEXT_BYTES / 1048576} MB)`);
  }
  const encoding = options.inputEncoding ? resolveEncoding(options.inputEncoding) : undefined;
  const text = loaded.text ?? decodeText(loaded.bytes, encoding);
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

/** Failures become PlanExtractErrors that name the input file. */
async function namingFile<T>(input: ExtractInput, run: () => Promise<T>): Promise<T> {
  const file = typeof input === 'string' ? input : undefined;
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

/** Read the input's bytes and decide PDF or text, refusing what is neither. */
async function openSource(input: ExtractInput, options: ExtractOptions): Promise<{ loaded: LoadedInput; doc: SourceDocument }> {
  const loaded = await loadInput(input, options);
  if (loaded.bytes.length === 0) throw new PlanExtractError('FILE_EMPTY', 'empty file (0 bytes)');
  const pdf = loaded.text === undefined && isPdf(loaded.bytes);
  if (!pdf && /\.pdf$/i.test(loaded.name)) throw new PlanExtractError('NOT_A_PDF', 'not a PDF file (no %PDF- header)');
  if (!pdf && loaded.text === undefined && looksBinary(loaded.bytes)) {
    throw new PlanExtractError('NOT_A_PDF', 'binary data that is neither a PDF nor text');
  }
  return { loaded, doc: await readSource(loaded, options, pdf) };
}

/** Read a report, find its kind, parse it, check it and validate it against its schema. */
export function extract(input: ExtractInput, options: ExtractOptions = {}): Promise<ExtractedDocument> {
  return namingFile(input, async () => {
    const { loaded, doc } = await openSource(input, options);
    return extractFrom(loaded, doc, options);
  });
}

/** Kind and confidence of an input without parsing it (never loads the dictionary). */
export function detect(input: ExtractInput, options: ExtractOptions = {}): Promise<Detection> {
  return namingFile(input, async () => detectKind(documentLines((await openSource(input, options)).doc)));
}

async function extractFrom(loaded: LoadedInput, doc: SourceDocument, options: ExtractOptions): Promise<ExtractedDocument> {
  const detection = detectKind(documentLines(doc));
  const kindName = options.kind ?? detection.kind;
  if (kindName === null) {
    throw new PlanExtractError('KIND_UNKNOWN', `not a recognised report (${describeScores(detection)}); use --kind ${KIND_NAMES.join('|')} to force one`);
  }
  const kind = KINDS[kindName];
  if (options.kind && detection.scores[options.kind] === 0) {
    throw new PlanExtractError('KIND_MISMATCH', `no ${options.kind} markers found in this document${detection.kind ? ` (it looks like ${detection.kind})` : ''}`);
  }
  const warnings: Warning[] = [];
  const extractor = kind.usesMetrics && options.metrics !== false ? await loadMetricExtractor() : noMetrics;
  const ctx: ParseContext = {
    warn: (code, message, page) => warnings.push({ code, message, page }),
    extractMetrics: (text) => extractor.extract(text),
  };
  const fields = doc.format === 'pdf' ? kind.parseLayout(doc, ctx) : kind.parseText(doc, ctx);
  const draft = {
    kind: kindName,
    source: {
      file: loaded.name,
      format: doc.format,
      pages: doc.pageCount,
      sha256: createHash('sha256').update(loaded.bytes).digest('hex'),
    },
    ...fields,
    warnings,
  };
  warnings.push(...checkConsistency(draft as ExtractedDocument));
  const result = DOCUMENT_SCHEMAS[kindName].safeParse(draft);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new PlanExtractError('INTERNAL', `output failed its schema at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''} (a bug: please report it)`);
  }
  return result.data as ExtractedDocument;
}

function describeScores(d: Detection): string {
  return Object.entries(d.scores).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ');
}
export type { Detection } from './kinds/index.js';
