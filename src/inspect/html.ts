/**
 * The inspect view: one self-contained HTML file (inline SVG, CSS and script, nothing
 * fetched) that shows on each page what was read into which field, what was left
 * over, the records, warnings and the detection. Pure: strings in, a string out.
 */
import { deflateSync } from 'node:zlib';
import type { Detection } from '../kinds/index.js';
import type { SourceDocument } from '../input/types.js';
import type { ExtractedDocument } from '../schema/document.js';
import type { Trace } from '../validate/provenance.js';
import { escapeHtml, scriptJson } from './escape.js';
import { pageSvg } from './pdf-page.js';
import { fieldColours, fieldOf, listRecords, RECORD_LISTS, recordOf, type InspectRecord } from './records.js';
import { LAZY_PAGE, STYLE, SCRIPT, UNUSED } from './assets.js';
import { textPageHtml } from './text-page.js';

export interface InspectInput {
  source: SourceDocument;
  doc: ExtractedDocument;
  trace: Trace;
  detection: Detection;
}

/** Pages drawn in the file as they are; later ones wait in a <template> until scrolled to. */
export const EAGER_PAGES = 3;

const pageId = (page: number | null): string => `page-${page ?? 1}`;

function header(input: InspectInput, records: readonly InspectRecord[]): string {
  const { doc, detection } = input;
  const scores = Object.entries(detection.scores).map(([k, v]) => `${escapeHtml(k)} ${v.toFixed(2)}`).join(', ');
  const counts = RECORD_LISTS.map((l) => [l, records.filter((r) => r.list === l).length] as const).filter(([, n]) => n > 0).map(([l, n]) => `${n} ${l}`).join(', ');
  return `<header><h1>${escapeHtml(doc.source.file)}</h1><dl>
<dt>kind</dt><dd class="kind">${escapeHtml(doc.kind)}</dd>
<dt>detection</dt><dd>${scores}</dd>
<dt>coverage</dt><dd class="coverage">${(doc.coverage * 100).toFixed(1)}%</dd>
<dt>records</dt><dd>${escapeHtml(counts)}</dd>
<dt>warnings</dt><dd>${doc.warnings.length}</dd></dl></header>`;
}

/** Fields to filter by: each field tinted on the pages and the fields holding it (`items.results` for `items.results.text`), not a bare record list. */
function filterFields(colours: ReadonlyMap<string, string>): string[] {
  const lists = new Set<string>(RECORD_LISTS);
  const out = new Set<string>();
  for (const field of colours.keys()) {
    const parts = field.split('.');
    for (let n = 1; n <= parts.length; n++) {
      const prefix = parts.slice(0, n).join('.');
      if (!lists.has(prefix)) out.add(prefix);
    }
  }
  return [...out].sort();
}

function sidePanel(input: InspectInput, records: readonly InspectRecord[], colours: ReadonlyMap<string, string>): string {
  const recs = records.map(
    (r) =>
      `<li class="rec" data-rec="${escapeHtml(r.id)}"${r.page !== null ? ` data-page="${r.page}"` : ''}><b>${escapeHtml(r.list === 'items' || r.list === 'sheets' ? `${r.list} ${r.label}` : r.label)}</b> ${escapeHtml(r.caption.slice(0, 40))}</li>`,
  );
  const warnings = input.doc.warnings.map(
    (w) =>
      `<li class="warning"><code>${escapeHtml(w.code)}</code> ${escapeHtml(w.message)}${w.page != null ? ` <a href="#${pageId(w.page)}">page ${w.page}</a>` : ''}</li>`,
  );
  const legend = [...colours].map(([field, colour]) => `<li data-field="${escapeHtml(field)}"><i style="background:${colour}"></i>${escapeHtml(field)}</li>`);
  const options = filterFields(colours).map((f) => `<option value="${escapeHtml(f)}">${'\u00a0'.repeat(2 * (f.split('.').length - 1))}${escapeHtml(f)}</option>`);
  return `<aside><h2>Records</h2><ul class="records">${recs.join('')}</ul>
<h2>Selected</h2><pre id="json">Click a record.</pre><ul id="origin"></ul>
<h2>Fields</h2><select id="field"><option value="">every field</option><option value="${UNUSED}">text in no field</option>${options.join('')}</select>
<ul class="legend">${legend.join('')}<li data-field="${UNUSED}"><i class="missing"></i>in no field</li></ul>
<h2>Warnings</h2><ul class="warnings">${warnings.join('')}</ul></aside>`;
}

/** Where each traced field was read: page and text, per page in reading order. */
function sources(trace: Trace): Record<string, Array<[number, string]>> {
  const out: Record<string, Array<[number, string]>> = {};
  for (const page of trace.pages) {
    const n = page.page ?? 1;
    for (const line of page.lines) {
      for (const span of line.spans) {
        const found = (out[span.path] ??= []);
        const text = line.text.slice(span.start, span.end);
        const last = found.at(-1);
        if (last && last[0] === n) last[1] += ` ${text}`;
        else found.push([n, text]);
      }
    }
  }
  return out;
}

/** The pages each record's tints are on, to draw them before it is highlighted. */
function recordPages(found: Record<string, Array<[number, string]>>): Record<string, number[]> {
  const out: Record<string, Set<number>> = {};
  for (const [path, where] of Object.entries(found)) for (const [page] of where) (out[recordOf(path)] ??= new Set()).add(page);
  return Object.fromEntries(Object.entries(out).map(([rec, pages]) => [rec, [...pages].sort((a, b) => a - b)]));
}

function pages(input: InspectInput, records: ReadonlyMap<string, InspectRecord>, classes: ReadonlyMap<string, string>): string {
  const { source, trace } = input;
  return trace.pages
    .map((traced, i) => {
      const title = traced.page === null ? 'Text' : `Page ${traced.page}`;
      if (source.format === 'text') {
        return `<section class="page" id="${pageId(traced.page)}"><h3>${title}</h3>${textPageHtml(traced.lines, classes, records)}</section>`;
      }
      const page = source.pages[i]!;
      const svg = pageSvg(page, traced.lines, { classes, records, labelled: new Set() });
      // a later page waits deflated, as the base64 text of a script the browser neither parses nor
      // runs: SVG markup shrinks about tenfold, so a long report's file stays small and opens fast
      const body = i < EAGER_PAGES ? svg : `<script type="${LAZY_PAGE}">${deflateSync(svg).toString('base64')}</script>`;
      return `<section class="page" id="${pageId(traced.page)}"><h3>${title}</h3><div class="sheet"${i < EAGER_PAGES ? '' : ' data-lazy'} style="aspect-ratio:${page.width.toFixed(1)}/${page.height.toFixed(1)};max-width:${Math.round(page.width * 1.5)}px">${body}</div></section>`;
    })
    .join('\n');
}

export function inspectHtml(input: InspectInput): string {
  const records = listRecords(input.doc as unknown as Record<string, unknown>);
  const byId = new Map(records.map((r) => [r.id, r]));
  const paths = input.trace.pages.flatMap((p) => p.lines.flatMap((l) => l.spans.map((s) => fieldOf(s.path))));
  const colours = fieldColours(paths);
  // a class per field colours its tints (--c): shorter than a colour on every tint
  const classes = new Map([...colours.keys()].map((field, i) => [field, `f${i}`]));
  const fieldStyle = [...colours].map(([field, colour]) => `.${classes.get(field)}{--c:${colour}}`).join('');
  const data = Object.fromEntries(records.map((r) => [r.id, r.value]));
  const found = sources(input.trace);
  return `<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${escapeHtml(`inspect: ${input.doc.source.file}`)}</title>
<style>${STYLE}${fieldStyle}</style><style id="filter"></style></head>
<body>${header(input, records)}
<div class="main"><main>${pages(input, byId, classes)}</main>
${sidePanel(input, records, colours)}</div>
<script type="application/json" id="records">${scriptJson(data)}</script>
<script type="application/json" id="sources">${scriptJson(found)}</script>
<script type="application/json" id="record-pages">${scriptJson(recordPages(found))}</script>
<script>${SCRIPT}</script>
</body></html>
`;
}
