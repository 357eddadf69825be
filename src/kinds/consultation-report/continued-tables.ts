/**
 * A plan table a page break cut in two is one table: the part on the next page
 * either names itself as the first part did (its header printed again) or not at
 * all, and figures it prints before its first dated row end the first part's last row.
 */
import type { PlanTable } from './model.js';
import type { Column } from './plan-columns.js';

/** A plan table as one page printed it. */
export interface TablePiece {
  table: PlanTable;
  /** Whether the page printed a name or a column header for it. */
  named: boolean;
  /** Figures above its first dated row that have no date of their own: the end of a row cut by the page break, by column. */
  lead: ReadonlyArray<readonly [Column, number | null]>;
  /** Marks the lead's lines as read, once they are placed in a row. */
  claimLead: () => void;
}

/** Pieces of the input with no figures before their rows. */
export const wholePiece = (table: PlanTable, named = true): TablePiece => ({ table, named, lead: [], claimLead: () => {} });

/**
 * The tables with each piece that opens a page joined to the piece that closed the
 * page before, when it continues it. Pieces come in reading order.
 */
export function joinContinued(pieces: readonly TablePiece[]): PlanTable[] {
  const out: PlanTable[] = [];
  pieces.forEach((piece, k) => {
    const before = pieces[k - 1];
    const last = out[out.length - 1];
    if (before && last && continues(before, piece) && followsOn(last, piece.table)) {
      fillCutRow(last, piece);
      last.rows.push(...piece.table.rows);
      return;
    }
    out.push({ ...piece.table, rows: [...piece.table.rows] });
  });
  return out;
}

function continues(before: TablePiece, piece: TablePiece): boolean {
  const { page } = piece.table;
  if (page === null || before.table.page !== page - 1) return false;
  return !piece.named || piece.table.title === before.table.title;
}

/** The piece's rows come after the table's in time: a table printed twice is not one table. */
function followsOn(table: PlanTable, next: PlanTable): boolean {
  const last = table.rows[table.rows.length - 1]?.asOf;
  const first = next.rows[0]?.asOf;
  return !last || !first || first > last;
}

/** The cut row's missing figures from the lead, when the lead fills only cells the row lacks. */
function fillCutRow(table: PlanTable, piece: TablePiece): void {
  const row = table.rows[table.rows.length - 1];
  if (!row || piece.lead.length === 0 || piece.lead.some(([column]) => row[column] !== null)) return;
  for (const [column, value] of piece.lead) row[column] = value;
  piece.claimLead();
}
