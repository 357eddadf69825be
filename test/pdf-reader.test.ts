import { readFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { PDFDocument, degrees } from 'pdf-lib';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PlanExtractError } from '../src/errors.js';
import { pdfjsResources, readPdf } from '../src/input/pdf/index.js';
import type { LayoutDocument } from '../src/input/types.js';
import { tableGrid } from '../src/layout/index.js';
import type { LayoutPage, Table } from '../src/layout/index.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));
const squash = (s: string | undefined) => (s ?? '').replace(/\s+/g, '');
const allText = (doc: LayoutDocument) =>
  doc.pages.flatMap((p) => [...p.lines, ...(p.furniture ?? [])].map((l) => l.text)).join('\n');

/** A one-page PDF showing `hex` (UCS-2 codes) in a non-embedded Japanese CID font. */
function cidFontPdf(hex: string): Uint8Array {
  const content = `BT /F1 12 Tf 20 100 Td ${hex} Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /KozMinPr6N-Regular /Encoding /UniJIS-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /KozMinPr6N-Regular /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 6 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /KozMinPr6N-Regular /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets = objects.map((o, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

async function failure(promise: Promise<unknown>): Promise<PlanExtractError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PlanExtractError);
  return error as PlanExtractError;
}

/** Tables whose header row holds 事業番号, i.e. the plan table on each page. */
const planTables = (page: LayoutPage) => page.tables.filter((t) => t.cells.some((c) => c.row === 0 && squash(c.text) === '事業番号'));

describe('plan-progress (A3 spreadsheet table over 3 pages)', () => {
  let doc: LayoutDocument;
  const expected = JSON.parse(readFileSync(new URL('../fixtures/plan-progress.kitakyushu.expected.json', import.meta.url), 'utf8')) as {
    items: { no: number; page: number; name: string }[];
  };
  beforeAll(async () => {
    doc = await readPdf(fixture('plan-progress.kitakyushu.pdf'), { file: 'plan-progress.kitakyushu.pdf' });
  });

  it('reads every page', () => {
    expect(doc).toMatchObject({ format: 'pdf', pageCount: 3 });
    expect(doc.pages.map((p) => p.page)).toEqual([1, 2, 3]);
    expect(doc.pages[0]!.width).toBeGreaterThan(doc.pages[0]!.height);
  });

  it('finds the plan table with its header on every page and one row per item', () => {
    for (const page of doc.pages) {
      const tables = planTables(page);
      expect(tables.length, `page ${page.page}`).toBeGreaterThan(0);
      const numbers = tables.flatMap((t) =>
        tableGrid(t)
          .map((row) => squash(row[0]?.text))
          .filter((text) => /^\d+$/.test(text))
          .map(Number),
      );
      expect(numbers, `page ${page.page}`).toEqual(expected.items.filter((i) => i.page === page.page).map((i) => i.no));
    }
  });

  it('keeps each item name in its own cell across wrapped lines', () => {
    const rows = doc.pages.flatMap((p) => planTables(p).flatMap((t) => tableGrid(t)));
    for (const item of expected.items) {
      const row = rows.find((r) => squash(r[0]?.text) === String(item.no))!;
      expect(row[1]!.lines.length).toBeGreaterThan(0);
      expect(squash(row[1]!.text).normalize('NFKC')).toContain(squash(item.name).normalize('NFKC').slice(0, 6));
    }
  });

  it('gives the header its merged cells (two-row headers, a two-column group)', () => {
    const [table] = planTables(doc.pages[0]!) as [Table];
    const number = table.cells.find((c) => squash(c.text) === '事業番号')!;
    expect(number.rowSpan).toBe(2);
    const direction = table.cells.find((c) => squash(c.text) === '事業の方向性')!;
    expect(direction.colSpan).toBe(2);
  });

  it('maps look-alike characters: no Kangxi radicals or vertical forms reach the text', () => {
    expect(allText(doc)).not.toMatch(/[\u2f00-\u2fdf\ufe10-\ufe4f]/);
    expect(allText(doc)).toContain('生涯を通じ一貫した支援体制の構築');
  });

  it('keeps the repeated report title on the first page only, the rest as furniture', () => {
    const title = '北九州市障害者計画進捗状況管理表（抜粋）';
    expect(doc.pages[0]!.lines[0]!.text).toBe(title);
    expect(doc.pages[1]!.lines.some((l) => l.text === title)).toBe(false);
    expect(doc.pages[1]!.furniture?.some((l) => l.text === title)).toBe(true);
  });

  it('reads only the pages asked for', async () => {
    const one = await readPdf(fixture('plan-progress.kitakyushu.pdf'), { pages: [2] });
    expect(one.pageCount).toBe(3);
    expect(one.pages.map((p) => p.page)).toEqual([2]);
    const error = await failure(readPdf(fixture('plan-progress.kitakyushu.pdf'), { pages: [4] }));
    expect(error.code).toBe('USAGE');
    expect(error.message).toMatch(/page 4.*3 pages/);
  });
});

describe('target-sheet (Word PDCA sheet with vertical headers)', () => {
  let doc: LayoutDocument;
  beforeAll(async () => {
    doc = await readPdf(fixture('target-sheet.kitakyushu.pdf'));
  });

  it('reads the vertical headers top to bottom as single lines', () => {
    const vertical = doc.pages.flatMap((p) => p.lines.filter((l) => l.vertical).map((l) => l.text));
    expect(vertical).toContain('計画（P）→実施（D）');
    expect(vertical.filter((t) => t === '評価（C）→改善（A）')).toHaveLength(3);
    expect(vertical).toEqual(expect.arrayContaining(['H30年度', 'R1年度', 'R2年度']));
  });

  it('puts the vertical header in a merged cell of the PDCA table', () => {
    const cell = doc.pages[0]!.tables.flatMap((t) => t.cells).find((c) => c.text === '計画（P）→実施（D）')!;
    expect(cell.rowSpan).toBeGreaterThan(1);
    expect(cell.lines[0]!.vertical).toBe(true);
  });

  it('finds the yearly actuals table inside the plan cell, its text also in that cell', () => {
    const page = doc.pages[0]!;
    const actuals = page.tables.find((t) => t.cells.some((c) => c.text === 'H30') && t.cells.some((c) => c.text === 'R2'))!;
    expect(actuals.nestedIn).toBeDefined();
    const grid = tableGrid(actuals);
    expect(grid[0]!.map((c) => c?.text)).toEqual(['', 'H30', 'R1', 'R2']);
    expect(grid[1]!.slice(1).map((c) => c?.text)).toEqual(['0箇所', '0箇所', '1箇所']);
    const holder = page.tables[actuals.nestedIn!]!;
    expect(holder.cells.some((c) => c.text.includes('○実施状況') && c.text.includes('H30'))).toBe(true);
    expect(page.lines.filter((l) => l.text === 'H30')).toHaveLength(1);
  });
});

describe('consultation-report (21-slide deck with doughnut charts)', () => {
  let doc: LayoutDocument;
  beforeAll(async () => {
    doc = await readPdf(fixture('consultation-report.kurume.pdf'));
  });

  it('reads all slides', () => {
    expect(doc.pageCount).toBe(21);
    expect(doc.pages).toHaveLength(21);
  });

  it('keeps each pie label with its percent in one block', () => {
    const blocks = doc.pages[4]!.blocks.map((b) => b.text);
    expect(blocks).toContain('身体,\n12.1%');
    expect(blocks).toContain('知 的\n20.9%');
    expect(blocks).toContain('189人\n(前年比＋29名)');
  });

  it('finds the plan-count tables as 10 × 5 grids and no tables on chart slides', () => {
    const counts = doc.pages.map((p) => p.tables.length);
    expect(counts.filter((n) => n > 0)).toEqual([1, 1]);
    const tables = doc.pages.flatMap((p) => p.tables);
    for (const t of tables) {
      expect([t.rowEdges.length - 1, t.colEdges.length - 1]).toEqual([10, 5]);
      expect(tableGrid(t)[1]!.map((c) => c?.text)).toEqual(['H27.3.31', expect.stringMatching(/^\d+$/), expect.stringMatching(/^\d+$/), expect.stringMatching(/^\d+$/), expect.stringMatching(/^\d+\.\d$/)]);
    }
  });

  it('normalizes look-alike characters on slides too', () => {
    expect(allText(doc)).not.toMatch(/[\u2f00-\u2fdf\ufe10-\ufe4f]/);
    expect(allText(doc)).toContain('月平均の実利用者数（大人）');
  });
});

describe('reader hygiene', () => {
  afterEach(() => vi.restoreAllMocks());

  it('gives pdf.js local resource directories, never URLs', () => {
    for (const dir of Object.values(pdfjsResources())) {
      expect(dir.endsWith('/')).toBe(true);
      expect(dir).not.toMatch(/^[a-z]+:\/\//);
      expect(existsSync(dir)).toBe(true);
    }
    expect(existsSync(`${pdfjsResources().cMapUrl}UniJIS-UCS2-H.bcmap`)).toBe(true);
  });

  it('decodes a CID font through the packed CMaps shipped with pdf.js', async () => {
    // Text shown with the predefined UniJIS-UCS2-H encoding and no ToUnicode map:
    // without the CMap files pdf.js finds no text at all.
    const doc = await readPdf(cidFontPdf('<76F88AC74EF66570FF1A0032>'));
    expect(doc.pages[0]!.lines.map((l) => l.text)).toEqual(['相談件数：2']);
  });

  it('lays out a page turned by /Rotate in the frame its text reads in', async () => {
    const pdf = await PDFDocument.load(fixture('target-sheet.kitakyushu.pdf'));
    pdf.getPage(0).setRotation(degrees(90));
    const doc = await readPdf(await pdf.save(), { pages: [1] });
    const [page] = doc.pages as [LayoutPage];
    expect(page.height).toBeGreaterThan(page.width);
    expect(page.lines.filter((l) => l.vertical).map((l) => l.text)).toContain('計画（P）→実施（D）');
    expect(page.tables.some((t) => t.cells.some((c) => c.text === '担当部局'))).toBe(true);
  });

  it('prints nothing and leaves the caller’s bytes usable', async () => {
    const log = vi.spyOn(console, 'log');
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    const bytes = fixture('target-sheet.kitakyushu.pdf');
    const size = bytes.length;
    await readPdf(bytes);
    expect(bytes.length).toBe(size);
    expect([log, warn, error].map((spy) => spy.mock.calls.length)).toEqual([0, 0, 0]);
  });

  it('accepts a Node Buffer', async () => {
    const doc = await readPdf(readFileSync(new URL('../fixtures/target-sheet.kitakyushu.pdf', import.meta.url)));
    expect(doc.pages).toHaveLength(2);
  });
});

describe('bad PDFs', () => {
  const good = fixture('target-sheet.kitakyushu.pdf');

  it('reports an empty file', async () => {
    expect((await failure(readPdf(new Uint8Array(0), { file: 'empty.pdf' }))).code).toBe('FILE_EMPTY');
  });

  it('reports a file that is not a PDF', async () => {
    const error = await failure(readPdf(new TextEncoder().encode('相談件数：22,103件\n'.repeat(200)), { file: 'notes.txt' }));
    expect(error.code).toBe('NOT_A_PDF');
    expect(error.file).toBe('notes.txt');
  });

  it('reports garbage after a PDF header as damaged', async () => {
    const garbage = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
    garbage.set(new TextEncoder().encode('%PDF-1.7\n'));
    expect((await failure(readPdf(garbage))).code).toBe('PDF_CORRUPT');
  });

  it('reports a truncated PDF as damaged', async () => {
    for (const keep of [0.05, 0.5, 0.9]) {
      const error = await failure(readPdf(good.slice(0, Math.floor(good.length * keep))));
      expect(error.code, `kept ${keep}`).toBe('PDF_CORRUPT');
      expect(error.message).toMatch(/damaged/);
    }
  });

  it('asks for the password of an encrypted PDF and rejects a wrong one', async () => {
    const encrypted = fixture('bad/encrypted.pdf');
    const missing = await failure(readPdf(encrypted));
    expect(missing.code).toBe('PDF_ENCRYPTED');
    // the library's message names no CLI flag: the CLI adds its --password hint itself
    expect(missing.message).toMatch(/password/);
    expect(missing.message).not.toContain('--password');
    expect((await failure(readPdf(encrypted, { password: 'wrong' }))).code).toBe('PDF_BAD_PASSWORD');
    const opened = await readPdf(encrypted, { password: 'user' });
    expect(opened.pages[0]!.lines[0]!.text).toBe('Encrypted sample: the password is user');
  });

  it('reports image-only (scanned) pages as having no text layer', async () => {
    const pdf = await PDFDocument.create();
    const png = await pdf.embedPng(
      Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==', 'base64'),
    );
    for (let i = 0; i < 2; i++) pdf.addPage([595, 842]).drawImage(png, { x: 0, y: 0, width: 595, height: 842 });
    const error = await failure(readPdf(await pdf.save()));
    expect(error.code).toBe('NO_TEXT_LAYER');
    expect(error.message).toBe('no text layer (scanned image?); OCR is out of scope');
  });
});
