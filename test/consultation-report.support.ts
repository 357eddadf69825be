/**
 * A stand-in for the kuromoji metric extractor in unit tests: every number with a
 * counter, labelled by the words just before it. Good enough to check which figures
 * the consultation-report parser keeps; label quality is the real extractor's job.
 */
import { findQuantities, normalizeWidth } from '../src/normalize/index.js';
import type { Metric } from '../src/schema/common.js';
import type { ParseContext } from '../src/kinds/types.js';
import type { Warning } from '../src/schema/common.js';

export function fakeExtractMetrics(text: string): Metric[] {
  const t = normalizeWidth(text);
  return findQuantities(t).map((q) => {
    const before = t.slice(0, q.index).replace(/[・…：:（(\s]+$/, '');
    const label = before.split(/[、。，,（(）)：:…◎・\s]/).pop() ?? '';
    return { label, value: q.value, unit: q.unit, raw: t.slice(q.index - label.length, q.index + q.length) };
  });
}

export function fakeContext(options: { metrics?: boolean } = {}): ParseContext & { warnings: Warning[] } {
  const warnings: Warning[] = [];
  return {
    warnings,
    warn: (code, message, page) => warnings.push({ code, message, page }),
    extractMetrics: (text) => (options.metrics === false ? [] : fakeExtractMetrics(text)),
  };
}
