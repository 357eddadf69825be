import { linesToBlocks } from './blocks.js';
import { containsBox, containsPoint, median } from './geometry.js';
import { cellIndexAt, findTableGrids, type TableGrid } from './grid.js';
import { runsToLines } from './lines.js';
import { looseRules } from './loose-rules.js';
import { openTableRules } from './open-tables.js';
import { unruledTableRules } from './unruled-tables.js';
import { splitRunsAtRules } from './split-runs.js';
import { readingOrder } from './order.js';
import { DEFAULT_LAYOUT_SETTINGS, type LayoutSettings } from './settings.js';
import type { Box, Cell, LayoutPage, PageContent, Table, TextLine, TextRun } from './types.js';

/** Font size assumed for tolerances on a page without text. */
const FALLBACK_EM = 10;

interface TableWork {
  grid: TableGrid;
  area: number;
  /** Runs per cell index. */
  runs: TextRun[][];
  /** Tables drawn inside each cell. */
  nested: TableWork[][];
  parent: TableWork | null;
  /** The parent's cell this table is drawn in. */
  parentCell: number;
  table?: Table;
}

/** One page's runs and rules → lines, ruled tables and proximity blocks (see LayoutPage). */
export function layoutPage(content: PageContent, settings: LayoutSettings = DEFAULT_LAYOUT_SETTINGS): LayoutPage {
  const em = median(content.runs.filter((r) => r.text.trim() !== '').map((r) => r.fontSize)) ?? FALLBACK_EM;
  const found = nestTables(
    findTableGrids([...content.rects, ...openTableRules(content, em, settings), ...unruledTableRules(content, em, settings)], em, settings, content.runs.map((r) => r.box)),
    em,
  );
  const free = assignRuns(splitRunsAtRules(content.runs, found.map((t) => t.grid)), found);
  const work = dropSparseTables(found, free, settings);

  for (const t of work) t.table = buildTable(t, em, settings);

  const freeLines = runsToLines(free, settings);
  const topLevel = work.filter((t) => t.parent === null);
  const lines = flatten(
    readingOrder<TextLine | TableWork>([...freeLines, ...topLevel], unitBox, (u) => unitSize(u, em), settings),
  );
  const ordered = readingOrder(work, (t) => t.grid.box, () => em, settings);
  const tables = ordered.map((t) => {
    const table = t.table!;
    return t.parent ? { ...table, nestedIn: ordered.indexOf(t.parent) } : table;
  });
  const page: LayoutPage = {
    page: content.page,
    width: content.width,
    height: content.height,
    lines,
    tables,
    blocks: linesToBlocks(freeLines, settings),
  };
  if (settings.keepGeometry) page.rules = looseRules(content.rects, tables, em, settings);
  return page;
}

/**
 * Sort tables smallest first and find, for each, the cell of a larger table it is drawn in.
 * Smallest first means text is later offered to the innermost table first.
 */
function nestTables(grids: TableGrid[], em: number): TableWork[] {
  const work: TableWork[] = grids
    .map((grid) => ({
      grid,
      area: (grid.box.x1 - grid.box.x0) * (grid.box.y1 - grid.box.y0),
      runs: grid.cells.map((): TextRun[] => []),
      nested: grid.cells.map((): TableWork[] => []),
      parent: null as TableWork | null,
      parentCell: -1,
    }))
    .sort((a, b) => a.area - b.area);
  work.forEach((inner, i) => {
    const cx = (inner.grid.box.x0 + inner.grid.box.x1) / 2;
    const cy = (inner.grid.box.y0 + inner.grid.box.y1) / 2;
    for (const outer of work.slice(i + 1)) {
      const cell = cellIndexAt(outer.grid, cx, cy);
      if (cell >= 0 && containsBox(outer.grid.cells[cell]!.box, inner.grid.box, 0.5 * em)) {
        inner.parent = outer;
        inner.parentCell = cell;
        outer.nested[cell]!.push(inner);
        break;
      }
    }
  });
  return work;
}

/** Put each run in the innermost cell holding its first glyph; return the runs outside every table. */
function assignRuns(runs: readonly TextRun[], work: TableWork[]): TextRun[] {
  const free: TextRun[] = [];
  for (const run of runs) {
    // Text overflowing a spreadsheet cell belongs to the cell it starts in.
    const x = run.vertical ? (run.box.x0 + run.box.x1) / 2 : run.box.x0 + Math.min(run.fontSize, run.box.x1 - run.box.x0) / 2;
    const y = run.vertical ? run.box.y0 + Math.min(run.fontSize, run.box.y1 - run.box.y0) / 2 : (run.box.y0 + run.box.y1) / 2;
    let placed = false;
    for (const t of work) {
      if (!containsPoint(t.grid.box, x, y)) continue;
      const cell = cellIndexAt(t.grid, x, y);
      if (cell < 0) continue;
      t.runs[cell]!.push(run);
      placed = true;
      break;
    }
    if (!placed) free.push(run);
  }
  return free;
}

/**
 * A ruled grid with text in fewer than minTextCells cells is a frame (a chart's plot
 * area, a box around a note), not a table: its runs and inner tables go to whatever
 * holds it. Smallest first, so inner grids are settled before their holders count.
 */
function dropSparseTables(work: TableWork[], free: TextRun[], settings: LayoutSettings): TableWork[] {
  const kept: TableWork[] = [];
  for (const t of work) {
    const textCells = t.runs.filter((runs, i) => t.nested[i]!.length > 0 || runs.some((r) => r.text.trim() !== '')).length;
    if (textCells >= settings.minTextCells) {
      kept.push(t);
      continue;
    }
    const runs = t.runs.flat();
    const children = t.nested.flat();
    const holder = t.parent;
    if (holder) {
      holder.runs[t.parentCell]!.push(...runs);
      const siblings = holder.nested[t.parentCell]!;
      siblings.splice(siblings.indexOf(t), 1, ...children);
    } else {
      free.push(...runs);
    }
    for (const child of children) {
      child.parent = holder;
      child.parentCell = t.parentCell;
    }
  }
  return kept;
}

function buildTable(t: TableWork, em: number, settings: LayoutSettings): Table {
  const cells: Cell[] = t.grid.cells.map((gc, i) => {
    const units: (TextLine | TableWork)[] = [...runsToLines(t.runs[i]!, settings), ...t.nested[i]!];
    const lines = flatten(readingOrder(units, unitBox, (u) => unitSize(u, em), settings));
    // A literal of the cell's fields rather than a spread of gc: spread copies get a hidden
    // class of their own, which costs every retained cell a few hundred bytes.
    return { row: gc.row, col: gc.col, rowSpan: gc.rowSpan, colSpan: gc.colSpan, box: gc.box, lines, text: lines.map((l) => l.text).join('\n') };
  });
  return { box: t.grid.box, rowEdges: t.grid.ys, colEdges: t.grid.xs, cells };
}

function isTable(u: TextLine | TableWork): u is TableWork {
  return 'grid' in u;
}

const unitBox = (u: TextLine | TableWork): Box => (isTable(u) ? u.grid.box : u.box);
const unitSize = (u: TextLine | TableWork, em: number): number => (isTable(u) ? em : (u.fontSize ?? em));

/**
 * Lines in order, a table's lines cell by cell in row-major order. The array is sized
 * exactly: one grown by push keeps spare capacity, and layouts stay in memory until parsed.
 */
function flatten(units: readonly (TextLine | TableWork)[]): TextLine[] {
  let count = 0;
  for (const u of units) {
    if (isTable(u)) for (const cell of u.table!.cells) count += cell.lines.length;
    else count++;
  }
  const out = new Array<TextLine>(count);
  let at = 0;
  for (const u of units) {
    if (isTable(u)) for (const cell of u.table!.cells) for (const line of cell.lines) out[at++] = line;
    else out[at++] = u;
  }
  return out;
}
