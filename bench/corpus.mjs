/**
 * Builds the benchmark corpus in bench/corpus/ from the fixtures (git-ignored, rebuilt when missing).
 * Long PDFs repeat the plan-progress fixture's table pages with pdf-lib, as one copyPages call so
 * the copies share fonts and resources the way a real long report does.
 */
import { copyFile, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { PDFDocument } from 'pdf-lib';

const LONG_SOURCE = 'plan-progress.kitakyushu.pdf';
const BATCH_SIZE = 50;
/** Bumped when the corpus recipe changes, so stale corpora are rebuilt. */
const RECIPE = 'v2';

async function exists(path) {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

export async function repeatPages(sourceBytes, pageCount) {
  const source = await PDFDocument.load(sourceBytes);
  const n = source.getPageCount();
  const out = await PDFDocument.create();
  const indices = Array.from({ length: pageCount }, (_, i) => i % n);
  for (const page of await out.copyPages(source, indices)) out.addPage(page);
  return out.save();
}

async function pdfPageCount(bytes) {
  return (await PDFDocument.load(bytes)).getPageCount();
}

/** The batch cycles through the short fixture PDFs, as a city's folder of reports would. */
async function buildBatch(fixturesDir, batchDir, inputs) {
  await mkdir(batchDir, { recursive: true });
  const files = [];
  for (let i = 0; i < BATCH_SIZE; i++) {
    const src = inputs[i % inputs.length];
    const dest = join(batchDir, `${String(i + 1).padStart(2, '0')}-${basename(src.file)}`);
    await copyFile(join(fixturesDir, src.file), dest);
    files.push({ path: dest, pages: src.pages });
  }
  return files;
}

/**
 * Returns paths and page counts of every corpus input, building what is missing.
 */
export async function buildCorpus(root) {
  const fixturesDir = join(root, 'fixtures');
  const dir = join(root, 'bench', 'corpus');
  const manifestPath = join(dir, 'manifest.json');
  if (await exists(manifestPath)) {
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
    const all = () => [manifest.long300.path, manifest.long100.path, manifest.smallText.path, ...manifest.batch.map((f) => f.path)];
    if (manifest.recipe === RECIPE && (await Promise.all(all().map(exists))).every(Boolean)) return manifest;
  }
  // copies of the read-only fixtures cannot be overwritten in place
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const names = (await readdir(fixturesDir)).sort();
  const pdfs = names.filter((n) => n.endsWith('.pdf'));
  const pageCounts = new Map();
  for (const pdf of pdfs) pageCounts.set(pdf.replace(/\.pdf$/, ''), await pdfPageCount(await readFile(join(fixturesDir, pdf))));
  const inputs = pdfs.map((file) => ({ file, pages: pageCounts.get(file.replace(/\.pdf$/, '')) }));

  const sourceBytes = await readFile(join(fixturesDir, LONG_SOURCE));
  const long300 = join(dir, 'plan-progress-300p.pdf');
  const long100 = join(dir, 'plan-progress-100p.pdf');
  await writeFile(long300, await repeatPages(sourceBytes, 300));
  await writeFile(long100, await repeatPages(sourceBytes, 100));

  // the smallest text report: one target sheet (one 成果目標), the start-up case of a CI job
  const smallText = join(dir, 'target-sheet-small.txt');
  await copyFile(join(fixturesDir, 'target-sheet.kitakyushu.txt'), smallText);

  const batch = await buildBatch(fixturesDir, join(dir, 'batch'), inputs);
  const manifest = {
    recipe: RECIPE,
    long300: { path: long300, pages: 300 },
    long100: { path: long100, pages: 100 },
    smallText: { path: smallText, pages: pageCounts.get('target-sheet.kitakyushu') ?? 1 },
    batch,
  };
  await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
  return manifest;
}
