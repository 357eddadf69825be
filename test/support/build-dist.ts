/**
 * vitest globalSetup: CLI, package and fuzz tests run the built code in dist/ (bin/ runs its
 * bundle, dist/bundle/), so rebuild both once when dist/ is missing or older than any file in src/.
 * Type errors do not stop tsc from emitting; `npm test` reports them in its typecheck step.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const stamp = join(root, 'dist', 'cli', 'main.js');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, d.name);
    newest = Math.max(newest, d.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

export default function setup(): void {
  if (existsSync(stamp) && statSync(stamp).mtimeMs >= newestMtime(join(root, 'src'))) return;
  const tsc = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (!existsSync(stamp)) throw new Error(`building dist/ failed:\n${tsc.stdout}${tsc.stderr}`);
  if (tsc.status !== 0) console.warn(`tsc reported errors while building dist/ (emitted anyway):\n${tsc.stdout}`);
  const bundle = spawnSync(process.execPath, [join(root, 'scripts', 'bundle-cli.mjs')], { cwd: root, encoding: 'utf8' });
  if (bundle.status !== 0) throw new Error(`bundling dist/bundle/ failed:\n${bundle.stdout}${bundle.stderr}`);
}
