/**
 * Commander's raw option values checked and turned into typed settings, in one place.
 * Every problem is a USAGE error, found before any input is read.
 */
import { availableParallelism } from 'node:os';
import type { ExtractOptions } from '../api.js';
import { PlanExtractError } from '../errors.js';
import { resolveEncoding } from '../input/text.js';
import { readProfileFile } from '../profile/load.js';
import { ALL_TABLE_NAMES, OUTPUT_FORMATS, resolveOutputEncoding, type OutputEncoding, type OutputFormat } from '../output/index.js';
import { KIND_NAMES, type KindName } from '../schema/common.js';

/** What commander hands the actions (all strings or booleans as typed). */
export interface RawOptions {
  output?: string;
  outDir?: string;
  format?: string;
  table?: string;
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
  debug?: boolean;
  json?: boolean;
}

export interface ReadOptions {
  extract: ExtractOptions;
  quiet: boolean;
  debug: boolean;
}

export interface ConvertOptions extends ReadOptions {
  format: OutputFormat;
  output?: string;
  outDir?: string;
  table?: string;
  encoding: OutputEncoding;
  bom: boolean;
  replaceUnmappable: boolean;
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
  if (value === undefined) return availableParallelism();
  if (!/^\d+$/.test(value) || Number(value) < 1) throw usage(`--jobs "${value}": expected a whole number of workers, 1 or more`);
  return Number(value);
}

function parseKind(value: string | undefined): KindName | undefined {
  if (value === undefined) return undefined;
  if (!(KIND_NAMES as readonly string[]).includes(value)) throw usage(`--kind "${value}": expected one of ${KIND_NAMES.join(', ')}`);
  return value as KindName;
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
  return { extract, quiet: raw.quiet === true, debug: raw.debug === true };
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
  if (raw.table !== undefined && !ALL_TABLE_NAMES.includes(raw.table)) {
    throw usage(`--table "${raw.table}": expected one of ${ALL_TABLE_NAMES.join(', ')}`);
  }
  return {
    ...read,
    format,
    ...(raw.output !== undefined ? { output: raw.output } : {}),
    ...(raw.outDir !== undefined ? { outDir: raw.outDir } : {}),
    ...(raw.table !== undefined ? { table: raw.table } : {}),
    encoding,
    bom: raw.bom !== false,
    replaceUnmappable: raw.replaceUnmappable === true,
    strict: raw.strict === true,
    jobs: parseJobs(raw.jobs),
  };
}
