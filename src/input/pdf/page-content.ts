import { normalizeWidth } from '../../normalize/index.js';
import type { Box, TextRun } from '../../layout/types.js';
import type { Matrix } from './paths.js';
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

/** A page's size and the transform from its user space to top-left page coordinates. */
export interface PageFrame {
  width: number;
  height: number;
  toPage: Matrix;
}

/** The page's frame, turned so that most of its text reads left to right (see readingRotation). */
export function pageFrame(page: PDFPageProxy, text: TextContent): PageFrame {
  const viewport = page.getViewport({ scale: 1, rotation: readingRotation(text, page.rotate, (rotation) => page.getViewport({ scale: 1, rotation }).transform) });
  return { width: viewport.width, height: viewport.height, toPage: viewport.transform as unknown as Matrix };
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

/** The page's text items as width-normalized runs (blank items dropped). */
export function textRuns(text: TextContent, toPage: Matrix): TextRun[] {
  const runs: TextRun[] = [];
  for (const item of text.items) {
    if (!('str' in item)) continue;
    const run = textRun(item as TextItem, text.styles[item.fontName], toPage);
    if (run) runs.push(run);
  }
  return runs;
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
  const ux = a / along;
  const uy = b / along;
  const vx = c / across;
  const vy = d / across;
  let size: number;
  let box: Box;
  if (style?.vertical) {
    size = along;
    box = cornerBox(toPage, e, f, ux, uy, vx, vy, [-size / 2, size / 2], [0, -item.height]);
  } else {
    size = across;
    const ascent = plausible(style?.ascent, DEFAULT_ASCENT);
    const descent = plausible(style?.descent === undefined ? undefined : -style.descent, DEFAULT_DESCENT);
    box = cornerBox(toPage, e, f, ux, uy, vx, vy, [0, item.width], [ascent * size, -descent * size]);
  }
  // The reading direction on the page tells whether the run is turned into a column.
  const rx = style?.vertical ? -vx : ux;
  const ry = style?.vertical ? -vy : uy;
  const dx = toPage[0] * rx + toPage[2] * ry;
  const dy = toPage[1] * rx + toPage[3] * ry;
  const vertical = Math.abs(dy) > Math.abs(dx);
  const run: TextRun = { text, box, fontSize: size, vertical };
  if (vertical && dy < 0) run.upward = true;
  return run;
}

/**
 * The page box spanning the four corners (e, f) + u·s + v·t for s in `s` and t in `t`.
 * Written out rather than as arrays of points: it runs for every text item.
 */
function cornerBox(m: Matrix, e: number, f: number, ux: number, uy: number, vx: number, vy: number, s: readonly [number, number], t: readonly [number, number]): Box {
  const [s0, s1] = s;
  const [t0, t1] = t;
  const x00 = e + ux * s0 + vx * t0;
  const y00 = f + uy * s0 + vy * t0;
  const x01 = e + ux * s0 + vx * t1;
  const y01 = f + uy * s0 + vy * t1;
  const x10 = e + ux * s1 + vx * t0;
  const y10 = f + uy * s1 + vy * t0;
  const x11 = e + ux * s1 + vx * t1;
  const y11 = f + uy * s1 + vy * t1;
  const px00 = m[0] * x00 + m[2] * y00 + m[4];
  const px01 = m[0] * x01 + m[2] * y01 + m[4];
  const px10 = m[0] * x10 + m[2] * y10 + m[4];
  const px11 = m[0] * x11 + m[2] * y11 + m[4];
  const py00 = m[1] * x00 + m[3] * y00 + m[5];
  const py01 = m[1] * x01 + m[3] * y01 + m[5];
  const py10 = m[1] * x10 + m[3] * y10 + m[5];
  const py11 = m[1] * x11 + m[3] * y11 + m[5];
  return {
    x0: Math.min(px00, px01, px10, px11),
    y0: Math.min(py00, py01, py10, py11),
    x1: Math.max(px00, px01, px10, px11),
    y1: Math.max(py00, py01, py10, py11),
  };
}

function plausible(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value > 0.05 && value < 1.5 ? value : fallback;
}
