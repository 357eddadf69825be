/**
 * Where the outputs of a run go: standard output, one file (-o FILE, one input) or a
 * directory (-o DIR, --out-dir, several inputs) holding `<stem>.<suffix>` per input.
 */
import { statSync } from 'node:fs';
import { extname, join, sep } from 'node:path';
import { PlanExtractError } from '../errors.js';
import type { ExpandedInputs, InputEntry } from './inputs.js';
import type { ConvertOptions } from './options.js';

export type Destination =
  | { to: 'stdout' }
  | { to: 'file'; path: string }
  | { to: 'dir'; dir: string; stems: Map<InputEntry, string> };

/** The path without trailing separators: `out.txt/` names the file out.txt, which stat refuses as ENOTDIR. */
function bare(path: string): string {
  return path.replace(/[\\/]+$/, '') || path;
}

export function kindOfPath(path: string): 'directory' | 'other' | 'none' {
  try {
    return statSync(bare(path)).isDirectory() ? 'directory' : 'other';
  } catch {
    return 'none';
  }
}

function directory(dir: string, entries: readonly InputEntry[]): Destination {
  if (kindOfPath(dir) === 'other') throw new PlanExtractError('USAGE', `${bare(dir)} is a file, not a directory`);
  return { to: 'dir', dir, stems: outputStems(entries) };
}

function stemOf(name: string): string {
  const ext = extname(name);
  return ext && name.length > ext.length ? name.slice(0, -ext.length) : name;
}

/**
 * Output stems: the input's name without its extension; inputs whose stems clash
 * (report.pdf and report.txt) keep their extension; a clash left after that (the same
 * name in two directories) is a usage error rather than one output overwriting another.
 */
export function outputStems(entries: readonly InputEntry[]): Map<InputEntry, string> {
  const key = (s: string) => s.toLowerCase(); // clashes on case-insensitive file systems too
  const count = new Map<string, number>();
  for (const e of entries) count.set(key(stemOf(e.name)), (count.get(key(stemOf(e.name))) ?? 0) + 1);
  const stems = new Map<InputEntry, string>();
  const owner = new Map<string, InputEntry>();
  for (const e of entries) {
    const stem = count.get(key(stemOf(e.name)))! > 1 ? e.name : stemOf(e.name);
    const other = owner.get(key(stem));
    if (other) {
      throw new PlanExtractError('USAGE', `${other.label} and ${e.label} would write the same output files (${stem}.*): convert them in separate runs or rename one`);
    }
    owner.set(key(stem), e);
    stems.set(e, stem);
  }
  return stems;
}

export function planDestination(inputs: ExpandedInputs, opts: ConvertOptions): Destination {
  const several = inputs.entries.length > 1;
  const runnable = inputs.entries.filter((e) => !e.error);
  if (opts.outDir !== undefined) return directory(opts.outDir, runnable);
  // `-o -` is standard output, as in most tools, never a file named `-`
  if (opts.output !== undefined && opts.output !== '-') {
    const out = opts.output;
    if (several || inputs.hadDirectory || out.endsWith('/') || out.endsWith(sep) || kindOfPath(out) === 'directory') {
      return directory(out, runnable);
    }
    return { to: 'file', path: out };
  }
  if (several && opts.format !== 'jsonl') {
    throw new PlanExtractError('USAGE', 'several inputs need an output directory: -o DIR (or --format jsonl to write them all to standard output)');
  }
  return { to: 'stdout' };
}

export function outputPath(dest: Extract<Destination, { to: 'dir' }>, entry: InputEntry, suffix: string): string {
  return join(dest.dir, `${dest.stems.get(entry)}.${suffix}`);
}
