/** A fixture read (with the geometry inspect draws), extracted and rendered as the inspect command does. */
import { join } from 'node:path';
import { documentLines, extractFromSource, openInput, readOpened, type ExtractedDocument } from '../../src/api.js';
import { readPdf } from '../../src/input/pdf/index.js';
import type { SourceDocument } from '../../src/input/types.js';
import { inspectHtml, withGeometry } from '../../src/inspect/index.js';
import { detectKind } from '../../src/kinds/index.js';
import { traceFields } from '../../src/validate/provenance.js';
import { FIXTURES } from '../cli-helpers.js';

export async function inspected(file: string): Promise<{ source: SourceDocument; doc: ExtractedDocument; html: string }> {
  const report = await readOpened(await openInput(join(FIXTURES, file)), {}, (bytes, o) => readPdf(bytes, withGeometry(o)));
  const doc = await extractFromSource(report);
  const html = inspectHtml({ source: report.doc, doc, trace: traceFields(report.doc, doc), detection: detectKind(documentLines(report.doc)) });
  return { source: report.doc, doc, html };
}
