/**
 * Commander's raw option values checked and turned into typed settings, in one place.
 * Every problem is a USAGE error, found before any input is read.
 */
import { availableParallelism } from 'node:os';
import type { ExtractOptions } from '../api.js';
import { PlanExtractError } from '../errors.js';
import { resolveEncoding } from '../input/text.js';
import { readProfileFile } from '../profile/load.js';
import { ALL_TABLE_NAMES, MERGEABLE_FORMATS, MERGED_TABLE_NAMES, OUTPUT_FORMATS, resolveOutputEncoding, type OutputEncoding, type OutputFormat } from '../output/index.js';
import { KIND_NAMES, type KindName } from '../schema/common.js';
import { DEFAULT_READER_LIMITS, type ReaderLimits } from '../readers/pool.js';

/** What commander hands the actions (all strings or booleans as typed). */
export interface RawOptions {
  output?: string;
  outDir?: string;
  format?: string;
  table?: string;
  merge?: boolean;
  kind?: string;
  pages?: string;
  password?: string;
  inputEncoding?: string;
  profile?: string;
  metrics?: boolean;
  minCoverage?: string;
  strict?: boolean;
  quiet?: boolean;
  jobs?: string;
  bom?: boolean;
  encoding?: string;
  replaceUnmappable?: boolean;
  escapeFormulas?: boolean;
  debug?: boolean;
  json?: boolean;
  timeout?: string;
  maxPages?: string;
}

export interface ReadOptions {
  extract: ExtractOptions;
  /** Bounds on the processes that read PDFs. */
  readers: ReaderLimits;
  quiet: boolean;
  debug: boolean;
}

export interface ConvertOptions extends ReadOptions {
  format: OutputFormat;
  output?: string;
  outDir?: string;
  table?: string;
  /** One file per table (one workbook) for the whole batch; a database always holds the batch. */
  merge: boolean;
  encoding: OutputEncoding;
  bom: boolean;
  replaceUnmappable: boolean;
  escapeFormulas: boolean;
  strict: boolean;
  jobs: number;
}

function usage(message: string): PlanExtractError {
  return new PlanExtractError('USAGE', message);
}

/** `1-3,7` → [1, 2, 3, 7]: 1-based, sorted, each page once. */
export function parsePages(spec: string): number[] {
  const pages = new Set<number>();
  for (const part of spec.split(',').map((p) => p.trim())) {
    const m = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(part);
    if (!m) throw usage(`--pages "${spec}": expected pages and ranges like 1-3,7`);
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (from < 1 || to < from) throw usage(`--pages "${spec}": "${part}" is not a range of pages counted from 1`);
    if (to - from > 100_000) throw usage(`--pages "${spec}": "${part}" is too long a range`);
    for (let p = from; p <= to; p++) pages.add(p);
  }
  return [...pages].sort((a, b) => a - b);
}

function parseJobs(value: string | undefined): number {
  return value === undefined ? availableParallelism() : positiveWhole('--jobs', value, 'a whole number of workers');
}

function parseKind(value: string | undefined): KindName | undefined {
  if (value === undefined) return undefined;
  if (!(KIND_NAMES as readonly string[]).includes(value)) throw usage(`--kind "${value}": expected one of ${KIND_NAMES.join(', ')}`);
  return value as KindName;
}

/** A whole number of at least 1, for options that count. */
function positiveWhole(flag: string, value: string, what: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw usage(`${flag} "${value}": expected ${what}, 1 or more`);
  return Number(value);
}

function parseTimeout(value: string | undefined): number {
  if (value === undefined) return DEFAULT_READER_LIMITS.timeoutMs;
  if (!/^\d+(\.\d+)?$/.test(value) || Number(value) <= 0) throw usage(`--timeout "${value}": expected seconds, more than 0`);
  return Math.round(Number(value) * 1000);
}

function parseMinCoverage(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw usage(`--min-coverage "${value}": expected a share from 0 to 1, e.g. 0.6`);
  return n;
}

export function parseReadOptions(raw: RawOptions): ReadOptions {
  const extract: ExtractOptions = {};
  const kind = parseKind(raw.kind);
  if (kind) extract.kind = kind;
  if (raw.pages !== undefined) extract.pages = parsePages(raw.pages);
  if (raw.password !== undefined) extract.password = raw.password;
  if (raw.inputEncoding !== undefined) extract.inputEncoding = resolveEncoding(raw.inputEncoding);
  if (raw.metrics === false) extract.metrics = false;
  if (raw.minCoverage !== undefined) extract.minCoverage = parseMinCoverage(raw.minCoverage);
  // read once here, so a bad profile is a usage error before any input is read
  if (raw.profile !== undefined) extract.profile = readProfileFile(raw.profile);
  if (raw.maxPages !== undefined) extract.maxPages = positiveWhole('--max-pages', raw.maxPages, 'a whole number of pages');
  const readers = { ...DEFAULT_READER_LIMITS, timeoutMs: parseTimeout(raw.timeout) };
  return { extract, readers, quiet: raw.quiet === true, debug: raw.debug === true };
}

export function parseConvertOptions(raw: RawOptions): ConvertOptions {
  const read = parseReadOptions(raw);
  const format = (raw.format ?? 'json') as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) throw usage(`--format "${raw.format}": expected one of ${OUTPUT_FORMATS.join(', ')}`);
  if (raw.output !== undefined && raw.outDir !== undefined) throw usage('give either -o/--output or --out-dir, not both');
  const encoding = resolveOutputEncoding(raw.encoding ?? 'utf-8');
  if (format !== 'csv') {
    if (raw.table !== undefined) throw usage('--table chooses a CSV table: use it with --format csv');
    if (raw.encoding !== undefined && encoding !== 'utf-8') throw usage('--encoding applies to --format csv (JSON is always UTF-8)');
  }
  if (raw.merge === true && format !== 'sqlite' && !MERGEABLE_FORMATS.includes(format)) {
    throw usage(`--merge joins a batch's tables, one file per table: use it with --format ${MERGEABLE_FORMATS.join(', ')} (sqlite always holds the whole batch)`);
  }
  const tableNames = raw.merge === true ? MERGED_TABLE_NAMES : ALL_TABLE_NAMES;
  if (raw.table !== undefined && !tableNames.includes(raw.table)) {
    throw usage(`--table "${raw.table}": expected one of ${tableNames.join(', ')}`);
  }
  return {
    ...read,
    format,
    ...(raw.output !== undefined ? { output: raw.output } : {}),
    ...(raw.outDir !== undefined ? { outDir: raw.outDir } : {}),
    ...(raw.table !== undefined ? { table: raw.table } : {}),
    merge: raw.merge === true,
    encoding,
    bom: raw.bom !== false,
    replaceUnmappable: raw.replaceUnmappable === true,
    escapeFormulas: raw.escapeFormulas !== false,
    strict: raw.strict === true,
    jobs: parseJobs(raw.jobs),
  };
}
