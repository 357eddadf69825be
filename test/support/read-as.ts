/**
 * Read a file as a given kind without the detector's consent: forms whose detection
 * words are not in the detector yet (KIND_MISMATCH under --kind) are still parsed,
 * checked and validated as extract() does.
 */
import { DOCUMENT_SCHEMAS, readSource, type ExtractedDocument, type Warning } from '../../src/api.js';
import { KINDS } from '../../src/kinds/index.js';
import type { ParseContext } from '../../src/kinds/types.js';
import { loadMetricExtractor } from '../../src/metrics/index.js';
import type { KindName } from '../../src/schema/common.js';
import { checkConsistency } from '../../src/validate/index.js';

export async function readAs(file: string, kindName: KindName): Promise<ExtractedDocument> {
  const report = await readSource(file);
  const kind = KINDS[kindName];
  const extractor = await loadMetricExtractor();
  const warnings: Warning[] = [];
  const ctx: ParseContext = {
    warn: (code, message, page) => warnings.push({ code, message, page }),
    extractMetrics: (text) => extractor.extract(text),
  };
  const fields = report.doc.format === 'pdf' ? kind.parseLayout(report.doc, ctx) : kind.parseText(report.doc, ctx);
  const draft = {
    kind: kindName,
    source: { file: report.name, format: report.doc.format, pages: report.doc.pageCount, sha256: report.sha256 },
    ...fields,
    warnings,
  };
  warnings.push(...checkConsistency(draft as ExtractedDocument));
  return DOCUMENT_SCHEMAS[kindName].parse(draft) as ExtractedDocument;
}
