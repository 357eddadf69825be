/**
 * Every failure the library reports is a PlanExtractError with a stable code,
 * so the CLI can map codes to exit statuses and callers can match on them.
 */
export const ERROR_CODES = [
  'FILE_NOT_FOUND',
  'FILE_UNREADABLE',
  'FILE_EMPTY',
  'FILE_TOO_LARGE',
  'NOT_A_PDF',
  'PDF_CORRUPT',
  'PDF_ENCRYPTED',
  'PDF_BAD_PASSWORD',
  'NO_TEXT_LAYER',
  'PDF_PAGE_CONTENT_TOO_LARGE',
  'PDF_CONTENT_TOO_LARGE',
  'PDF_TOO_MANY_OPERATORS',
  'PDF_NESTING_TOO_DEEP',
  'TOO_MANY_PAGES',
  'TIMEOUT',
  'MEMORY_LIMIT',
  'OUTPUT_UNWRITABLE',
  'INTERRUPTED',
  'ENCODING_UNKNOWN',
  'KIND_UNKNOWN',
  'KIND_MISMATCH',
  'PROFILE_INVALID',
  'TEXT_MODE_UNSUPPORTED',
  'NO_RECORDS',
  'UNMAPPABLE_CHARACTER',
  'DATABASE_INCOMPATIBLE',
  'DATABASE_ERROR',
  'USAGE',
  'STRICT_WARNINGS',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export class PlanExtractError extends Error {
  readonly code: ErrorCode;
  /** The input the error is about, when there is one (path or `-`). */
  readonly file: string | undefined;

  constructor(code: ErrorCode, message: string, options: { file?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'PlanExtractError';
    this.code = code;
    this.file = options.file;
  }
}

export function isPlanExtractError(e: unknown): e is PlanExtractError {
  return e instanceof PlanExtractError;
}

/** Stack of an error and of its causes, for --debug. */
export function stackOf(e: unknown): string {
  const parts: string[] = [];
  let cur: unknown = e;
  for (let depth = 0; cur !== undefined && cur !== null && depth < 5; depth++) {
    parts.push(cur instanceof Error ? (cur.stack ?? `${cur.name}: ${cur.message}`) : String(cur));
    cur = cur instanceof Error ? cur.cause : undefined;
  }
  return parts.join('\nCaused by: ');
}
