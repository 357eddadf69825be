/**
 * Turns the measurements into the results table (markdown: printed, and written to RESULTS.md) and
 * the targets' pass/fail. A failed measurement shows "failed: <reason>" in its own row only, and a
 * target that depends on it is "not measured" rather than failed.
 */

const TARGETS = {
  /** Throughput of the default --jobs (one reader per core) over bare single-thread pdf.js, 300 p. */
  throughput: 1.5,
  /** The same with --jobs 1. */
  throughput1: 1.1,
  /** Batch of short PDFs, --jobs 2 over --jobs 1. */
  speedup: 1.4,
  helpMs: 100,
  smallMs: 300,
  rssMB: 600,
  rssGrowth: 1.25,
};

const time = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const rate = (n, ms, unit) => {
  const perS = n / (ms / 1000);
  return `${perS.toFixed(perS >= 100 ? 0 : 1)} ${unit}/s`;
};
const times = (v) => `${v.toFixed(2)}×`;
/** Margins are signed so that + always means better than the target. */
const signed = (v, digits) => `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(digits)}`;
const verdict = (pass) => (pass === null ? 'n/a' : pass ? '**pass**' : '**FAIL**');

/** What two threads of bare pdf.js work gained over one at the time of the batch runs (ideal: 2×). */
function machineSpeedup(r) {
  return r.probe1?.ok && r.probe2?.ok ? (2 * r.probe1.wallMs) / r.probe2.wallMs : null;
}

/** Speed ratio by CPU time (user + system, all threads): less disturbed by other load than wall time. */
function cpuRatio(run, base) {
  return run?.cpuMs && base?.cpuMs ? base.cpuMs / run.cpuMs : null;
}

function rss(r) {
  if (!r?.ok || r.treeRssMB == null) return '';
  return r.processes > 1 ? `${r.treeRssMB.toFixed(0)} MB (${r.processes} processes, summed)` : `${r.treeRssMB.toFixed(0)} MB`;
}

/** Each target: what was measured and by how much it passes or misses. */
export function evaluateTargets(r) {
  const targets = [];
  const add = (id, name, needs, compute) => {
    const missing = needs.find((m) => !m?.ok);
    if (missing) targets.push({ id, name, pass: null, measured: `not measured (${missing?.reason ?? 'not run'})`, margin: '' });
    else targets.push({ id, name, ...compute() });
  };
  const faster = (id, run, jobs, target) =>
    add(id, `300 p, ${jobs}: ≥ ${times(target)} the throughput of bare pdf.js`, [run, r.bare300], () => {
      const ratio = r.bare300.wallMs / run.wallMs;
      const cpu = cpuRatio(run, r.bare300);
      return {
        pass: ratio >= target,
        measured: `${times(ratio)}${cpu ? ` (CPU time ${times(1 / cpu)} that of bare pdf.js)` : ''}`,
        margin: `${signed(ratio - target, 2)}×`,
      };
    });
  faster('throughput', r.e2e300, 'default --jobs', TARGETS.throughput);
  faster('throughput1', r.e2e300j1, '--jobs 1', TARGETS.throughput1);
  add('speedup', `--jobs 2 batch speed-up ≥ ${TARGETS.speedup}×`, [r.batch1, r.batch2], () => {
    const speedup = r.batch1.wallMs / r.batch2.wallMs;
    const machine = machineSpeedup(r);
    return {
      pass: speedup >= TARGETS.speedup,
      measured: `${times(speedup)}${machine ? ` (bare pdf.js on 2 threads: ${times(machine)})` : ''}`,
      margin: `${signed(speedup - TARGETS.speedup, 2)}×`,
    };
  });
  const startup = (id, name, run, limit) =>
    add(id, `${name} ≤ node -e 0 + ${limit} ms`, [run, r.node0], () => {
      const d = run.wallMs - r.node0.wallMs;
      const cpu = run.cpuMs != null && r.node0.cpuMs != null ? ` (by CPU +${Math.round(run.cpuMs - r.node0.cpuMs)} ms)` : '';
      return { pass: d <= limit, measured: `+${Math.round(d)} ms${cpu}`, margin: `${signed(limit - d, 0)} ms` };
    });
  startup('help', '--help', r.help, TARGETS.helpMs);
  startup('small', 'small text report', r.small, TARGETS.smallMs);
  const peak = (id, name, run) =>
    add(id, `peak RSS < ${TARGETS.rssMB} MB, ${name}`, [run], () => {
      if (run.treeRssMB == null) return { pass: null, measured: 'RSS not reported', margin: '' };
      return { pass: run.treeRssMB < TARGETS.rssMB, measured: `${run.treeRssMB.toFixed(0)} MB`, margin: `${signed(TARGETS.rssMB - run.treeRssMB, 0)} MB` };
    });
  peak('rss300', '300 p --no-metrics, default --jobs', r.e2e300);
  peak('rss300j1', '300 p --no-metrics, --jobs 1', r.e2e300j1);
  peak('rss300m', '300 p with metrics, default --jobs', r.e2e300m);
  peak('rssBatch1', 'batch --jobs 1', r.batch1);
  peak('rssBatch2', 'batch --jobs 2', r.batch2);
  peak('rssOutputs', '500 reports → SQLite + merged XLSX', r.outputs500);
  add('growth', `RSS grows < ${((TARGETS.rssGrowth - 1) * 100).toFixed(0)}% from 100 to 300 p`, [r.e2e300, r.e2e100], () => {
    const g = r.e2e300.treeRssMB / r.e2e100.treeRssMB;
    const bare = r.bare100?.ok && r.bare300?.ok ? `; bare pdf.js ${signed((r.bare300.treeRssMB / r.bare100.treeRssMB - 1) * 100, 0)}%` : '';
    return {
      pass: g < TARGETS.rssGrowth,
      measured: `${signed((g - 1) * 100, 0)}% (${r.e2e100.treeRssMB.toFixed(0)} → ${r.e2e300.treeRssMB.toFixed(0)} MB${bare})`,
      margin: `${signed((TARGETS.rssGrowth - g) * 100, 0)} points`,
    };
  });
  return targets;
}

function tally(targets) {
  const count = (v) => targets.filter((t) => t.pass === v).length;
  const unmeasured = count(null);
  return `${count(true)} of ${targets.length} pass, ${count(false)} fail${unmeasured ? `, ${unmeasured} not measured` : ''}`;
}

const row = (cells) => `| ${cells.map((c) => String(c ?? '').replace(/\|/g, '\\|')).join(' | ')} |`;

export function renderMarkdown(r, ctx) {
  const targets = evaluateTargets(r);
  const { long300, long100, batchFiles, batchPages, smallText } = ctx.corpus;
  const m = ctx.machine;
  const lines = [];
  const notes = [];
  const targetCell = (ids) =>
    ids
      .map((id) => targets.find((t) => t.id === id))
      .map((t) => (t.pass === null ? `${t.name}: not measured` : `${t.name}: ${t.measured} ${verdict(t.pass)}`))
      .join('<br>');
  const measured = (label, run, throughput, compared, targetIds = []) => {
    if (!run?.ok) {
      lines.push(row([label, `failed: ${run?.reason ?? 'not run'}`, '', '', '', '', targetCell(targetIds)]));
      return;
    }
    let mark = '';
    if (run.flaky) {
      notes.push(`${label}: ${run.runs} run(s) measured, then one failed: ${run.flaky}`);
      mark = ` [${notes.length}]`;
    }
    const cpu = run.cpuMs == null ? '' : time(run.cpuMs);
    lines.push(row([label, `${time(run.wallMs)}${mark}`, cpu, throughput(run), compared(run), rss(run), targetCell(targetIds)]));
  };
  const vs = (run, base, name) => {
    if (!base?.ok) return `${name} not measured`;
    const cpu = cpuRatio(run, base);
    return `${times(base.wallMs / run.wallMs)} the speed of ${name}${cpu ? ` (by CPU ${times(cpu)})` : ''}`;
  };
  const overNode = (run) => {
    if (!r.node0?.ok) return 'node -e 0 not measured';
    const cpu = run.cpuMs != null && r.node0.cpuMs != null ? ` (by CPU +${Math.round(run.cpuMs - r.node0.cpuMs)} ms)` : '';
    return `+${Math.round(run.wallMs - r.node0.wallMs)} ms over node -e 0${cpu}`;
  };
  const pages = (n) => (run) => rate(n, run.wallMs, 'pages');
  const none = () => '';
  const baseline = () => 'baseline';

  lines.push('# plan-extract benchmark results', '');
  lines.push(`Measured ${ctx.date} by \`npm run bench\` (${ctx.elapsedS.toFixed(0)} s).`, '');
  lines.push(`- Machine: ${m.cores} cores (${m.cpu}), ${m.memoryGB} GB memory, Node ${m.node}, ${m.os}; load average (1, 5, 15 min) ${ctx.loadAtStart} at start, ${m.load} at the end.`);
  lines.push(`- Build: ${ctx.build}.`);
  lines.push(`- poppler: ${ctx.poppler ? `pdftotext ${m.pdftotext}` : 'not installed (`command -v pdftotext` found nothing), so its row is not measured'}.`);
  lines.push(`- Peak RSS: ${ctx.rssMethod}.`);
  lines.push(
    `- Corpus (bench/corpus/, built from fixtures/): ${long300.pages}- and ${long100.pages}-page A3 PDFs repeating the pages of plan-progress.kitakyushu.pdf (pdf-lib copyPages, shared fonts); a batch of ${batchFiles} short PDFs cycling through the fixture PDFs of fixtures/ (${batchPages} pages); target-sheet.kitakyushu.txt (one sheet, ${smallText.pages} PDF pages) as the small text report.`,
  );
  lines.push(
    `- plan-extract reads PDFs in reader processes, one per job (default --jobs: one per core); a PDF of 16 pages or more per reader is read in page ranges, one per reader. Peak RSS is that of every process of a run, summed.`,
    `- Wall time is the median of ${ctx.reps} runs (batch and kuromoji: ${Math.min(ctx.reps, 2)}; start-up: ${ctx.startupReps}), each a whole child process including node's start-up, interleaved with the runs it is compared with. CPU is the median user + system time of the process and its threads: when other work competes for the cores, CPU ratios stay steadier than wall ratios. Quote the ratios, not the times: this machine is shared.`,
  );
  lines.push('');
  lines.push(row(['Measurement', 'Wall (median)', 'CPU', 'Throughput (wall)', 'Compared with', 'Peak RSS', 'Targets']));
  lines.push(row(['---', '---:', '---:', '---:', '---', '---:', '---']));

  const vsBare = (run) => [vs(run, r.bare300, 'bare pdf.js'), ctx.poppler ? vs(run, r.poppler300, 'pdftotext') : null].filter(Boolean).join('; ');
  measured(`bare pdf.js, ${long300.pages} p, one thread (getTextContent + getOperatorList)`, r.bare300, pages(long300.pages), baseline);
  if (ctx.poppler) measured(`pdftotext -layout, ${long300.pages} p`, r.poppler300, pages(long300.pages), baseline);
  else lines.push(row([`pdftotext -layout, ${long300.pages} p`, 'not measured: poppler is not installed', '', '', '', '', '']));
  measured(`plan-extract --no-metrics, ${long300.pages} p → JSON, default --jobs`, r.e2e300, pages(long300.pages), vsBare, ['throughput', 'rss300', 'growth']);
  measured(`plan-extract --no-metrics --jobs 1, ${long300.pages} p → JSON`, r.e2e300j1, pages(long300.pages), vsBare, ['throughput1', 'rss300j1']);
  measured(`plan-extract with metrics, ${long300.pages} p → JSON, default --jobs`, r.e2e300m, pages(long300.pages), (run) => vs(run, r.bare300, 'bare pdf.js'), ['rss300m']);
  measured(`bare pdf.js, ${long100.pages} p`, r.bare100, pages(long100.pages), baseline);
  measured(`plan-extract --no-metrics, ${long100.pages} p → JSON, default --jobs`, r.e2e100, pages(long100.pages), (run) => vs(run, r.bare100, 'bare pdf.js'));
  const batchRate = (run) => `${rate(batchFiles, run.wallMs, 'files')}, ${rate(batchPages, run.wallMs, 'pages')}${run.note ? ` (${run.note})` : ''}`;
  measured(`batch of ${batchFiles} files, --jobs 1 → JSON`, r.batch1, batchRate, baseline, ['rssBatch1']);
  // CPU for the same work grows when two threads run at once (shared caches and memory bandwidth,
  // per-thread start-up): the probe shows how much of that is the machine's doing
  const cpuGrowth = (run, base, perUnit) => (run.cpuMs && base?.cpuMs ? `; CPU ${times(run.cpuMs / (base.cpuMs * perUnit))} that of one thread for the same work` : '');
  const speedupText = (run) => (r.batch1?.ok ? `${times(r.batch1.wallMs / run.wallMs)} speed-up over --jobs 1${cpuGrowth(run, r.batch1, 1)}` : '--jobs 1 not measured');
  measured(`batch of ${batchFiles} files, --jobs 2 → JSON`, r.batch2, batchRate, speedupText, ['speedup', 'rssBatch2']);
  measured(
    `probe: bare pdf.js on the ${long100.pages}-p PDF in 2 worker threads at once`,
    r.probe2,
    () => '',
    (run) => (machineSpeedup(r) ? `${times(machineSpeedup(r))} the throughput of 1 thread (ideal 2×)${cpuGrowth(run, r.probe1, 2)}` : 'one thread not measured'),
  );
  measured(
    '500 reports (fixture documents) → one SQLite database, again (replacing), one merged XLSX',
    r.outputs500,
    (run) => (run.note ? `SQLite ${time(run.note.sqliteMs)}, again ${time(run.note.sqliteAgainMs)}, XLSX ${time(run.note.xlsxMs)}` : ''),
    (run) => (run.note ? `${run.note.items} items; ${run.note.dbMB} MB database, ${run.note.xlsxMB} MB workbook` : ''),
    ['rssOutputs'],
  );
  measured('`node -e 0`', r.node0, none, baseline);
  measured('`plan-extract --help`', r.help, none, overNode, ['help']);
  measured('small text report --no-metrics → JSON', r.small, none, overNode, ['small']);
  measured('kuromoji: `loadMetricExtractor()` in a fresh process', r.kuromoji, (run) => (run.note ? `load ${run.note.loadMs} ms, import ${run.note.importMs} ms` : ''), () => 'wall = whole process');

  if (notes.length) lines.push('', ...notes.map((n, i) => `[${i + 1}] ${n}`));
  lines.push('', `## Targets: ${tally(targets)}`, '');
  lines.push(row(['Target', 'Measured', 'Margin (+ = better)', 'Result']));
  lines.push(row(['---', '---:', '---:', '---']));
  for (const t of targets) lines.push(row([t.name, t.measured, t.margin, verdict(t.pass)]));
  lines.push('');
  lines.push('Targets are reported, not enforced. A + margin is room left; a − margin is how far the target is missed.');
  lines.push('RSS growth compares the 100- and 300-page runs: memory that held every page would grow with the page count.');
  lines.push('');
  lines.push('Run `npm run bench` (after `--`: `--reps N`, `--startup-reps N`, `--no-build`, `--profile`, `--budget S`); profile alone: `node bench/profile.mjs [FILE.pdf] [--metrics]`.');
  return lines.join('\n');
}

/** One line per target for the terminal, after the table. */
export function renderTargets(r) {
  const targets = evaluateTargets(r);
  const lines = targets.map((t) => `${t.pass === null ? 'N/A ' : t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.measured}${t.margin ? ` (margin ${t.margin})` : ''}`);
  return [...lines, `Targets: ${tally(targets)}`].join('\n');
}
