/**
 * Runs the measurements in rounds: round 1 measures everything once, later rounds add repetitions.
 * Within a group the variants alternate (a, b, c, a, b, c…) so a slow spell of a shared machine hits
 * every side of a ratio alike, and when the time budget runs out every row still has a figure.
 * A variant that fails once is not run again; its row says why.
 */
import { measure, median } from './measure.mjs';

const KB_PER_MB = 1024;

function summarise(runs, failure) {
  if (runs.length === 0) return { ok: false, runs: 0, reason: failure?.reason ?? 'not run' };
  const peak = (key) => (runs.some((r) => r[key]) ? Math.max(...runs.map((r) => r[key] ?? 0)) / KB_PER_MB : null);
  return {
    ok: true,
    runs: runs.length,
    wallMs: median(runs.map((r) => r.wallMs)),
    walls: runs.map((r) => r.wallMs),
    // peak over the repetitions: the figure a user must provision for
    rssMB: peak('rssKB'),
    treeRssMB: peak('treeRssKB'),
    cpuMs: runs.some((r) => r.cpuMs != null) ? median(runs.map((r) => r.cpuMs ?? 0)) : null,
    processes: Math.max(...runs.map((r) => r.processes)),
    note: runs.at(-1).note,
    // a later repetition failed after earlier ones succeeded: keep the figure, say so
    flaky: failure?.reason,
  };
}

/**
 * @param {{ name: string, rounds: number, inner?: number, variants: object[] }[]} groups
 *   each variant: { id, cmd, args, rss?, env?, timeoutMs?, okStatus?, before?(), check?(result) → problem | null }
 * @param {{ cwd: string, deadline: number, log: (msg: string) => void }} options
 * @returns {Record<string, object>} summary per variant id
 */
export function runSchedule(groups, { cwd, deadline, log }) {
  const runs = new Map();
  const failures = new Map();
  for (const g of groups) for (const v of g.variants) runs.set(v.id, []);
  const rounds = Math.max(...groups.map((g) => g.rounds));
  for (let round = 0; round < rounds; round++) {
    for (const g of groups) {
      if (round >= g.rounds) continue;
      log(`round ${round + 1}: ${g.name}`);
      for (let i = 0; i < (g.inner ?? 1); i++) {
        for (const v of g.variants) {
          if (failures.has(v.id)) continue;
          if (Date.now() > deadline) {
            if (runs.get(v.id).length === 0) failures.set(v.id, { reason: 'skipped: the time budget was spent' });
            continue;
          }
          v.before?.();
          // a hung run may overrun the budget a little, never by minutes
          const timeoutMs = Math.min(v.timeoutMs ?? 120_000, Math.max(5_000, deadline + 25_000 - Date.now()));
          const res = measure(v.cmd, v.args, { cwd, rss: v.rss ?? 'node', env: v.env, timeoutMs, okStatus: v.okStatus });
          if (res.ok && v.check) {
            const problem = v.check(res);
            if (problem) Object.assign(res, { ok: false, reason: problem });
          }
          if (res.ok) {
            runs.get(v.id).push(res);
            log(`  ${v.id}: ${(res.wallMs / 1000).toFixed(2)} s${res.treeRssKB ? `, ${(res.treeRssKB / KB_PER_MB).toFixed(0)} MB` : ''}`);
          } else {
            failures.set(v.id, res);
            log(`  ${v.id}: failed: ${res.reason}`);
          }
        }
      }
    }
  }
  return Object.fromEntries([...runs].map(([id, ok]) => [id, summarise(ok, failures.get(id))]));
}
