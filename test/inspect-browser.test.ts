/**
 * The inspect view in a real browser: its script runs from the file alone (no network),
 * selecting a record from the address highlights its spans, fills the JSON panel and
 * draws the lazy page it lies on. Skipped where /usr/bin/chromium is not installed.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { inspected } from './support/inspect.js';

const CHROMIUM = '/usr/bin/chromium';
const dir = mkdtempSync(join(tmpdir(), 'inspect-browser-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function dumpDom(file: string, query: string): Promise<string> {
  const { stdout } = await promisify(execFile)(
    CHROMIUM,
    ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', `--user-data-dir=${mkdtempSync(join(dir, 'profile-'))}`, '--dump-dom', `file://${file}${query}`],
    { timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
  );
  return stdout;
}

const HAS_CHROMIUM = existsSync(CHROMIUM);

describe.skipIf(!HAS_CHROMIUM)(HAS_CHROMIUM ? 'inspect in chromium' : `inspect in chromium: skipped, ${CHROMIUM} is not installed`, () => {
  it('runs its script, selects a record on a lazy page and shows its JSON', async () => {
    const { html, doc } = await inspected('consultation-report.kurume.pdf');
    const counts = (doc as { counts: Array<{ label: string; page: number }> }).counts;
    const file = join(dir, 'kurume.inspect.html');
    writeFileSync(file, html);
    const templates = (s: string) => (s.match(/<template>/g) ?? []).length;
    const dom = await dumpDom(file, '?select=counts%5B0%5D');
    expect(dom).toMatch(/<body[^>]* data-inspect="ready"/);
    expect(dom).toMatch(/<body[^>]* data-selected="counts\[0\]"/);
    expect(dom).toMatch(/<li class="rec sel" data-rec="counts\[0\]"/);
    expect(dom).toMatch(/<rect class="hit sel"[^>]*data-rec="counts\[0\]"/);
    expect(dom).toContain(`"label": "${counts[0]!.label}"`);
    // the record's page lies beyond the pages drawn up front: selecting it drew it
    expect(counts[0]!.page).toBeGreaterThan(3);
    expect(templates(dom)).toBeLessThan(templates(html));
  }, 90_000);
});
