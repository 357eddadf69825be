/**
 * Bounds on the work a PDF may ask for, checked on the file's own structure before
 * pdf.js interprets a page: decompressed content per page and per file, operators per
 * page (a Form XObject counts each time it is drawn), Form XObject nesting, and pages.
 * pdf.js cannot be stopped half-way through a content stream, and overflows its stack
 * on deep nesting, so these are measured here first. A file this reader cannot follow
 * (encrypted streams, filters other than FlateDecode) is left to pdf.js and to the CLI's
 * time and memory bounds.
 */
import { PlanExtractError, type ErrorCode } from '../../errors.js';
import { scanOperators } from './content-ops.js';
import { decodeStream, isStream, latin1, nameOf, PdfObjects, type PdfDict, type PdfStream, type PdfValue } from './objects.js';

export interface PdfLimits {
  /** Decompressed bytes of one page's content streams and the Form XObjects it draws. */
  pageContentBytes: number;
  /** Decompressed bytes of every content and object stream read in the file. */
  contentBytes: number;
  /** Operators one page runs, a form's counted each time it is drawn. */
  operatorsPerPage: number;
  /** Form XObjects drawn inside forms drawn inside … */
  nesting: number;
  /** Pages read from one PDF. */
  pages: number;
}

/**
 * Chosen from the reports at hand (see README "Limits"): their largest page has ~0.1 MB of
 * content and ~12,000 operators, nesting 1, and the longest report ~200 pages. The limits
 * leave room of two orders of magnitude and still end a hostile file within seconds.
 */
export const DEFAULT_PDF_LIMITS: PdfLimits = {
  pageContentBytes: 32 * 1024 * 1024,
  contentBytes: 256 * 1024 * 1024,
  operatorsPerPage: 2_000_000,
  nesting: 32,
  pages: 1000,
};

type Fail = (code: ErrorCode, message: string) => PlanExtractError;

const MB = 1024 * 1024;
const mb = (n: number) => `${Math.round(n / MB)} MB`;

/** The page dictionaries in order, each with its inherited resources; empty when the tree cannot be followed. */
function pageList(objects: PdfObjects, limit: number): Array<{ page: PdfDict; resources: PdfDict | undefined }> {
  const root = objects.dict(objects.catalog()?.get('Pages'));
  if (!root) return [];
  const out: Array<{ page: PdfDict; resources: PdfDict | undefined }> = [];
  const seen = new Set<PdfDict>();
  const stack: Array<{ node: PdfDict; resources: PdfDict | undefined }> = [{ node: root, resources: undefined }];
  while (stack.length > 0 && out.length <= limit) {
    const { node, resources } = stack.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    const own = objects.dict(node.get('Resources')) ?? resources;
    const kids = objects.get(node.get('Kids'));
    if (nameOf(node.get('Type')) === 'Pages' || (Array.isArray(kids) && nameOf(node.get('Type')) !== 'Page')) {
      if (!Array.isArray(kids)) continue;
      for (let i = kids.length - 1; i >= 0; i--) {
        const kid = objects.dict(kids[i]);
        if (kid) stack.push({ node: kid, resources: own });
      }
    } else {
      out.push({ page: node, resources: own });
    }
  }
  return out;
}

function contentStreams(objects: PdfObjects, contents: PdfValue | PdfStream | undefined): PdfStream[] {
  const v = objects.get(contents);
  if (isStream(v)) return [v];
  if (!Array.isArray(v)) return [];
  return v.map((c) => objects.streamOf(c)).filter((s): s is PdfStream => s !== undefined);
}

/**
 * Throws a PlanExtractError when the PDF asks for more than `limits` allow on the pages
 * to be read (1-based `pages`; their count is checked by tooManyPages beforehand).
 */
export function checkPdfBounds(bytes: Uint8Array, limits: PdfLimits, pages: readonly number[], fail: Fail): void {
  try {
    measure(bytes, limits, pages, fail);
  } catch (e) {
    // a structure this reader trips over is pdf.js's to judge (and the reader processes' bounds)
    if (e instanceof PlanExtractError) throw e;
  }
}

function measure(bytes: Uint8Array, limits: PdfLimits, pages: readonly number[], fail: Fail): void {
  let fileBytes = 0;
  const decoded = new Map<PdfStream, Uint8Array | null>();
  const objects: PdfObjects = new PdfObjects(bytes, (s) => decode(s, null));
  if (objects.encrypted) return;
  const decode = (s: PdfStream, page: number | null): Uint8Array | null => {
    const known = decoded.get(s);
    if (known !== undefined) return known;
    const fileRoom = limits.contentBytes - fileBytes;
    const data = decodeStream(objects, s, page === null ? fileRoom : Math.min(limits.pageContentBytes, fileRoom));
    if (data === undefined) {
      if (page !== null && fileRoom > limits.pageContentBytes) throw pageTooLarge(page);
      throw fail('PDF_CONTENT_TOO_LARGE', `the PDF's content decompresses to more than the limit of ${mb(limits.contentBytes)} per file`);
    }
    fileBytes += data?.length ?? 0;
    decoded.set(s, data);
    return data;
  };
  const pageTooLarge = (page: number) =>
    fail('PDF_PAGE_CONTENT_TOO_LARGE', `page ${page}'s content decompresses to more than the limit of ${mb(limits.pageContentBytes)} per page`);

  const all = pageList(objects, Math.max(0, ...pages));
  for (const n of pages) {
    const entry = all[n - 1];
    if (!entry) continue;
    let ops = 0;
    let pageBytes = 0;
    const counted = new Set<PdfStream>();
    const run = (data: string, resources: PdfDict | undefined, depth: number): void => {
      scanOperators(data, (op, name) => {
        if (++ops > limits.operatorsPerPage) {
          throw fail('PDF_TOO_MANY_OPERATORS', `page ${n} has more drawing operators than the limit of ${limits.operatorsPerPage.toLocaleString('en-US')} per page`);
        }
        if (op !== 'Do' || name === undefined) return true;
        const form = objects.streamOf(objects.dict(resources?.get('XObject'))?.get(name));
        if (!form || nameOf(form.dict.get('Subtype')) !== 'Form') return true;
        if (depth + 1 > limits.nesting) {
          throw fail('PDF_NESTING_TOO_DEEP', `page ${n} nests Form XObjects deeper than the limit of ${limits.nesting} levels`);
        }
        const formData = read(form);
        if (formData) run(formData, objects.dict(form.dict.get('Resources')) ?? resources, depth + 1);
        return true;
      });
    };
    const read = (s: PdfStream): string | null => {
      const data = decode(s, n);
      if (data && !counted.has(s)) {
        counted.add(s);
        pageBytes += data.length;
        if (pageBytes > limits.pageContentBytes) throw pageTooLarge(n);
      }
      return data && latin1(data);
    };
    for (const s of contentStreams(objects, entry.page.get('Contents'))) {
      const data = read(s);
      if (data) run(data, entry.resources, 0);
    }
  }
}

export function tooManyPages(count: number, limit: number, fail: Fail): PlanExtractError {
  return fail('TOO_MANY_PAGES', `${count.toLocaleString('en-US')} pages to read, over the limit of ${limit.toLocaleString('en-US')} pages`);
}

/** Object streams inflated to count pages: a page tree is a small part of a file. */
const COUNT_PAGES_INFLATE_BYTES = 16 * MB;

/**
 * The pages in the PDF's page tree, read cheaply and without pdf.js: how a PDF may be split
 * across readers before any of them opens it. Undefined when the tree cannot be followed
 * (the readers, with pdf.js, are the judge of the real count).
 */
export function countPages(bytes: Uint8Array): number | undefined {
  try {
    const objects: PdfObjects = new PdfObjects(bytes, (s) => decodeStream(objects, s, COUNT_PAGES_INFLATE_BYTES) ?? null);
    if (objects.encrypted) return undefined;
    const count = pageList(objects, Number.MAX_SAFE_INTEGER).length;
    return count > 0 ? count : undefined;
  } catch {
    return undefined;
  }
}
