/**
 * The one place where failures become messages and exit statuses. Every error the
 * CLI reports goes through describeError; every status it returns is in EXIT.
 */
import { PlanExtractError, stackOf, type ErrorCode } from '../errors.js';

export const EXIT = {
  /** Every input converted (and written). */
  OK: 0,
  /** Some inputs failed; the others were still converted and written. */
  FAILED: 1,
  /** Bad options or arguments: nothing (or, for a table choice, nothing more) was written; or no records found. */
  USAGE: 2,
  /** --strict and some inputs had warnings: those were not written. */
  STRICT: 3,
  /** Stopped by Ctrl-C (SIGINT): 128 + the signal's number, as shells report it. */
  INTERRUPTED: 130,
} as const;
export type ExitStatus = (typeof EXIT)[keyof typeof EXIT];

/** For --help and the README. */
export const EXIT_HELP = `Exit codes:
    0  all inputs converted
    1  some inputs failed (the others were still converted and written)
    2  usage error: bad option, argument or table choice; or no records of the kind found
    3  warnings under --strict (those inputs were not written)
  130  interrupted (Ctrl-C): the inputs done so far are written, complete`;

export function exitStatusOf(code: ErrorCode): ExitStatus {
  // a document without records is the wrong input for the kind asked or found, as a bad argument is
  if (code === 'USAGE' || code === 'PROFILE_INVALID' || code === 'NO_RECORDS') return EXIT.USAGE;
  if (code === 'STRICT_WARNINGS') return EXIT.STRICT;
  if (code === 'INTERRUPTED') return EXIT.INTERRUPTED;
  return EXIT.FAILED;
}

/** What a user can do about an error, added unless the message already names the flag. */
const HINTS: Partial<Record<ErrorCode, { flag: string; hint: string }>> = {
  PDF_ENCRYPTED: { flag: '--password', hint: 'give it with --password or PLAN_EXTRACT_PASSWORD' },
  PDF_BAD_PASSWORD: { flag: '--password', hint: 'check the --password given' },
  ENCODING_UNKNOWN: { flag: '--input-encoding', hint: 'name its encoding with --input-encoding' },
  KIND_UNKNOWN: { flag: '--kind', hint: 'force a kind with --kind' },
  NO_TEXT_LAYER: { flag: 'OCR', hint: 'it has no text to read: OCR it first (e.g. with ocrmypdf)' },
  TOO_MANY_PAGES: { flag: '--max-pages', hint: 'raise it with --max-pages, or choose pages with --pages' },
  TIMEOUT: { flag: '--timeout', hint: 'raise it with --timeout if the file is a real report' },
  INTERNAL: { flag: '--debug', hint: 'a bug in plan-extract: rerun with --debug for the stack trace and please report it' },
};

export interface Described {
  message: string;
  status: ExitStatus;
  /** The stack trace chain, shown with --debug. */
  stack: string;
}

/** Node's own errors from writing files carry an errno code and a path. */
function isSystemError(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && /^E[A-Z]+$/.test((e as NodeJS.ErrnoException).code!);
}

const SYSTEM_REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOSPC: 'no space left on the device',
  EROFS: 'read-only file system',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'is a directory',
  ENOENT: 'no such directory',
  EEXIST: 'already exists',
};

export function describeError(e: unknown): Described {
  if (e instanceof PlanExtractError) {
    const hint = HINTS[e.code];
    const message = hint && !e.message.includes(hint.flag) ? `${e.message} (${hint.hint})` : e.message;
    return { message, status: exitStatusOf(e.code), stack: stackOf(e) };
  }
  if (isSystemError(e)) {
    // the CLI wraps reading errors itself, so a bare system error comes from writing output
    const reason = SYSTEM_REASONS[e.code!] ?? e.code!;
    return { message: `cannot write ${e.path ?? 'output'}: ${reason}`, status: EXIT.FAILED, stack: stackOf(e) };
  }
  const msg = e instanceof Error ? e.message : String(e);
  return {
    message: `internal error: ${msg} (${HINTS.INTERNAL!.hint})`,
    status: EXIT.FAILED,
    stack: stackOf(e),
  };
}

/** The run's status from the statuses of its failed inputs: one shared reason keeps its own status. */
export function runStatus(failures: readonly ExitStatus[]): ExitStatus {
  if (failures.length === 0) return EXIT.OK;
  const first = failures[0]!;
  return failures.every((s) => s === first) ? first : EXIT.FAILED;
}
