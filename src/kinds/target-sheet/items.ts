import type { Block, Line, LogicalDocument, TableBlock, TableCell } from '../../document/schema.js';
import { cellLines } from '../../document/table.js';
import { readingText } from '../../document/text.js';
import { readValue } from '../../document/values.js';
import { indicatorLines, indicatorTableLines, indicatorTextLines } from './indicator-table.js';
import { canon, runTogether } from './text.js';
import { FOLIO } from '../shared/vocabulary.js';
import { PDCA_STEPS, PLAN_STEPS, REVIEW_STEPS, TARGET_SHEET_CAPTIONS } from './vocabulary.js';
import { ERA_YEAR_BARE_SOURCE, readYearRow, type EraYearReading } from './years.js';

/**
 * One unit of a sheet's text after layout furniture is recognised: a text line, a
 * review's year heading (the vertical `Ｈ/３/０/年/度`), or vertical side-header text
 * (`計/画/（/Ｐ/）/→/実/施…`) that carries no content but marks where a part begins.
 */
export type Item =
  | { kind: 'text'; text: string; page: number | null; vertical?: boolean }
  | { kind: 'year'; text: string; page: number | null; year: EraYearReading }
  | { kind: 'furniture'; text: string; page: number | null; review: boolean };

export type TextItem = Extract<Item, { kind: 'text' }>;

/** A vertical header: PDCA step names, arrows and year headings (`H30年度`), nothing else. */
const STEP = PDCA_STEPS;
const ARROW = '[→↓⇒]';
const HEADER = new RegExp(`^(?:${STEP}|${ARROW}|${ERA_YEAR_BARE_SOURCE}年度)+$`);
/** Beside a step name the year heading may leave out 年度 (`評価（C）→改善（A）H30`). */
const HEADER_WITH_STEP = new RegExp(`^(?:${STEP}|${ARROW}|${ERA_YEAR_BARE_SOURCE}(?:年度)?)+$`);
const HAS_STEP = new RegExp(STEP);
const HAS_ARROW = new RegExp(ARROW);
const STEP_NAMES = new RegExp(STEP, 'g');
const YEAR_IN_HEADER = new RegExp(`${ERA_YEAR_BARE_SOURCE}(?:年度)?`, 'g');
const REVIEW_STEP = new RegExp(REVIEW_STEPS);
const PLAN_STEP_ALONE = new RegExp(`^(?:${PLAN_STEPS})$`);

function isHeader(c: string): boolean {
  return HEADER.test(c) || (HAS_STEP.test(c) && HEADER_WITH_STEP.test(c));
}

/** pdftotext writes vertical text one or two glyphs per line. */
const VERTICAL_GLYPHS = 2;
/** Fewer lines than this are not taken for a vertical column (a short wrapped tail like `す。`). */
const MIN_VERTICAL_LINES = 3;

/** The document's lines in reading order (running headers and footers left out), with vertical furniture recognised. */
export function documentItems(doc: LogicalDocument): Item[] {
  return collapseVertical(textTables(splitAtCaptions(doc.pages.flatMap((page) => page.blocks.flatMap((b, k) => (isPageFurniture(b, k, page.blocks.length) ? [] : blockLines(b)))))));
}

/** A bracketed caption of the form inside a line (`… 12人 【目標設定の考え方】 令和4年度…`, a box run together). */
const INNER_CAPTION = new RegExp(`\\s(?=(?:${[...new Set(TARGET_SHEET_CAPTIONS.map((c) => c.text.replace(/^【|】$/g, '')))].map((t) => t.replace(/[()（）]/g, '\\$&')).map((t) => `【${t}】`).join('|')}))`);

/** A line that runs a box's captions together with its text, split before each caption. */
function splitAtCaptions(lines: readonly TextItem[]): TextItem[] {
  return lines.flatMap((line) => (line.vertical ? [line] : line.text.split(INNER_CAPTION).map((text) => ({ ...line, text }))));
}

/** No goals-and-actuals table printed as text runs longer than this many lines. */
const MAX_TEXT_TABLE_LINES = 40;

/** Goals-and-actuals tables printed as lines of text, read as a ruled one is. */
function textTables(lines: readonly TextItem[]): TextItem[] {
  const out: TextItem[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const read = line.vertical ? null : indicatorTextLines(lines.slice(i, i + MAX_TEXT_TABLE_LINES).map((l) => l.text), 0);
    if (!read) {
      out.push(line);
      continue;
    }
    out.push(...read.lines.map((text) => textItem({ text }, line.page)));
    i += read.used - 1;
  }
  return out;
}

/** Running headers and footers, and a page number alone at the page's head or foot that no repetition told apart. */
function isPageFurniture(block: Block, k: number, count: number): boolean {
  if (block.type !== 'prose') return false;
  if (block.furniture) return true;
  return (k === 0 || k === count - 1) && block.lines.length === 1 && FOLIO.test(readingText(block.lines[0]!.text));
}

/** The lines a report's title may stand on outside tables: headings and prose (a テキスト版 line's cells), running headers too. */
export function titleLines(doc: LogicalDocument): string[] {
  return doc.pages.flatMap((page) =>
    page.blocks.flatMap((b) =>
      b.type === 'heading' ? [b.text] : b.type === 'prose' ? b.lines.filter((l) => !l.vertical).flatMap((l) => l.text.trim().split(CELL_GAP).map(readingText)) : [],
    ),
  );
}

/**
 * A block's lines as the sheet is read: a table row by row, each cell's lines in
 * turn; a table drawn inside a cell (the actuals) one line per row.
 */
function blockLines(block: Block): TextItem[] {
  switch (block.type) {
    case 'prose':
      return block.lines.flatMap((line) => cellsOfLine(line).map((text) => textItem({ ...line, text }, block.page)));
    case 'fields':
      return block.lines.map((line) => textItem(line, block.page));
    case 'table': {
      const indicators = indicatorTableLines(block);
      if (indicators) return indicators.map((text) => textItem({ text }, block.page));
      return captionsOverText(block).flatMap((cell) =>
        cell.blocks.flatMap((b) => (b.type === 'table' ? innerTableRows(b).map((text) => textItem({ text }, b.page)) : blockLines(b))),
      );
    }
    case 'heading':
      return [textItem({ text: block.text }, block.page)];
    case 'list':
      return block.items.map((text) => textItem({ text }, block.page));
    case 'chart':
      // a target sheet prints no charts
      return [];
  }
}

/** Runs of spaces this long part a テキスト版 line's cells; a sentence has one space at most. */
const CELL_GAP = /\s{3,}/;
const MIN_LINE_CELLS = 4;

/**
 * A テキスト版 line too short for the reader to take for a row (a slide's page): its cells
 * apart by runs of spaces, read as a table row is; any other line as it is.
 */
function cellsOfLine(line: Line): string[] {
  if (line.vertical) return [line.text];
  const cells = line.text.trim().split(CELL_GAP);
  if (cells.length < MIN_LINE_CELLS) return [line.text];
  return indicatorLines(cells.map((text, col) => ({ col, text }))) ?? cells;
}

/** Vertical text is kept as printed: it is matched glyph by glyph as header furniture. */
const textItem = (line: Line, page: number | null): TextItem =>
  line.vertical ? { kind: 'text', text: line.text, page, vertical: true } : { kind: 'text', text: readingText(line.text), page };

/** A cell that holds nothing but a PDCA step or a caption of the form. */
const STEP_ALONE = new RegExp(`^(?:${STEP})$`);
const CAPTION_TEXTS = new Set(TARGET_SHEET_CAPTIONS.flatMap((c) => [c.text, `【${c.text}】`]));
const isCaptionCell = (cell: TableCell): boolean => {
  const text = canon(runTogether(cellLines(cell)));
  return STEP_ALONE.test(text) || CAPTION_TEXTS.has(text);
};

/**
 * A table's cells in reading order: row by row, except that a row of captions side by
 * side (`評価（C）` | `改善（A）` over their boxes, a PDCA grid) is read column by column
 * with the row under it, each caption before its own box.
 */
function captionsOverText(table: TableBlock): TableCell[] {
  const rows = [...new Set(table.cells.map((c) => c.row))].sort((a, b) => a - b).map((r) => table.cells.filter((c) => c.row === r).sort((a, b) => a.col - b.col));
  const out: TableCell[] = [];
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    const below = rows[k + 1] ?? [];
    const captions = row.length >= 2 && row.every(isCaptionCell);
    if (!captions || below.length !== row.length || below.some((c, i) => c.col !== row[i]!.col)) {
      out.push(...captionsBeforeText(row));
      continue;
    }
    row.forEach((cell, i) => out.push(cell, below[i]!));
    k++;
  }
  return out;
}

/**
 * The same grid printed as one row of cells (a テキスト版): n PDCA steps, then their n boxes,
 * then another caption or the page's end. (Captions over a table's rows are followed by
 * more rows.)
 */
function captionsBeforeText(row: readonly TableCell[]): TableCell[] {
  const out: TableCell[] = [];
  const endsGrid = (cell: TableCell | undefined) => !cell || isCaptionCell(cell) || FOLIO.test(runTogether(cellLines(cell)));
  for (let i = 0; i < row.length; ) {
    let n = 0;
    while (i + n < row.length && isCaptionCell(row[i + n]!)) n++;
    const boxes = row.slice(i + n, i + 2 * n);
    const steps = row.slice(i, i + n).every((c) => STEP_ALONE.test(canon(runTogether(cellLines(c)))));
    if (n < 2 || !steps || boxes.length < n || boxes.some(isCaptionCell) || !endsGrid(row[i + 2 * n])) {
      out.push(...row.slice(i, i + Math.max(n, 1)));
      i += Math.max(n, 1);
      continue;
    }
    for (let j = 0; j < n; j++) out.push(row[i + j]!, boxes[j]!);
    i += 2 * n;
  }
  return out;
}

/**
 * A table drawn inside a cell as one line per row, cells separated by spaces: `H30 R1 R2`,
 * `地域生活支援拠点等の整備 0箇所 0箇所 1箇所`. In a table of yearly figures an
 * empty cell right of the label stands for no figure, so it is written as a dash.
 */
function innerTableRows(table: TableBlock): string[] {
  const rows = [...new Set(table.cells.map((c) => c.row))].map((r) => table.cells.filter((c) => c.row === r).map((c) => runTogether(cellLines(c))));
  const yearly = rows.some((texts) => readYearRow(texts.filter((t) => t !== '').join(' ')) !== null);
  return rows.flatMap((texts) => {
    const hasFigure = texts.some((t) => /[0-9]/.test(t) && readValue(t) !== null);
    const words = texts.map((t, c) => (t === '' && yearly && hasFigure && c > 0 ? '-' : t)).filter((t) => t !== '');
    return words.length > 0 ? [words.join(' ')] : [];
  });
}

const isShort = (t: TextItem) => canon(t.text).length <= VERTICAL_GLYPHS;

/**
 * Runs of one- or two-glyph lines that spell a vertical header are replaced by what
 * they mean; so is a whole line that is nothing but header text (how a PDF reader
 * that keeps vertical text together gives it). A run that spells anything else
 * stays text.
 */
export function collapseVertical(lines: readonly TextItem[]): Item[] {
  const out: Item[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isShort(line)) {
      let runEnd = i;
      while (runEnd < lines.length && isShort(lines[runEnd]!)) runEnd++;
      const end = longestHeader(lines, i, runEnd);
      if (end !== null) {
        out.push(...headerItems(lines.slice(i, end).map((l) => l.text).join(''), line.page));
        i = end;
        continue;
      }
      out.push(line);
      i++;
      continue;
    }
    const header = wholeLineHeader(line);
    out.push(...(header ?? [line]));
    i++;
  }
  return out;
}

/** The end of the longest run of lines from `start` that spells header text, if long enough to be vertical. */
function longestHeader(lines: readonly TextItem[], start: number, runEnd: number): number | null {
  let joined = '';
  let best: number | null = null;
  for (let j = start; j < runEnd; j++) {
    joined += canon(lines[j]!.text);
    if (j + 1 - start >= MIN_VERTICAL_LINES && isHeader(joined)) best = j + 1;
  }
  return best;
}

/**
 * A whole line that is only header text: an arrowed PDCA header or a year
 * heading, or a plan-half step (`計画（Plan）`), which no cell has for caption. A lone
 * horizontal `評価（C）` is the evaluation cell's caption, not a header; set vertically it is a side header whose other half a page break cut
 * off (`評価（C）→` at a page's foot, `改善（A）` at the next one's head).
 */
function wholeLineHeader(line: TextItem): Item[] | null {
  const c = canon(line.text);
  if (!isHeader(c)) return null;
  const steps = c.match(STEP_NAMES)?.length ?? 0;
  if (!line.vertical && steps < 2 && !HAS_ARROW.test(c) && !/年度/.test(c) && !PLAN_STEP_ALONE.test(c)) return null;
  return headerItems(c, line.page);
}

/** Header text split into its year headings and the PDCA furniture around them. */
function headerItems(joined: string, page: number | null): Item[] {
  const c = canon(joined);
  const out: Item[] = [];
  let last = 0;
  const furniture = (text: string) => {
    if (text) out.push({ kind: 'furniture', text, page, review: REVIEW_STEP.test(text) });
  };
  for (const m of c.matchAll(YEAR_IN_HEADER)) {
    furniture(c.slice(last, m.index));
    out.push({ kind: 'year', text: m[0], page, year: readYearRow(m[0])![0]! });
    last = m.index + m[0].length;
  }
  furniture(c.slice(last));
  return out;
}
