#!/usr/bin/env node
/**
 * Hostile PDFs, written as raw bytes: small files that ask a reader for unbounded work.
 * Made at test time (test/cli-hostile.test.ts) rather than committed: the bombs are
 * megabytes each. `node scripts/hostile-pdfs.mjs DIR` writes them all into DIR.
 *
 *   text-bomb.pdf    a 1 MB stream that inflates to ~1 GB of text operators
 *   space-bomb.pdf   a stream that inflates to 1 GB of spaces
 *   deep-forms.pdf   a chain of 5,000 Form XObjects, each drawing the next
 *   many-pages.pdf   2,000 pages with a line of text each
 */
import { createDeflate } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MB = 1024 * 1024;

/** A PDF from its objects' bodies (object n is bodies[n-1]), with a correct cross-reference table. */
export function pdfFromObjects(bodies) {
  const parts = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0].length;
  const offsets = [];
  bodies.forEach((body, i) => {
    offsets.push(length);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'), Buffer.from('\nendobj\n')]);
    parts.push(chunk);
    length += chunk.length;
  });
  const xref = [`xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${bodies.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(parts);
}

export function streamObject(data, extra = '') {
  return Buffer.concat([Buffer.from(`<< /Length ${data.length}${extra} >>\nstream\n`), data, Buffer.from('\nendstream')]);
}

/** Deflate `chunk` repeated until `total` bytes, without holding the inflated bytes. */
export function deflateRepeated(chunk, total) {
  return new Promise((resolve, reject) => {
    const z = createDeflate({ level: 9, memLevel: 9 });
    const out = [];
    z.on('data', (b) => out.push(b));
    z.on('end', () => resolve(Buffer.concat(out)));
    z.on('error', reject);
    let written = 0;
    const pump = () => {
      while (written < total) {
        written += chunk.length;
        if (!z.write(chunk)) return void z.once('drain', pump);
      }
      z.end();
    };
    pump();
  });
}

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';

/** One page drawing `content` (a FlateDecode stream when `compressed`). */
function onePage(content, compressed, extraObjects = [], xobjects = '') {
  return pdfFromObjects([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >>${xobjects} >> >>`,
    streamObject(content, compressed ? ' /Filter /FlateDecode' : ''),
    FONT,
    ...extraObjects,
  ]);
}

export async function textBomb(inflated = 1024 * MB) {
  const line = Buffer.from('BT /F1 12 Tf 72 720 Td (plan-extract hostile input) Tj ET\n'.repeat(18000));
  return onePage(await deflateRepeated(line, inflated), true);
}

export async function spaceBomb(inflated = 1024 * MB) {
  return onePage(await deflateRepeated(Buffer.alloc(MB, 0x20), inflated), true);
}

/** Form n (object 5 + n) draws form n+1; the page draws form 1. */
export function deepForms(depth = 5000) {
  const forms = [];
  for (let n = 1; n <= depth; n++) {
    const next = n < depth ? ` /Resources << /XObject << /X ${6 + n} 0 R >> >>` : ' /Resources << /Font << /F1 5 0 R >> >>';
    const body = n < depth ? 'q /X Do Q' : 'BT /F1 12 Tf 72 720 Td (bottom) Tj ET';
    forms.push(streamObject(Buffer.from(body), ` /Type /XObject /Subtype /Form /BBox [0 0 595 842]${next}`));
  }
  return onePage(Buffer.from('BT /F1 12 Tf 72 760 Td (top) Tj ET q /X Do Q'), false, forms, ' /XObject << /X 6 0 R >>');
}

export function manyPages(count = 2000) {
  const pages = [];
  const kids = [];
  for (let n = 0; n < count; n++) {
    const page = 4 + 2 * n;
    kids.push(`${page} 0 R`);
    pages.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${page + 1} 0 R /Resources << /Font << /F1 3 0 R >> >> >>`);
    pages.push(streamObject(Buffer.from(`BT /F1 12 Tf 72 720 Td (page ${n + 1}) Tj ET`)));
  }
  return pdfFromObjects(['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${count} >>`, FONT, ...pages]);
}

export const HOSTILE_PDFS = {
  'text-bomb.pdf': textBomb,
  'space-bomb.pdf': spaceBomb,
  'deep-forms.pdf': deepForms,
  'many-pages.pdf': manyPages,
};

/** Writes every hostile PDF into `dir`; returns their paths by name. */
export async function writeHostilePdfs(dir) {
  mkdirSync(dir, { recursive: true });
  const paths = {};
  for (const [name, make] of Object.entries(HOSTILE_PDFS)) {
    paths[name] = join(dir, name);
    writeFileSync(paths[name], await make());
  }
  return paths;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/hostile-pdfs.mjs DIR');
    process.exit(2);
  }
  for (const [name, path] of Object.entries(await writeHostilePdfs(dir))) console.log(`${name}\t${path}`);
}
