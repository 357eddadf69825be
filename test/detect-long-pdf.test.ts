/**
 * detect reads only the pages it needs: a PDF longer than the page limit is detected from
 * its first pages instead of failing the limit that convert must meet (or reading them all).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from './cli-helpers.js';

const { manyPages } = (await import(pathToFileURL(join(ROOT, 'scripts', 'hostile-pdfs.mjs')).href)) as { manyPages(count: number): Buffer };

describe('detect on a PDF longer than the page limit', () => {
  it('answers from its first pages, exit 0', async (t) => {
    const path = join(tempDir(t), 'long.pdf');
    writeFileSync(path, manyPages(2000));
    const r = await runCli(['detect', path, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout.toString('utf8'))).toMatchObject({ kind: null, confidence: 0 });
  }, 60_000);
});
