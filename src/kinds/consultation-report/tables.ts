import { cleanLabel } from '../../normalize/index.js';
import type { ParseContext } from '../types.js';
import type { TablePiece } from './continued-tables.js';
import { clean, compact, HAS_LETTER, isBlank, type UsedLines } from './lines.js';
import type { PlanTableRow } from './model.js';
import { CELL, cellValue, columnOrder, HEADER_LINE, HEADER_WORD, isHeaderTail, isTotalsName, planRow, ROW_DATE, type Column } from './plan-columns.js';
import type { Slide } from './slides.js';

const MAX_TITLE_LINE = 15;
const MAX_TITLE_LINES = 3;

interface RawRow {
  date: string;
  cells: string[];
  lines: number[];
}

function rowStart(line: string): { date: string; cells: string[] } | null {
  const text = clean(line);
  const m = ROW_DATE.exec(text);
  if (!m) return null;
  const cells = text.slice(m[0].length).trim().split(/\s+/).filter(Boolean);
  return cells.every((c) => CELL.test(c)) ? { date: m[1]!, cells } : null;
}

function cellLine(line: string): string[] | null {
  const cells = clean(line).split(/\s+/).filter(Boolean);
  return cells.length > 0 && cells.every((c) => CELL.test(c)) ? cells : null;
}

/** Runs of rows: a date and the numbers after it, on its line or on the lines that follow (one cell a line). */
function rowGroups(slide: Slide, live: number[]): Array<{ rows: RawRow[]; first: number; last: number }> {
  const groups: Array<{ rows: RawRow[]; first: number; last: number }> = [];
  let rows: RawRow[] = [];
  let first = -1;
  let last = -1;
  const close = () => {
    if (rows.length > 0) groups.push({ rows, first, last });
    rows = [];
  };
  live.forEach((i, p) => {
    const line = slide.lines[i]!;
    const start = rowStart(line);
    if (start) {
      if (rows.length === 0) first = p;
      rows.push({ ...start, lines: [i] });
      last = p;
      return;
    }
    const cells = rows.length > 0 ? cellLine(line) : null;
    if (cells) {
      const row = rows[rows.length - 1]!;
      row.cells.push(...cells);
      row.lines.push(i);
      last = p;
      return;
    }
    close();
  });
  close();
  return groups;
}

function isHeaderLine(line: string): boolean {
  return HEADER_LINE.test(compact(line));
}

function readRow(raw: RawRow, order: readonly Column[], ctx: ParseContext, page: number | null): PlanTableRow {
  const cells = raw.cells.slice(0, order.length).map((cell, k) => [order[k]!, cell] as const);
  return planRow(raw.date, cells, ctx, page);
}

/**
 * The year-end tables of plans (セルフプラン / 事業所作成計画 / 合計数 / セルフ率):
 * found by their rows (a date, then numbers), named by the short lines just above
 * their header (`障害者総合` / `福祉法分` → `障害者総合福祉法分`). Lines of figures
 * alone that open the slide above a table with no name or header are its lead: the
 * end of a row the slide break cut (see continued-tables.ts).
 */
export function readTables(slides: readonly Slide[], used: UsedLines, ctx: ParseContext): TablePiece[] {
  const tables: TablePiece[] = [];
  slides.forEach((slide, s) => {
    const live = slide.lines.map((_, i) => i).filter((i) => !used.has(s, i) && !isBlank(slide.lines[i]!));
    for (const group of rowGroups(slide, live)) {
      let top = group.first;
      // a narrow header cell wraps inside its words (`セル` / `フ` / `プラ` / `ン`): a
      // fragment belongs to the header when it reads as one with the lines below it
      const headerFrom = (p: number) => live.slice(p, group.first).map((i) => slide.lines[i]!).join('');
      while (top > 0 && (isHeaderLine(slide.lines[live[top - 1]!]!) || isHeaderTail(headerFrom(top - 1)))) top--;
      const rest = live.slice(top + 1, group.first).map((i) => slide.lines[i]!).join('');
      const totalsName = top < group.first && isTotalsName(slide.lines[live[top]!]!, rest) ? live[top++]! : null;
      let bottom = group.last;
      while (bottom + 1 < live.length && isHeaderLine(slide.lines[live[bottom + 1]!]!)) bottom++;
      const above = live.slice(top, group.first);
      const below = live.slice(group.last + 1, bottom + 1);
      const header = [...above, ...below];
      const headerText = header.map((i) => slide.lines[i]!).join('');
      const wide = group.rows.filter((r) => r.cells.length >= 3).length;
      if (!(wide >= 2 || (wide >= 1 && HEADER_WORD.test(compact(headerText))))) continue;
      const titleLines: number[] = totalsName === null ? [] : [totalsName];
      for (let p = top - 1; totalsName === null && p >= 0 && titleLines.length < MAX_TITLE_LINES; p--) {
        const c = compact(slide.lines[live[p]!]!);
        if (c.length > MAX_TITLE_LINE || /\d/.test(c) || HEADER_WORD.test(c)) break;
        titleLines.unshift(live[p]!);
      }
      const named = titleLines.length > 0 || header.length > 0;
      const leadLines = named ? [] : live.slice(0, top);
      const leadCells = leadLines.map((i) => cellLine(slide.lines[i]!));
      const lead = leadCells.length > 0 && leadCells.every((c) => c !== null) ? leadCells.flat() as string[] : [];
      const title = cleanLabel(titleLines.map((i) => slide.lines[i]!).join('')) || fallbackTitle(slide, live, top);
      const order = columnOrder(above.map((i) => slide.lines[i]!).join(''), below.map((i) => slide.lines[i]!).join(''));
      tables.push({
        table: { title, rows: group.rows.map((r) => readRow(r, order, ctx, slide.page)), page: slide.page },
        named,
        // the cut row's last cells: the table's last columns
        lead: lead.length > order.length ? [] : lead.map((cell, k) => [order[order.length - lead.length + k]!, cellValue(cell)] as const),
        claimLead: () => leadLines.forEach((i) => used.add(s, i)),
      });
      for (const i of [...titleLines, ...header, ...group.rows.flatMap((r) => r.lines)]) used.add(s, i);
    }
  });
  return tables;
}

/** A table with no name of its own is named by the slide's first line above it, when that line has words. */
function fallbackTitle(slide: Slide, live: number[], top: number): string {
  const first = compact(slide.lines[live[0]!]!);
  return top > 0 && HAS_LETTER.test(first) ? first : '';
}
