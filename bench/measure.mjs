/**
 * Runs one command and measures it: wall time from the parent; peak RSS and CPU time reported by
 * the measured node processes themselves (report-rss.mjs preloaded through NODE_OPTIONS), or by
 * /usr/bin/time for other commands. CPU time suffers less than wall time from a busy machine.
 * Never throws: a failure comes back as { ok: false, reason }.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPORT_RSS = pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), 'report-rss.mjs')).href;
const GNU_TIME = '/usr/bin/time';

/** GNU time (not the shell keyword, not BSD time) prints %M, the child's peak RSS in KB, and CPU times. */
export const gnuTimeAvailable = (() => {
  if (!existsSync(GNU_TIME)) return false;
  const probe = spawnSync(GNU_TIME, ['-f', '%M %U %S', 'true'], { encoding: 'utf8' });
  return probe.status === 0 && /^\d+ [\d.]+ [\d.]+$/.test(probe.stderr.trim().split('\n').pop() ?? '');
})();

export function commandExists(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).status === 0;
}

function lastLine(text) {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.at(-1) ?? '';
}

/**
 * The line of a child's stderr that says what went wrong: node ends an uncaught error with its
 * stack, the offending source line and "Node.js vX", none of which is the reason.
 */
function errorLine(text) {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/^Node\.js v\d/.test(l) && !/^at\s/.test(l) && !/^\^+$/.test(l) && !/^(file:\/\/|\/)\S*:\d+$/.test(l) && !/^[{}]$/.test(l));
  return lines.findLast((l) => /\b\w*Error\b|\berror\b/i.test(l)) ?? lines.at(-1) ?? '';
}

function shorten(text, max = 140) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * The root process's own peak and the sum over the whole tree: child processes peak at different
 * moments, so the sum is an upper bound of what the machine held at once. CPU time is summed too.
 */
function readUsage(file, rootPid) {
  if (!existsSync(file)) return null;
  const rows = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const root = rows.find((r) => r.pid === rootPid);
  if (!root) return null;
  const sum = (key) => rows.reduce((s, r) => s + r[key], 0);
  return { rssKB: root.maxRssKB, treeRssKB: sum('maxRssKB'), cpuMs: sum('cpuMs'), processes: rows.length };
}

/** GNU time -f '%M %U %S': peak RSS in KB, user and system CPU seconds. */
function readGnuTime(file) {
  if (!existsSync(file)) return null;
  const [kb, user, sys] = lastLine(readFileSync(file, 'utf8')).split(/\s+/).map(Number);
  if (![kb, user, sys].every(Number.isFinite)) return null;
  return { rssKB: kb, treeRssKB: kb, cpuMs: (user + sys) * 1000, processes: 1 };
}

/**
 * @param {string} cmd
 * @param {string[]} args
 * @param {{ cwd?: string, env?: object, timeoutMs?: number, rss?: 'node' | 'time' | false, okStatus?: number[] }} options
 *   rss 'node' preloads report-rss.mjs (node commands only); 'time' wraps the command in GNU time.
 *   okStatus: exit statuses that still count as a run (the CLI exits 1 when some of a batch failed);
 *   the result then carries `error`, the line of stderr that says why.
 */
export function measure(cmd, args, { cwd, env = {}, timeoutMs = 120_000, rss = 'node', okStatus = [0] } = {}) {
  const scratch = mkdtempSync(join(tmpdir(), 'plan-extract-bench-'));
  const rssFile = join(scratch, 'rss.jsonl');
  const childEnv = { ...process.env, ...env };
  let command = cmd;
  let commandArgs = args;
  if (rss === 'node') {
    childEnv.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --import=${REPORT_RSS}`.trim();
    childEnv.BENCH_RSS_FILE = rssFile;
  } else if (rss === 'time' && gnuTimeAvailable) {
    command = GNU_TIME;
    commandArgs = ['-f', '%M %U %S', '-o', rssFile, cmd, ...args];
  }
  const started = performance.now();
  const run = spawnSync(command, commandArgs, { cwd, env: childEnv, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  const wallMs = performance.now() - started;
  try {
    const result = { ok: false, wallMs, stdout: run.stdout ?? '', stderr: run.stderr ?? '', status: run.status, rssKB: null, treeRssKB: null, cpuMs: null, processes: 0 };
    if (run.error) {
      result.reason = run.error.code === 'ETIMEDOUT' ? `timed out after ${Math.round(timeoutMs / 1000)} s` : shorten(run.error.message);
      return result;
    }
    const usage = rss === 'node' ? readUsage(rssFile, run.pid) : rss === 'time' ? readGnuTime(rssFile) : null;
    if (usage) Object.assign(result, usage);
    if (run.status !== 0) {
      const why = errorLine(result.stderr) || lastLine(result.stdout) || (run.signal ? `killed by ${run.signal}` : '');
      const where = cwd ? why.replaceAll(`${cwd}/`, '') : why;
      result.reason = shorten(`exit ${run.status ?? run.signal}${where ? `: ${where}` : ''}`);
      if (!okStatus.includes(run.status)) return result;
      result.error = result.reason;
      delete result.reason;
    }
    result.ok = true;
    return result;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
