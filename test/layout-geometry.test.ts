/**
 * The geometry kept for inspect (LayoutSettings.keepGeometry): each line's run extents
 * cover its text in order and lie inside its box, loose rules are off every table's
 * grid, and keeping them changes neither the layout's text nor the extraction.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromSource, type ReadReport } from '../src/api.js';
import { readPdf } from '../src/input/pdf/index.js';
import type { LayoutDocument } from '../src/input/types.js';
import { layoutSettings } from '../src/layout/index.js';
import type { TextLine } from '../src/layout/types.js';
import { FIXTURES } from './cli-helpers.js';

const PDFS = ['', 'forms', 'generated'].flatMap((sub) => readdirSync(join(FIXTURES, sub)).filter((f) => f.endsWith('.pdf')).map((f) => join(sub, f))).sort();

const report = (doc: LayoutDocument, name: string): ReadReport => ({ name, sha256: '0'.repeat(64), doc });
const linesOf = (doc: LayoutDocument): TextLine[] => doc.pages.flatMap((p) => [...p.lines, ...(p.furniture ?? [])]);
/** The layout with what keepGeometry adds taken out again. */
const bare = (doc: LayoutDocument): unknown => JSON.parse(JSON.stringify(doc, (key, value) => (key === 'runs' || key === 'rules' ? undefined : value)));

describe('layout geometry kept for inspect', () => {
  it.each(PDFS)('%s: run extents cover each line in order, rules lie off the grids, extraction unchanged', async (file) => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, file)));
    const plain = await readPdf(bytes);
    const kept = await readPdf(bytes, { settings: layoutSettings({ keepGeometry: true }) });
    expect(linesOf(plain).some((l) => l.runs !== undefined) || plain.pages.some((p) => p.rules !== undefined)).toBe(false);
    expect(bare(kept)).toEqual(bare(plain));

    for (const line of linesOf(kept)) {
      const runs = line.runs!;
      expect(runs.length).toBeGreaterThan(0);
      const [lo, hi] = line.vertical ? [line.box.y0, line.box.y1] : [line.box.x0, line.box.x1];
      let at = 0;
      for (const r of runs) {
        expect(r.start).toBeGreaterThanOrEqual(at);
        expect(r.end).toBeGreaterThan(r.start);
        // what lies between two runs is the space the layout put there
        expect(line.text.slice(at, r.start).trim()).toBe('');
        for (const x of [r.from, r.to]) {
          expect(x).toBeGreaterThanOrEqual(lo - 0.01);
          expect(x).toBeLessThanOrEqual(hi + 0.01);
        }
        at = r.end;
      }
      expect(runs[0]!.start).toBe(0);
      expect(at).toBe(line.text.length);
    }
    for (const page of kept.pages) {
      for (const rule of page.rules!) {
        expect(rule.x0 === rule.x1 || rule.y0 === rule.y1).toBe(true);
        const onGridLine = page.tables.some(
          (t) =>
            (rule.y0 === rule.y1 && t.rowEdges.includes(rule.y0) && rule.x0 >= t.box.x0 && rule.x1 <= t.box.x1) ||
            (rule.x0 === rule.x1 && t.colEdges.includes(rule.x0) && rule.y0 >= t.box.y0 && rule.y1 <= t.box.y1),
        );
        expect(onGridLine).toBe(false);
      }
    }
    const strip = (d: object) => ({ ...d, source: undefined });
    expect(strip(await extractFromSource(report(kept, file)))).toEqual(strip(await extractFromSource(report(plain, file))));
  }, 60_000);

  it('keeps the frame round the Kitakyushu legend, which is no table, as loose rules', async () => {
    const doc = await readPdf(new Uint8Array(readFileSync(join(FIXTURES, 'plan-progress.kitakyushu.pdf'))), { settings: layoutSettings({ keepGeometry: true }) });
    const legend = doc.pages[0]!.lines.find((l) => l.text.includes('目的達成状況について'))!;
    const rules = doc.pages[0]!.rules!;
    // a rule above the legend's first line and one to its left, reaching down past it
    expect(rules.some((r) => r.y0 === r.y1 && r.y0 < legend.box.y0 && r.y0 > legend.box.y0 - 20 && r.x0 <= legend.box.x0)).toBe(true);
    expect(rules.some((r) => r.x0 === r.x1 && r.x0 <= legend.box.x0 && r.y0 < legend.box.y0 && r.y1 > legend.box.y1)).toBe(true);
  }, 60_000);
});
