/**
 * Fuzz: 1,000+ seeded mutations of the fixture PDFs and texts (bit flips, truncation,
 * insertion, chunk duplication; for texts also damage at the character level) fed
 * in-process to the built extract() with {metrics:false}. Every run must end in a
 * result or a PlanExtractError that is not INTERNAL (a crash in disguise), within a
 * per-run time limit and a bounded heap. Failures print file, level and seed, so a
 * case can be replayed alone with FUZZ_SEED=<seed> FUZZ_FILE=<file> FUZZ_LEVEL=<level>.
 */
import { readdirSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './cli-helpers.js';

const PER_RUN_MS = 20_000;
const HEAP_LIMIT_MB = 1536;
const WORKERS = 2;

interface Case {
  id: number;
  file: string;
  level: 'bytes' | 'text';
  seed: number;
}

interface Ended {
  id: number;
  op: string;
  end: 'result' | 'error' | 'exception' | 'timeout' | 'crash';
  code?: string;
  message?: string;
  stack?: string;
  heapMb?: number;
}

/** The case list: texts are cheap, so most cases are texts; every PDF still gets dozens. */
function cases(): Case[] {
  if (process.env.FUZZ_SEED) {
    return [{ id: 0, file: process.env.FUZZ_FILE!, level: (process.env.FUZZ_LEVEL ?? 'bytes') as Case['level'], seed: Number(process.env.FUZZ_SEED) }];
  }
  const files = readdirSync(FIXTURES).filter((f) => /\.(pdf|txt)$/.test(f)).sort();
  const pdfs = files.filter((f) => f.endsWith('.pdf'));
  const texts = files.filter((f) => f.endsWith('.txt'));
  const out: Case[] = [];
  let seed = 20_240_401;
  const add = (file: string, level: Case['level']) => out.push({ id: out.length, file, level, seed: seed++ });
  for (let i = 0; i < 30; i++) for (const f of pdfs) add(f, 'bytes');
  for (let i = 0; out.length < 1_020; i++) for (const f of texts) add(f, i % 2 === 0 ? 'text' : 'bytes');
  return out;
}

function runAll(all: Case[]): Promise<Ended[]> {
  return new Promise((resolve) => {
    const ended: Ended[] = [];
    let next = 0;
    let live = 0;
    const start = () => {
      live++;
      const worker = new Worker(new URL('./fuzz-worker.mjs', import.meta.url), {
        workerData: { fixtures: FIXTURES },
        resourceLimits: { maxOldGenerationSizeMb: HEAP_LIMIT_MB },
      });
      let current: Case | undefined;
      let timer: NodeJS.Timeout | undefined;
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        void worker.terminate();
        live--;
        if (next < all.length) start();
        else if (live === 0) resolve(ended);
      };
      const feed = () => {
        if (next >= all.length) return finish();
        current = all[next++]!;
        timer = setTimeout(() => {
          ended.push({ id: current!.id, op: '?', end: 'timeout', message: `no end after ${PER_RUN_MS} ms` });
          current = undefined;
          finish();
        }, PER_RUN_MS);
        worker.postMessage(current);
      };
      worker.on('message', (msg: Ended & { ready?: boolean }) => {
        if (msg.ready) return feed();
        clearTimeout(timer);
        ended.push(msg);
        current = undefined;
        feed();
      });
      worker.on('error', (err) => {
        if (current) ended.push({ id: current.id, op: '?', end: 'crash', message: String(err) });
        current = undefined;
        finish();
      });
      worker.on('exit', () => finish());
    };
    for (let i = 0; i < Math.min(WORKERS, all.length); i++) start();
  });
}

describe('fuzz', () => {
  it('ends every mutated input in a result or a PlanExtractError, in time and memory', { timeout: 240_000 }, async () => {
    const all = cases();
    const t0 = Date.now();
    const ended = await runAll(all);
    const seconds = (Date.now() - t0) / 1000;
    const byId = new Map(all.map((c) => [c.id, c]));
    const bad = ended.filter((e) => e.end === 'exception' || e.end === 'timeout' || e.end === 'crash' || e.code === 'INTERNAL');
    const tally: Record<string, number> = {};
    for (const e of ended) tally[e.end === 'error' ? e.code! : e.end] = (tally[e.end === 'error' ? e.code! : e.end] ?? 0) + 1;
    console.log(`fuzz: ${ended.length} runs in ${seconds.toFixed(1)} s, max heap ${Math.max(...ended.map((e) => e.heapMb ?? 0))} MB:`, JSON.stringify(tally));
    const report = bad.map((e) => {
      const c = byId.get(e.id)!;
      return `FUZZ_FILE=${c.file} FUZZ_LEVEL=${c.level} FUZZ_SEED=${c.seed} (${e.op}): ${e.end} ${e.message ?? ''}\n${e.stack ?? ''}`;
    });
    expect(report).toEqual([]);
    expect(ended).toHaveLength(all.length);
    expect(all.length >= 1000 || process.env.FUZZ_SEED !== undefined).toBe(true);
  });
});
