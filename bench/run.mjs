/**
 * npm run bench — how fast plan-extract is against what this machine can do.
 * Builds the corpus (bench/corpus/), runs the built CLI (bin/ → dist/) and the baselines as child
 * processes, prints one table and writes it to bench/RESULTS.md. Ratios are the figures to quote:
 * the machines are shared and noisy, so every ratio compares runs interleaved in the same session.
 * A measurement that fails says "failed: <reason>" in its row; the table is always written.
 *
 * Options: --reps N (throughput repetitions, default 3), --startup-reps N (default 7, at least 5),
 *          --no-build (never rebuild dist/), --profile (also profile the 300-page run),
 *          --budget S (seconds after which no new run starts, default 240: raise it on a busy machine).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCorpus } from './corpus.mjs';
import { machineDescription } from './machine.mjs';
import { commandExists, gnuTimeAvailable } from './measure.mjs';
import { profileRun } from './profile.mjs';
import { renderMarkdown, renderTargets } from './report.mjs';
import { runSchedule } from './schedule.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'plan-extract.js');
const BARE = join(ROOT, 'bench', 'pdfjs-bare.mjs');
const PROBE = join(ROOT, 'bench', 'parallel-probe.mjs');
const OUT = join(ROOT, 'bench', 'out');
const { values: opts } = parseArgs({
  options: {
    reps: { type: 'string', default: '3' },
    'startup-reps': { type: 'string', default: '7' },
    'no-build': { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    budget: { type: 'string', default: '240' },
  },
});
/**
 * npm run bench must finish within six minutes on a fresh clone: past this budget (--budget) no
 * new run starts (a running one may take up to 25 s more), leaving room for the build and the corpus.
 */
const BUDGET_MS = Math.max(1, Number(opts.budget) || 240) * 1000;
const REPS = Math.max(1, Math.floor(Number(opts.reps)) || 3);
const STARTUP_REPS = Math.max(5, Math.floor(Number(opts['startup-reps'])) || 7);

function log(message) {
  process.stderr.write(`[bench] ${message}\n`);
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Rebuild dist/ only when it is missing or older than src/: npm ci has built it on a fresh clone. */
function ensureBuilt() {
  const main = join(ROOT, 'dist', 'cli', 'main.js');
  if (opts['no-build']) return existsSync(main) ? 'not rebuilt (--no-build)' : 'dist/cli/main.js missing (--no-build)';
  if (existsSync(main) && statSync(main).mtimeMs >= newestMtime(join(ROOT, 'src'))) return 'dist/ up to date';
  log('building dist/ (tsc -p tsconfig.build.json)…');
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const run = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: ROOT, encoding: 'utf8' });
  if (run.error) return `build failed: ${run.error.message}`;
  const bundle = spawnSync(process.execPath, [join(ROOT, 'scripts', 'bundle-cli.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (bundle.status !== 0) return `bundling dist/bundle/ failed: ${bundle.stderr.trim().split('\n').pop()}`;
  if (run.status === 0) return 'dist/ rebuilt';
  const errors = (run.stdout.match(/error TS\d+/g) ?? []).length;
  return `dist/ rebuilt with ${errors} type error(s) (tsc emits anyway)`;
}

function countFiles(dir, suffix) {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) n += countFiles(join(dir, entry.name), suffix);
    else if (entry.name.endsWith(suffix)) n++;
  }
  return n;
}

/** The CLI must have written a plan-extract document of the right page count, or the time means nothing. */
function checkJsonOutput(path, pages) {
  if (!existsSync(path)) return `no output written at ${relative(ROOT, path)}`;
  try {
    const doc = JSON.parse(readFileSync(path, 'utf8'));
    if (typeof doc?.kind !== 'string') return 'output is not a plan-extract document';
    if (pages !== undefined && doc.source?.pages !== pages) return `output says ${doc.source?.pages} pages, expected ${pages}`;
    return null;
  } catch (e) {
    return `output is not JSON (${e.message})`;
  }
}

const node = (script, args) => ({ cmd: process.execPath, args: [script, ...args] });
const fresh = (path) => () => rmSync(path, { recursive: true, force: true });

/** One CLI run on one file, its output checked. */
function single(id, input, out, flags) {
  return { id, ...node(BIN, [input.path, '-o', out, ...flags, '--quiet']), before: fresh(out), check: () => checkJsonOutput(out, input.pages) };
}

function batchRun(jobs, files) {
  const dir = join(OUT, `batch-jobs${jobs}`);
  return {
    id: `batch${jobs}`,
    ...node(BIN, [...files, '-o', `${dir}/`, '--format', 'json', '--jobs', String(jobs), '--quiet']),
    // exit 1: some inputs failed and the others were written; the row says how many
    okStatus: [0, 1],
    before: () => {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
    },
    check: (res) => {
      const written = countFiles(dir, '.json');
      if (written === 0) return `no JSON written in ${relative(ROOT, dir)}/${res.error ? ` (${res.error})` : ''}`;
      res.note = written < files.length ? `only ${written}/${files.length} files written${res.error ? `: ${res.error}` : ''}` : undefined;
      return null;
    },
  };
}

/** The probe times its threads' work from inside, without node's own start-up. */
function probeRun(threads, input) {
  return {
    id: `probe${threads}`,
    ...node(PROBE, [String(threads), input.path]),
    check: (res) => {
      try {
        res.wallMs = JSON.parse(res.stdout.trim().split('\n').pop()).ms;
        return null;
      } catch {
        return 'no timing printed';
      }
    },
  };
}

function kuromojiRun() {
  return {
    id: 'kuromoji',
    ...node(join(ROOT, 'bench', 'kuromoji-load.mjs'), []),
    check: (res) => {
      try {
        res.note = JSON.parse(res.stdout.trim().split('\n').pop());
        return null;
      } catch {
        return 'no timing printed';
      }
    },
  };
}

/** 500 reports into one database (twice: the second run replaces) and one merged workbook. */
function outputsRun() {
  return {
    id: 'outputs500',
    ...node(join(ROOT, 'bench', 'outputs.mjs'), ['--reports', '500', '--out', OUT]),
    timeoutMs: 200_000,
    check: (res) => {
      try {
        res.note = JSON.parse(res.stdout.trim().split('\n').pop());
        return null;
      } catch {
        return 'no result printed';
      }
    },
  };
}

function plan(corpus, poppler) {
  const { long300, long100, smallText } = corpus;
  const files = corpus.batch.map((f) => f.path);
  return [
    // cheap groups first: if the product is slow, they still get measured within the budget
    {
      name: `start-up, ${STARTUP_REPS} runs each`,
      rounds: 1,
      inner: STARTUP_REPS,
      variants: [
        // GNU time, not the preloaded module: that would add its own start-up time
        { id: 'node0', cmd: process.execPath, args: ['-e', '0'], rss: 'time' },
        { id: 'help', ...node(BIN, ['--help']), rss: 'time' },
        { ...single('small', smallText, join(OUT, 'small.json'), ['--no-metrics']), rss: 'time', check: () => checkJsonOutput(join(OUT, 'small.json')) },
      ],
    },
    { name: 'kuromoji dictionary load', rounds: Math.min(REPS, 2), variants: [kuromojiRun()] },
    {
      name: `single file, ${long300.pages} and ${long100.pages} pages`,
      rounds: REPS,
      variants: [
        { id: 'bare300', ...node(BARE, [long300.path]) },
        // default --jobs: one reader per core, the PDF read in parts
        single('e2e300', long300, join(OUT, 'long300.json'), ['--no-metrics']),
        single('e2e300j1', long300, join(OUT, 'long300-jobs1.json'), ['--no-metrics', '--jobs', '1']),
        single('e2e300m', long300, join(OUT, 'long300-metrics.json'), []),
        ...(poppler ? [{ id: 'poppler300', cmd: 'pdftotext', args: ['-layout', long300.path, join(OUT, 'long300.txt')], rss: 'time' }] : []),
        { id: 'bare100', ...node(BARE, [long100.path]) },
        single('e2e100', long100, join(OUT, 'long100.json'), ['--no-metrics']),
      ],
    },
    {
      name: `batch of ${files.length} short PDFs, --jobs 1 and 2, and the machine's own 2-thread speed-up`,
      rounds: Math.min(REPS, 2),
      variants: [probeRun(1, long100), batchRun(1, files), probeRun(2, long100), batchRun(2, files)],
    },
    { name: '500 reports → SQLite and a merged XLSX', rounds: 1, variants: [outputsRun()] },
  ];
}

/** A section written by hand in the previous RESULTS.md (from its heading to the next one), kept across runs. */
function handWrittenSection(path, heading) {
  if (!existsSync(path)) return null;
  const text = readFileSync(path, 'utf8');
  const start = text.indexOf(`\n${heading}\n`);
  if (start < 0) return null;
  const next = text.indexOf('\n## ', start + heading.length + 2);
  return text.slice(start + 1, next < 0 ? undefined : next).trimEnd();
}

async function main() {
  const startedAt = Date.now();
  const deadline = startedAt + BUDGET_MS;
  const loadAtStart = machineDescription().load;
  const build = ensureBuilt();
  log(build);
  mkdirSync(OUT, { recursive: true });
  const corpus = await buildCorpus(ROOT);
  const poppler = commandExists('pdftotext');
  if (!poppler) log('pdftotext not found (command -v pdftotext): the poppler baseline is skipped');

  const results = runSchedule(plan(corpus, poppler), { cwd: ROOT, deadline, log });

  const batchPages = corpus.batch.reduce((s, f) => s + f.pages, 0);
  let markdown = renderMarkdown(results, {
    date: new Date().toISOString(),
    machine: machineDescription(),
    loadAtStart,
    rssMethod: `each node process reports process.resourceUsage().maxRSS at exit (bench/report-rss.mjs through NODE_OPTIONS=--import; worker threads included, child processes summed)${gnuTimeAvailable ? '; pdftotext and the start-up runs through /usr/bin/time -f "%M %U %S"' : '; /usr/bin/time is absent, so pdftotext and the start-up runs have no RSS or CPU figures'}`,
    build,
    poppler,
    reps: REPS,
    startupReps: STARTUP_REPS,
    corpus: { long300: corpus.long300, long100: corpus.long100, batchFiles: corpus.batch.length, batchPages, smallText: corpus.smallText },
    elapsedS: (Date.now() - startedAt) / 1000,
  });
  process.stdout.write(`\n${markdown}\n\n${renderTargets(results)}\n`);

  if (opts.profile) {
    log('profiling the 300-page run (--no-metrics)…');
    const section = await profileRun({ root: ROOT, pdf: corpus.long300.path, out: join(OUT, 'profile.json') });
    process.stdout.write(`\n${section}\n`);
    markdown += `\n\n${section}`;
  }
  const optimisations = handWrittenSection(join(ROOT, 'bench', 'RESULTS.md'), '## Optimisations');
  if (optimisations) markdown += `\n\n${optimisations}`;
  writeFileSync(join(ROOT, 'bench', 'RESULTS.md'), `${markdown}\n`);
  log(`wrote bench/RESULTS.md in ${((Date.now() - startedAt) / 1000).toFixed(0)} s`);
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${e.stack ?? e}\n`);
  process.exitCode = 1;
});
