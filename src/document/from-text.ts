/**
 * The logical document of a text: pdftotext's modes, a viewer's copy, or a city's
 * one-line テキスト版. Text keeps no rules and no positions, so a builder can only say
 * what its characters show: lines, label–value lines, and the cells a run of spaces
 * sets apart (flagged, since which cells make a row is not printed).
 */
import type { TextDocument, TextPage } from '../input/types.js';
import { looksLikeLayoutText } from '../input/text-mode.js';
import { FOLIO } from '../kinds/shared/vocabulary.js';
import { normalizeWidth } from '../normalize/index.js';
import { columnTable } from './column-text.js';
import type { Block, FieldPair, Line, LogicalDocument, TableBlock } from './schema.js';
import { placedCells, readingText, splitSpaceRuns } from './text.js';

/**
 * A line this long is a whole page of a city's text version (テキスト版), its cells
 * set apart by runs of spaces: each cell is read as a line of its own.
 */
const TEXT_VERSION_LINE = 200;
/** `目標値:38人`: a short label (not a number, not a sentence) closed by a colon, its value after it. */
const INLINE_FIELD = /^([^\s:：0-9。、，,.][^\s:：。、]{0,15})[:：]\s*(\S.*)$/;
/** `担当課   障害福祉課`: a short label, a run of spaces, one value. */
const COLUMN_FIELD_LABEL = 10;
/** Label–value lines only make a block when they come in a run (one colon line may be prose). */
const MIN_FIELD_LINES = 2;
const TEXT_VERSION_UNSURE = 'cells of a one-line text version, cut at runs of spaces; which cells make a row is not printed';
const COLUMN_FIELDS_UNSURE = 'labels told from values by a run of spaces only';

/** A unit of a page's text: a line, or a cell of a text-version line. */
interface Unit {
  text: string;
  /** Index of the text-version line the cell was cut from. */
  cellOf?: number;
}

/** A table block that is one page line of a text version, cell by cell (which cells make a row is the kind's to say). */
export const isTextVersionLine = (block: Block): block is TableBlock => block.type === 'table' && block.unsure === TEXT_VERSION_UNSURE;

export function fromText(doc: TextDocument): LogicalDocument {
  const columns = looksLikeLayoutText(doc.pages.flatMap((p) => p.lines));
  const textVersion = doc.pages.some((p) => p.lines.some((l) => l.length >= TEXT_VERSION_LINE));
  return { pages: doc.pages.map((page) => ({ page: page.page, blocks: pageBlocks(page, columns, textVersion) })) };
}

/**
 * `columns`: the text is `pdftotext -layout` output, which keeps a table's columns apart.
 * `textVersion`: other pages are text-version lines, so a page of one short line (a last
 * page holding one row) is one too.
 */
function pageBlocks(page: TextPage, columns: boolean, textVersion: boolean): Block[] {
  const lone = textVersion && page.lines.filter((l) => l.trim() !== '').length === 1;
  const units: Unit[] = page.lines
    // width-normalized first: an ideographic space alone (`1　ともに暮らす地域づくり`) stays inside its cell
    .flatMap((line, k): Unit[] => (line.length >= TEXT_VERSION_LINE || (lone && line.trim() !== '') ? splitSpaceRuns(normalizeWidth(line)).map((text) => ({ text, cellOf: k })) : [{ text: line }]))
    .filter((u) => readingText(u.text) !== '');
  // with form feeds, a lone number on a line of its own at a page's top or bottom is its folio, not content
  // (a text version's last cell may be a row's figure, unless it is dressed as a folio: `-1-`, `1 / 3`)
  const folio = (u: Unit | undefined) =>
    u !== undefined && FOLIO.test(readingText(u.text)) && (u.cellOf === undefined || !/^[0-9]+$/.test(readingText(u.text)));
  if (page.page !== null) {
    if (units.length > 1 && folio(units[units.length - 1])) units.pop();
    if (units.length > 1 && folio(units[0])) units.shift();
  }
  const blocks: Block[] = [];
  for (let k = 0; k < units.length; ) {
    const unit = units[k]!;
    let end = k + 1;
    if (unit.cellOf !== undefined) {
      while (end < units.length && units[end]!.cellOf === unit.cellOf) end++;
      blocks.push({
        type: 'table',
        page: page.page,
        unsure: TEXT_VERSION_UNSURE,
        headerRows: null,
        cells: units.slice(k, end).map((u, col) => ({ row: 0, col, rowSpan: 1, colSpan: 1, page: page.page, blocks: [prose([u.text], page.page)] })),
      });
    } else {
      while (end < units.length && units[end]!.cellOf === undefined) end++;
      const texts = units.slice(k, end).map((u) => u.text);
      blocks.push(...(columns ? columnBlocks(texts, page.page) : lineBlocks(texts, page.page)));
    }
    k = end;
  }
  return blocks;
}

const prose = (texts: readonly string[], page: number | null): Extract<Block, { type: 'prose' }> => ({
  type: 'prose',
  page,
  lines: texts.map((text): Line => ({ text })),
});

/** A table's lines in -layout text hold several cells each, three or more on some line (two make a label and its value). */
const MIN_TABLE_CELLS = 3;

/** -layout lines: runs of lines of several cells are tables, the rest read as lines. */
function columnBlocks(texts: readonly string[], page: number | null): Block[] {
  const cellCounts = texts.map((t) => placedCells(t).length);
  const blocks: Block[] = [];
  let from = 0;
  for (let k = 0; k < texts.length; ) {
    let end = k;
    while (end < texts.length && cellCounts[end]! >= 2) end++;
    if (end - k >= 2 && cellCounts.slice(k, end).some((n) => n >= MIN_TABLE_CELLS)) {
      blocks.push(...lineBlocks(texts.slice(from, k), page), columnTable(texts.slice(k, end), page));
      from = end;
      k = end;
    } else k = Math.max(end, k + 1);
  }
  blocks.push(...lineBlocks(texts.slice(from), page));
  return blocks;
}

/** Lines as prose, except runs of label–value lines, which are fields. */
function lineBlocks(texts: readonly string[], page: number | null): Block[] {
  const pairs = texts.map(fieldOf);
  const blocks: Block[] = [];
  let from = 0;
  const flushProse = (to: number) => {
    if (to > from) blocks.push(prose(texts.slice(from, to), page));
  };
  for (let k = 0; k < texts.length; ) {
    const labels = pairs[k]?.labels;
    let end = k;
    while (end < texts.length && labels && pairs[end]?.labels === labels) end++;
    if (end - k >= MIN_FIELD_LINES) {
      flushProse(k);
      blocks.push({
        type: 'fields',
        page,
        ...(labels === 'column' ? { unsure: COLUMN_FIELDS_UNSURE } : {}),
        labels: labels!,
        pairs: pairs.slice(k, end).map((p) => p!.pair), lines: texts.slice(k, end).map((text) => ({ text })),
      });
      from = end;
      k = end;
    } else k++;
  }
  flushProse(texts.length);
  return blocks;
}

/** A line that is one label and its value: inline (`目標値:38人`) or in a left column (`担当課   障害福祉課`). */
function fieldOf(text: string): { labels: 'inline' | 'column'; pair: FieldPair } | null {
  const cells = splitSpaceRuns(text);
  if (cells.length === 2 && [...cells[0]!].length <= COLUMN_FIELD_LABEL && !/[。、]/.test(cells[0]!)) {
    return { labels: 'column', pair: { label: cells[0]!, value: cells[1]! } };
  }
  const m = INLINE_FIELD.exec(text.trim());
  return m ? { labels: 'inline', pair: { label: m[1]!, value: m[2]!.trim() } } : null;
}
