import { normalizeWidth } from '../../normalize/index.js';
import type { PageContent, TextRun } from '../../layout/types.js';
import { applyMatrix, pathsToRects, type Matrix, type PathOps } from './paths.js';
import type { PdfJs } from './pdfjs.js';

type PDFPageProxy = Awaited<ReturnType<Awaited<ReturnType<PdfJs['getDocument']>['promise']>['getPage']>>;
type TextContent = Awaited<ReturnType<PDFPageProxy['getTextContent']>>;
type TextStyle = TextContent['styles'][string];

/** pdf.js text item (the marked-content entries have no `str`). */
interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
}

const DEFAULT_ASCENT = 0.8;
const DEFAULT_DESCENT = 0.2;

/** What pdf.js gives for one page: its size and transform, text items, and (when there is text) the operator list. */
export interface PdfPageData {
  width: number;
  height: number;
  /** User space → top-left page coordinates. */
  toPage: Matrix;
  text: TextContent;
  ops: { fnArray: ArrayLike<number>; argsArray: ArrayLike<unknown> } | null;
}

/**
 * The pdf.js calls for one page. A page without text skips the operator list: its
 * rules could not frame any text, and scanned pages spend their time decoding images there.
 */
export async function fetchPageData(pdfjs: PdfJs, page: PDFPageProxy): Promise<PdfPageData> {
  const text = await page.getTextContent();
  const hasText = text.items.some((item) => 'str' in item && item.str.trim() !== '');
  const ops = hasText ? await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE }) : null;
  const viewport = page.getViewport({ scale: 1, rotation: readingRotation(text, page.rotate, (rotation) => page.getViewport({ scale: 1, rotation }).transform) });
  return { width: viewport.width, height: viewport.height, toPage: viewport.transform as unknown as Matrix, text, ops };
}

/**
 * The page rotation under which most text reads left to right. Usually the page's own
 * /Rotate; a page whose content is drawn turned (a landscape sheet printed on a portrait
 * page, or a /Rotate that turns the text sideways) is laid out in its text's frame instead.
 */
export function readingRotation(text: TextContent, pageRotation: number, transformFor: (rotation: number) => number[]): number {
  // Characters written along each user-space axis direction: +x, +y, -x, -y.
  const weight = [0, 0, 0, 0];
  for (const item of text.items) {
    if (!('str' in item) || text.styles[item.fontName]?.vertical) continue;
    const [a, b] = item.transform as [number, number];
    const axis = Math.abs(a) >= Math.abs(b) ? (a >= 0 ? 0 : 2) : b >= 0 ? 1 : 3;
    weight[axis]! += item.str.trim().length;
  }
  const best = weight.indexOf(Math.max(...weight));
  if (weight[best] === 0) return pageRotation;
  const [dx, dy] = [[1, 0], [0, 1], [-1, 0], [0, -1]][best]!;
  for (const extra of [0, 90, 180, 270]) {
    const rotation = (pageRotation + extra) % 360;
    const m = transformFor(rotation);
    if (m[0]! * dx! + m[2]! * dy! > 0.5) return rotation;
  }
  return pageRotation;
}

/** One page as the layout step reads it: width-normalized text runs and painted rectangles. */
export function pageContent(data: PdfPageData, pageNumber: number, ops: PathOps): PageContent {
  const runs: TextRun[] = [];
  for (const item of data.text.items) {
    if (!('str' in item)) continue;
    const run = textRun(item as TextItem, data.text.styles[item.fontName], data.toPage);
    if (run) runs.push(run);
  }
  const rects = data.ops && runs.length > 0 ? pathsToRects(data.ops.fnArray, data.ops.argsArray, data.toPage, ops) : [];
  return { page: pageNumber, width: data.width, height: data.height, runs, rects };
}

/**
 * A text item's box: pdf.js gives the baseline origin and the advance along the text
 * direction; the box spans the font's ascent above and descent below it (for fonts
 * in vertical writing mode: half the size each side of the column, advancing down).
 */
export function textRun(item: TextItem, style: TextStyle | undefined, toPage: Matrix): TextRun | null {
  const text = normalizeWidth(item.str);
  if (text.trim() === '') return null;
  const [a, b, c, d, e, f] = item.transform as [number, number, number, number, number, number];
  const along = Math.hypot(a, b) || 1;
  const across = Math.hypot(c, d) || 1;
  const u = [a / along, b / along] as const;
  const v = [c / across, d / across] as const;
  const corners: [number, number][] = [];
  const at = (s: number, t: number) => corners.push(applyMatrix(toPage, e + u[0] * s + v[0] * t, f + u[1] * s + v[1] * t));
  let size: number;
  if (style?.vertical) {
    size = along;
    for (const s of [-size / 2, size / 2]) for (const t of [0, -item.height]) at(s, t);
  } else {
    size = across;
    const ascent = plausible(style?.ascent, DEFAULT_ASCENT);
    const descent = plausible(style?.descent === undefined ? undefined : -style.descent, DEFAULT_DESCENT);
    for (const s of [0, item.width]) for (const t of [ascent * size, -descent * size]) at(s, t);
  }
  const xs = corners.map((p) => p[0]);
  const ys = corners.map((p) => p[1]);
  const box = { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
  // The reading direction on the page tells whether the run is turned into a column.
  const [rx, ry] = style?.vertical ? [-v[0], -v[1]] : u;
  const dx = toPage[0] * rx + toPage[2] * ry;
  const dy = toPage[1] * rx + toPage[3] * ry;
  const vertical = Math.abs(dy) > Math.abs(dx);
  const run: TextRun = { text, box, fontSize: size, vertical };
  if (vertical && dy < 0) run.upward = true;
  return run;
}

function plausible(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value > 0.05 && value < 1.5 ? value : fallback;
}
