import type { Box } from '../../layout/types.js';

/** A 2-D affine matrix [a, b, c, d, e, f] as pdf.js writes them. */
export type Matrix = readonly [number, number, number, number, number, number];

/** The pdf.js operator codes this module reads (`OPS` of pdfjs-dist 5.6). */
export interface PathOps {
  save: number;
  restore: number;
  transform: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  constructPath: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

/** Path codes inside a constructPath buffer (pdf.js `DrawOPS`, not exported by the package). */
export const MOVE_TO = 0;
export const LINE_TO = 1;
export const CURVE_TO = 2;
const QUADRATIC_CURVE_TO = 3;
export const CLOSE_PATH = 4;

/** A segment counts as horizontal/vertical when it leans by less than this fraction of its length. */
const AXIS_SLOPE = 0.01;

interface Subpath {
  points: number[];
  closed: boolean;
  curved: boolean;
}

/**
 * Painted axis-aligned rectangles of a page, in the coordinates `initial` maps user
 * space to, from pdf.js's operator list (see RectCollector).
 * In pdf.js 5 a path is one constructPath op: [paintOp, [Float32Array], minMax], with
 * coordinates before the current transform, which save/restore/transform and form
 * XObjects change.
 */
export function pathsToRects(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, initial: Matrix, ops: PathOps): Box[] {
  const strokes = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const fills = new Set([ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const collector = new RectCollector(initial);
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.save) collector.save();
    else if (fn === ops.restore) collector.restore();
    else if (fn === ops.transform && args) collector.transform(args as unknown as Matrix);
    else if (fn === ops.paintFormXObjectBegin) collector.beginForm(args?.[0] as Matrix | null | undefined);
    else if (fn === ops.paintFormXObjectEnd) collector.restore();
    else if (fn === ops.constructPath && args) {
      const paint = args[0] as number;
      const buffer = (args[1] as (ArrayLike<number> | null)[] | undefined)?.[0];
      if (buffer) collector.paint(buffer, strokes.has(paint), fills.has(paint));
    }
  }
  return collector.rects;
}

/**
 * Every straight stroked segment (as a rectangle of zero thickness) and every filled
 * rectangle painted, given the graphics-state and path events of a page in order.
 * Curves and paths painted neither way (clipping paths, ended with `n`) are skipped.
 * Path buffers hold pdf.js's path codes (DrawOPS) and coordinates before the
 * current transform, which is applied when the path is painted, as pdf.js does.
 */
export class RectCollector {
  readonly rects: Box[] = [];
  private readonly stack: Matrix[] = [];

  constructor(private ctm: Matrix) {}

  save(): void {
    this.stack.push(this.ctm);
  }

  /** Also ends a form: a restore without its save leaves the transform as it is. */
  restore(): void {
    this.ctm = this.stack.pop() ?? this.ctm;
  }

  transform(m: Matrix): void {
    this.ctm = multiply(this.ctm, m);
  }

  beginForm(matrix: Matrix | null | undefined): void {
    this.stack.push(this.ctm);
    if (matrix) this.ctm = multiply(this.ctm, matrix);
  }

  paint(buffer: ArrayLike<number>, stroke: boolean, fill: boolean): void {
    if (!stroke && !fill) return;
    for (const sub of subpaths(buffer, this.ctm)) {
      if (sub.curved) continue;
      if (stroke) strokeSegments(sub, this.rects);
      if (fill) fillRectangle(sub, this.rects);
    }
  }
}

/** [a,b,c,d,e,f] such that applying it equals applying m2 first, then m1. */
export function multiply(m1: Matrix, m2: Matrix): Matrix {
  return [
    m1[0] * m2[0] + m1[2] * m2[1],
    m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3],
    m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4],
    m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ];
}

export function applyMatrix(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** Split a path buffer into subpaths with their points already transformed. */
function subpaths(buffer: ArrayLike<number>, ctm: Matrix): Subpath[] {
  const out: Subpath[] = [];
  let current: Subpath | undefined;
  const start = (x: number, y: number) => {
    current = { points: applyMatrix(ctm, x, y), closed: false, curved: false };
    out.push(current);
  };
  for (let i = 0; i < buffer.length; ) {
    const code = buffer[i++];
    if (code === MOVE_TO) {
      start(buffer[i]!, buffer[i + 1]!);
      i += 2;
    } else if (code === LINE_TO) {
      if (!current) start(buffer[i]!, buffer[i + 1]!);
      else {
        const x = buffer[i]!;
        const y = buffer[i + 1]!;
        current.points.push(ctm[0] * x + ctm[2] * y + ctm[4], ctm[1] * x + ctm[3] * y + ctm[5]);
      }
      i += 2;
    } else if (code === CURVE_TO || code === QUADRATIC_CURVE_TO) {
      if (current) current.curved = true;
      i += code === CURVE_TO ? 6 : 4;
    } else if (code === CLOSE_PATH) {
      if (current) {
        current.closed = true;
        // Drawing after a close starts again at the subpath's first point.
        const [x, y] = [current.points[0]!, current.points[1]!];
        current = { points: [x, y], closed: false, curved: false };
        out.push(current);
      }
    } else {
      break;
    }
  }
  return out;
}

function strokeSegments(sub: Subpath, rects: Box[]): void {
  const p = sub.points;
  const n = p.length / 2;
  const count = sub.closed ? n : n - 1;
  for (let k = 0; k < count; k++) {
    const j = (k + 1) % n;
    axisSegment(p[2 * k]!, p[2 * k + 1]!, p[2 * j]!, p[2 * j + 1]!, rects);
  }
}

function axisSegment(x0: number, y0: number, x1: number, y1: number, rects: Box[]): void {
  const dx = Math.abs(x1 - x0);
  const dy = Math.abs(y1 - y0);
  if (dx === 0 && dy === 0) return;
  if (dy <= AXIS_SLOPE * dx) {
    const y = (y0 + y1) / 2;
    rects.push({ x0: Math.min(x0, x1), y0: y, x1: Math.max(x0, x1), y1: y });
  } else if (dx <= AXIS_SLOPE * dy) {
    const x = (x0 + x1) / 2;
    rects.push({ x0: x, y0: Math.min(y0, y1), x1: x, y1: Math.max(y0, y1) });
  }
}

/** A filled subpath that is an axis-aligned rectangle (or a degenerate one drawn as a line). */
function fillRectangle(sub: Subpath, rects: Box[]): void {
  const p = sub.points;
  let n = p.length / 2;
  if (n > 1 && p[0] === p[2 * n - 2] && p[1] === p[2 * n - 1]) n--;
  if (n !== 2 && n !== 4) return;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let k = 0; k < n; k++) {
    x0 = Math.min(x0, p[2 * k]!);
    y0 = Math.min(y0, p[2 * k + 1]!);
    x1 = Math.max(x1, p[2 * k]!);
    y1 = Math.max(y1, p[2 * k + 1]!);
  }
  if (n === 4) {
    // Every corner must sit on the bounding box's corners, or this is some other quadrilateral.
    const tolerance = AXIS_SLOPE * Math.max(x1 - x0, y1 - y0);
    const onEdge = (v: number, a: number, b: number) => Math.abs(v - a) <= tolerance || Math.abs(v - b) <= tolerance;
    for (let k = 0; k < 4; k++) if (!onEdge(p[2 * k]!, x0, x1) || !onEdge(p[2 * k + 1]!, y0, y1)) return;
  }
  rects.push({ x0, y0, x1, y1 });
}
