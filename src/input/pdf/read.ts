import { PlanExtractError, isPlanExtractError, type ErrorCode } from '../../errors.js';
import { layoutPage } from '../../layout/page.js';
import { DEFAULT_LAYOUT_SETTINGS, type LayoutSettings } from '../../layout/settings.js';
import type { Box, LayoutPage, PageContent } from '../../layout/types.js';
import type { LayoutDocument } from '../types.js';
import { checkPdfBounds, DEFAULT_PDF_LIMITS, tooManyPages, type PdfLimits } from './bounds.js';
import { pageFrame, textRuns } from './page-content.js';
import { pathsToRects } from './paths.js';
import { contentRects } from './content-rects.js';
import { ContentSource } from './content-source.js';
import { loadPdfjs, pdfjsResources, type PdfJs } from './pdfjs.js';
import { hasPdfHeader } from '../sniff.js';
import { removeControlCharacters, type ControlCharacters } from '../control-chars.js';
import { assembleLayout, pagesOfPart, type LayoutPart, type PagePart } from '../layout-parts.js';

export interface ReadPdfOptions {
  /** Path (or `-`) the bytes came from, carried on errors. */
  file?: string;
  password?: string;
  /** 1-based page numbers to read (default: all). */
  pages?: number[];
  /** Read only the first this many of those pages (a detector's look at the start). */
  firstPages?: number;
  settings?: LayoutSettings;
  /** Bounds on the work the PDF may ask for (DEFAULT_PDF_LIMITS where absent). */
  limits?: Partial<PdfLimits>;
  /** Lay out only this part of the selected pages (readPdfPart; all of them when absent). */
  part?: PagePart;
}

type PDFDocumentProxy = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
type TextContent = Awaited<ReturnType<Awaited<ReturnType<PDFDocumentProxy['getPage']>>['getTextContent']>>;

/**
 * Where a page's rectangles come from: its content streams read here, pdf.js's operator
 * list only where they cannot be read surely (see content-rects.ts); or, for the test
 * that compares the two, always the operator list.
 */
export type RectSource = 'content' | 'operator-list';

/**
 * Read a PDF into laid-out pages. Pages are read one at a time and released after
 * layout, so memory follows the largest page rather than the page count.
 */
export function readPdf(bytes: Uint8Array, options: ReadPdfOptions = {}): Promise<LayoutDocument> {
  return readPdfWith(bytes, options, 'content');
}

export async function readPdfWith(bytes: Uint8Array, options: ReadPdfOptions, rectSource: RectSource): Promise<LayoutDocument> {
  return assembleLayout([await readPdfPartWith(bytes, options, rectSource)], options);
}

/**
 * Lay out `options.part` of the selected pages, page by page: what a reader process does
 * with its share of a large PDF (../layout-parts.ts puts the parts together). Every part
 * checks the selection; the first also checks the bounds of every selected page, before
 * any is read, so a PDF fails on its bounds the same way however it is split.
 */
export function readPdfPart(bytes: Uint8Array, options: ReadPdfOptions = {}): Promise<LayoutPart> {
  return readPdfPartWith(bytes, options, 'content');
}

async function readPdfPartWith(bytes: Uint8Array, options: ReadPdfOptions, rectSource: RectSource): Promise<LayoutPart> {
  const fail: Fail = (code, message, cause) => new PlanExtractError(code, message, { file: options.file, cause });
  if (bytes.length === 0) throw fail('FILE_EMPTY', 'the file is empty');
  if (!hasPdfHeader(bytes)) throw fail('NOT_A_PDF', 'not a PDF file (no %PDF- header)');

  const pdfjs = await loadPdfjs();
  const doc = await openDocument(pdfjs, bytes, options.password, fail);
  try {
    if (doc.numPages === 0) throw fail('PDF_CORRUPT', 'the PDF has no pages');
    const settings = options.settings ?? DEFAULT_LAYOUT_SETTINGS;
    const limits = { ...DEFAULT_PDF_LIMITS, ...options.limits };
    const selected = selectPages(doc.numPages, options.pages, fail).slice(0, options.firstPages);
    if (selected.length > limits.pages) throw tooManyPages(selected.length, limits.pages, fail);
    const part = options.part ?? { index: 0, of: 1 };
    if (part.index === 0) checkPdfBounds(bytes, limits, selected, fail);
    // opened on the first page with text: a scanned PDF never needs its objects read
    let source: ContentSource | undefined | null = rectSource === 'content' ? null : undefined;
    const contentSource = () => (source === null ? (source = ContentSource.open(bytes, limits.pageContentBytes)) : source);
    const pages: LayoutPage[] = [];
    const controls: { found?: ControlCharacters } = {};
    let withText = 0;
    for (const n of pagesOfPart(selected, part)) {
      const content = await readPageContent(pdfjs, doc, n, contentSource, fail);
      content.runs = content.runs.filter((run) => (run.text = removeControlCharacters(run.text, controls, n)).trim() !== '');
      if (content.runs.length > 0) withText++;
      pages.push(layoutPage(content, settings));
    }
    return { pageCount: doc.numPages, pages, withText, ...(controls.found ? { controlCharacters: controls.found } : {}) };
  } finally {
    await doc.destroy();
  }
}

/**
 * One page's runs and rectangles. pdf.js interprets the page once, for its text; the
 * rectangles are read from the content streams (content-rects.ts), and only a page those
 * cannot be read from surely costs pdf.js a second interpretation, for its operator list.
 * A page without text needs no rectangles: its rules could not frame any text.
 * pdf.js's text content is let go once it is runs, and the operator list once it is
 * rectangles, before the layout step: held any longer, they survive young-generation
 * collections into the old one, and a long PDF's heap grows by tens of megabytes more
 * than pdf.js alone needs.
 */
async function readPageContent(pdfjs: PdfJs, doc: PDFDocumentProxy, n: number, contentSource: () => ContentSource | undefined, fail: Fail): Promise<PageContent> {
  const where = `page ${n}`;
  const page = await pdfCall(fail, where, () => doc.getPage(n));
  try {
    let text: TextContent | null = await pdfCall(fail, where, () => page.getTextContent());
    const frame = await pdfCall(fail, where, async () => pageFrame(page, text!));
    const runs = textRuns(text, frame.toPage);
    text = null;
    let rects: Box[] = [];
    if (runs.length > 0) {
      const source = contentSource();
      rects =
        (source && contentRects(source, page.ref, frame.toPage)) ??
        (await pdfCall(fail, where, async () => {
          const ops = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
          return pathsToRects(ops.fnArray, ops.argsArray, frame.toPage, pdfjs.OPS);
        }));
    }
    return { page: n, width: frame.width, height: frame.height, runs, rects };
  } finally {
    page.cleanup();
  }
}

type Fail = (code: ErrorCode, message: string, cause?: unknown) => PlanExtractError;

async function openDocument(pdfjs: PdfJs, bytes: Uint8Array, password: string | undefined, fail: Fail): Promise<PDFDocumentProxy> {
  const task = pdfjs.getDocument({
    // A copy: pdf.js takes ownership of the buffer it is given, and refuses Node Buffers.
    data: new Uint8Array(bytes),
    password,
    ...pdfjsResources(),
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    return await task.promise;
  } catch (error) {
    await task.destroy();
    if (isPasswordError(error)) {
      throw error.code === pdfjs.PasswordResponses.INCORRECT_PASSWORD
        ? fail('PDF_BAD_PASSWORD', 'wrong password for the encrypted PDF', error)
        : fail('PDF_ENCRYPTED', 'the PDF is encrypted and needs its password', error);
    }
    throw fail('PDF_CORRUPT', `the PDF is damaged or truncated (${messageOf(error)})`, error);
  }
}

/** pdf.js failures while reading a page mean the file is damaged there. */
async function pdfCall<T>(fail: Fail, where: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (isPlanExtractError(error)) throw error;
    throw fail('PDF_CORRUPT', `the PDF is damaged at ${where} (${messageOf(error)})`, error);
  }
}

function selectPages(count: number, wanted: number[] | undefined, fail: Fail): number[] {
  if (wanted === undefined) return Array.from({ length: count }, (_, i) => i + 1);
  if (wanted.length === 0) throw fail('USAGE', 'no pages selected');
  for (const n of wanted) {
    if (!Number.isInteger(n) || n < 1 || n > count) {
      throw fail('USAGE', `page ${n} is out of range: the PDF has ${count} page${count === 1 ? '' : 's'}`);
    }
  }
  return [...new Set(wanted)].sort((a, b) => a - b);
}

function isPasswordError(error: unknown): error is { name: string; code: number } {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'PasswordException';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
