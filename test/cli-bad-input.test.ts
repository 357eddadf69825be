/**
 * Bad inputs through the built CLI: each gives one line `plan-extract: <file>: <problem>`
 * on stderr (no stack trace), exit 1, no output file (not even an empty or partial
 * one, and an older output stays untouched), and in a batch the good files still convert.
 */
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, imageOnlyPdf, runCli, tempDir } from './cli-helpers.js';

const GOOD = fixture('target-sheet.kitakyushu.txt');

interface BadCase {
  name: string;
  /** Makes the input in dir and returns its path. */
  make(dir: string): string;
  problem: RegExp;
  args?: string[];
  skip?: () => boolean;
}

/** Deterministic "random" bytes: a file of binary garbage. */
function garbage(n: number): Buffer {
  const out = Buffer.alloc(n);
  let x = 12345;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

const CASES: BadCase[] = [
  { name: 'empty text file', make: (d) => (writeFileSync(join(d, 'empty.txt'), ''), join(d, 'empty.txt')), problem: /empty/ },
  { name: 'blank text file', make: (d) => (writeFileSync(join(d, 'blank.txt'), ' \n\n \r\n'), join(d, 'blank.txt')), problem: /empty/ },
  { name: '0-byte PDF', make: (d) => (writeFileSync(join(d, 'zero.pdf'), ''), join(d, 'zero.pdf')), problem: /empty/ },
  { name: 'binary garbage named .pdf', make: (d) => (writeFileSync(join(d, 'garbage.pdf'), garbage(4096)), join(d, 'garbage.pdf')), problem: /not a PDF/ },
  {
    name: 'truncated PDF',
    make: (d) => {
      const pdf = readFileSync(fixture('target-sheet.kitakyushu.pdf'));
      writeFileSync(join(d, 'truncated.pdf'), pdf.subarray(0, Math.floor(pdf.length * 0.4)));
      return join(d, 'truncated.pdf');
    },
    problem: /damaged|truncated|corrupt/i,
  },
  { name: 'encrypted PDF without --password', make: (d) => (copyFileSync(fixture('bad/encrypted.pdf'), join(d, 'locked.pdf')), join(d, 'locked.pdf')), problem: /encrypted.*--password/ },
  { name: 'image-only PDF', make: (d) => (writeFileSync(join(d, 'scan.pdf'), imageOnlyPdf()), join(d, 'scan.pdf')), problem: /no text layer/ },
  { name: 'directory with no reports', make: (d) => (mkdirSync(join(d, 'empty-dir')), writeFileSync(join(d, 'empty-dir', 'notes.md'), 'x'), join(d, 'empty-dir')), problem: /no \.pdf or \.txt files/ },
  { name: 'missing path', make: (d) => join(d, 'missing.pdf'), problem: /no such file/ },
  {
    name: 'unreadable file',
    make: (d) => {
      copyFileSync(GOOD, join(d, 'secret.txt'));
      chmodSync(join(d, 'secret.txt'), 0o000);
      return join(d, 'secret.txt');
    },
    problem: /cannot read \(EACCES\)/,
    // root reads a chmod 000 file anyway
    skip: () => process.getuid?.() === 0,
  },
  {
    name: '50 MB text file',
    make: (d) => {
      const line = Buffer.from('成果目標 地域生活支援拠点等の整備 令和２年度末までに１箇所\n');
      writeFileSync(join(d, 'huge.txt'), Buffer.concat(Array.from({ length: Math.ceil((50 * 1048576) / line.length) }, () => line)));
      return join(d, 'huge.txt');
    },
    problem: /bytes, over the limit of [0-9,]+ bytes/,
  },
  {
    name: 'text of the wrong kind under --kind',
    make: (d) => (copyFileSync(fixture('consultation-report.kurume.txt'), join(d, 'report.txt')), join(d, 'report.txt')),
    problem: /no target-sheet form/,
    args: ['--kind', 'target-sheet'],
  },
];

describe('bad input', () => {
  for (const c of CASES) {
    it(`${c.name}: one line on stderr, exit 1, no output file`, async (t) => {
      if (c.skip?.()) t.skip();
      const dir = tempDir(t);
      const input = c.make(dir);
      const out = join(dir, 'out');
      mkdirSync(out);
      writeFileSync(join(out, 'kept.json'), 'an older output');
      // a directory input writes into -o DIR; a file input to -o FILE, here over an older output
      const target = existsSync(input) && statSync(input).isDirectory() ? `${out}/` : join(out, 'kept.json');
      const r = await runCli([input, '--no-metrics', '-o', target, ...(c.args ?? [])]);
      expect(r.code).toBe(1);
      expect(r.stdout.length).toBe(0);
      const lines = r.stderr.split('\n').filter(Boolean);
      expect(lines).toHaveLength(1);
      expect(lines[0]!.startsWith(`plan-extract: ${input}: `)).toBe(true);
      expect(lines[0]).toMatch(c.problem);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(readdirSync(out)).toEqual(['kept.json']);
      expect(readFileSync(join(out, 'kept.json'), 'utf8')).toBe('an older output');
    });
  }

  it('names every bad file of a batch, converts the good one and exits 1', async (t) => {
    const dir = tempDir(t);
    const bad = CASES.filter((c) => !c.skip?.()).map((c) => c.make(dir));
    copyFileSync(GOOD, join(dir, 'good.txt'));
    const out = join(dir, 'out');
    const r = await runCli([...bad, join(dir, 'good.txt'), '--no-metrics', '--kind', 'target-sheet', '-o', out]);
    expect(r.code).toBe(1);
    expect(readdirSync(out)).toEqual(['good.target-sheet.json']);
    for (const input of bad) expect(r.stderr).toContain(`plan-extract: ${input}: `);
    expect(r.stderr).toContain(`ok  ${join(dir, 'good.txt')} → `);
    expect(r.stderr).toContain(`plan-extract: 1 converted, ${bad.length} failed, 0 warnings`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('shows the stack trace of a failure with --debug', async (t) => {
    const dir = tempDir(t);
    writeFileSync(join(dir, 'garbage.pdf'), garbage(100));
    const r = await runCli([join(dir, 'garbage.pdf'), '--debug']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^plan-extract: .*garbage\.pdf: not a PDF.*\n.*PlanExtractError.*\n\s+at /);
    expect(existsSync(join(dir, 'garbage.plan-progress.json'))).toBe(false);
  });
});
