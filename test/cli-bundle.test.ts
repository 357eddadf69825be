/**
 * bin/ runs the bundled CLI (dist/bundle/, scripts/bundle-cli.mjs) when it is as new as tsc's
 * output, and dist/cli/ otherwise; both convert alike. --help loads neither zod nor any
 * module of dist/ one by one. Checked in child processes with a module resolve hook.
 */
import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixture, ROOT, tempDir, tracedImports } from './cli-helpers.js';

/** The CLI's imports, files of this project relative to its root. */
function traced(dir: string, args: string[]): { status: number | null; loaded: string[] } {
  const r = tracedImports(dir, args);
  const root = pathToFileURL(ROOT).href + '/';
  return { status: r.status, loaded: r.loaded.map((u) => u.replace(root, '')) };
}

describe('bundled CLI', () => {
  it('--help loads the bundle, not dist/cli/ module by module, and no zod', (t) => {
    const r = traced(tempDir(t), ['--help']);
    expect(r.status).toBe(0);
    expect(r.loaded).toContain('dist/bundle/main.js');
    expect(r.loaded.filter((u) => u.startsWith('dist/') && !u.startsWith('dist/bundle/'))).toEqual([]);
    expect(r.loaded.filter((u) => /node_modules\/zod\//.test(u))).toEqual([]);
  });

  it('a bundle older than dist/cli/main.js is not run, and both convert a text alike', (t) => {
    const dir = tempDir(t);
    const args = (out: string) => [fixture('target-sheet.kitakyushu.txt'), '--no-metrics', '-o', join(dir, out)];
    const bundled = traced(dir, args('bundled.json'));
    expect(bundled.status).toBe(0);
    expect(bundled.loaded).toContain('dist/bundle/main.js');
    const bundle = join(ROOT, 'dist', 'bundle', 'main.js');
    const cliMain = join(ROOT, 'dist', 'cli', 'main.js');
    const hourAgo = new Date(Date.now() - 3_600_000);
    const saved = readFileSync(bundle);
    try {
      utimesSync(bundle, hourAgo, hourAgo);
      utimesSync(cliMain, new Date(), new Date());
      const unbundled = traced(dir, args('unbundled.json'));
      expect(unbundled.status).toBe(0);
      expect(unbundled.loaded).toContain('dist/cli/main.js');
      expect(unbundled.loaded).not.toContain('dist/bundle/main.js');
    } finally {
      // the bundle is as it was, and newer again than tsc's output
      writeFileSync(bundle, saved);
    }
    expect(readFileSync(join(dir, 'unbundled.json'), 'utf8')).toBe(readFileSync(join(dir, 'bundled.json'), 'utf8'));
  });
});
