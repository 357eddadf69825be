/**
 * The inspect view in a real browser (headless Chromium over the DevTools protocol): its
 * script runs from the file alone with no console error; clicking a record highlights its
 * spans and shows its JSON; clicking a value there marks where on which page it was read;
 * the field filter leaves one field's tints (or only the unused text); a long report opens
 * in seconds and draws a late page when it is scrolled to. Takes the README's screenshot
 * (docs/inspect.png when INSPECT_SCREENSHOT names it). Skipped where Chromium is missing.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentLines, extractFromSource } from '../src/api.js';
import { readPdf } from '../src/input/pdf/index.js';
import { inspectHtml, withGeometry } from '../src/inspect/index.js';
import { detectKind } from '../src/kinds/index.js';
import { traceFields } from '../src/validate/provenance.js';
// @ts-expect-error: a JavaScript module of the benchmark, without types
import { repeatPages } from '../bench/corpus.mjs';
import { FIXTURES } from './cli-helpers.js';
import { Browser, CHROMIUM, type Page } from './support/chromium.js';
import { inspected } from './support/inspect.js';

const HAS_CHROMIUM = existsSync(CHROMIUM);
const dir = mkdtempSync(join(tmpdir(), 'inspect-browser-'));
let browser: Browser;
beforeAll(() => {
  if (HAS_CHROMIUM) browser = Browser.launch();
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(name: string, html: string, query = ''): Promise<{ page: Page; ms: number }> {
  const file = join(dir, name);
  writeFileSync(file, html);
  const page = await browser.newPage(1280, 860);
  const t0 = performance.now();
  await page.goto(`file://${file}${query}`);
  await page.waitFor(`document.body.dataset.inspect === 'ready'`, 60_000);
  return { page, ms: performance.now() - t0 };
}

/** Elements matching `selector` that are drawn (not hidden by the filter). */
const shown = (selector: string) => `[...document.querySelectorAll(${JSON.stringify(selector)})].filter((e) => getComputedStyle(e).display !== 'none')`;

describe.skipIf(!HAS_CHROMIUM)(HAS_CHROMIUM ? 'inspect in chromium' : `inspect in chromium: skipped, ${CHROMIUM} is not installed`, () => {
  it('a record clicked: its spans highlighted, its JSON shown; a value clicked: its page and glyphs; the field filter', async () => {
    const { html, doc } = await inspected('plan-progress.kitakyushu.pdf');
    const { page } = await open('kitakyushu.inspect.html', html);
    await page.click('aside .rec[data-rec="items[2]"]');
    await page.waitFor(`document.body.dataset.selected === 'items[2]'`);
    const selected = await page.evaluate<string[]>(`[...document.querySelectorAll('main .hit.sel')].map((e) => e.dataset.rec)`);
    expect(selected.length).toBeGreaterThan(3);
    expect(new Set(selected)).toEqual(new Set(['items[2]']));
    const name = (doc as unknown as { items: Array<{ name: string }> }).items[2]!.name;
    expect(await page.evaluate('document.getElementById("json").textContent')).toContain(`"name": "${name}"`);

    // the item's name, clicked in its JSON: the page it was read on and a tint over its glyphs
    await page.click('#json .v.found[data-path="items[2].name"]');
    await page.waitFor(`document.body.dataset.value === 'items[2].name'`);
    const origin = await page.evaluate<string>(`document.getElementById('origin').textContent`);
    const src = await page.evaluate<Array<{ page: string; box: number[]; glyphs: number[][] }>>(`[...document.querySelectorAll('main .hit.src')].map((e) => {
      const r = e.getBoundingClientRect();
      const texts = [...e.ownerSVGElement.querySelectorAll('text.ln')].map((t) => t.getBoundingClientRect()).map((t) => [t.left, t.top, t.right, t.bottom]);
      return { page: e.closest('section').id, box: [r.left, r.top, r.right, r.bottom], glyphs: texts };
    })`);
    expect(src.length).toBeGreaterThan(0);
    expect(origin).toContain(`page ${src[0]!.page.replace('page-', '')}`);
    expect(origin.replace(/\s/g, '')).toContain(name.replace(/\s/g, '').slice(0, 6));
    for (const s of src) {
      const [l, t, r, b] = s.box as [number, number, number, number];
      // drawn text lies under the tint: the tint is over glyphs, not beside them
      expect(s.glyphs.some(([gl, gt, gr, gb]) => gl! < r - 1 && gr! > l + 1 && gt! < b && gb! > t)).toBe(true);
    }

    // the field filter: only the results' tints, then only text no field holds
    await page.evaluate(`(() => { const s = document.getElementById('field'); s.value = 'items.results'; s.dispatchEvent(new Event('change')); })()`);
    const fields = await page.evaluate<string[]>(`${shown('main svg .hit')}.map((e) => e.dataset.field)`);
    expect(fields.length).toBeGreaterThan(0);
    for (const f of fields) expect(f.startsWith('items.results')).toBe(true);
    expect(await page.evaluate<number>(`document.querySelectorAll('main svg .hit').length`)).toBeGreaterThan(fields.length);
    await page.click('.legend [data-field="(unused)"]');
    expect(await page.evaluate<number>(`${shown('main svg .hit')}.length`)).toBe(0);
    expect(await page.evaluate<number>(`${shown('main svg .miss')}.length`)).toBeGreaterThan(0);
    await page.evaluate(`(() => { const s = document.getElementById('field'); s.value = ''; s.dispatchEvent(new Event('change')); })()`);
    expect(await page.evaluate<number>(`${shown('main svg .hit')}.length`)).toBeGreaterThan(fields.length);

    await page.click('#json .v.found[data-path="items[2].name"]');
    await page.waitFor(`document.querySelector('main .hit.src')`);
    const png = await page.screenshot();
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    if (process.env.INSPECT_SCREENSHOT) writeFileSync(process.env.INSPECT_SCREENSHOT, png);
    expect(page.errors).toEqual([]);
  }, 120_000);

  it('a text input: a record clicked highlights its lines', async () => {
    const { html } = await inspected('target-sheet.kitakyushu.txt');
    const { page } = await open('sheet.inspect.html', html);
    await page.click('aside .rec[data-rec="sheets[0]"]');
    await page.waitFor(`document.body.dataset.selected === 'sheets[0]'`);
    expect(await page.evaluate<number>(`document.querySelectorAll('main span.hit.sel').length`)).toBeGreaterThan(3);
    await page.click('#json .v.found');
    await page.waitFor(`document.body.dataset.value`);
    expect(await page.evaluate<number>(`document.querySelectorAll('main span.hit.src').length`)).toBeGreaterThan(0);
    expect(page.errors).toEqual([]);
  }, 120_000);

  it('?select= opens with a record on a lazy page selected and that page drawn', async () => {
    const { html, doc } = await inspected('consultation-report.kurume.pdf');
    const counts = (doc as { counts: Array<{ label: string; page: number }> }).counts;
    const { page } = await open('kurume.inspect.html', html, '?select=counts%5B0%5D');
    expect(counts[0]!.page).toBeGreaterThan(3);
    expect(await page.evaluate('document.body.dataset.selected')).toBe('counts[0]');
    expect(await page.evaluate<number>(`document.querySelectorAll('#page-${counts[0]!.page} .hit.sel').length`)).toBeGreaterThan(0);
    expect(await page.evaluate('document.getElementById("json").textContent')).toContain(`"label": "${counts[0]!.label}"`);
    expect(page.errors).toEqual([]);
  }, 120_000);

  it('a 300-page report opens in seconds and draws a late page when it is scrolled to', async () => {
    const bytes = await repeatPages(readFileSync(join(FIXTURES, 'plan-progress.kitakyushu.pdf')), 300);
    const opened = { name: 'long300.pdf', sha256: '0'.repeat(64), doc: await readPdf(bytes, withGeometry({})) };
    const doc = await extractFromSource(opened, { metrics: false });
    const html = inspectHtml({ source: opened.doc, doc, trace: traceFields(opened.doc, doc), detection: detectKind(documentLines(opened.doc)) });
    const { page, ms } = await open('long300.inspect.html', html);
    const size = statSync(join(dir, 'long300.inspect.html')).size;
    console.log(`300 pages: ${(size / 1048576).toFixed(1)} MB, ready in ${(ms / 1000).toFixed(2)} s`);
    expect(size).toBeLessThan(40 * 1048576);
    expect(ms).toBeLessThan(15_000);
    const lazy = (n: number) => `document.querySelector('#page-${n} .sheet').hasAttribute('data-lazy')`;
    expect(await page.evaluate(lazy(280))).toBe(true);
    await page.evaluate(`document.getElementById('page-280').scrollIntoView()`);
    await page.waitFor(`!${lazy(280)} && document.querySelector('#page-280 svg text.ln')`);
    expect(await page.evaluate(lazy(150))).toBe(true);
    expect(page.errors).toEqual([]);
  }, 600_000);
});
