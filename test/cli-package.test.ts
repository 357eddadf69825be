/**
 * The library as a user's project sees it: `import { extract } from 'plan-extract'`
 * resolved through package.json `exports` (from a temporary project whose
 * node_modules/plan-extract links here, and by self-reference), with paths,
 * Buffers and {text} inputs, typed results and PlanExtractError codes; and the
 * published types (of `plan-extract/normalize` too) compile in a consumer.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, ROOT, tempDir } from './cli-helpers.js';

const SCRIPT = `
import { readFileSync } from 'node:fs';
import { extract, detect, PlanExtractError, isPlanExtractError, KIND_NAMES } from 'plan-extract';
const out = {};
const fromPath = await extract(process.env.INPUT, { metrics: false });
out.path = [fromPath.kind, fromPath.source.file, fromPath.source.format];
const fromBuffer = await extract(readFileSync(process.env.INPUT), { metrics: false, name: 'mine.txt' });
out.buffer = [fromBuffer.kind, fromBuffer.source.file];
const fromText = await extract({ text: readFileSync(process.env.INPUT, 'utf8') }, { metrics: false });
out.text = [fromText.kind, fromText.source.file];
out.detect = (await detect(process.env.INPUT)).kind;
try { await extract('no-such.pdf'); } catch (e) { out.error = [e instanceof PlanExtractError, isPlanExtractError(e), e.code, e.file]; }
out.kinds = KIND_NAMES;
console.log(JSON.stringify(out));
`;

const CONSUMER = `
import { extract, PlanExtractError, type ExtractedDocument, type TargetSheetDocument, type Metric } from 'plan-extract';
import { parseDate, parseNumber, parseFiscalYear, type DateResult, type Era, ERAS } from 'plan-extract/normalize';
function normalized(): number {
  const d: DateResult | null = parseDate('R5.3.31');
  const iso: string | null = d?.ok ? d.iso : null;
  const era: Era | undefined = ERAS[0];
  return (parseNumber('1,234') ?? 0) + (parseFiscalYear('令和元年度', { defaultEra: '令和' }) ?? 0) + (iso?.length ?? 0) + (era?.startYear ?? 0);
}
async function main(): Promise<number> {
  const doc: ExtractedDocument = await extract({ text: '…' }, { kind: 'target-sheet', metrics: false });
  if (doc.kind === 'target-sheet') {
    const sheet: TargetSheetDocument['sheets'][number] | undefined = doc.sheets[0];
    const year: number | undefined = sheet?.actuals[0]?.fiscalYear;
    return year ?? 0;
  }
  if (doc.kind === 'plan-progress') {
    const m: Metric | undefined = doc.items[0]?.results?.metrics[0];
    return m?.value ?? 0;
  }
  return new PlanExtractError('USAGE', 'x').code.length;
}
void main();
void normalized();
`;

const INPUT = fixture('target-sheet.kitakyushu.txt');

const EXPECTED = {
  path: ['target-sheet', 'target-sheet.kitakyushu.txt', 'text'],
  buffer: ['target-sheet', 'mine.txt'],
  text: ['target-sheet', 'input'],
  detect: 'target-sheet',
  error: [true, true, 'FILE_NOT_FOUND', 'no-such.pdf'],
  kinds: ['plan-progress', 'target-sheet', 'consultation-report'],
};

describe('the package by name', () => {
  it('is importable from another project through node_modules', (t) => {
    const project = tempDir(t);
    mkdirSync(join(project, 'node_modules'));
    symlinkSync(ROOT, join(project, 'node_modules', 'plan-extract'), 'dir');
    writeFileSync(join(project, 'package.json'), '{"type":"module","private":true}');
    writeFileSync(join(project, 'use.mjs'), SCRIPT);
    const r = spawnSync(process.execPath, ['use.mjs'], { cwd: project, encoding: 'utf8', env: { ...process.env, INPUT } });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(EXPECTED);
  });

  it('is importable by self-reference inside the package', () => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', SCRIPT], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, INPUT } });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(EXPECTED);
  });

  it('publishes types a TypeScript consumer compiles against', (t) => {
    const project = tempDir(t);
    mkdirSync(join(project, 'node_modules'));
    symlinkSync(ROOT, join(project, 'node_modules', 'plan-extract'), 'dir');
    writeFileSync(join(project, 'package.json'), '{"type":"module","private":true}');
    writeFileSync(join(project, 'consumer.ts'), CONSUMER);
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const r = spawnSync(
      process.execPath,
      [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--skipLibCheck', '--types', 'node', '--typeRoots', join(ROOT, 'node_modules', '@types'), 'consumer.ts'],
      { cwd: project, encoding: 'utf8' },
    );
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 60_000);
});
