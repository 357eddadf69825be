/**
 * Coverage with `--no-metrics`: figures stated in running text are then not read by the
 * user's choice, so a clean deck whose only unread text is such statements is not
 * reported as not understood; a deck whose rows of figures went unread still is.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';
import { measureCoverage } from '../src/validate/coverage.js';
import { COVERAGE_RULES } from '../src/validate/labels.js';
import type { Trace, TracedLine } from '../src/validate/provenance.js';

const codes = (doc: { warnings: Array<{ code: string }> }) => doc.warnings.map((w) => w.code);

describe('coverage without the sentence reader', () => {
  for (const file of ['fixtures/consultation-report.kurume.txt', 'fixtures/office/consultation-report.impress.txt', 'fixtures/text-modes/consultation-report.kurume.raw.txt']) {
    it(`${file} stays silent with metrics off`, async () => {
      const doc = await extract(file, { metrics: false });
      expect(codes(doc)).toEqual([]);
    });
  }

  it('still counts statements as body when the sentence reader ran', async () => {
    const on = await extract('fixtures/office/consultation-report.impress.txt');
    const off = await extract('fixtures/office/consultation-report.impress.txt', { metrics: false });
    expect(off.coverage).toBeGreaterThanOrEqual(on.coverage - 0.05);
  });

  it('keeps unread rows of figures as body when statements are not', () => {
    const line = (text: string, read = false): TracedLine => ({ text, furniture: false, spans: read ? [{ start: 0, end: text.length, path: 'counts[0].label' }] : [] });
    const trace: Trace = {
      pages: [{ page: 1, lines: [line('電話 1,204件', true), line('成年後見対応(19ケース)'), line('地区一 100 200 300'), line('地区二 101 201 301')] }],
    };
    const rules = { ...COVERAGE_RULES['consultation-report'], statementsUnread: true };
    const { coverage } = measureCoverage(trace, rules);
    expect(coverage).toBeLessThan(0.6);
    const statementsOnly: Trace = { pages: [{ page: 1, lines: trace.pages[0]!.lines.slice(0, 2) }] };
    expect(measureCoverage(statementsOnly, rules).coverage).toBe(1);
    expect(measureCoverage(statementsOnly, COVERAGE_RULES['consultation-report']).coverage).toBeLessThan(1);
  });
});
