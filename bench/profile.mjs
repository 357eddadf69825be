/**
 * Profiles one end-to-end CLI run with `node --cpu-prof` and summarises where the time goes:
 * self time by package, then our functions (dist/ mapped back to src/*.ts through the source
 * maps) by self and by inclusive time. Returns a markdown section; never throws.
 * Standalone: node bench/profile.mjs [FILE.pdf] [--metrics] [--keep DIR] (DIR keeps the .cpuprofile)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCorpus } from './corpus.mjs';

const SPECIAL = new Set(['(garbage collector)', '(program)', '(idle)', '(root)']);

function sampleDurations(profile) {
  // timeDeltas[i] is the gap before sample i, so sample i lasts until sample i + 1
  const d = profile.timeDeltas;
  const mean = (profile.endTime - profile.startTime) / Math.max(1, d.length);
  return d.map((_, i) => (i + 1 < d.length ? Math.max(0, d[i + 1]) : mean) / 1000);
}

function makeLocator(root) {
  const distUrl = `file://${join(root, 'dist')}/`;
  const maps = new Map();
  const mapFor = (file) => {
    if (!maps.has(file)) {
      let map = null;
      try {
        map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
      } catch {
        map = null;
      }
      maps.set(file, map);
    }
    return maps.get(file);
  };
  /** Where a call frame lives and which bucket its time belongs to. */
  return ({ functionName, url, lineNumber, columnNumber }) => {
    const name = functionName || '(anonymous)';
    if (!url) return { bucket: SPECIAL.has(name) ? name : 'native', where: name, ours: false };
    if (url.startsWith(distUrl)) {
      const file = fileURLToPath(url);
      const entry = mapFor(file)?.findEntry(lineNumber, columnNumber);
      const where = entry?.originalSource
        ? `${relative(root, fileURLToPath(new URL(entry.originalSource, url)))}:${entry.originalLine + 1} ${name}`
        : `${relative(root, file)}:${lineNumber + 1} ${name}`;
      return { bucket: 'plan-extract (src/)', where, ours: true };
    }
    if (url.startsWith('node:')) return { bucket: 'node internals', where: `${url}:${lineNumber + 1} ${name}`, ours: false };
    const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
    const short = pkg ? url.slice(url.indexOf(pkg[0])) : url;
    return { bucket: pkg ? pkg[1] : url.includes('/bin/') ? 'plan-extract (bin/)' : 'other', where: `${short}:${lineNumber + 1} ${name}`, ours: url.includes('/bin/') };
  };
}

/** Self time per function and per bucket; inclusive time for our functions (each counted once per stack). */
export function summariseProfile(profile, root) {
  const locate = makeLocator(root);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const info = new Map(profile.nodes.map((n) => [n.id, locate(n.callFrame)]));
  const durations = sampleDurations(profile);
  const self = new Map();
  const buckets = new Map();
  const inclusive = new Map();
  const known = { push: 0, clone: 0 };
  let total = 0;
  profile.samples.forEach((id, i) => {
    const ms = durations[i];
    const at = info.get(id);
    if (at.bucket === '(idle)') return;
    total += ms;
    self.set(at.where, { ms: (self.get(at.where)?.ms ?? 0) + ms, ours: at.ours, bucket: at.bucket });
    buckets.set(at.bucket, (buckets.get(at.bucket) ?? 0) + ms);
    const { functionName, url } = byId.get(id).callFrame;
    if ((functionName === 'push' && url.includes('pdfjs-dist')) || (functionName === 'set length' && !url)) known.push += ms;
    if ((functionName === 'postMessage' && url.includes('pdfjs-dist')) || (functionName === 'structuredClone' && !url)) known.clone += ms;
    const seen = new Set();
    for (let n = id; n !== undefined; n = parent.get(n)) {
      const f = info.get(n);
      if (f.ours && !seen.has(f.where)) {
        seen.add(f.where);
        inclusive.set(f.where, (inclusive.get(f.where) ?? 0) + ms);
      }
    }
  });
  const sorted = (m, pick = (v) => v) => [...m].map(([k, v]) => [k, pick(v), v]).sort((a, b) => b[1] - a[1]);
  return {
    totalMs: total,
    buckets: sorted(buckets),
    selfAll: sorted(self, (v) => v.ms),
    selfOurs: sorted(self, (v) => v.ms).filter(([, , v]) => v.ours),
    inclusiveOurs: sorted(inclusive),
    known,
  };
}

function table(rows, totalMs, head) {
  const pct = (ms) => `${((ms / totalMs) * 100).toFixed(1)}%`;
  return [`| ${head} | ms | share |`, '| --- | ---: | ---: |', ...rows.map(([k, ms]) => `| \`${k}\` | ${ms.toFixed(0)} | ${pct(ms)} |`)].join('\n');
}

export function renderProfile(summary, { command, wallMs }) {
  const { totalMs } = summary;
  return [
    '## Profile of an end-to-end run',
    '',
    `\`${command}\`: ${(wallMs / 1000).toFixed(2)} s wall, ${(totalMs / 1000).toFixed(2)} s of samples (main thread, idle excluded; sampling adds some overhead).`,
    '',
    '### Self time by package',
    '',
    table(summary.buckets.slice(0, 10), totalMs, 'package'),
    '',
    '### Our code: top self time (src/ via source maps)',
    '',
    summary.selfOurs.length ? table(summary.selfOurs.slice(0, 15), totalMs, 'src file:line function') : 'No samples in our code.',
    '',
    '### Our code: top inclusive time (self + callees)',
    '',
    'Synchronous callers only: work that resumes after an `await` is charged to the function that resumes, not to its async caller.',
    '',
    summary.inclusiveOurs.length ? table(summary.inclusiveOurs.slice(0, 15), totalMs, 'src file:line function') : 'No samples in our code.',
    '',
    '### Everything: top self time',
    '',
    table(summary.selfAll.slice(0, 15), totalMs, 'file:line function'),
    '',
    '### Two costs of pdf.js under Node, by function name',
    '',
    `- Array.prototype.push replaced by core-js (\`push\` in pdfjs-dist, \`set length\`; its helpers come on top): at least ${summary.known.push.toFixed(0)} ms, ${((summary.known.push / totalMs) * 100).toFixed(1)}%. The legacy build installs the polyfill for the whole process when pdf.mjs loads and again when pdf.worker.mjs loads, so every push, ours included, pays for it; the native push restored after both imports would avoid it.`,
    `- Fake-worker cloning (\`postMessage\` in pdfjs-dist, \`structuredClone\`): ${summary.known.clone.toFixed(0)} ms, ${((summary.known.clone / totalMs) * 100).toFixed(1)}%. Without a worker thread, pdf.js still structured-clones every text content and operator list it hands over.`,
  ].join('\n');
}

/** Runs the CLI under --cpu-prof and returns the markdown section (or a "failed:" line). */
export async function profileRun({ root, pdf, out, metrics = false, keepDir = null }) {
  const dir = keepDir ?? mkdtempSync(join(tmpdir(), 'plan-extract-prof-'));
  const args = ['--cpu-prof', `--cpu-prof-dir=${dir}`, join(root, 'bin', 'plan-extract.js'), pdf, '-o', out, '--quiet', ...(metrics ? [] : ['--no-metrics'])];
  const command = `node --cpu-prof bin/plan-extract.js ${relative(root, pdf)} -o ${relative(root, out)} --quiet${metrics ? '' : ' --no-metrics'}`;
  try {
    const started = performance.now();
    const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', timeout: 180_000 });
    const wallMs = performance.now() - started;
    if (run.error || run.status !== 0) {
      const why = run.error?.message ?? `exit ${run.status}: ${(run.stderr ?? '').trim().split('\n').pop()}`;
      return `## Profile of an end-to-end run\n\nfailed: ${why}`;
    }
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')) : [];
    if (files.length === 0) return '## Profile of an end-to-end run\n\nfailed: no .cpuprofile written';
    // the main thread's profile is the largest; worker threads, if any, write their own
    const main = files.map((f) => join(dir, f)).sort((a, b) => readFileSync(b).length - readFileSync(a).length)[0];
    const summary = summariseProfile(JSON.parse(readFileSync(main, 'utf8')), root);
    return renderProfile(summary, { command, wallMs });
  } catch (e) {
    return `## Profile of an end-to-end run\n\nfailed: ${e.message}`;
  } finally {
    if (!keepDir) rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { metrics: { type: 'boolean', default: false }, keep: { type: 'string' } } });
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const pdf = positionals[0] ? resolve(positionals[0]) : (await buildCorpus(root)).long300.path;
  mkdirSync(join(root, 'bench', 'out'), { recursive: true });
  const section = await profileRun({ root, pdf, out: join(root, 'bench', 'out', 'profile.json'), metrics: values.metrics, keepDir: values.keep ?? null });
  process.stdout.write(`${section}\n`);
}
