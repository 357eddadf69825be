/**
 * Preloaded into measured processes with NODE_OPTIONS=--import=…: at exit, appends this process's
 * peak RSS and CPU time to $BENCH_RSS_FILE. getrusage(RUSAGE_SELF) covers every thread, so worker
 * threads count; child processes inherit NODE_OPTIONS and report their own line.
 */
import { appendFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.BENCH_RSS_FILE;
if (file && isMainThread) {
  process.on('exit', () => {
    const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
    const line = { pid: process.pid, ppid: process.ppid, maxRssKB: maxRSS, cpuMs: (userCPUTime + systemCPUTime) / 1000 };
    appendFileSync(file, `${JSON.stringify(line)}\n`);
  });
}
