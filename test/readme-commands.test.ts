/**
 * The README followed literally, from a temporary directory holding the fixtures, with
 * `npx plan-extract` the built bin: every line of its ```sh blocks (pipelines included),
 * each `sqlite3` session with the ```sql block after it (its output compared with the block
 * shown after that), every ```python block, and every `$ npx plan-extract …` transcript,
 * whose output lines must appear as shown. A command that does not work as written fails
 * this test. Blocks run in README order: later ones read what earlier ones wrote.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, FIXTURES, ROOT, tempDir } from './cli-helpers.js';

/**
 * The project's own commands, for a developer in the clone rather than a user of the command:
 * the test suite runs after them (npm test would run this test again).
 */
const PROJECT_COMMANDS = ['npm ci', 'npm test', 'npm run build && npm run schemas'];

interface Block {
  lang: string;
  body: string;
}

type Step =
  | { kind: 'sh'; command: string }
  | { kind: 'sqlite'; command: string; sql: string; output: string }
  | { kind: 'python'; code: string }
  | { kind: 'transcript'; command: string; shown: string[] };

function readmeBlocks(): Block[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  return [...readme.matchAll(/^```(\w*)\n([\s\S]*?)^```/gm)].map((m) => ({ lang: m[1]!, body: m[2]! }));
}

/** A shell line without its trailing comment (`# …` after two spaces). */
const withoutComment = (line: string) => line.replace(/\s{2,}#.*$/, '').trim();

function readmeSteps(blocks: Block[]): Step[] {
  const steps: Step[] = [];
  blocks.forEach((block, i) => {
    if (block.lang === 'sh') {
      for (const line of block.body.split('\n').map(withoutComment)) {
        if (!line || PROJECT_COMMANDS.includes(line)) continue;
        if (/^sqlite3 \S+$/.test(line)) {
          expect(blocks[i + 1]?.lang, `${line}: a sql block follows`).toBe('sql');
          steps.push({ kind: 'sqlite', command: line, sql: blocks[i + 1]!.body, output: blocks[i + 2]?.lang === '' ? blocks[i + 2]!.body : '' });
        } else {
          steps.push({ kind: 'sh', command: line });
        }
      }
    } else if (block.lang === 'python') {
      steps.push({ kind: 'python', code: block.body });
    } else if (block.lang === '' && block.body.startsWith('$ ')) {
      for (const part of block.body.split(/^\$ /m).filter(Boolean)) {
        const [command, ...shown] = part.replace(/\n$/, '').split('\n');
        steps.push({ kind: 'transcript', command: command!, shown });
      }
    }
  });
  return steps;
}

describe('README', () => {
  const steps = readmeSteps(readmeBlocks());

  it('calls the command as npx plan-extract (not on PATH after npm ci) and says how to install it', () => {
    const commands = steps.flatMap((s) => (s.kind === 'sh' || s.kind === 'transcript' ? [s.command] : []));
    expect(commands.length).toBeGreaterThanOrEqual(20);
    for (const c of commands) expect(c, c).not.toMatch(/(^|\| )plan-extract\b/);
    expect(steps.some((s) => s.kind === 'sqlite')).toBe(true);
    expect(steps.some((s) => s.kind === 'python')).toBe(true);
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toMatch(/npm link/);
  });

  it('runs as written on the fixtures', (t) => {
    const dir = tempDir(t);
    symlinkSync(FIXTURES, join(dir, 'fixtures'));
    // `npx plan-extract` as in the clone after npm ci, without npm's start-up (or its registry)
    const bin = join(dir, '.bin');
    mkdirSync(bin);
    writeFileSync(
      join(bin, 'npx'),
      `#!/bin/sh\n[ "$1" = plan-extract ] || { echo "npx $1: only plan-extract here" >&2; exit 127; }\nshift\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} "$@"\n`,
    );
    chmodSync(join(bin, 'npx'), 0o755);
    const { PLAN_EXTRACT_PASSWORD: _ignored, ...env } = process.env;
    const run = (command: string, input?: string) =>
      spawnSync('sh', ['-c', command], { cwd: dir, env: { ...env, PATH: `${bin}:${env.PATH}` }, input, encoding: 'utf8', timeout: 300_000 });
    for (const step of steps) {
      if (step.kind === 'sh') {
        const r = run(step.command);
        expect({ command: step.command, status: r.status, stderr: r.status === 0 ? '' : r.stderr }).toEqual({ command: step.command, status: 0, stderr: '' });
        expect(r.stderr, step.command).not.toMatch(/internal error|Error:|\n\s+at /);
      } else if (step.kind === 'sqlite') {
        const r = run(step.command, step.sql);
        expect({ sql: step.sql, status: r.status, stderr: r.stderr }).toEqual({ sql: step.sql, status: 0, stderr: '' });
        expect(r.stdout).toBe(step.output);
      } else if (step.kind === 'python') {
        const r = spawnSync('python3', ['-c', step.code], { cwd: dir, encoding: 'utf8' });
        expect({ code: step.code, status: r.status, stderr: r.stderr }).toEqual({ code: step.code, status: 0, stderr: '' });
      } else {
        const r = run(step.command);
        const said = `${r.stdout}${r.stderr}`.split(/\r?\n/);
        // a transcript that shows a failure line shows a failing command
        const fails = step.shown.some((l) => /^plan-extract: \S+: (?!warning )/.test(l));
        expect({ command: step.command, failed: r.status !== 0 }).toEqual({ command: step.command, failed: fails });
        // lines cut with … are shortened on purpose; every other line is printed as shown
        for (const line of step.shown.filter((l) => !l.includes('…'))) expect(said, `${step.command}: ${line}`).toContain(line);
      }
    }
  }, 1_200_000);
});
