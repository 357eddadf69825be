/**
 * One table of warning codes (src/validate/codes.ts): every code the source gives is
 * in it, and the README's list is the table's.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONSISTENCY_CODES, WARNING_CODES, warningCodesMarkdown } from '../src/validate/codes.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Codes given as literals: `warn('code', …)`, `warning('code', …)`, `code: 'code'`. */
function codesUsed(): Set<string> {
  const used = new Set<string>();
  for (const file of sources('src')) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bwarn(?:ing)?\(\s*'([a-z0-9-]+)'|\bcode: '([a-z0-9-]+)'/g)) used.add(m[1] ?? m[2]!);
  }
  return used;
}

describe('warning codes', () => {
  it('lists every code the source gives, each with a meaning and an example', () => {
    const used = codesUsed();
    expect(used.size).toBeGreaterThan(10);
    for (const code of used) expect(WARNING_CODES, code).toHaveProperty(code);
    for (const info of Object.values(WARNING_CODES)) {
      expect(info.meaning.length).toBeGreaterThan(10);
      expect(info.example.length).toBeGreaterThan(5);
    }
  });

  it('keeps the consistency codes as a subset', () => {
    expect(Object.keys(CONSISTENCY_CODES)).toEqual(['chart-shares-sum', 'chart-counts-sum', 'plan-table-total', 'plan-table-cells-missing', 'plan-table-rate', 'indicator-rate-mismatch', 'actual-year-outside-plan', 'actuals-missing', 'change-mismatch', 'item-number-duplicate']);
  });

  it("has the README's list written from the table (node scripts/write-warning-docs.mjs)", () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = /<!-- warning-codes:start -->\n([\s\S]*?)\n<!-- warning-codes:end -->/.exec(readme);
    expect(section?.[1]).toBe(warningCodesMarkdown());
  });
});
