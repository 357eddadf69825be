/**
 * The bare pdf.js baseline: load a PDF with the legacy build and the same options plan-extract
 * uses (CMaps, standard fonts…), then getTextContent + getOperatorList on every page — nothing else.
 * As a script it prints {"pages","ms","textItems","ops"}; the bench times the whole process, like
 * the CLI's. parallel-probe.mjs runs the same work in worker threads.
 * Usage: node bench/pdfjs-bare.mjs FILE.pdf
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const pdfjsRoot = dirname(require.resolve('pdfjs-dist/package.json'));

/** Reads every page's text and operator list; returns counts so the work cannot be skipped. */
export async function readWithPdfjs(file) {
  // As the product does (src/input/pdf/pdfjs.ts): the legacy build constructs a DOMMatrix while
  // loading, and text and operator lists never use it, so an identity matrix stands in for it.
  globalThis.DOMMatrix ??= class DOMMatrix {
    a = 1;
    b = 0;
    c = 0;
    d = 1;
    e = 0;
    f = 0;
  };
  // Also as the product does: load the worker module in this thread (globalThis.pdfjsWorker) and
  // put back the natives the legacy build's core-js replaces for the whole process (a JavaScript
  // Array.prototype.push, JSON.parse/stringify), so both sides do the same work.
  const { push } = Array.prototype;
  const { parse, stringify } = JSON;
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  for (const [target, name, value] of [[Array.prototype, 'push', push], [JSON, 'parse', parse], [JSON, 'stringify', stringify]]) {
    Object.defineProperty(target, name, { value, writable: true, enumerable: false, configurable: true });
  }
  const data = new Uint8Array(await readFile(file));
  // the options of src/input/pdf/read.ts: keep them in step, or the ratio compares different work
  const dir = (name) => join(pdfjsRoot, name) + '/';
  const doc = await pdfjs.getDocument({
    data,
    cMapUrl: dir('cmaps'),
    standardFontDataUrl: dir('standard_fonts'),
    wasmUrl: dir('wasm'),
    iccUrl: dir('iccs'),
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  }).promise;
  let textItems = 0;
  let ops = 0;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const text = await page.getTextContent();
    const list = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
    textItems += text.items.length;
    ops += list.fnArray.length;
    page.cleanup();
  }
  const pages = doc.numPages;
  await doc.destroy();
  return { pages, textItems, ops };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node bench/pdfjs-bare.mjs FILE.pdf');
    process.exit(2);
  }
  const started = performance.now();
  const counts = await readWithPdfjs(file);
  process.stdout.write(`${JSON.stringify({ ...counts, ms: Math.round(performance.now() - started) })}\n`);
}
