/**
 * Rectangles read from the content streams (content-rects.ts) against those of pdf.js's
 * operator list (pathsToRects), which the reader used to take from a second
 * interpretation of every page: equal to the bit on every fixture PDF, on content written
 * to reach the corners of pdf.js's reading (forms, soft masks, numbers, operands, tokens
 * split between streams) and on random content; and where the content cannot be read
 * surely, no rectangles at all, so that the operator list is used.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentRects } from '../src/input/pdf/content-rects.js';
import { ContentSource } from '../src/input/pdf/content-source.js';
import { pathsToRects, type Matrix } from '../src/input/pdf/paths.js';
import { loadPdfjs, pdfjsResources, type PdfJs } from '../src/input/pdf/pdfjs.js';
import { readPdfWith } from '../src/input/pdf/read.js';
import type { Box } from '../src/layout/types.js';
import { rawPagesPdf, type RawPage, type RawStream } from './support/raw-pdf.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const PASSWORDS: Record<string, string> = { 'bad/encrypted.pdf': 'user' };

function pdfsUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? pdfsUnder(join(dir, e.name)) : e.name.endsWith('.pdf') ? [join(dir, e.name)] : [],
  );
}

let pdfjs: PdfJs;
beforeAll(async () => {
  pdfjs = await loadPdfjs();
});

interface BothWays {
  /** Per page: the content's rectangles, or undefined where the operator list must be used. */
  content: (Box[] | undefined)[];
  operatorList: Box[][];
}

async function bothWays(bytes: Uint8Array, password?: string): Promise<BothWays> {
  const source = ContentSource.open(bytes, 1 << 25);
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), password, ...pdfjsResources(), verbosity: 0 }).promise;
  const out: BothWays = { content: [], operatorList: [] };
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const toPage = page.getViewport({ scale: 1 }).transform as unknown as Matrix;
      const ops = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
      out.operatorList.push(pathsToRects(ops.fnArray, ops.argsArray, toPage, pdfjs.OPS));
      out.content.push(source && contentRects(source, page.ref, toPage));
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return out;
}

/** Read from the content, and equal (Object.is on every coordinate) to the operator list's. */
async function expectSameRects(bytes: Uint8Array): Promise<Box[][]> {
  const both = await bothWays(bytes);
  expect(both.content.map((r) => r !== undefined)).toEqual(both.operatorList.map(() => true));
  expect(both.content).toEqual(both.operatorList);
  return both.operatorList;
}

async function expectOperatorList(bytes: Uint8Array): Promise<void> {
  const both = await bothWays(bytes);
  expect(both.content).toEqual(both.operatorList.map(() => undefined));
}

describe('every fixture PDF', () => {
  for (const path of pdfsUnder(FIXTURES)) {
    const name = relative(FIXTURES, path);
    it(`${name}: the same rectangles and the same layout either way`, async () => {
      const bytes = new Uint8Array(readFileSync(path));
      const password = PASSWORDS[name];
      const both = await bothWays(bytes, password);
      // an encrypted file's streams are pdf.js's to decrypt
      expect(both.content.every((r) => r === undefined)).toBe(password !== undefined);
      if (!password) expect(both.content).toEqual(both.operatorList);
      const options = { password };
      const [fromContent, fromOperatorList] = [await readPdfWith(bytes, options, 'content'), await readPdfWith(bytes, options, 'operator-list')];
      expect(JSON.stringify(fromContent)).toBe(JSON.stringify(fromOperatorList));
    });
  }
});

/** Objects 3… of the content cases: forms, graphics states, a font and an image. */
const SHARED: (string | RawStream)[] = [
  // 3: a form with a matrix 32-bit floats round, drawing the next form from its own resources
  {
    dict: '/Type /XObject /Subtype /Form /BBox [0 0 500 500] /Matrix [0.3 0.1 -0.1 0.3 17.17 23.3] /Resources << /XObject << /Inner 4 0 R >> >>',
    data: 'q 0.1 w 0 0 m 300 0 l 300 0.7 l S Q 10 10 200 100 re f /Inner Do Q 5 5 m 5 90 l S',
  },
  // 4: a transparency group without a matrix or resources of its own
  { dict: '/Type /XObject /Subtype /Form /BBox [0 0 99 99] /Group << /S /Transparency /CS /DeviceRGB >>', data: '0 50 m 99 50 l 50 0 m 50 99 l S 1 1 3 3 re b', deflate: true },
  // 5: a soft mask's group, with a matrix
  { dict: '/Type /XObject /Subtype /Form /BBox [0 0 600 800] /Matrix [1 0 0 1 5.5 6.25] /Group << /S /Transparency /CS /DeviceGray >>', data: '0 0 600 800 re f 20 700 m 580 700 l S' },
  // 6, 7: graphics states with and without a soft mask
  '<< /Type /ExtGState /SMask << /Type /Mask /S /Luminosity /G 5 0 R /BC [0] >> /ca 0.5 >>',
  '<< /Type /ExtGState /LW 2 /CA 0.4 /SMask /None >>',
  // 8: a font, 9: an image
  '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  { dict: '/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8', data: '\xff' },
];
const RESOURCES = '<< /XObject << /Outer 3 0 R /Inner 4 0 R /Image 9 0 R >> /ExtGState << /Masked 6 0 R /Plain 7 0 R >> /Font << /F1 8 0 R >> >>';

const page = (content: string | RawStream | (string | RawStream)[], entries?: string): RawPage => ({
  contents: Array.isArray(content) ? content : [content],
  resources: RESOURCES,
  entries,
});

describe('content written to reach the corners of pdf.js reading it', () => {
  const cases: Record<string, RawPage> = {
    'every painting operator, and closing ones': page(
      '10 10 m 200 10 l 200 50 l S 10 60 m 200 60 l 200 90 l s 10 100 190 20 re f 10 130 190 20 re F 10 160 190 20 re f* ' +
        '10 190 190 20 re B 10 220 190 20 re B* 10 250 m 200 250 l 200 270 l b 10 280 m 200 280 l 200 300 l b* 10 310 m 200 310 l n S s b',
    ),
    'rectangles of zero width or height, and negative sizes': page('10 10 0 100 re S 20 20 100 0 re f 200 200 -50 -30 re f 300 300 0 0 re S'),
    'a curve drops its subpath, straight ones stay': page('10 10 m 100 10 l 150 50 200 10 250 10 c 300 10 l 10 40 m 300 40 l S 10 400 m 200 400 l 250 450 300 400 v h 10 420 m 10 480 l b 10 500 m 100 500 l 150 550 200 500 y S'),
    'clipping paths are not painted': page('q 0 0 300 300 re W n 10 10 m 100 10 l S Q q 0 0 m 50 0 l 50 50 l h W* n Q'),
    'saves and restores out of balance': page('Q Q 2 0 0 2 0 0 cm 10 10 m 100 10 l S q 0.5 0 0 0.5 0 0 cm q 10 20 m 100 20 l S Q'),
    'numbers as pdf.js reads them': page(
      '.5 -.5 m 5. +3 l -0 007 l S 123456789.123456789 0.1000000000000000055511151231257827 m 33.333333333333333333 0.1 l S ' +
        '0.30000000000000004 100.99999999999999999999 m 500 100.99999999999999999999 l S',
    ),
    'strings, arrays, dictionaries, comments and null as operands': page(
      'BT /F1 12 Tf 10 700 Td (a \\) ( b ) c\\\\) Tj [(x) -250 <41 42 43> (y\\(z)] TJ (\\053\\n) \' 1 2 (q) " ET ' +
        '/Span << /ActualText (\\(q\\)) /K [1 2 [3 <<>>]] /N null /T true >> BDC 10 10 m % comment with ( and [ and BI\n100 10 l S EMC ' +
        '10 null 20 m 100 20 l S [3 2] 0 d 2 w 0.5 g 1 0 0 RG /DeviceRGB cs 0.1 0.2 0.3 sc',
    ),
    'a token split between two content streams': page(['10 10 m 10', '0 10 l S 1', '0 20 m 100 20 l S']),
    'deflated content': page({ data: '10 10 m 100 10 l S 20 20 200 40 re f', deflate: true }),
    'forms with matrices, nested, with their own and inherited resources': page('q 1 0 0 1 50 60 cm /Outer Do Q 2 0 0 2 0 0 cm /Inner Do 0 0 m 10 0 l S'),
    'a soft mask draws its group; a state without one draws nothing': page('/Masked gs 10 10 m 100 10 l S q /Masked gs Q /Plain gs 30 30 m 30 300 l S'),
    'missing and image XObjects draw nothing': page('/Nothing Do q 100 0 0 100 10 10 cm /Image Do Q 10 10 m 100 10 l S'),
    'a path painted after a form keeps its start': page('10 10 m 100 10 l /Outer Do S'),
    'a rotated page with an offset media box': page('10 10 m 100 10 l 100 200 l S 50 50 20 80 re f', '/Rotate 90 /MediaBox [10 20 610 820]'),
  };
  for (const [name, p] of Object.entries(cases)) {
    it(name, async () => {
      const [rects] = await expectSameRects(rawPagesPdf([p], SHARED));
      if (!name.includes('clipping')) expect(rects!.length).toBeGreaterThan(0);
    });
  }

  it('resources inherited from the page tree', async () => {
    await expectSameRects(rawPagesPdf([{ contents: ['/Outer Do 10 10 m 100 10 l S'] }], SHARED, `/Resources ${RESOURCES}`));
  });
});

describe('content pdf.js must read itself', () => {
  const cases: Record<string, RawPage | Uint8Array> = {
    'an inline image': page('q 10 0 0 10 50 50 cm BI /W 1 /H 1 /CS /G /BPC 8 ID \xff EI Q 0 0 m 100 0 l S'),
    'an operator glued to a number': page('10 10m 100 10 l S'),
    'an unknown operator': page('10 10 m 100 10 l S foo'),
    'an operand missing': page('10 m 100 10 l S'),
    'an operand too many': page('1 10 10 m 100 10 l S'),
    'a malformed number': page('10 10 m 100 1.0.0 l S'),
    'an escaped name': page('/Out#65r Do'),
    'a stray closing delimiter': page('10 10 m ) 100 10 l S'),
    'an unterminated string': page('10 10 m 100 10 l S (abc'),
    'a stream filter this reader does not decode': page({ dict: '/Filter /ASCIIHexDecode', data: `${Buffer.from('10 10 m 100 10 l S').toString('hex')}>` }),
    'a form drawn inside itself': rawPagesPdf([{ contents: ['/Self Do'], resources: '<< /XObject << /Self 3 0 R >> >>' }], [
      { dict: '/Type /XObject /Subtype /Form /BBox [0 0 9 9] /Resources << /XObject << /Self 3 0 R >> >>', data: '0 0 m 9 0 l S /Self Do' },
    ]),
    'a form of optional content': rawPagesPdf([{ contents: ['/Layer Do'], resources: '<< /XObject << /Layer 3 0 R >> >>' }], [
      { dict: '/Type /XObject /Subtype /Form /BBox [0 0 9 9] /OC 4 0 R', data: '0 0 m 9 0 l S' },
      '<< /Type /OCG /Name (layer) >>',
    ]),
    'a resource name escaped in the dictionary': rawPagesPdf([{ contents: ['/Fm1 Do'], resources: '<< /XObject << /F#6d1 3 0 R >> >>' }], [
      { dict: '/Type /XObject /Subtype /Form /BBox [0 0 9 9]', data: '0 0 m 9 0 l S' },
    ]),
    'an incremental update': withUpdate(rawPagesPdf([page('10 10 m 100 10 l S')], SHARED), 11, '10 20 m 100 20 l S'),
  };
  for (const [name, p] of Object.entries(cases)) {
    it(name, async () => {
      await expectOperatorList(p instanceof Uint8Array ? p : rawPagesPdf([p], SHARED));
    });
  }
});

/** `bytes` with an incremental update that redefines object `num` as a stream of `data`. */
function withUpdate(bytes: Uint8Array, num: number, data: string): Uint8Array {
  const text = Buffer.from(bytes).toString('latin1');
  const previous = Number(/startxref\s+(\d+)/.exec(text)![1]);
  const size = Number(/\/Size (\d+)/.exec(text)![1]);
  const at = bytes.length;
  const object = `${num} 0 obj\n<< /Length ${data.length} >>\nstream\n${data}\nendstream\nendobj\n`;
  const xref = at + object.length;
  const update = `${object}xref\n${num} 1\n${String(at).padStart(10, '0')} 00000 n \ntrailer\n<< /Size ${size} /Root 1 0 R /Prev ${previous} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.concat([Buffer.from(bytes), Buffer.from(update, 'latin1')]));
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random content: mostly ruled lines and boxes, with transforms, forms, masks, text and marked content between them. */
function randomContent(rand: () => number, withForms: boolean): string {
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const num = (scale: number): string => {
    const v = (rand() - 0.2) * scale;
    return pick([
      () => String(Math.round(v)),
      () => v.toFixed(Math.floor(rand() * 8)),
      () => v.toFixed(3).replace(/^(-?)0\./, '$1.'),
      () => `${Math.round(v)}.`,
      () => `+${Math.abs(v).toFixed(2)}`,
      () => String(v),
    ])();
  };
  const ops: string[] = [];
  let x = num(600);
  let y = num(800);
  for (let k = 0; k < 60; k++) {
    const r = rand();
    if (r < 0.35) {
      // a ruled line, often exactly or nearly along an axis
      const along = rand() < 0.5;
      const near = (v: string) => pick([v, v, String(Number(v) + rand() * 0.05), num(400)]);
      ops.push(`${x} ${y} m ${along ? num(600) : near(x)} ${along ? near(y) : num(800)} l`);
      if (rand() < 0.3) ops.push(`${num(600)} ${num(800)} l`);
      x = num(600);
      y = num(800);
    } else if (r < 0.5) ops.push(`${num(600)} ${num(800)} ${pick([num(200), '0'])} ${pick([num(100), '0'])} re`);
    else if (r < 0.55) ops.push(pick([`${num(600)} ${num(800)} ${num(600)} ${num(800)} ${num(600)} ${num(800)} c`, `${num(600)} ${num(800)} ${num(600)} ${num(800)} v`, 'h']));
    else if (r < 0.75) ops.push(pick(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'n', 'W n', 'S', 'f']));
    else if (r < 0.82) ops.push(pick(['q', 'Q', 'q']));
    else if (r < 0.87) ops.push(pick([`1 0 0 1 ${num(50)} ${num(50)} cm`, `${num(2)} 0 0 ${num(2)} ${num(50)} ${num(50)} cm`, `0 1 -1 0 ${num(600)} 0 cm`, `${num(1)} ${num(1)} ${num(1)} ${num(1)} ${num(9)} ${num(9)} cm`]));
    else if (r < 0.9) ops.push(withForms ? pick(['/Outer Do', '/Inner Do', '/Image Do', '/Nothing Do', '/Masked gs', '/Plain gs']) : '/Plain gs');
    else if (r < 0.95) ops.push(`BT /F1 ${num(20)} Tf ${num(600)} ${num(800)} Td (t\\)x) Tj [(a) ${num(500)} (b)] TJ ET`);
    else ops.push(pick(['/P << /MCID 1 >> BDC', 'EMC', '% note ( [\n', `[${num(5)} ${num(5)}] 0 d`, `${num(3)} w`]));
  }
  return ops.join(pick([' ', '\n', '\r\n', '  ']));
}

describe('random content', () => {
  it('gives the same rectangles as the operator list, page by page', async () => {
    const rand = random(20261202);
    const shared = SHARED.map((o, k) => (k === 0 && typeof o !== 'string' ? { ...o, data: `${randomContent(rand, false)} /Inner Do` } : o));
    shared[1] = { ...(shared[1] as RawStream), data: randomContent(rand, false) };
    shared[2] = { ...(shared[2] as RawStream), data: randomContent(rand, false) };
    const pages: RawPage[] = [];
    for (let k = 0; k < 40; k++) {
      const content = randomContent(rand, true);
      // split anywhere, even inside a token: pdf.js joins a page's streams byte for byte
      const cut = Math.floor(rand() * content.length);
      const parts = k % 3 === 0 ? [content.slice(0, cut), { data: content.slice(cut), deflate: true }] : [content];
      pages.push(page(parts, k % 4 === 1 ? '/Rotate 270 /MediaBox [-20 30 580 830]' : undefined));
    }
    const rects = await expectSameRects(rawPagesPdf(pages, shared));
    expect(rects.flat().length).toBeGreaterThan(500);
  });
});
