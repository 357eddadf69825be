/**
 * Every command the README shows in its ```sh blocks, run as written from a temporary
 * directory holding the fixtures, with `plan-extract` (and `npx plan-extract`) the built
 * bin: a command that does not work as written fails this test.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, FIXTURES, ROOT, tempDir } from './cli-helpers.js';

/** Lines that stand for a command rather than being one (none today: every example runs). */
const PLACEHOLDERS: string[] = [];

function readmeCommands(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/^```sh\n([\s\S]*?)^```/gm)].map((m) => m[1]!);
  return blocks
    .flatMap((b) => b.split('\n'))
    .map((l) => l.trim())
    .filter((l) => /^(npx )?plan-extract\b/.test(l) && !PLACEHOLDERS.includes(l));
}

describe('README commands', () => {
  const commands = readmeCommands();

  it('are found, and call the command as npx plan-extract (not on PATH after npm ci)', () => {
    expect(commands.length).toBeGreaterThanOrEqual(10);
    for (const c of commands) expect(c, c).toMatch(/^npx plan-extract /);
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toMatch(/npm link/);
  });

  it('run as written on the fixtures and exit 0', (t) => {
    const dir = tempDir(t);
    symlinkSync(FIXTURES, join(dir, 'fixtures'));
    const bin = join(dir, '.bin');
    const wrapper = join(bin, 'plan-extract');
    spawnSync('mkdir', [bin]);
    writeFileSync(wrapper, `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} "$@"\n`);
    chmodSync(wrapper, 0o755);
    const { PLAN_EXTRACT_PASSWORD: _ignored, ...env } = process.env;
    for (const command of commands) {
      const line = command.replace(/^npx plan-extract/, 'plan-extract');
      const r = spawnSync('sh', ['-c', line], { cwd: dir, env: { ...env, PATH: `${bin}:${env.PATH}` }, encoding: 'utf8', timeout: 300_000 });
      expect({ command, status: r.status }).toEqual({ command, status: 0 });
      expect(r.stderr, command).not.toMatch(/internal error|Error:|\n\s+at /);
    }
  }, 1_200_000);
});
