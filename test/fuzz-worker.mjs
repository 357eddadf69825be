// Worker thread of test/fuzz.test.ts: rebuilds each mutated input from (file, seed, level)
// and runs the built extract() on it with {metrics:false}; reports how the run ended.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { mulberry32 } from './support/prng.mjs';

const { extract, PlanExtractError } = await import(new URL('../dist/api.js', import.meta.url).href);
const originals = new Map();
const original = (file) => {
  if (!originals.has(file)) originals.set(file, readFileSync(join(workerData.fixtures, file)));
  return originals.get(file);
};

const int = (r, n) => Math.floor(r() * n);

/** Byte-level damage: bit flips, truncation, random insertion, a chunk duplicated elsewhere. */
function mutateBytes(buf, r) {
  switch (int(r, 4)) {
    case 0: {
      const out = Buffer.from(buf);
      for (let n = 1 + int(r, 16); n > 0; n--) out[int(r, out.length)] ^= 1 << int(r, 8);
      return { op: 'flip', bytes: out };
    }
    case 1:
      return { op: 'truncate', bytes: buf.subarray(0, int(r, buf.length)) };
    case 2: {
      const p = int(r, buf.length + 1);
      const ins = Buffer.from(Array.from({ length: 1 + int(r, 256) }, () => int(r, 256)));
      return { op: 'insert', bytes: Buffer.concat([buf.subarray(0, p), ins, buf.subarray(p)]) };
    }
    default: {
      const s = int(r, buf.length);
      const chunk = buf.subarray(s, s + 1 + int(r, 8192));
      const p = int(r, buf.length + 1);
      return { op: 'duplicate', bytes: Buffer.concat([buf.subarray(0, p), chunk, buf.subarray(p)]) };
    }
  }
}

// characters that steer the parsers: digits, eras, units, bullets, page and line breaks
const POOL = [...'0123456789０１２３４５６７８９年度月日令和平成元▲△＋－%％件人名回箇所・①②（）()【】〜～：:、。 \n\n\f\t'];

/** Text-level damage on a decoded text: characters replaced, cut, inserted, lines duplicated. */
function mutateText(text, r) {
  const chars = [...text];
  switch (int(r, 4)) {
    case 0: {
      for (let n = 1 + int(r, 32); n > 0; n--) chars[int(r, chars.length)] = POOL[int(r, POOL.length)];
      return { op: 'replace-chars', text: chars.join('') };
    }
    case 1:
      return { op: 'truncate-text', text: chars.slice(0, int(r, chars.length)).join('') };
    case 2: {
      const p = int(r, chars.length + 1);
      const ins = Array.from({ length: 1 + int(r, 64) }, () => POOL[int(r, POOL.length)]).join('');
      return { op: 'insert-text', text: chars.slice(0, p).join('') + ins + chars.slice(p).join('') };
    }
    default: {
      const lines = text.split('\n');
      const s = int(r, lines.length);
      const block = lines.slice(s, s + 1 + int(r, 40));
      const p = int(r, lines.length + 1);
      return { op: 'duplicate-lines', text: [...lines.slice(0, p), ...block, ...lines.slice(p)].join('\n') };
    }
  }
}

parentPort.on('message', async (c) => {
  const r = mulberry32(c.seed);
  const buf = original(c.file);
  const m = c.level === 'text' ? mutateText(buf.toString('utf8'), r) : mutateBytes(buf, r);
  const input = m.text !== undefined ? { text: m.text, name: c.file } : m.bytes;
  let result;
  try {
    const doc = await extract(input, { metrics: false, name: c.file });
    result = { end: 'result', kind: doc.kind };
  } catch (e) {
    result = e instanceof PlanExtractError
      ? { end: 'error', code: e.code, message: e.message, stack: e.code === 'INTERNAL' ? String(e.cause?.stack ?? e.stack) : undefined }
      : { end: 'exception', message: String(e?.stack ?? e) };
  }
  parentPort.postMessage({ id: c.id, op: m.op, heapMb: Math.round(process.memoryUsage().heapUsed / 1048576), ...result });
});
parentPort.postMessage({ ready: true });
