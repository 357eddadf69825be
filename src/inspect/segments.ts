import type { Span } from '../validate/provenance.js';

/** A stretch of a line and the spans that cover it (several when fields share text; none when no field holds it). */
export interface Segment {
  start: number;
  end: number;
  spans: Span[];
}

/** A line cut at every span boundary, so overlapping spans show as one segment each. */
export function segmentLine(text: string, spans: readonly Span[]): Segment[] {
  const cuts = new Set([0, text.length]);
  for (const s of spans) {
    cuts.add(Math.min(s.start, text.length));
    cuts.add(Math.min(s.end, text.length));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    out.push({ start, end, spans: spans.filter((s) => s.start <= start && s.end >= end) });
  }
  return out;
}

/** Whether a segment holds text a reader would miss (not only whitespace). */
export const hasText = (text: string): boolean => /\S/u.test(text);
