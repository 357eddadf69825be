/**
 * Shared helpers of the CLI, output and fuzz tests: running the built CLI as a user
 * would, reading CSV back, and making the awkward inputs a user may hand it
 * (image-only PDFs, files in other encodings).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';
import { Writable, Readable } from 'node:stream';

export const ROOT = join(import.meta.dirname, '..');
export const BIN = join(ROOT, 'bin', 'plan-extract.js');
export const FIXTURES = join(ROOT, 'fixtures');
export const fixture = (name: string) => join(FIXTURES, name);

export const FIXTURE_PDFS = ['plan-progress.kitakyushu.pdf', 'target-sheet.kitakyushu.pdf', 'consultation-report.kurume.pdf'];
export const FIXTURE_TEXTS = FIXTURE_PDFS.map((f) => f.replace(/\.pdf$/, '.txt'));

export interface RunResult {
  code: number | null;
  stdout: Buffer;
  stderr: string;
}

/** `node bin/plan-extract.js …` in a child process, as a user (or CI) runs it. */
export function runCli(args: string[], options: { cwd?: string; input?: Uint8Array | string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<RunResult> {
  // a password in the developer's environment must not reach the tests that go without one
  const { PLAN_EXTRACT_PASSWORD: _ignored, ...env } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...env, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`plan-extract ${args.join(' ')} took over ${options.timeoutMs ?? 120_000} ms`));
    }, options.timeoutMs ?? 120_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') });
    });
    child.stdin.on('error', () => undefined); // the CLI may stop reading early
    child.stdin.end(options.input ?? '');
  });
}

/** A stream that keeps what is written to it. */
export class Capture extends Writable {
  chunks: Buffer[] = [];
  isTTY: boolean;
  columns = 100;
  constructor(isTTY = false) {
    super();
    this.isTTY = isTTY;
  }
  override _write(chunk: Buffer | string, _enc: BufferEncoding, cb: () => void): void {
    this.chunks.push(Buffer.from(chunk));
    cb();
  }
  get text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
  // cli-progress asks a terminal stream for these
  cursorTo(): boolean {
    return true;
  }
  moveCursor(): boolean {
    return true;
  }
  clearLine(): boolean {
    return true;
  }
  clearScreenDown(): boolean {
    return true;
  }
}

export interface InProcessResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** The built CLI's main() in this process, with captured streams. */
export async function runInProcess(args: string[], options: { stdin?: Uint8Array | string; tty?: boolean } = {}): Promise<InProcessResult> {
  const { main } = (await import(join(ROOT, 'dist', 'cli', 'main.js'))) as { main: (argv: string[], io: unknown) => Promise<number> };
  const stdout = new Capture();
  const stderr = new Capture(options.tty ?? false);
  const stdin = Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]);
  const code = await main(['node', 'plan-extract', ...args], { stdout, stderr, stdin });
  return { code, stdout: Buffer.concat(stdout.chunks), stderr: stderr.text };
}

export function tempDir(t: { onTestFinished?: (fn: () => void) => void } | undefined = undefined): string {
  const dir = mkdtempSync(join(tmpdir(), 'plan-extract-test-'));
  t?.onTestFinished?.(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks) to rows of strings. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** A CSV file's rows as objects keyed by its header. */
export function csvRecords(bytes: Buffer): Array<Record<string, string>> {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const [header, ...rows] = parseCsv(text);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

// ---- PDFs made on the spot -------------------------------------------------------

/** Build a PDF from object bodies (1-based numbers), with a correct xref table. */
function assemblePdf(objects: Array<string | Buffer>): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'), Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(chunk);
    length += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

/** A one-page PDF that holds only an image (a scan): no text layer at all. */
export function imageOnlyPdf(): Buffer {
  const w = 64;
  const h = 64;
  const pixels = Buffer.alloc(w * h, 0x80);
  const data = deflateSync(pixels);
  const content = Buffer.from(`q 400 0 0 400 100 200 cm /Im1 Do Q`, 'latin1');
  return assemblePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /XObject << /Im1 5 0 R >> >> >>',
    Buffer.concat([Buffer.from(`<< /Length ${content.length} >>\nstream\n`, 'latin1'), content, Buffer.from('\nendstream', 'latin1')]),
    Buffer.concat([
      Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${w} /Height ${h} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${data.length} >>\nstream\n`, 'latin1'),
      data,
      Buffer.from('\nendstream', 'latin1'),
    ]),
  ]);
}

const IMPORT_HOOK = `export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  if (r.url.startsWith('file:')) process.stderr.write('LOADED ' + r.url + '\\n');
  return r;
}
`;

/** The CLI in a child process, with the URL of every file module it imported (a module resolve hook reports them). */
export function tracedImports(dir: string, args: string[]): { status: number | null; loaded: string[] } {
  const hook = join(dir, 'hook.mjs');
  writeFileSync(hook, IMPORT_HOOK);
  const register = `data:text/javascript,import {register} from "node:module"; register(${JSON.stringify(pathToFileURL(hook).href)});`;
  const r = spawnSync(process.execPath, ['--import', register, BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  const loaded = r.stderr
    .split('\n')
    .filter((l) => l.startsWith('LOADED '))
    .map((l) => l.slice('LOADED '.length));
  return { status: r.status, loaded };
}
