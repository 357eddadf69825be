/**
 * What a newcomer meets first: messages that name the real problem, an output that cannot be
 * written failing before anything is converted, Ctrl-C saying how far it got, warnings shown
 * in full above the progress bar, and docs that name only options that exist.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, fixture, runCli, runInProcess, tempDir } from './cli-helpers.js';

const TEXT = fixture('target-sheet.kitakyushu.txt');

describe('messages', () => {
  it('say a path given as a directory is a file', async (t) => {
    const dir = tempDir(t);
    writeFileSync(join(dir, 'existing.txt'), 'x');
    for (const args of [['-o', 'existing.txt/'], ['--out-dir', 'existing.txt']]) {
      const r = await runCli([TEXT, '--no-metrics', ...args], { cwd: dir });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toBe('plan-extract: existing.txt is a file, not a directory\n');
    }
    expect(readFileSync(join(dir, 'existing.txt'), 'utf8')).toBe('x');
  });

  it('say an output in a directory nobody can write to is not writable, before converting anything', async (t) => {
    const r = await runCli([TEXT, '--no-metrics', '-o', '/proc/version']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('plan-extract: cannot write to /proc: not a writable directory\n');
    const batch = await runCli([TEXT, fixture('plan-progress.kitakyushu.txt'), '--no-metrics', '-o', '/proc/sys/']);
    expect(batch.code).toBe(1);
    expect(batch.stderr).toBe('plan-extract: cannot write to /proc/sys/: not a writable directory\n');
    if (process.getuid?.() === 0) return; // root writes into a read-only mode directory
    const dir = tempDir(t);
    mkdirSync(join(dir, 'ro'), { mode: 0o500 });
    const ro = await runCli([TEXT, fixture('plan-progress.kitakyushu.txt'), '--no-metrics', '-o', join(dir, 'ro')]);
    expect(ro.stderr).toMatch(/^plan-extract: cannot write to .*ro: permission denied\n$/);
  });

  it('take -o - as standard output, not a file named -', async (t) => {
    const dir = tempDir(t);
    const r = await runCli([TEXT, '--no-metrics', '-o', '-'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout.toString('utf8')).kind).toBe('target-sheet');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('suggest the command a first argument was probably meant to be', async (t) => {
    const r = await runCli(['detcet', TEXT]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("plan-extract: unknown command 'detcet' (did you mean detect?)\n");
    // an existing file of that name is an input
    const dir = tempDir(t);
    copyFileSync(TEXT, join(dir, 'detcet'));
    const file = await runCli(['detcet', '--no-metrics'], { cwd: dir });
    expect(file.code).toBe(0);
  });

  it('give a too large text its exact size and the limit', async (t) => {
    const dir = tempDir(t);
    writeFileSync(join(dir, 'big.txt'), Buffer.alloc(21_000_000, 0x61));
    const r = await runCli([join(dir, 'big.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/: text is 21,000,000 bytes, over the limit of 20,971,520 bytes \(20 MiB\); reports are far smaller$/m);
  });
});

describe('the progress bar', () => {
  it('leaves line wrapping on, so warnings above it show in full', async () => {
    const nul = `\u0000${readFileSync(TEXT, 'utf8')}`;
    const r = await runInProcess(['-', fixture('consultation-report.kurume.txt'), '--no-metrics', '-f', 'jsonl'], { stdin: nul, tty: true });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('plan-extract [');
    expect(r.stderr).toContain('plan-extract: <stdin>: warning control-characters-removed: 1 control character (U+0000 first) removed from the text\n');
    expect(r.stderr).not.toContain('\u001b[?7l'); // the terminal's "no wrap" switch
  });
});

describe('Ctrl-C', () => {
  it('stops a batch with a line saying what was done, and exit 130', async (t) => {
    const dir = tempDir(t);
    const inputs = Array.from({ length: 40 }, (_, i) => {
      const path = join(dir, `report-${i}.txt`);
      copyFileSync(fixture('plan-progress.kitakyushu.txt'), path);
      return path;
    });
    const child = spawn(process.execPath, [BIN, ...inputs, '--no-metrics', '-j', '1', '-o', join(dir, 'out')], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    const done = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (s: string) => {
      if (!stderr.includes('ok  ') && s.includes('ok  ')) child.kill('SIGINT');
      stderr += s;
    });
    expect(await done).toBe(130);
    const last = stderr.trimEnd().split('\n').at(-1)!;
    const m = /^plan-extract: interrupted: (\d+) converted, 0 failed, (\d+) not done; every file written is complete$/.exec(last);
    expect(m, stderr).not.toBeNull();
    expect(Number(m![1]) + Number(m![2])).toBe(40);
    expect(Number(m![2])).toBeGreaterThan(0);
    expect(readdirSync(join(dir, 'out')).filter((f) => !f.startsWith('.'))).toHaveLength(Number(m![1]));
  }, 120_000);
});

describe('docs', () => {
  it('name only options that exist, and tell Python to read the BOM away', () => {
    const output = readFileSync(join(ROOT, 'docs', 'output.md'), 'utf8');
    expect(output).not.toMatch(/`--bom`/);
    expect(output).toMatch(/--no-bom/);
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toMatch(/encoding='utf-8-sig'/);
    expect(readme).toMatch(/\| 130 \|/);
  });
});
