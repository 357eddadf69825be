#!/usr/bin/env node
// Print the logical document a file reads as (src/document/): per page its blocks —
// prose, tables with their cells and spans, label–value fields — as JSON, from a PDF's
// layout or from text. Run `npm run build` first (it imports dist/).
//
//   node scripts/dump-document.mjs FILE.pdf|FILE.txt [--summary]
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { fromLayout } from '../dist/document/from-layout.js';
import { fromText } from '../dist/document/from-text.js';
import { readPdf } from '../dist/input/pdf/index.js';
import { decodeText, toTextDocument } from '../dist/input/text.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { summary: { type: 'boolean', default: false } } });
if (positionals.length !== 1) {
  console.error('usage: node scripts/dump-document.mjs FILE.pdf|FILE.txt [--summary]');
  process.exit(2);
}
const file = positionals[0];
const bytes = new Uint8Array(await readFile(file));
const doc = file.toLowerCase().endsWith('.pdf') ? fromLayout(await readPdf(bytes, { file })) : fromText(toTextDocument(decodeText(bytes)));

if (values.summary) {
  for (const page of doc.pages) {
    const kinds = page.blocks.map((b) => (b.type === 'table' ? `table(${b.cells.length} cells${b.headerRows ? `, ${b.headerRows} header rows` : ''})` : b.type));
    console.log(`page ${page.page ?? '-'}: ${kinds.join(' ')}`);
  }
} else console.log(JSON.stringify(doc, null, 1));
