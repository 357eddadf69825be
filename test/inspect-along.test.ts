import { describe, expect, it } from 'vitest';
import type { TextLine } from '../src/layout/types.js';
import { alongLine } from '../src/inspect/along.js';

const box = { x0: 100, y0: 10, x1: 300, y1: 20 };

describe('where offsets of a PDF line fall along it', () => {
  it('puts a stretch on its own run, and a stretch across the added space from one run to the next', () => {
    // `計画 ABC`: a run of two full-width glyphs at 100–120, a space the layout added, a run at 250–280
    const line: TextLine = { text: '計画 ABC', box, vertical: false, fontSize: 10, runs: [{ start: 0, end: 2, from: 100, to: 120 }, { start: 3, end: 6, from: 250, to: 280 }] };
    const at = alongLine(line);
    expect([at.start(0), at.end(2)]).toEqual([100, 120]);
    expect([at.start(1), at.end(1)]).toEqual([110, 110]);
    expect([at.start(3), at.end(6)]).toEqual([250, 280]);
    expect(at.start(4)).toBeCloseTo(260);
    // a stretch starting on the space starts where the run before ends; one ending on it, where the next begins
    expect([at.start(2), at.end(3)]).toEqual([120, 250]);
  });

  it('gives full-width glyphs one em when the run is that wide, the narrow ones the rest', () => {
    const line: TextLine = { text: '第12回', box, vertical: false, fontSize: 10, runs: [{ start: 0, end: 4, from: 100, to: 130 }] };
    const at = alongLine(line);
    expect([at.end(1), at.end(2), at.end(3), at.end(4)].map((x) => Math.round(x * 10) / 10)).toEqual([110, 115, 120, 130]);
  });

  it('reads an upward run from its bottom, and takes a line without runs as one run over its box', () => {
    const up: TextLine = { text: '上向き', box: { x0: 0, y0: 0, x1: 10, y1: 30 }, vertical: true, fontSize: 10, runs: [{ start: 0, end: 3, from: 30, to: 0 }] };
    expect([alongLine(up).start(0), alongLine(up).end(1), alongLine(up).end(3)]).toEqual([30, 20, 0]);
    const plain: TextLine = { text: '一二三四', box, vertical: false };
    expect([alongLine(plain).start(0), alongLine(plain).end(2), alongLine(plain).end(4)]).toEqual([100, 200, 300]);
  });
});
