/**
 * Tables as an XLSX workbook an analyst can sort and sum at once: one sheet per table,
 * cells typed (numbers as numbers, ISO dates as dates shown yyyy-mm-dd, fiscal years as
 * integers, codes and grades as text), the header row bold and frozen, an autofilter over
 * the data, columns as wide as their text (full-width characters count two).
 *
 * Rows are gathered first (a column's width must be known before its first row is
 * written), then each sheet is streamed out whole with exceljs's WorkbookWriter before
 * the next starts, so the XML of one sheet never waits in memory behind another.
 * The same tables give the same bytes: fixed workbook dates (and, see zip-dates.ts,
 * fixed ZIP entry dates).
 */
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { formatCell, type OutputWarning } from './csv.js';
import { columnType, isoDateToUtc, type ColumnType } from './column-types.js';
import type { ExtractedDocument } from '../schema/document.js';
import { reportTablesOf } from './report-tables.js';
import { tablesOf, type CellValue, type Table } from './tables.js';
import { displayWidth } from './text-width.js';
import { bufferAccess, pinZipDates } from './zip-dates.js';

export type XlsxValue = string | number | boolean | Date | null;

/** Excel's limit on the characters of one cell. */
export const EXCEL_CELL_LIMIT = 32_767;
/** The workbook's created and modified dates: fixed, so that output is deterministic. */
export const WORKBOOK_DATE = new Date(Date.UTC(1980, 0, 1));
/** Column widths, in characters: long texts wrap in a readable column instead of a screen-wide one. */
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
const DATE_WIDTH = 10;

const NUMBER_FORMATS: Partial<Record<ColumnType, string>> = { date: 'yyyy-mm-dd', code: '@', integer: '0' };

interface Sheet {
  name: string;
  columns: readonly string[];
  types: ColumnType[];
  widths: number[];
  rows: XlsxValue[][];
}

/** One table cell as the workbook holds it; `cut` when a text was longer than a cell can hold. */
export function toXlsxValue(value: CellValue, type: ColumnType): { value: XlsxValue; cut: boolean } {
  if (value === null || value === undefined) return { value: null, cut: false };
  if (typeof value === 'number' || typeof value === 'boolean') return { value, cut: false };
  if (type === 'date' && typeof value === 'string') {
    const date = isoDateToUtc(value);
    if (date) return { value: date, cut: false };
  }
  const text = formatCell(value);
  if (text === '') return { value: null, cut: false };
  return text.length > EXCEL_CELL_LIMIT ? { value: text.slice(0, EXCEL_CELL_LIMIT), cut: true } : { value: text, cut: false };
}

function widthOf(value: XlsxValue): number {
  if (value === null) return 0;
  if (value instanceof Date) return DATE_WIDTH;
  if (typeof value === 'string') return displayWidth(value);
  return String(value).length;
}

/** `A`, `Z`, `AA` … for column 1, 26, 27 … */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export class WorkbookBuilder {
  private readonly sheets = new Map<string, Sheet>();

  /** `order`: sheet names in the order they are written; others follow in the order first added. */
  constructor(private readonly order: readonly string[] = []) {}

  /** Add tables' rows (a table seen before gets more rows); warns of texts cut to Excel's limit. */
  add(tables: readonly Table[]): OutputWarning[] {
    const staged = this.stage(tables);
    staged.commit();
    return staged.warnings;
  }

  /**
   * A report's rows made ready without adding them yet, so its warnings can be weighed
   * first (--strict): `commit` adds them. Row numbers in warnings count from the rows
   * already added, as the sheet will show them.
   */
  stage(tables: readonly Table[]): { warnings: OutputWarning[]; commit(): void } {
    const warnings: OutputWarning[] = [];
    const staged = tables.map((table) => {
      const sheet = this.sheetFor(table);
      const widths = [...sheet.widths];
      const rows = table.rows.map((row, r) =>
        sheet.columns.map((column, c) => {
          const { value, cut } = toXlsxValue(row[column], sheet.types[c]!);
          if (cut) {
            warnings.push({
              code: 'xlsx-cell-truncated',
              message: `${table.name} row ${sheet.rows.length + r + 2} column ${column}: text cut to the ${EXCEL_CELL_LIMIT} characters an Excel cell holds`,
            });
          }
          widths[c] = Math.max(widths[c]!, widthOf(value));
          return value;
        }),
      );
      return { sheet, rows, widths };
    });
    const commit = () => {
      for (const { sheet, rows, widths } of staged) {
        if (!this.sheets.has(sheet.name)) this.sheets.set(sheet.name, sheet);
        for (const row of rows) sheet.rows.push(row);
        sheet.widths = widths.map((w, c) => Math.max(w, sheet.widths[c]!));
      }
    };
    return { warnings, commit };
  }

  /** Whether any table was added. */
  get isEmpty(): boolean {
    return this.sheets.size === 0;
  }

  /** The sheet a table's rows go to: a new one is kept only when its rows are committed. */
  private sheetFor(table: Table): Sheet {
    return (
      this.sheets.get(table.name) ?? {
        name: table.name,
        columns: table.columns,
        types: table.columns.map(columnType),
        widths: table.columns.map((c) => displayWidth(c)),
        rows: [],
      }
    );
  }

  private ordered(): Sheet[] {
    const rank = (name: string) => {
      const i = this.order.indexOf(name);
      return i === -1 ? this.order.length : i;
    };
    return [...this.sheets.values()].sort((a, b) => rank(a.name) - rank(b.name));
  }

  /** Stream the workbook to `stream`; resolves once the stream has every byte. */
  async write(stream: Writable): Promise<void> {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
    workbook.creator = 'plan-extract';
    workbook.lastModifiedBy = 'plan-extract';
    workbook.created = WORKBOOK_DATE;
    workbook.modified = WORKBOOK_DATE;
    for (const sheet of this.ordered()) {
      await writeSheet(workbook, sheet);
      sheet.rows = []; // written: let them go
    }
    await workbook.commit();
  }

  /** The workbook as bytes, dates pinned. */
  async toBuffer(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        done();
      },
    });
    await this.write(sink);
    const bytes = Buffer.concat(chunks);
    pinZipDates(bufferAccess(bytes));
    return bytes;
  }
}

async function writeSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, sheet: Sheet): Promise<void> {
  const ws = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = sheet.columns.map((_, c) => {
    const numFmt = NUMBER_FORMATS[sheet.types[c]!];
    return { width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, sheet.widths[c]!)) + 2, ...(numFmt ? { style: { numFmt } } : {}) };
  });
  const header = ws.addRow([...sheet.columns]);
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.numFmt = 'General';
  });
  header.commit();
  for (const values of sheet.rows) {
    const row = ws.addRow(values);
    values.forEach((v, c) => {
      if (typeof v === 'string' && v.includes('\n')) row.getCell(c + 1).alignment = { wrapText: true, vertical: 'top' };
    });
    row.commit();
  }
  ws.autoFilter = `A1:${columnLetter(sheet.columns.length)}${sheet.rows.length + 1}`;
  await ws.commit();
}

/** One report's workbook: a sheet per table of its kind, then `source` and `warnings`. */
export async function renderWorkbook(doc: ExtractedDocument): Promise<{ bytes: Buffer; warnings: OutputWarning[] }> {
  const builder = new WorkbookBuilder();
  const warnings = builder.add([...tablesOf(doc), ...reportTablesOf(doc)]);
  return { bytes: await builder.toBuffer(), warnings };
}
