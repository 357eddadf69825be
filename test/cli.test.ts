/**
 * The built CLI run as a user runs it (`node bin/plan-extract.js …`): inputs, output
 * formats and destinations, commands and flags, exit codes, what goes to stderr.
 * Assertions are about files, streams and exit codes, not about parsed values.
 */
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Encoding from 'encoding-japanese';
import { describe, expect, it } from 'vitest';
import { csvRecords, fixture, FIXTURE_PDFS, FIXTURE_TEXTS, parseCsv, ROOT, runCli, runInProcess, tempDir } from './cli-helpers.js';

const TEXT = fixture('target-sheet.kitakyushu.txt');
const PDF = fixture('target-sheet.kitakyushu.pdf');
const KINDS = ['plan-progress', 'target-sheet', 'consultation-report'];
const TABLES: Record<string, string[]> = {
  'plan-progress': ['document', 'items', 'item-metrics', 'goals', 'indicators', 'indicator-values', 'summaries', 'scales'],
  'target-sheet': ['document', 'sheets', 'actuals', 'reviews', 'council-opinions'],
  'consultation-report': ['document', 'charts', 'chart-slices', 'plan-tables', 'counts'],
};

const json = (b: Buffer) => JSON.parse(b.toString('utf8'));
const lines = (s: string) => s.split('\n').filter((l) => l !== '');

/** The target-sheet text with one character Shift_JIS cannot hold (𠮷, U+20BB7) in a field. */
function textWithKichi(dir: string): string {
  const path = join(dir, 'kichi.txt');
  writeFileSync(path, readFileSync(TEXT, 'utf8').replace('担当部局 保健福祉局', '担当部局 𠮷保健福祉局'));
  return path;
}

describe('inputs', () => {
  it('converts one text file to pretty JSON on stdout, quietly', async () => {
    const r = await runCli([TEXT, '--no-metrics']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const text = r.stdout.toString('utf8');
    expect(text.startsWith('{\n  "kind": "target-sheet",\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(json(r.stdout).source).toMatchObject({ file: 'target-sheet.kitakyushu.txt', format: 'text' });
  });

  it('converts a PDF, and the convert command is the same as no command', async () => {
    const a = await runCli([PDF, '--no-metrics']);
    const b = await runCli(['convert', PDF, '--no-metrics']);
    expect(a.code).toBe(0);
    expect(json(a.stdout).source).toMatchObject({ file: 'target-sheet.kitakyushu.pdf', format: 'pdf' });
    expect(b.stdout.equals(a.stdout)).toBe(true);
  });

  it('reads every .pdf and .txt of a directory, sorted by name, and nothing else', async (t) => {
    const dir = tempDir(t);
    for (const f of ['b.txt', 'a.txt']) copyFileSync(TEXT, join(dir, f));
    writeFileSync(join(dir, 'notes.md'), '# not a report');
    mkdirSync(join(dir, 'sub.pdf'));
    const r = await runCli([dir, '-f', 'jsonl', '--no-metrics']);
    expect(r.code).toBe(0);
    expect(lines(r.stdout.toString('utf8')).map((l) => JSON.parse(l).source.file)).toEqual(['a.txt', 'b.txt']);
  });

  it('reads standard input for -, text or PDF', async () => {
    const text = await runCli(['-', '--no-metrics'], { input: readFileSync(TEXT) });
    expect(text.code).toBe(0);
    expect(json(text.stdout)).toMatchObject({ kind: 'target-sheet', source: { file: 'stdin', format: 'text' } });
    const pdf = await runCli(['-', '--no-metrics'], { input: readFileSync(PDF) });
    expect(pdf.code).toBe(0);
    expect(json(pdf.stdout).source).toMatchObject({ file: 'stdin', format: 'pdf' });
  });

  it('reads only the --pages asked for', async () => {
    const all = await runCli([fixture('plan-progress.kitakyushu.pdf'), '--no-metrics']);
    const first = await runCli([fixture('plan-progress.kitakyushu.pdf'), '--no-metrics', '--pages', '1']);
    expect(first.code).toBe(0);
    const pages = (d: { items: Array<{ page: number | null }> }) => new Set(d.items.map((i) => i.page));
    expect([...pages(json(first.stdout))].every((p) => p === 1)).toBe(true);
    expect(pages(json(all.stdout)).size).toBeGreaterThan(1);
    for (const bad of ['0', '3-1', 'x', '1,,2']) {
      const r = await runCli([PDF, '--pages', bad]);
      expect(r.code, bad).toBe(2);
      expect(r.stderr).toMatch(/^plan-extract: --pages/);
    }
  });

  it('decodes UTF-8 (BOM or not), Shift_JIS, EUC-JP, ISO-2022-JP and UTF-16 text to the same document', async (t) => {
    const dir = tempDir(t);
    const text = readFileSync(TEXT, 'utf8');
    const to = (enc: Encoding.Encoding, s: string) => Buffer.from(Encoding.convert(Encoding.stringToCode(s), { to: enc, from: 'UNICODE' }) as number[]);
    const be = (s: string) => Buffer.from(s, 'utf16le').swap16();
    const files: Record<string, Buffer> = {
      'a-utf8.txt': Buffer.from(text),
      'b-utf8-bom.txt': Buffer.from(`\uFEFF${text}`),
      'c-shift_jis.txt': to('SJIS', text),
      'd-euc-jp.txt': to('EUCJP', text),
      'e-iso-2022-jp.txt': to('JIS', text),
      'f-utf16le-bom.txt': Buffer.from(`\uFEFF${text}`, 'utf16le'),
      'g-utf16be-bom.txt': be(`\uFEFF${text}`),
      'h-utf16le.txt': Buffer.from(text, 'utf16le'),
    };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
    const r = await runCli([dir, '-f', 'jsonl', '--no-metrics', '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const docs = lines(r.stdout.toString('utf8')).map((l) => JSON.parse(l));
    expect(docs.map((d) => d.source.file)).toEqual(Object.keys(files));
    const body = (d: { source: unknown }) => JSON.stringify({ ...d, source: null });
    for (const d of docs) expect(body(d), d.source.file).toBe(body(docs[0]));
  });

  it('takes --input-encoding over detection', async (t) => {
    const dir = tempDir(t);
    const be = join(dir, 'utf16be.txt');
    writeFileSync(be, Buffer.from(readFileSync(TEXT, 'utf8'), 'utf16le').swap16());
    const forced = await runCli([be, '--no-metrics', '--input-encoding', 'utf-16be']);
    expect(forced.code).toBe(0);
    expect(json(forced.stdout).kind).toBe('target-sheet');
    const sjis = join(dir, 'sjis.txt');
    writeFileSync(sjis, Buffer.from(Encoding.convert(Encoding.stringToCode(readFileSync(TEXT, 'utf8')), { to: 'SJIS', from: 'UNICODE' }) as number[]));
    const wrong = await runCli([sjis, '--no-metrics', '--input-encoding', 'utf-8']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/^plan-extract: .*sjis\.txt: text is not valid utf-8/);
    const unknown = await runCli([sjis, '--input-encoding', 'klingon']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown input encoding "klingon"');
  });
});

describe('outputs', () => {
  it('writes -o FILE atomically: the file whole, no temporary left', async (t) => {
    const dir = tempDir(t);
    const out = join(dir, 'nested', 'sheet.json');
    const r = await runCli([TEXT, '--no-metrics', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBe(0);
    expect(json(readFileSync(out)).kind).toBe('target-sheet');
    expect(readdirSync(join(dir, 'nested'))).toEqual(['sheet.json']);
    expect(r.stderr.startsWith(`ok  ${TEXT} → ${out} (`)).toBe(true);
  });

  it('writes one JSON line per input for jsonl, in input order', async () => {
    const r = await runCli([fixture('target-sheet.kitakyushu.txt'), fixture('consultation-report.kurume.txt'), '-f', 'jsonl', '--no-metrics', '--jobs', '2']);
    expect(r.code).toBe(0);
    const docs = lines(r.stdout.toString('utf8')).map((l) => JSON.parse(l));
    expect(docs.map((d) => d.kind)).toEqual(['target-sheet', 'consultation-report']);
  });

  it('needs -o DIR for several inputs (except jsonl) and writes <name>.<kind>.json there', async (t) => {
    const dir = tempDir(t);
    const refused = await runCli([...FIXTURE_TEXTS.map(fixture)]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('several inputs need an output directory');
    const r = await runCli([...FIXTURE_TEXTS.map(fixture), '--no-metrics', '-o', join(dir, 'out')]);
    expect(r.code).toBe(0);
    const written = readdirSync(join(dir, 'out')).sort();
    expect(written).toEqual(['consultation-report.kurume.consultation-report.json', 'plan-progress.kitakyushu.plan-progress.json', 'target-sheet.kitakyushu.target-sheet.json']);
    const one = await runCli([TEXT, '--no-metrics', '--out-dir', join(dir, 'single')]);
    expect(one.code).toBe(0);
    expect(readdirSync(join(dir, 'single'))).toEqual(['target-sheet.kitakyushu.target-sheet.json']);
  });

  it('keeps the extension in output names when two inputs share a name, and refuses a clash it cannot resolve', async (t) => {
    const dir = tempDir(t);
    const r = await runCli([fixture('target-sheet.kitakyushu.txt'), fixture('target-sheet.kitakyushu.pdf'), '--no-metrics', '-o', join(dir, 'out')]);
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['target-sheet.kitakyushu.pdf.target-sheet.json', 'target-sheet.kitakyushu.txt.target-sheet.json']);
    for (const d of ['x', 'y']) {
      mkdirSync(join(dir, d));
      copyFileSync(TEXT, join(dir, d, 'same.txt'));
    }
    const clash = await runCli([join(dir, 'x', 'same.txt'), join(dir, 'y', 'same.txt'), '-o', join(dir, 'out2')]);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toContain('would write the same output files');
    expect(existsSync(join(dir, 'out2'))).toBe(false);
  });

  it('writes CSV tables to a directory: the tables of the kind, BOM, CRLF, header first', async (t) => {
    const dir = tempDir(t);
    const r = await runCli([TEXT, '--no-metrics', '-f', 'csv', '-o', `${dir}/`]);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(TABLES['target-sheet']!.map((n) => `target-sheet.kitakyushu.${n}.csv`).sort());
    const sheets = readFileSync(join(dir, 'target-sheet.kitakyushu.sheets.csv'));
    expect([...sheets.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(sheets.toString('utf8').split('\r\n')[0]).toBe('\uFEFFfile,target_type,target_code,target_title,page,department,goal_label,goal_value,goal_unit,goal_raw,goal_fiscal_year,goal_deadline,goal_note,rationale,actuals_as_of,activity_indicator');
    const rows = csvRecords(sheets);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.file === 'target-sheet.kitakyushu.txt' && row.target_code !== '')).toBe(true);
  });

  it('sends one CSV table to stdout with --table, and otherwise names the tables', async () => {
    const r = await runCli([TEXT, '--no-metrics', '-f', 'csv', '--table', 'actuals', '--no-bom']);
    expect(r.code).toBe(0);
    expect(r.stdout.toString('utf8').startsWith('file,target_type,target_code,fiscal_year,label,value,unit,raw\r\n')).toBe(true);
    const none = await runCli([TEXT, '--no-metrics', '-f', 'csv']);
    expect(none.code).toBe(2);
    expect(none.stdout.length).toBe(0);
    expect(none.stderr).toBe(
      `plan-extract: ${TEXT}: one CSV table at a time goes to standard output: choose one with --table (a target-sheet report has document, sheets, actuals, reviews, council-opinions) or write them all with -o DIR\n`,
    );
    const early = await runCli([TEXT, '-f', 'csv', '--kind', 'target-sheet']);
    expect(early.code).toBe(2);
    expect(early.stderr).toContain('--table (a target-sheet report has document, sheets, actuals, reviews, council-opinions)');
    const wrongTable = await runCli([TEXT, '-f', 'csv', '--table', 'charts', '--no-metrics']);
    expect(wrongTable.code).toBe(2);
    expect(wrongTable.stderr).toContain('a target-sheet report has no table "charts"');
    const unknownTable = await runCli([TEXT, '-f', 'csv', '--table', 'nope']);
    expect(unknownTable.code).toBe(2);
    const jsonTable = await runCli([TEXT, '--table', 'items']);
    expect(jsonTable.code).toBe(2);
  });

  it('writes Shift_JIS on request, fails naming a character it cannot hold, or replaces it with 〓', async (t) => {
    const dir = tempDir(t);
    const sjis = await runCli([TEXT, '--no-metrics', '-f', 'csv', '--table', 'sheets', '--encoding', 'shift_jis']);
    expect(sjis.code).toBe(0);
    expect(Encoding.detect(sjis.stdout)).toBe('SJIS');
    expect(new TextDecoder('shift_jis').decode(sjis.stdout)).toContain('保健福祉局');

    const kichi = textWithKichi(dir);
    const out = join(dir, 'out');
    const failed = await runCli([kichi, '--no-metrics', '-f', 'csv', '-o', `${out}/`, '--encoding', 'sjis']);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/^plan-extract: .*kichi\.txt: 𠮷 \(U\+20BB7\) in sheets\.csv row 2 column department cannot be written in shift_jis \(use --replace-unmappable/);
    expect(existsSync(out)).toBe(false);

    const replaced = await runCli([kichi, '--no-metrics', '-f', 'csv', '-o', `${out}/`, '--encoding', 'cp932', '--replace-unmappable']);
    expect(replaced.code).toBe(0);
    expect(replaced.stderr).toContain(`plan-extract: ${kichi}: warning unmappable-character: 𠮷 (U+20BB7) replaced with 〓 in sheets.csv (row 2 column department)\n`);
    expect(new TextDecoder('shift_jis').decode(readFileSync(join(out, 'kichi.sheets.csv')))).toContain('〓保健福祉局');

    const json = await runCli([TEXT, '--encoding', 'shift_jis']);
    expect(json.code).toBe(2);
    expect(json.stderr).toContain('--encoding applies to --format csv');
  });

  it('is byte-identical from run to run, whatever the number of jobs', async (t) => {
    const dir = tempDir(t);
    const inputs = [...FIXTURE_TEXTS.map(fixture), PDF];
    const a = await runCli([...inputs, '-f', 'csv', '-o', join(dir, 'a'), '--jobs', '1', '--no-metrics']);
    const b = await runCli([...inputs, '-f', 'csv', '-o', join(dir, 'b'), '--jobs', '2', '--no-metrics']);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    expect(b.stderr.replaceAll(`${dir}/b`, `${dir}/a`)).toBe(a.stderr);
    const files = readdirSync(join(dir, 'a')).sort();
    expect(readdirSync(join(dir, 'b')).sort()).toEqual(files);
    for (const f of files) expect(readFileSync(join(dir, 'b', f)).equals(readFileSync(join(dir, 'a', f))), f).toBe(true);
    const j1 = await runCli([TEXT, '--no-metrics']);
    const j2 = await runCli([TEXT, '--no-metrics']);
    expect(j2.stdout.equals(j1.stdout)).toBe(true);
    expect(j1.stdout.toString('utf8')).not.toMatch(/"(created|generated|timestamp)/i);
  });
});

describe('commands and flags', () => {
  it('prints --version and --help (examples, tables, exit codes) on stdout with exit 0', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const v = await runCli(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout.toString('utf8')).toBe(`${pkg.version}\n`);
    const h = await runCli(['--help']);
    expect(h.code).toBe(0);
    const help = h.stdout.toString('utf8');
    for (const needle of ['Usage: plan-extract', 'convert [options] <inputs...>', 'detect [options]', 'schema [options] [kind]', 'Examples:', 'Exit codes:', '3  warnings under --strict', '--password', '--jobs', '--no-bom', 'chart-slices']) {
      expect(help).toContain(needle);
    }
    const none = await runCli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Usage: plan-extract');
    const unknown = await runCli(['--frobnicate', TEXT]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^plan-extract: unknown option '--frobnicate'/);
  });

  it('detect prints kind and confidence per file, one line each, or JSON lines', async () => {
    const r = await runCli(['detect', ...FIXTURE_TEXTS.map(fixture), ...FIXTURE_PDFS.map(fixture)]);
    expect(r.code).toBe(0);
    const rows = lines(r.stdout.toString('utf8')).map((l) => l.split('\t'));
    expect(rows).toHaveLength(6);
    for (const [file, kind, confidence] of rows) {
      expect(KINDS).toContain(kind);
      expect(file!.split('/').pop()!.startsWith(kind!)).toBe(true);
      expect(confidence).toMatch(/^[01]\.\d\d$/);
    }
    const j = await runCli(['detect', '--json', TEXT]);
    expect(JSON.parse(j.stdout.toString('utf8'))).toMatchObject({ file: TEXT, kind: 'target-sheet', confidence: expect.any(Number), scores: expect.any(Object) });
    const missing = await runCli(['detect', TEXT, 'no-such-file.txt']);
    expect(missing.code).toBe(1);
    expect(lines(missing.stdout.toString('utf8'))).toHaveLength(1);
    expect(missing.stderr).toBe('plan-extract: no-such-file.txt: no such file\n');
  });

  it('--kind forces a kind; a document without its markers fails', async () => {
    const ok = await runCli([TEXT, '--kind', 'target-sheet', '--no-metrics']);
    expect(ok.code).toBe(0);
    const bad = await runCli([TEXT, '--kind', 'minutes']);
    expect(bad.code).toBe(2);
  });

  it("--kind needs the kind's form, not one of its words: one line, exit 1", async (t) => {
    const word = join(tempDir(t), 'word.txt');
    writeFileSync(word, '本年度の実施状況について、相談支援センターから報告します。\n');
    for (const kind of KINDS) {
      const r = await runCli([word, '--kind', kind, '--no-metrics']);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`plan-extract: ${word}: no ${kind} form found in this document\n`);
    }
  });

  it('fails a document of a kind without any record: `no KIND records found`, exit 2', async (t) => {
    const header = join(tempDir(t), 'header.txt');
    writeFileSync(header, '事業番号 事業名 事業概要 所管課\n目的達成状況 事業の方向性\n');
    const r = await runCli([header, '--no-metrics']);
    expect(r.code).toBe(2);
    expect(r.stdout.length).toBe(0);
    expect(r.stderr).toBe(`plan-extract: ${header}: no plan-progress records found\n`);
  });

  it('prints warnings as `plan-extract: <file>: warning <code>: <message>`, silenced by --quiet; --strict fails on them with exit 3', async (t) => {
    const dir = tempDir(t);
    const kichi = textWithKichi(dir);
    const args = [kichi, '--no-metrics', '-f', 'csv', '--table', 'sheets', '--encoding', 'shift_jis', '--replace-unmappable'];
    const loud = await runCli(args);
    expect(loud.code).toBe(0);
    expect(lines(loud.stderr).every((l) => /^plan-extract: .*kichi\.txt: warning [a-z-]+: .+/.test(l))).toBe(true);
    const quiet = await runCli([...args, '--quiet']);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe('');
    const out = join(dir, 'strict.csv');
    const strict = await runCli([...args, '--strict', '-o', out]);
    expect(strict.code).toBe(3);
    expect(strict.stderr).toContain(`plan-extract: ${kichi}: 1 warning under --strict: not written`);
    expect(existsSync(out)).toBe(false);
    const strictClean = await runCli([TEXT, '--no-metrics', '--strict']);
    expect(strictClean.code).toBe(0);
  });

  it('takes --password or PLAN_EXTRACT_PASSWORD for an encrypted PDF', async () => {
    const enc = fixture('bad/encrypted.pdf');
    const locked = await runCli([enc]);
    expect(locked.code).toBe(1);
    expect(locked.stderr).toMatch(/^plan-extract: .*encrypted\.pdf: .*encrypted.*--password/);
    // the right password opens it: what remains is that it is no welfare report
    const opened = await runCli([enc, '--password', 'user']);
    const problem = (stderr: string) => stderr.slice(`plan-extract: ${enc}: `.length);
    expect(problem(opened.stderr)).not.toMatch(/encrypted|password/);
    const byEnv = await runCli([enc], { env: { PLAN_EXTRACT_PASSWORD: 'user' } });
    expect(byEnv.stderr).toBe(opened.stderr);
    const wrong = await runCli([enc, '--password', 'guess']);
    expect(wrong.code).toBe(1);
    expect(problem(wrong.stderr)).toMatch(/password/);
  });

  it('shows stack traces only with --debug', async () => {
    const plain = await runCli(['no-such-file.pdf']);
    expect(plain.stderr).toBe('plan-extract: no-such-file.pdf: no such file\n');
    const debug = await runCli(['no-such-file.pdf', '--debug']);
    expect(debug.stderr.split('\n')[0]).toBe('plan-extract: no-such-file.pdf: no such file');
    expect(debug.stderr).toMatch(/\n\s+at /);
  });

  it('prints ok lines and a summary on a non-terminal stderr, a progress bar on a terminal', async (t) => {
    const dir = tempDir(t);
    const inputs = [fixture('target-sheet.kitakyushu.txt'), fixture('consultation-report.kurume.txt')];
    // without the dictionary a deck's figures in sentences go unread: coverage is low by choice here
    const plain = await runCli([...inputs, '--no-metrics', '--min-coverage', '0', '-o', dir]);
    expect(lines(plain.stderr)).toEqual([
      expect.stringMatching(/^ok {2}.*target-sheet\.kitakyushu\.txt → .*target-sheet\.kitakyushu\.target-sheet\.json \(\d+ sheets?, coverage [01]\.\d\d, 0 warnings\)$/),
      expect.stringMatching(/^ok {2}.*consultation-report\.kurume\.txt → .*\.consultation-report\.json \(\d+ charts?, \d+ tables?, \d+ counts?, coverage [01]\.\d\d, 0 warnings\)$/),
      'plan-extract: 2 converted, 0 failed, 0 warnings',
    ]);
    const tty = await runInProcess([...inputs, 'missing.txt', '--no-metrics', '--min-coverage', '0', '-o', join(dir, 'tty'), '--jobs', '1'], { tty: true });
    expect(tty.code).toBe(1);
    expect(tty.stderr).toContain('plan-extract [');
    expect(tty.stderr).toContain('plan-extract: missing.txt: no such file');
    expect(tty.stderr).toContain('plan-extract: 2 converted, 1 failed, 0 warnings');
    expect(tty.stderr).not.toContain('ok  ');
  });

  it('exits 1 when some inputs fail but still writes the others', async (t) => {
    const dir = tempDir(t);
    const r = await runCli([TEXT, 'missing.pdf', '--no-metrics', '-o', dir]);
    expect(r.code).toBe(1);
    expect(readdirSync(dir)).toEqual(['target-sheet.kitakyushu.target-sheet.json']);
    expect(r.stderr).toContain('plan-extract: missing.pdf: no such file\n');
    expect(r.stderr).toContain('plan-extract: 1 converted, 1 failed, 0 warnings');
  });

  it('reports an output it cannot write as a failure of that input', async (t) => {
    if (process.getuid?.() === 0) t.skip(); // root writes anywhere
    const dir = tempDir(t);
    chmodSync(dir, 0o500);
    const r = await runCli([TEXT, '--no-metrics', '-o', join(dir, 'x.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot write .*x\.json: permission denied/);
  });

  it('reports an output path under a file as a failure, leaving nothing behind', async (t) => {
    const dir = tempDir(t);
    writeFileSync(join(dir, 'file'), 'x');
    const r = await runCli([TEXT, '--no-metrics', '-o', join(dir, 'file', 'x.json')]);
    expect(r.code).toBe(1);
    // found before anything is converted
    expect(r.stderr).toMatch(/^plan-extract: cannot write to .*file: /);
    expect(readdirSync(dir)).toEqual(['file']);
  });
});
