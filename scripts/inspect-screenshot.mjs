#!/usr/bin/env node
// Make docs/inspect.png, the README's picture of `plan-extract inspect`: the view of the
// Kitakyushu plan-progress fixture with one item selected, shot by headless Chromium.
// Run `npm run build` first (it runs bin/plan-extract.js).
//
//   node scripts/inspect-screenshot.mjs [--select 'items[2]'] [--out docs/inspect.png]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    select: { type: 'string', default: 'items[2]' },
    out: { type: 'string', default: join(ROOT, 'docs', 'inspect.png') },
    chromium: { type: 'string', default: '/usr/bin/chromium' },
  },
});
const dir = mkdtempSync(join(tmpdir(), 'inspect-shot-'));
try {
  const html = join(dir, 'plan-progress.kitakyushu.inspect.html');
  execFileSync(process.execPath, [join(ROOT, 'bin', 'plan-extract.js'), 'inspect', join(ROOT, 'fixtures', 'plan-progress.kitakyushu.pdf'), '-o', html, '-q'], { stdio: 'inherit' });
  execFileSync(
    values.chromium,
    [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      `--user-data-dir=${join(dir, 'profile')}`, '--hide-scrollbars', '--window-size=1280,860', `--screenshot=${values.out}`,
      `file://${html}?select=${encodeURIComponent(values.select)}`,
    ],
    { stdio: ['ignore', 'ignore', 'ignore'], timeout: 60_000 },
  );
  console.log(`wrote ${values.out}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
