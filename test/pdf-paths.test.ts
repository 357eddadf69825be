import { beforeAll, describe, expect, it } from 'vitest';
import { pathsToRects, type Matrix } from '../src/input/pdf/paths.js';
import { loadPdfjs, type PdfJs } from '../src/input/pdf/pdfjs.js';

// Path codes of a constructPath buffer (pdf.js DrawOPS).
const M = 0;
const L = 1;
const C = 2;
const Z = 4;
const FLIP: Matrix = [1, 0, 0, -1, 0, 800]; // user space → top-left page coordinates of an 800 pt high page

let OPS: PdfJs['OPS'];
beforeAll(async () => {
  OPS = (await loadPdfjs()).OPS;
});

const path = (paint: number, ...codes: number[]) => [paint, [new Float32Array(codes)], null];

describe('pathsToRects', () => {
  it('reads a stroked rectangle as its four sides, flipped to top-left coordinates', () => {
    const rects = pathsToRects([OPS.constructPath], [path(OPS.stroke, M, 10, 700, L, 110, 700, L, 110, 750, L, 10, 750, Z)], FLIP, OPS);
    expect(rects).toEqual([
      { x0: 10, y0: 100, x1: 110, y1: 100 },
      { x0: 110, y0: 50, x1: 110, y1: 100 },
      { x0: 10, y0: 50, x1: 110, y1: 50 },
      { x0: 10, y0: 50, x1: 10, y1: 100 },
    ]);
  });

  it('applies transforms (spreadsheet exports draw in scaled units) and undoes them on restore', () => {
    const rects = pathsToRects(
      [OPS.save, OPS.transform, OPS.constructPath, OPS.restore, OPS.constructPath],
      [null, [0.5, 0, 0, 0.5, 0, 0], path(OPS.fill, M, 100, 100, L, 300, 100, L, 300, 102, L, 100, 102, Z), null, path(OPS.fill, M, 0, 0, L, 1, 0, L, 1, 50, L, 0, 50, Z)],
      FLIP,
      OPS,
    );
    expect(rects).toEqual([
      { x0: 50, y0: 749, x1: 150, y1: 750 },
      { x0: 0, y0: 750, x1: 1, y1: 800 },
    ]);
  });

  it('applies a form XObject matrix until the form ends', () => {
    const rects = pathsToRects(
      [OPS.paintFormXObjectBegin, OPS.constructPath, OPS.paintFormXObjectEnd, OPS.constructPath],
      [[[1, 0, 0, 1, 100, 0], [0, 0, 10, 10]], path(OPS.stroke, M, 0, 0, L, 10, 0), null, path(OPS.stroke, M, 0, 0, L, 10, 0)],
      FLIP,
      OPS,
    );
    expect(rects).toEqual([
      { x0: 100, y0: 800, x1: 110, y1: 800 },
      { x0: 0, y0: 800, x1: 10, y1: 800 },
    ]);
  });

  it('skips clipping paths, curves, diagonal strokes and non-rectangular fills', () => {
    const rects = pathsToRects(
      [OPS.constructPath, OPS.constructPath, OPS.constructPath, OPS.constructPath],
      [
        path(OPS.endPath, M, 0, 0, L, 100, 0, L, 100, 100, L, 0, 100, Z),
        path(OPS.stroke, M, 0, 0, C, 10, 10, 20, 10, 30, 0, L, 60, 0),
        path(OPS.stroke, M, 0, 0, L, 50, 40),
        path(OPS.fill, M, 0, 0, L, 50, 10, L, 60, 60, L, 10, 50, Z),
      ],
      FLIP,
      OPS,
    );
    expect(rects).toEqual([]);
  });
});
