#!/usr/bin/env node
// Make docs/inspect.png, the README's picture of `plan-extract inspect`: the browser test's
// view of the Kitakyushu plan-progress fixture (item #8 selected, its name clicked in the
// JSON), shot by headless Chromium over the DevTools protocol. The test takes the picture;
// INSPECT_SCREENSHOT tells it where to keep it.
//
//   node scripts/inspect-screenshot.mjs [--out docs/inspect.png]
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = join(import.meta.dirname, '..');
const { values } = parseArgs({ options: { out: { type: 'string', default: join(ROOT, 'docs', 'inspect.png') } } });
execFileSync('npx', ['vitest', 'run', 'test/inspect-browser.test.ts', '-t', 'a record clicked'], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, INSPECT_SCREENSHOT: resolve(values.out) },
});
console.log(`wrote ${values.out}`);
