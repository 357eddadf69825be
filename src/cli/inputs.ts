/**
 * Command-line arguments to the list of inputs: files as given, directories as their
 * .pdf/.txt files (sorted by name, not recursive), `-` as standard input read once.
 * A directory that cannot be listed or holds no report becomes a failed entry, so the
 * other inputs of a batch still run.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { PlanExtractError } from '../errors.js';

export interface InputEntry {
  /** How messages name it: the path as given (or joined from the directory given), `<stdin>`. */
  label: string;
  /** The file name (`stdin` for standard input): source.file and the base of output names. */
  name: string;
  /** Set for files. */
  path?: string;
  /** Set for standard input. */
  bytes?: Uint8Array;
  /** Set when the argument could not become an input at all. */
  error?: PlanExtractError;
}

const REPORT_FILE = /\.(pdf|txt)$/i;

const STDIN_LABEL = '<stdin>';

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

async function listDirectory(dir: string): Promise<InputEntry[]> {
  let names: string[];
  try {
    const dirents = await readdir(dir, { withFileTypes: true });
    const files: string[] = [];
    for (const d of dirents) {
      if (!REPORT_FILE.test(d.name)) continue;
      // a symbolic link counts when it points at a file
      if (d.isFile() || (d.isSymbolicLink() && (await stat(join(dir, d.name)).then((s) => s.isFile(), () => false)))) files.push(d.name);
    }
    names = files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code ?? 'error';
    return [{ label: dir, name: basename(dir), error: new PlanExtractError('FILE_UNREADABLE', `cannot list the directory (${code})`, { file: dir, cause }) }];
  }
  if (names.length === 0) {
    return [{ label: dir, name: basename(dir), error: new PlanExtractError('FILE_NOT_FOUND', 'no .pdf or .txt files in this directory', { file: dir }) }];
  }
  return names.map((n) => ({ label: join(dir, n), name: n, path: join(dir, n) }));
}

export interface ExpandedInputs {
  entries: InputEntry[];
  /** Whether any argument was a directory (then -o always names a directory). */
  hadDirectory: boolean;
}

export async function expandInputs(args: readonly string[], stdin: NodeJS.ReadableStream): Promise<ExpandedInputs> {
  const entries: InputEntry[] = [];
  const seen = new Set<string>();
  let hadDirectory = false;
  let stdinUsed = false;
  for (const arg of args) {
    if (arg === '-') {
      if (stdinUsed) throw new PlanExtractError('USAGE', 'standard input (-) can be read only once');
      stdinUsed = true;
      entries.push({ label: STDIN_LABEL, name: 'stdin', bytes: await readAll(stdin) });
      continue;
    }
    const info = await stat(arg).catch(() => undefined);
    const found = info?.isDirectory() ? ((hadDirectory = true), await listDirectory(arg)) : [{ label: arg, name: basename(arg), path: arg }];
    for (const entry of found) {
      // the same file named twice (directly and through its directory) is read once
      const key = entry.path === undefined ? undefined : resolve(entry.path);
      if (key !== undefined && seen.has(key)) continue;
      if (key !== undefined) seen.add(key);
      entries.push(entry);
    }
  }
  return { entries, hadDirectory };
}
