/** Reading a folder's plan-progress fixtures (NAME.pdf / .raw.txt / .oneline.txt beside NAME.expected.json) in golden tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { extract } from '../../src/api.js';
import { compareToExpected } from './compare.js';

/** The expected JSON of an input: the one of its document (the name before the first dot). */
export const expectedOf = (dir: string, input: string) => JSON.parse(readFileSync(join(dir, `${input.split('.')[0]!}.expected.json`), 'utf8'));

/** Every input of these documents: PDF, raw text and テキスト版. */
export const inputsOf = (names: readonly string[]) => names.flatMap((n) => ['pdf', 'raw.txt', 'oneline.txt'].map((e) => `${n}.${e}`)).sort();

/** The input is read as plan-progress to its expected JSON in full, nothing more, without warnings. */
export async function expectFullRead(dir: string, input: string): Promise<void> {
  const out = await extract(join(dir, input));
  expect(out.kind).toBe('plan-progress');
  const result = compareToExpected(expectedOf(dir, input), out);
  expect(result.misses, `${result.misses.length} of ${result.total} expected values missed`).toEqual([]);
  expect(result.spurious).toEqual([]);
  expect(out.warnings.map((w) => w.code)).toEqual([]);
}
