/**
 * npm run bench:hostile — every hostile input of issue 15, run as a user would: each under
 * /usr/bin/time -v, with the peak resident memory of the whole process tree (the CLI and its
 * reader processes, summed, sampled from /proc every 50 ms) next to time's own figure (the
 * largest single process). Then one batch of good fixtures with all of them, into --out-dir.
 * Prints a table and writes it into docs/limits.md between its markers.
 *
 * `node bench/hostile.mjs [--only NAME,NAME]` runs some inputs only (the batch always runs).
 */
import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeHostilePdfs } from '../scripts/hostile-pdfs.mjs';
import { repeatPages } from './corpus.mjs';
import { machineDescription } from './machine.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'plan-extract.js');
const DIR = join(ROOT, 'bench', 'corpus', 'hostile');
const DOC = join(ROOT, 'docs', 'limits.md');
const GOOD = ['plan-progress.kitakyushu.pdf', 'target-sheet.kitakyushu.pdf', 'consultation-report.kurume.pdf'];
/** The issue's bounds for one hostile input. */
const MAX_WALL_S = 60;
const MAX_RSS_MB = 1536;
/** A user who cannot read a file: root reads a chmod 000 file anyway. */
const UNPRIVILEGED = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', '--'];

const log = (m) => process.stderr.write(`[bench:hostile] ${m}\n`);
const fixture = (name) => join(ROOT, 'fixtures', name);
const MB = 1024 * 1024;
let runs = 0;

/** The Kitakyushu progress table's text repeated (a form feed between copies) to exactly `bytes` bytes. */
function repeatedText(path, bytes) {
  const copy = Buffer.from(readFileSync(fixture('plan-progress.kitakyushu.txt'), 'utf8').replace(/\f?$/, '\f'));
  const whole = Buffer.alloc(bytes, 0x0a);
  for (let at = 0; at + copy.length <= bytes; at += copy.length) copy.copy(whole, at);
  writeFileSync(path, whole);
}

/** Each input: how it is made, the arguments after the file, and what the issue expects of it. */
async function makeInputs() {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  const pdfs = await writeHostilePdfs(DIR);
  const at = (name) => join(DIR, name);
  repeatedText(at('text-19mb.txt'), 19 * 1000 * 1000);
  repeatedText(at('text-21mb.txt'), 21 * 1000 * 1000);
  const text = readFileSync(fixture('plan-progress.kitakyushu.txt'), 'utf8');
  writeFileSync(at('control-chars.txt'), `\0\0${text.replace('相談', '相\x01談\x7f').replace('引き続き', '引き\u0085続き')}`);
  writeFileSync(
    at('formulas.txt'),
    text.replace('北九州市障害者地域生活支援セン', '=HYPERLINK("http://example.com/")北九州市障害者地域生活支援セン').replace('障害者基幹相談支援センターにおい', '@SUM(1+1)障害者基幹相談支援センターにおい'),
  );
  writeFileSync(at('printed-twice.pdf'), await repeatPages(readFileSync(fixture('plan-progress.kitakyushu.pdf')), 6));
  copyFileSync(fixture('bad/encrypted.pdf'), at('encrypted.pdf'));
  const good = readFileSync(fixture('plan-progress.kitakyushu.pdf'));
  writeFileSync(at('truncated.pdf'), good.subarray(0, good.length >> 1));
  writeFileSync(at('zero.pdf'), '');
  copyFileSync(join(ROOT, 'docs', 'inspect.png'), at('image.pdf'));
  mkdirSync(at('a-directory'));
  writeFileSync(join(at('a-directory'), 'notes.md'), '# not a report\n');
  copyFileSync(fixture('plan-progress.kitakyushu.txt'), at('unreadable.txt'));
  chmodSync(at('unreadable.txt'), 0o600);
  const csv = (name) => ['-f', 'csv', '--table', 'items', '-o', join(DIR, `${name}.items.csv`)];
  return [
    { input: pdfs['text-bomb.pdf'], what: 'one content stream inflating to 1 GB of text operators' },
    { input: pdfs['space-bomb.pdf'], what: 'one content stream inflating to 1 GB of spaces' },
    { input: pdfs['deep-forms.pdf'], what: '5,000 nested Form XObjects' },
    { input: at('text-19mb.txt'), what: 'a 19,000,000-byte text (a progress table repeated)', args: ['-o', join(DIR, 'text-19mb.json')], converts: true },
    { input: at('text-21mb.txt'), what: 'a 21,000,000-byte text' },
    { input: pdfs['many-pages.pdf'], what: '2,000 pages: convert' },
    { input: pdfs['many-pages.pdf'], what: '2,000 pages: detect', command: ['detect'], converts: true },
    { input: at('control-chars.txt'), what: 'NUL and other control characters in the text', args: csv('control-chars'), converts: true },
    { input: at('formulas.txt'), what: 'cells starting with =HYPERLINK( and @SUM(', args: csv('formulas'), converts: true },
    { input: at('printed-twice.pdf'), what: 'a report printed twice into one PDF (item numbers repeat)', args: ['-o', join(DIR, 'printed-twice.json')], converts: true },
    { input: at('encrypted.pdf'), what: 'encrypted, no password' },
    { input: at('truncated.pdf'), what: 'the first half of a PDF' },
    { input: at('zero.pdf'), what: 'zero bytes' },
    { input: at('image.pdf'), what: 'a PNG named .pdf' },
    { input: at('a-directory'), what: 'a directory without reports' },
    { input: at('unreadable.txt'), what: 'a file the user may not read (run as nobody)', wrap: UNPRIVILEGED },
  ];
}

/** Resident KB of every process in the tree under `pid`, summed (Linux /proc). */
function treeRssKB(pid) {
  const children = new Map();
  const rss = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'latin1');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      rss.set(Number(entry), Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0));
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(entry));
    } catch {
      // the process ended while being read
    }
  }
  let sum = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop();
    sum += rss.get(p) ?? 0;
    stack.push(...(children.get(p) ?? []));
  }
  return sum;
}

/** Runs the CLI under /usr/bin/time -v; wall seconds, peak tree RSS, time's peak, exit code, stderr. */
function run(args, { wrap = [], timeoutMs = 600_000 } = {}) {
  return new Promise((resolve) => {
    // in /tmp, which a user run through setpriv may write too
    const timeFile = join(tmpdir(), `plan-extract-hostile-${process.pid}-${++runs}.time`);
    const timed = ['/usr/bin/time', '-v', '-o', timeFile, process.execPath, BIN, ...args];
    const [command, ...rest] = [...wrap, ...timed];
    const started = performance.now();
    const child = spawn(command, rest, { cwd: DIR, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (s) => (stderr += s));
    let peakKB = 0;
    const sample = setInterval(() => (peakKB = Math.max(peakKB, treeRssKB(child.pid))), 50);
    const kill = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code, signal) => {
      clearInterval(sample);
      clearTimeout(kill);
      const wall = (performance.now() - started) / 1000;
      const time = readFileSync(timeFile, 'utf8');
      rmSync(timeFile);
      const status = Number(/Exit status: (\d+)/.exec(time)?.[1] ?? code);
      const maxKB = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(time)?.[1] ?? 0);
      const lines = stderr.split('\n').filter((l) => l && !/^\s*Command (being timed|exited)/.test(l));
      resolve({ wall, peakMB: Math.max(peakKB, maxKB) / 1024, largestMB: maxKB / 1024, status: signal ?? status, lines });
    });
  });
}

const cell = (s) => String(s).replaceAll('|', '\\|').replaceAll(`${DIR}/`, '');
const mbOf = (path) => `${(statSync(path).size / MB).toFixed(statSync(path).size < MB ? 2 : 1)} MB`;

function judge(r, converts) {
  const bad = [];
  if (r.wall > MAX_WALL_S) bad.push(`over ${MAX_WALL_S} s`);
  if (r.peakMB > MAX_RSS_MB) bad.push(`over ${MAX_RSS_MB} MB`);
  if (!converts) {
    if (r.status === 0) bad.push('exit 0');
    if (r.lines.length !== 1) bad.push(`${r.lines.length} stderr lines`);
  }
  if (r.lines.some((l) => /^\s+at |Error:|RangeError|PromiseRejectCallback|Warning: /.test(l))) bad.push('noise on stderr');
  return bad.length ? `**${bad.join(', ')}**` : 'yes';
}

async function main() {
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1].split(',') : null;
  const cases = (await makeInputs()).filter((c) => !only || only.some((o) => c.input.endsWith(o)));
  const rows = [];
  for (const c of cases) {
    const args = [...(c.command ?? []), c.input, ...(c.args ?? [])];
    log(`${args.join(' ').replaceAll(`${DIR}/`, '')}`);
    const r = await run(args, { wrap: c.wrap });
    const first = r.lines.length === 1 ? r.lines[0] : `${r.lines.length} lines: ${r.lines.slice(0, 2).join(' ⏎ ')}${r.lines.length > 2 ? ' ⏎ …' : ''}`;
    rows.push(
      `| ${cell(c.input)}${c.command ? ` (${c.command.join(' ')})` : ''} | ${cell(c.what)} | ${mbOf(c.input.endsWith('a-directory') ? join(c.input, 'notes.md') : c.input)} | ${r.wall.toFixed(1)} s | ${Math.round(r.peakMB)} MB | ${Math.round(r.largestMB)} MB | ${r.status} | ${cell(first.length > 220 ? `${first.slice(0, 219)}…` : first)} | ${judge(r, c.converts)} |`,
    );
    log(rows.at(-1));
  }
  const batch = await runBatch();
  const m = machineDescription();
  const table = [
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC by \`npm run bench:hostile\` on ${m.cores ?? '?'} cores, load average ${m.load ?? '?'} (a shared machine: wall times are several times the idle ones).`,
    'Peak RSS sums the CLI and its reader processes (sampled every 50 ms); "largest" is `/usr/bin/time -v`\'s peak of one process.',
    '',
    '| input | what | size | wall | peak RSS (tree) | largest process | exit | stderr | within bounds, one line |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | --- |',
    ...rows,
    '',
    batch,
  ].join('\n');
  process.stdout.write(`${table}\n`);
  const doc = readFileSync(DOC, 'utf8');
  writeFileSync(DOC, doc.replace(/(<!-- hostile:start -->\n)[\s\S]*(<!-- hostile:end -->)/, `$1${table}\n$2`));
}

/** A batch into a fresh `out`: wall time, peak RSS, when each output appeared, whether each is complete JSON. */
async function batchRun(dir, out) {
  rmSync(out, { recursive: true, force: true });
  const started = Date.now();
  const r = await run([dir, '--out-dir', out]);
  const files = readdirSync(out);
  const written = files.map((f) => `${f.replace(/\.[\w-]+\.json$/, '')} ${((statSync(join(out, f)).mtimeMs - started) / 1000).toFixed(1)} s`);
  const complete = files.every((f) => JSON.parse(readFileSync(join(out, f), 'utf8')).kind !== undefined);
  return { ...r, written, complete };
}

/** The good fixtures alone, then with every hostile file in one batch: when each good output appeared, and the summary. */
async function runBatch() {
  const good = join(DIR, 'good');
  const dir = join(DIR, 'batch');
  mkdirSync(good, { recursive: true });
  mkdirSync(dir, { recursive: true });
  for (const f of GOOD) {
    copyFileSync(fixture(f), join(good, f));
    copyFileSync(fixture(f), join(dir, f));
  }
  const hostile = ['text-bomb.pdf', 'space-bomb.pdf', 'deep-forms.pdf', 'many-pages.pdf', 'text-21mb.txt', 'encrypted.pdf', 'truncated.pdf', 'zero.pdf', 'image.pdf'];
  for (const f of hostile) copyFileSync(join(DIR, f), join(dir, f));
  log('batch of the good files alone');
  const alone = await batchRun(good, join(DIR, 'good-out'));
  log(`batch of ${GOOD.length + hostile.length}`);
  const mixed = await batchRun(dir, join(DIR, 'batch-out'));
  const line = (what, r) =>
    `| ${what} | ${r.wall.toFixed(1)} s | ${Math.round(r.peakMB)} MB | ${r.status} | ${r.written.join(', ')} | ${r.complete ? 'yes' : '**no**'} |`;
  return [
    `Batch: the ${GOOD.length} good fixtures alone, then with ${hostile.length} hostile files (${hostile.join(', ')}) in one directory, \`plan-extract DIR --out-dir OUT\`:`,
    '',
    '| batch | wall | peak RSS (tree) | exit | good outputs, when written | all complete JSON |',
    '| --- | ---: | ---: | ---: | --- | --- |',
    line(`${GOOD.length} good`, alone),
    line(`${GOOD.length} good + ${hostile.length} hostile`, mixed),
    '',
    'stderr of the mixed batch:',
    '',
    '```',
    ...mixed.lines.map((l) => l.replaceAll(`${dir}/`, 'batch/').replaceAll(`${DIR}/`, '')),
    '```',
  ].join('\n');
}

main().catch((e) => {
  process.stderr.write(`bench:hostile failed: ${e.stack ?? e}\n`);
  process.exitCode = 1;
});
