/**
 * The logical document seen as paged text, for readers of text: running headers and
 * footers left out, each page's blocks in reading order.
 */
import type { TextDocument } from '../input/types.js';
import type { Block, LogicalDocument, LogicalPage, TableBlock } from './schema.js';
import { cellLines } from './table.js';
import { blockLines } from './text.js';

/** Each page's lines, a table's cell by cell. */
export function documentLines(doc: LogicalDocument): TextDocument {
  return paged(doc, (block) => blockLines(block));
}

/**
 * Each table row as one line: its cells left to right, apart by one space (a cell's own
 * lines by a line break), a table drawn inside a cell as its own rows. Lets a text reader
 * see rows (a tally's label with its figures, a label with its value) that a line per
 * cell loses.
 */
export function documentRows(doc: LogicalDocument): TextDocument {
  return paged(doc, blockRows);
}

function paged(doc: LogicalDocument, lines: (block: Block) => string[]): TextDocument {
  const text = (page: LogicalPage) => page.blocks.flatMap((b) => (b.type === 'prose' && b.furniture ? [] : lines(b)));
  return {
    format: 'text',
    pages: doc.pages.map((page, k) => ({ page: page.page ?? k + 1, lines: text(page) })),
    pageCount: doc.pages.every((p) => p.page !== null) ? doc.pages.length : null,
  };
}

function blockRows(block: Block): string[] {
  switch (block.type) {
    case 'table':
      return tableRows(block);
    case 'fields':
      return block.pairs.map((p) => [p.label, p.value].filter((t) => t.trim() !== '').join(' '));
    default:
      return blockLines(block);
  }
}

/** A table's rows as lines; a table drawn inside a cell stands in place of the cell's text. */
function tableRows(table: TableBlock): string[] {
  const out: string[] = [];
  const rows = [...new Set(table.cells.map((c) => c.row))];
  for (const r of rows) {
    const parts: string[] = [];
    for (const cell of table.cells.filter((c) => c.row === r)) {
      const inner = cell.blocks.find((b) => b.type === 'table');
      if (inner) {
        if (parts.length) out.push(parts.splice(0).join(' '));
        out.push(...tableRows(inner));
        continue;
      }
      const text = cellLines(cell).join('\n');
      if (text.trim() !== '') parts.push(text);
    }
    if (parts.length) out.push(parts.join(' '));
  }
  return out;
}
