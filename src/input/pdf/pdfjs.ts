import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** Local directories pdf.js reads its resources from (plain paths ending in `/`: it reads them with fs, never over the network). */
export interface PdfJsResources {
  cMapUrl: string;
  standardFontDataUrl: string;
  wasmUrl: string;
  iccUrl: string;
}

let loading: Promise<PdfJs> | undefined;
let resources: PdfJsResources | undefined;

/** pdf.js, imported once and only when a PDF is read (it costs ~100 ms to load). */
export function loadPdfjs(): Promise<PdfJs> {
  loading ??= importPdfjs().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

export function pdfjsResources(): PdfJsResources {
  if (!resources) {
    const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    const dir = (name: string) => join(root, name) + '/';
    resources = { cMapUrl: dir('cmaps'), standardFontDataUrl: dir('standard_fonts'), wasmUrl: dir('wasm'), iccUrl: dir('iccs') };
  }
  return resources;
}

async function importPdfjs(): Promise<PdfJs> {
  // The legacy build constructs a DOMMatrix while loading; reading text and operator
  // lists never uses it, so an identity matrix is enough when no canvas package supplies one.
  (globalThis as { DOMMatrix?: unknown }).DOMMatrix ??= MinimalDOMMatrix;
  // While loading, pdf.js reports optional packages it could not find with console.log
  // ("Warning: …") before any verbosity setting can apply; those are not the user's concern.
  const log = console.log;
  console.log = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].startsWith('Warning: ')) return;
    log(...args);
  };
  try {
    return await import('pdfjs-dist/legacy/build/pdf.mjs');
  } finally {
    console.log = log;
  }
}

/** Identity 2-D matrix with the fields pdf.js reads at load time. */
class MinimalDOMMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;

  constructor(init?: readonly number[]) {
    if (init && init.length >= 6) [this.a, this.b, this.c, this.d, this.e, this.f] = init as [number, number, number, number, number, number];
  }
}
