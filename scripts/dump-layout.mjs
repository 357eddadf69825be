#!/usr/bin/env node
// Print what the PDF layout step makes of a file, page by page: tables as grids of
// cell texts, proximity blocks, and the page's lines in reading order. For people
// writing parsers against LayoutDocument. Run `npm run build` first (it imports dist/).
//
//   node scripts/dump-layout.mjs FILE.pdf [--pages 1,3] [--only tables|blocks|lines|furniture]
//                                         [--password PW] [--json] [--width 24]
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { readPdf } from '../dist/input/pdf/index.js';
import { tableGrid } from '../dist/layout/index.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    pages: { type: 'string' },
    only: { type: 'string', multiple: true },
    password: { type: 'string' },
    json: { type: 'boolean', default: false },
    width: { type: 'string', default: '24' },
  },
});
if (positionals.length !== 1) {
  console.error('usage: node scripts/dump-layout.mjs FILE.pdf [--pages 1,3] [--only tables|blocks|lines|furniture] [--password PW] [--json] [--width N]');
  process.exit(2);
}
const file = positionals[0];
const pages = values.pages?.split(',').map(Number);
const show = new Set(values.only ?? ['tables', 'blocks', 'lines', 'furniture']);
const width = Number(values.width);

const started = performance.now();
const doc = await readPdf(new Uint8Array(await readFile(file)), { file, password: values.password, pages });
const elapsed = performance.now() - started;

if (values.json) {
  console.log(JSON.stringify(doc, null, 1));
  process.exit(0);
}

const round = (n) => Math.round(n * 10) / 10;
const fmtBox = (b) => `(${round(b.x0)},${round(b.y0)})-(${round(b.x1)},${round(b.y1)})`;
const clip = (s) => {
  const flat = s.replace(/\n/g, '⏎');
  return flat.length > width ? flat.slice(0, width - 1) + '…' : flat;
};

console.log(`${file}: ${doc.pageCount} pages, read ${doc.pages.length} in ${Math.round(elapsed)} ms`);
for (const page of doc.pages) {
  console.log(`\n═══ page ${page.page}  ${round(page.width)}×${round(page.height)}  lines ${page.lines.length}, tables ${page.tables.length}, blocks ${page.blocks.length}`);
  if (show.has('tables')) {
    page.tables.forEach((table, t) => {
      const rows = table.rowEdges.length - 1;
      const cols = table.colEdges.length - 1;
      const nested = table.nestedIn === undefined ? '' : `, inside table ${table.nestedIn}`;
      console.log(`\n── table ${t}: ${rows} rows × ${cols} cols, ${table.cells.length} cells ${fmtBox(table.box)}${nested}`);
      const grid = tableGrid(table);
      grid.forEach((row, r) => {
        const texts = row.map((cell, c) => {
          if (!cell) return '·';
          if (cell.row !== r || cell.col !== c) return cell.row !== r ? '〃' : '←';
          const span = cell.rowSpan > 1 || cell.colSpan > 1 ? `[${cell.rowSpan}×${cell.colSpan}]` : '';
          return span + clip(cell.text);
        });
        console.log(`  r${String(r).padStart(2)} │ ${texts.join(' │ ')}`);
      });
    });
  }
  if (show.has('blocks')) {
    console.log('\n── blocks');
    for (const block of page.blocks) console.log(`  ${fmtBox(block.box)} ${block.text.replace(/\n/g, ' ⏎ ')}`);
  }
  if (show.has('lines')) {
    console.log('\n── lines');
    for (const line of page.lines) {
      const tag = line.vertical ? ' [vertical]' : '';
      console.log(`  ${String(round(line.box.y0)).padStart(6)} ${String(round(line.box.x0)).padStart(6)} ${line.text}${tag}`);
    }
  }
  if (show.has('furniture') && page.furniture?.length) {
    console.log('\n── furniture (repeated header/footer, removed from lines and blocks)');
    for (const line of page.furniture) console.log(`  ${fmtBox(line.box)} ${line.text}`);
  }
}
