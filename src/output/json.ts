/** JSON outputs: pretty (2 spaces) for one document per file, one line per document for JSONL. */
import type { ExtractedDocument } from '../schema/document.js';

export function renderJson(doc: ExtractedDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export function renderJsonLine(doc: ExtractedDocument): string {
  return `${JSON.stringify(doc)}\n`;
}
