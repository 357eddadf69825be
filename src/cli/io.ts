/** The streams the CLI talks to: the process's own, or a test's. */
import type { ErrStream } from './report.js';

export interface CliIO {
  stdout: NodeJS.WritableStream;
  stderr: ErrStream;
  stdin: NodeJS.ReadableStream;
}

export function processIO(): CliIO {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
}
