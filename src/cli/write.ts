/**
 * Output files are written whole or not at all: each goes to a temporary file in
 * its own directory (same file system, so rename is atomic) and all are renamed
 * into place only once every one was written. A failure removes the temporaries,
 * so no partial or empty output is ever left, and an older output stays as it was.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { PlanExtractError } from '../errors.js';

export interface OutputFile {
  path: string;
  bytes: Uint8Array;
}

export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

export async function writeFilesAtomically(files: readonly OutputFile[]): Promise<void> {
  const staged: Array<{ temp: string; path: string }> = [];
  let current = '';
  try {
    for (const f of files) {
      current = f.path;
      await mkdir(dirname(f.path), { recursive: true });
      const temp = tempPathFor(f.path);
      staged.push({ temp, path: f.path });
      await writeFile(temp, f.bytes, { flag: 'wx' });
    }
    for (const s of staged) {
      current = s.path;
      await rename(s.temp, s.path);
    }
  } catch (e) {
    await Promise.all(staged.map((s) => unlink(s.temp).catch(() => undefined)));
    // name the output the user asked for, not the temporary
    if (e instanceof Error && 'path' in e) (e as NodeJS.ErrnoException).path = current;
    throw e;
  }
}

/** Write to a stream (standard output) and wait until it took the bytes. */
export function writeStream(stream: NodeJS.WritableStream, bytes: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(bytes, (err) => (err ? reject(err) : resolve()));
  });
}

const UNWRITABLE: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  ENOTDIR: 'a part of the path is a file, not a directory',
  EEXIST: 'it is a file, not a directory',
};

/**
 * Creates `dir` if missing and checks that a file can be created in it, by creating and
 * removing one: permission bits do not tell (root, read-only mounts, /proc).
 */
export async function checkWritable(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    const probe = tempPathFor(join(dir, 'plan-extract-probe'));
    await writeFile(probe, '', { flag: 'wx' });
    await unlink(probe);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code ?? '';
    throw new PlanExtractError('OUTPUT_UNWRITABLE', `cannot write to ${dir}: ${UNWRITABLE[code] ?? 'not a writable directory'}`, { cause });
  }
}
