/**
 * Pies named by a legend with percent-only labels (src/kinds/consultation-report/legend-pies.ts):
 * the labels pair with the legend's names by the angle they stand at, and only when their
 * places fit the pie their shares draw.
 */
import { describe, expect, it } from 'vitest';
import type { TextLine } from '../src/layout/types.js';
import { readLegendPie } from '../src/kinds/consultation-report/legend-pies.js';

const line = (text: string, x: number, y: number, w = 30): TextLine => ({ text, box: { x0: x, y0: y, x1: x + w, y1: y + 12 }, vertical: false });

/** A label at `degrees` clockwise from twelve o'clock, `r` from the pie's centre (200, 200). */
const around = (text: string, degrees: number, r = 100): TextLine => {
  const a = (degrees * Math.PI) / 180;
  return line(text, 200 + r * Math.sin(a) - 15, 200 - r * Math.cos(a) - 6);
};

const legend = ['身体', '知的', '精神', '発達'].map((name, k) => line(name, 420, 150 + 20 * k));
const heading = line('■ 相談者の障害種別（実人数）', 20, 10, 300);

describe('legend pies', () => {
  it('pairs each percentage with the name its slice has in the legend', () => {
    // shares 10, 20, 30, 40: middles at 18°, 72°, 162°, 288°
    const labels = [around('30.0%', 162), around('10.0%', 18), around('40.0%', 288), around('20.0%', 72)];
    const pie = readLegendPie([heading, ...labels, ...legend, line('合計：250人', 420, 300, 80)], 3);
    expect(pie?.chart).toEqual({
      title: '相談者の障害種別（実人数）',
      total: { value: 250, unit: '人' },
      change: null,
      breakdown: [
        { label: '身体', share: 10, count: null },
        { label: '知的', share: 20, count: null },
        { label: '精神', share: 30, count: null },
        { label: '発達', share: 40, count: null },
      ],
      page: 3,
    });
  });

  it('reads nothing where the labels stand where their shares put no slice', () => {
    const labels = [around('10.0%', 162), around('30.0%', 18), around('40.0%', 288), around('20.0%', 72)];
    expect(readLegendPie([heading, ...labels, ...legend], 3)).toBeNull();
  });

  it('reads nothing where the legend names fewer slices than there are percentages', () => {
    const labels = [around('10.0%', 18), around('20.0%', 72), around('30.0%', 162), around('40.0%', 288)];
    expect(readLegendPie([heading, ...labels, ...legend.slice(0, 3)], 3)).toBeNull();
  });
});
