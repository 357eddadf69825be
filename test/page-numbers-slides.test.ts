/**
 * page-missing on a short deck (src/validate/page-numbers.ts): too few slides for the steps
 * of a numbering to agree, a slide number printed in one place of every slide, the first
 * the file's own page number, still tells a removed slide; numbers in other places do not.
 */
import { describe, expect, it } from 'vitest';
import type { LayoutDocument } from '../src/input/types.js';
import type { TextLine } from '../src/layout/types.js';
import { checkPageNumbers } from '../src/validate/page-numbers.js';

const WIDTH = 720;
const HEIGHT = 405;

/** A line at (x, y) from the page's top-left. */
const line = (text: string, x: number, y: number) => ({ text, box: { x0: x, y0: y, x1: x + 10, y1: y + 12 } }) as unknown as TextLine;

/** A deck whose slides print these numbers at these places (null: none), under a body line. */
function deck(...numbers: Array<[string, number, number] | null>): LayoutDocument {
  return {
    format: 'pdf',
    pageCount: numbers.length,
    pages: numbers.map((n, k) => ({
      page: k + 1,
      width: WIDTH,
      height: HEIGHT,
      lines: [line('相談件数の推移', 40, 30), line('212 238 251', 40, 200), ...(n ? [line(...n)] : [])],
      tables: [],
      blocks: [],
    })),
  };
}

const CORNER = (n: number): [string, number, number] => [String(n), 680, 380];

describe('a slide removed from a short numbered deck', () => {
  it('names it when every slide prints its number in one corner', () => {
    const warnings = checkPageNumbers(deck(CORNER(1), CORNER(3)));
    expect(warnings).toEqual([{ code: 'page-missing', message: "page 2 of the document's numbering is not here: page 1 prints 1, page 2 prints 3", page: 2 }]);
    expect(checkPageNumbers(deck(null, CORNER(2), CORNER(4))).map((w) => w.page)).toEqual([3]);
  });

  it('is silent on a whole deck, on figures in different places, and on a numbering that starts elsewhere', () => {
    expect(checkPageNumbers(deck(CORNER(1), CORNER(2), CORNER(3)))).toEqual([]);
    expect(checkPageNumbers(deck(['1', 680, 380], ['3', 40, 380]))).toEqual([]);
    expect(checkPageNumbers(deck(CORNER(11), CORNER(13)))).toEqual([]);
  });
});
