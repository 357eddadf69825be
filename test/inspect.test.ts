import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { documentLines, type ExtractedDocument } from '../src/api.js';
import type { SourceDocument } from '../src/input/types.js';
import { EAGER_PAGES, inspectHtml, LAZY_PAGE } from '../src/inspect/index.js';
import { detectKind } from '../src/kinds/index.js';
import { fieldValues, traceFields } from '../src/validate/provenance.js';
import { fixture, FIXTURES, runCli, tempDir } from './cli-helpers.js';
import { inspected } from './support/inspect.js';

const FILES = readdirSync(FIXTURES).filter((f) => /\.(pdf|txt)$/.test(f)).sort();

const all = (html: string, re: RegExp): string[] => [...html.matchAll(re)].map((m) => m[1]!);
/** The file with its lazy pages' markup inflated in place, as the page's script draws them. */
const drawn = (html: string): string =>
  html.replace(new RegExp(`<script type="${LAZY_PAGE}">([^<]*)</script>`, 'g'), (_, base64: string) => inflateSync(Buffer.from(base64, 'base64')).toString('utf8'));
const unescape = (s: string): string => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('inspect HTML of every fixture', () => {
  it.each(FILES)('%s: one entry per record, spans per field, pages, nothing fetched', async (file) => {
    const { source, doc, html: stored } = await inspected(file);
    const html = drawn(stored);
    const d = doc as unknown as Record<string, unknown[] | undefined>;
    const lists = ['items', 'sheets', 'charts', 'tables', 'counts'];
    const recordIds = lists.flatMap((l) => (d[l] ?? []).map((_, i) => `${l}[${i}]`));
    const listed = all(html, /<li class="rec" data-rec="([^"]+)"/g).map(unescape);
    expect(listed.filter((id) => id !== 'document')).toEqual(recordIds);

    // every field provenance found is on the page, under its own path and record
    const trace = traceFields(source, doc);
    const traced = new Set(trace.pages.flatMap((p) => p.lines.flatMap((l) => l.spans.map((s) => s.path))));
    const shown = all(html, /data-path="([^"]+)"/g).map(unescape);
    expect(new Set(shown)).toEqual(traced);
    const known = new Set(fieldValues(doc).map((f) => f.path));
    for (const path of shown) expect(known.has(path)).toBe(true);
    expect(traced.size).toBeGreaterThan(recordIds.length / 2);
    for (const m of html.matchAll(/data-path="([^"]+)" data-rec="([^"]+)"/g)) {
      const rec = unescape(m[2]!);
      expect(rec === 'document' || unescape(m[1]!).startsWith(`${rec}.`)).toBe(true);
    }

    // each tint names its field, which the filter offers; each traced value names the pages it was read on
    const options = new Set(all(html, /<option value="([^"]*)"/g).map(unescape));
    for (const m of html.matchAll(/data-path="([^"]+)" data-rec="[^"]+" data-field="([^"]+)"/g)) {
      expect(unescape(m[2]!)).toBe(unescape(m[1]!).replace(/\[\d+\]/g, ''));
      expect(options.has(unescape(m[2]!))).toBe(true);
    }
    const sources = JSON.parse(/<script type="application\/json" id="sources">(.*?)<\/script>/s.exec(html)![1]!) as Record<string, Array<[number, string]>>;
    expect(new Set(Object.keys(sources))).toEqual(traced);
    for (const [path, found] of Object.entries(sources)) {
      for (const [page, text] of found) {
        expect(text.trim()).not.toBe('');
        const section = html.slice(html.indexOf(`<section class="page" id="page-${page}"`)).split('</section>')[0]!;
        expect(section).toContain(`data-path="${path.replace(/"/g, '&quot;')}"`);
      }
    }
    if (source.format === 'pdf') {
      const rules = source.pages.reduce((n, p) => n + (p.rules?.length ?? 0), 0);
      expect(all(html, /(<line class="rule")/g)).toHaveLength(rules);
    }

    expect(all(html, /<section class="page" id="(page-\d+)"/g)).toHaveLength(source.pages.length);
    if (source.format === 'pdf') {
      expect(all(html, /(<svg )/g)).toHaveLength(source.pages.length);
      expect(stored.split(`<script type="${LAZY_PAGE}">`)).toHaveLength(1 + Math.max(0, source.pages.length - EAGER_PAGES));
    }
    expect(all(html, /<li class="warning">/g)).toHaveLength(doc.warnings.length);
    expect(html).toContain(`<dd class="kind">${doc.kind}</dd>`);
    expect(html).not.toMatch(/<link|<img|\ssrc=|href="(?!#)/);
    // the pages each record's tints are on, for the script to draw before highlighting them
    const recordPages = JSON.parse(/<script type="application\/json" id="record-pages">(.*?)<\/script>/s.exec(html)![1]!) as Record<string, number[]>;
    for (const [rec, pages] of Object.entries(recordPages)) {
      for (const page of pages) expect(html.slice(html.indexOf(`<section class="page" id="page-${page}"`)).split('</section>')[0]).toContain(`data-rec="${rec}"`);
    }
  });
});

describe('inspect HTML escapes report text and links warnings', () => {
  it('keeps <, & and quotes of a line and of warnings as text, and links a warning to its page', async () => {
    const { source, doc } = await inspected('plan-progress.kitakyushu.txt');
    if (source.format !== 'text') throw new Error('a text fixture');
    const hostile = '<img src=x onerror="alert(1)"> & \'q\' </script>';
    const page = { ...source.pages[0]!, lines: [...source.pages[0]!.lines, hostile] };
    const src: SourceDocument = { ...source, pages: [page, ...source.pages.slice(1)] };
    const warned = { ...doc, warnings: [{ code: 'w-one', message: 'a <b> & "c"', page: 1 }, { code: 'w-two', message: '</script>', page: null }] } as ExtractedDocument;
    const html = inspectHtml({ source: src, doc: warned, trace: traceFields(src, warned), detection: detectKind(documentLines(src)) });
    expect(html).not.toContain('<img');
    expect(html).not.toContain('a <b>');
    // the hostile </script> closes nothing: every script element ends where it was opened
    expect(html.match(/<\/script>/g)).toHaveLength(html.match(/<script[ >]/g)!.length);
    // the line may be cut into spans where fields matched pieces of it: its text reads back whole
    const texts = all(html, /<div class="tl">(.*?)<\/div>/g).map((l) => unescape(l.replace(/<span class="lbl">.*?<\/span>/, '').replace(/<[^>]*>/g, '')));
    expect(texts).toContain(hostile);
    const warnings = all(html, /<li class="warning">(.*?)<\/li>/g);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('a &lt;b&gt; &amp; &quot;c&quot; <a href="#page-1">page 1</a>');
    expect(warnings[1]).not.toContain('href');
    // the records' JSON is read back whole by the script
    const json = /<script type="application\/json" id="records">(.*?)<\/script>/s.exec(html)![1]!;
    expect(JSON.parse(json)['items[0]']).toEqual((doc as { items: unknown[] }).items[0]);
  });
});

describe('plan-extract inspect', () => {
  it('writes <name>.inspect.html in the current directory, or -o, whole and with no temporary left', async (t) => {
    const dir = tempDir(t);
    const r = await runCli(['inspect', fixture('target-sheet.kitakyushu.txt')], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('wrote target-sheet.kitakyushu.inspect.html\n');
    const html = readFileSync(join(dir, 'target-sheet.kitakyushu.inspect.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>[\s\S]*<\/html>\n$/);
    expect(html).toContain('<dd class="kind">target-sheet</dd>');

    const q = await runCli(['inspect', fixture('plan-progress.kitakyushu.pdf'), '--pages', '2', '-o', join(dir, 'sub', 'p.html'), '-q'], { cwd: dir });
    expect(q.code).toBe(0);
    expect(q.stderr).toBe('');
    const pdf = readFileSync(join(dir, 'sub', 'p.html'), 'utf8');
    expect(all(pdf, /<section class="page" id="(page-\d+)"/g)).toEqual(['page-2']);
    expect(readdirSync(join(dir, 'sub'))).toEqual(['p.html']);
  });

  it('fails like convert on an input it cannot read, writing nothing', async (t) => {
    const dir = tempDir(t);
    const r = await runCli(['inspect', join(dir, 'missing.pdf')], { cwd: dir });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/missing\.pdf.*no such file/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
