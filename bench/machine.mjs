/** What the numbers were measured on: they mean little without it. */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';

function pdftotextVersion() {
  const run = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' });
  if (run.error) return null;
  return (`${run.stderr}${run.stdout}`.match(/pdftotext version ([\d.]+)/) ?? [])[1] ?? 'unknown version';
}

export function machineDescription() {
  const cores = cpus();
  return {
    cores: cores.length,
    cpu: cores[0]?.model?.replace(/\s+/g, ' ').trim() ?? 'unknown',
    memoryGB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${platform()} ${release()}`,
    load: loadavg().map((l) => l.toFixed(2)).join(' '),
    pdftotext: pdftotextVersion(),
  };
}
