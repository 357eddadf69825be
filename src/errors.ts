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
  'ENCODING_UNKNOWN',
  'KIND_UNKNOWN',
  'KIND_MISMATCH',
  'PROFILE_INVALID',
  'NO_RECORDS',
  'UNMAPPABLE_CHARACTER',
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
