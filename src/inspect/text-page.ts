/** One page of a text input as its lines, each stretch that fed a field marked with the field and record. */
import type { TracedLine } from '../validate/provenance.js';
import { escapeHtml } from './escape.js';
import { fieldOf, recordOf, spanLabel, type InspectRecord } from './records.js';
import { hasText, segmentLine } from './segments.js';

export function textPageHtml(lines: readonly TracedLine[], classes: ReadonlyMap<string, string>, records: ReadonlyMap<string, InspectRecord>): string {
  const rows = lines.map((line) => {
    const parts = segmentLine(line.text, line.spans).map((seg) => {
      const piece = escapeHtml(line.text.slice(seg.start, seg.end));
      if (seg.spans.length > 0) {
        // fields sharing the text nest, so each keeps its own element and path
        return seg.spans.reduceRight((inner, span) => {
          const rec = recordOf(span.path);
          const label = spanLabel(span.path, records);
          const field = fieldOf(span.path);
          return `<span class="hit ${classes.get(field)}" data-path="${escapeHtml(span.path)}" data-rec="${escapeHtml(rec)}" data-field="${escapeHtml(field)}" title="${escapeHtml(`${label}: ${span.path}`)}">${inner}</span>`;
        }, piece);
      }
      return !line.furniture && hasText(line.text.slice(seg.start, seg.end)) ? `<span class="miss">${piece}</span>` : piece;
    });
    const recs = [...new Set(line.spans.map((s) => spanLabel(s.path, records)))];
    return `<div class="tl${line.furniture ? ' furn' : ''}"><span class="tx">${parts.join('')}</span>${recs.length ? `<span class="lbl">${escapeHtml(recs.join(', '))}</span>` : ''}</div>`;
  });
  return `<div class="textpage">${rows.join('')}</div>`;
}
