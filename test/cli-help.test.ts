/**
 * What a newcomer reads first: `plan-extract` alone gives the gist, `--help` shows only
 * commands that work (pdftotext's -raw mode, not -layout, which is refused) and the same
 * exit codes as the README's table and the code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../src/cli/exit-codes.js';
import { ROOT, runInProcess } from './cli-helpers.js';

const codesIn = (text: string) => [...text.matchAll(/^\s*\|?\s*(\d+)\s*(?:\|\s*)?\S/gm)].map((m) => Number(m[1]));

describe('help', () => {
  it('without arguments: what is missing, the usage line and where the rest is, exit 2', async () => {
    const r = await runInProcess([]);
    expect(r.code).toBe(EXIT.USAGE);
    expect(r.stdout.length).toBe(0);
    expect(r.stderr).toBe(
      'plan-extract: no input given\nUsage: plan-extract [options] [command] <inputs...>\n(plan-extract --help shows options, commands and examples)\n',
    );
  });

  it('--help: examples that work as written, and every exit code of the code and the README', async () => {
    const r = await runInProcess(['--help']);
    expect(r.code).toBe(0);
    const help = r.stdout.toString('utf8');
    expect(help).toMatch(/pdftotext -raw report\.pdf - \| plan-extract -/);
    expect(help).not.toMatch(/pdftotext -layout|pdftotext report/);
    expect(help).toMatch(/npx plan-extract/);
    const exitCodes = Object.values(EXIT).sort((a, b) => a - b);
    expect(codesIn(help.slice(help.indexOf('Exit codes:')))).toEqual(exitCodes);
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## Exit codes'), readme.indexOf('When inputs fail'));
    expect(codesIn(table.split('\n').filter((l) => /^\| \d/.test(l)).join('\n'))).toEqual(exitCodes);
  });
});
