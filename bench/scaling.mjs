/**
 * npm run bench:scaling — does the time grow in proportion to the input? Converts texts of
 * 5, 10 and 20 MB and PDFs of 500, 1,000 and 2,000 pages (kitakyushu's report repeated), and
 * runs detect on the longest PDF, which reads only its first pages. Prints a table and writes
 * it to bench/SCALING.md. The rate per MB or per page should stay flat from row to row;
 * the machine is shared, so compare rows of one run, not runs.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repeatPages } from './corpus.mjs';
import { machineDescription } from './machine.mjs';
import { measure } from './measure.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'plan-extract.js');
const DIR = join(ROOT, 'bench', 'corpus', 'scaling');
const MB = 1024 * 1024;

function log(message) {
  process.stderr.write(`[bench:scaling] ${message}\n`);
}

/** The fixture text repeated (a form feed between copies) to about `mb` MB. */
function bigText(mb) {
  const path = join(DIR, `plan-progress-${mb}mb.txt`);
  const base = readFileSync(join(ROOT, 'fixtures', 'plan-progress.kitakyushu.txt'), 'utf8').replace(/\f?$/, '\f');
  const copies = Math.floor((mb * MB) / Buffer.byteLength(base));
  writeFileSync(path, base.repeat(copies));
  return { path, bytes: Buffer.byteLength(base) * copies };
}

async function longPdf(pages) {
  const path = join(DIR, `plan-progress-${pages}p.pdf`);
  writeFileSync(path, await repeatPages(readFileSync(join(ROOT, 'fixtures', 'plan-progress.kitakyushu.pdf')), pages));
  return { path, pages };
}

function run(label, args, size, unit) {
  log(label);
  const r = measure(process.execPath, [BIN, ...args], { cwd: ROOT, timeoutMs: 900_000 });
  const s = r.wallMs / 1000;
  const rate = r.ok ? `${(s / size).toFixed(unit === 'MB' ? 2 : 4)} s per ${unit}` : `failed: ${r.reason}`;
  const rss = r.treeRssKB ?? r.rssKB;
  return `| ${label} | ${s.toFixed(1)} s | ${r.cpuMs === null ? '' : `${(r.cpuMs / 1000).toFixed(1)} s`} | ${rate} | ${rss ? `${Math.round(rss / 1024)} MB` : ''} |`;
}

async function main() {
  mkdirSync(DIR, { recursive: true });
  const rows = [];
  for (const mb of [5, 10, 20]) {
    const t = bigText(mb);
    rows.push(run(`text, ${(t.bytes / MB).toFixed(1)} MB → JSON (--no-metrics)`, [t.path, '--no-metrics', '-o', join(DIR, `out-${mb}mb.json`), '--quiet'], t.bytes / MB, 'MB'));
  }
  let longest;
  for (const pages of [500, 1000, 2000]) {
    longest = await longPdf(pages);
    rows.push(run(`PDF, ${pages} pages → JSON (--no-metrics)`, [longest.path, '--no-metrics', '--max-pages', '2000', '--timeout', '900', '-o', join(DIR, `out-${pages}p.json`), '--quiet'], pages, 'page'));
  }
  rows.push(run(`detect, ${longest.pages}-page PDF`, ['detect', longest.path], longest.pages, 'page'));
  const m = machineDescription();
  const table = [
    '# plan-extract: time against input size',
    '',
    `Measured ${new Date().toISOString()} by \`npm run bench:scaling\`; ${m.cores ?? ''} cores, load average at the end ${m.load ?? ''}.`,
    'Wall time of the whole CLI run (node start-up included); CPU of the process tree; the rate per MB or page should stay flat.',
    '',
    '| Input | Wall | CPU | Rate (wall) | Peak RSS |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
  process.stdout.write(`${table}\n`);
  writeFileSync(join(ROOT, 'bench', 'SCALING.md'), `${table}\n`);
}

main().catch((e) => {
  process.stderr.write(`bench:scaling failed: ${e.stack ?? e}\n`);
  process.exitCode = 1;
});
