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
  // While loading, pdf.js reports optional packages it could not find with console.log or
  // console.warn ("Warning: …") before any verbosity setting can apply; those are not the user's concern.
  const { log, warn } = console;
  const quiet =
    (print: (...args: unknown[]) => void) =>
    (...args: unknown[]) => {
      if (typeof args[0] === 'string' && args[0].startsWith('Warning: ')) return;
      print(...args);
    };
  console.log = quiet(log);
  console.warn = quiet(warn);
  const natives = saveNatives();
  const getBuiltinModule = withoutCanvasPackage();
  try {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    // Loaded here rather than by pdf.js on the first getDocument, so that its polyfills are
    // in place before the natives are restored; it sets globalThis.pdfjsWorker, which makes
    // pdf.js run its worker in this thread instead of importing it again.
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return pdfjs;
  } finally {
    natives.restore();
    process.getBuiltinModule = getBuiltinModule;
    console.log = log;
    console.warn = warn;
  }
}

/**
 * While pdf.js loads, its `require('@napi-rs/canvas')` fails as if the package were absent.
 * pdf.js requires it at load time to polyfill what only rendering uses, and it is installed
 * (an optional dependency of pdfjs-dist): loading its native library cost each reader
 * ~200 ms of CPU and ~40 MB of memory, for nothing that reading text and paths needs.
 * Returns the original process.getBuiltinModule, to put back once pdf.js has loaded.
 */
function withoutCanvasPackage(): typeof process.getBuiltinModule {
  const original = process.getBuiltinModule;
  const canvasless = (url: string | URL) => {
    const require = createRequire(url);
    return Object.assign((id: string) => {
      if (id === '@napi-rs/canvas') throw new Error('not loaded: reading text does not render');
      return require(id) as unknown;
    }, require);
  };
  process.getBuiltinModule = ((id: string) => {
    const module = original.call(process, id) as object;
    if (id !== 'module' && id !== 'node:module') return module;
    return new Proxy(module, { get: (target, key, receiver) => (key === 'createRequire' ? canvasless : Reflect.get(target, key, receiver)) });
  }) as typeof process.getBuiltinModule;
  return original;
}

/**
 * The legacy build bundles core-js, which replaces Array.prototype.push (for the error a
 * non-writable length throws in V8 before 12.2) and JSON.parse/JSON.stringify (for
 * JSON.rawJSON and parse-with-source), for the whole process, pdf.js's own copy in
 * pdf.mjs and again in pdf.worker.mjs. Every push then runs as JavaScript: about a sixth
 * of a long PDF's time, ours included, and JSON.stringify re-scans its output. pdf.js
 * uses neither those error cases nor rawJSON, so the natives go back once both modules
 * have loaded (the methods core-js only adds, such as Promise.withResolvers, stay).
 */
function saveNatives(): { restore(): void } {
  const { push } = Array.prototype;
  const { parse, stringify } = JSON;
  return {
    restore() {
      Object.defineProperty(Array.prototype, 'push', { value: push, writable: true, enumerable: false, configurable: true });
      Object.defineProperty(JSON, 'parse', { value: parse, writable: true, enumerable: false, configurable: true });
      Object.defineProperty(JSON, 'stringify', { value: stringify, writable: true, enumerable: false, configurable: true });
    },
  };
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
