/**
 * A table as a CSV file following 総務省's rules for machine-readable tables:
 * a header row, one datum per cell, numbers without grouping or units, empty cells
 * for missing values. Records end in CRLF (RFC 4180); a paragraph break inside a
 * text stays a bare LF inside its quoted cell, as Excel itself writes it.
 */
import { stringify } from 'csv-stringify/sync';
import { PlanExtractError } from '../errors.js';
import { describeChar, encodeText, isRepresentable, REPLACEMENT, type OutputEncoding } from './encoding.js';
import type { CellValue, Table } from './tables.js';

export interface CsvOptions {
  encoding: OutputEncoding;
  bom: boolean;
  /** Defuse text cells a spreadsheet would run as a formula (see neutraliseFormula); default true. */
  escapeFormulas?: boolean;
  /** Write REPLACEMENT for characters the encoding cannot hold (and warn) instead of failing. */
  replaceUnmappable: boolean;
}

export interface OutputWarning {
  code: string;
  message: string;
}

/** A number as plain digits: no grouping, no exponent (1e21 and 1e-7 are spelled out). */
export function formatNumber(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  return n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/**
 * Where a spreadsheet starts a formula: = + - @ (OWASP's list, as csv-stringify's
 * escape_formulas), tab and CR, and the full-width ＝＋－＠ some locales' Excel also takes.
 */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

/** A text that a spreadsheet would run as a formula gets a leading `'`, which shows it as text. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A cell's text. Numbers and booleans are data, never formulas; texts are defused unless escapeFormulas is false. */
export function formatCell(v: CellValue, escapeFormulas = true): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  const text = (typeof v === 'string' ? v : v.join('\n')).replace(/\r\n?/g, '\n');
  return escapeFormulas ? neutraliseFormula(text) : text;
}

interface Lost {
  char: string;
  where: string[];
}

/**
 * Check every cell against the encoding. A character it cannot hold is an error naming
 * the character, the file, the row (counted as a spreadsheet does, header = row 1) and
 * the column, unless replaceUnmappable, which writes REPLACEMENT and returns a warning.
 */
function fitToEncoding(table: Table, cells: string[][], options: CsvOptions, firstRow: number): OutputWarning[] {
  if (options.encoding === 'utf-8') return [];
  const file = `${table.name}.csv`;
  const lost = new Map<string, Lost>();
  cells.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (/^[\x00-\x7f]*$/.test(cell)) return;
      let out = '';
      for (const ch of cell) {
        if (isRepresentable(ch, options.encoding)) {
          out += ch;
          continue;
        }
        const where = `row ${r + firstRow} column ${table.columns[c]}`;
        if (!options.replaceUnmappable) {
          throw new PlanExtractError(
            'UNMAPPABLE_CHARACTER',
            `${describeChar(ch)} in ${file} ${where} cannot be written in ${options.encoding} (use --replace-unmappable to write ${REPLACEMENT} instead, or --encoding utf-8)`,
          );
        }
        const entry = lost.get(ch) ?? { char: ch, where: [] };
        entry.where.push(where);
        lost.set(ch, entry);
        out += REPLACEMENT;
      }
      row[c] = out;
    });
  });
  return [...lost.values()].map(({ char, where }) => ({
    code: 'unmappable-character',
    message: `${describeChar(char)} replaced with ${REPLACEMENT} in ${file} (${where[0]}${where.length > 1 ? ` and ${where.length - 1} more` : ''})`,
  }));
}

export interface RenderedCsv {
  bytes: Buffer;
  warnings: OutputWarning[];
}

function stringifyRecords(records: string[][]): string {
  return stringify(records, { record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}

export function renderCsv(table: Table, options: CsvOptions): RenderedCsv {
  const rows = renderCsvRows(table, options, 2);
  return { bytes: Buffer.concat([renderCsvHeader(table.columns, options), rows.bytes]), warnings: rows.warnings };
}

/** The header row, after the byte order mark when there is one: the start of a CSV file. */
export function renderCsvHeader(columns: readonly string[], options: CsvOptions): Buffer {
  return encodeText(stringifyRecords([[...columns]]), options.encoding, options.bom);
}

/**
 * The table's records without header or BOM, to follow others in one file (a merged
 * batch); `firstRow` is the spreadsheet row of the first record, for messages.
 */
export function renderCsvRows(table: Table, options: CsvOptions, firstRow: number): RenderedCsv {
  const cells = table.rows.map((row) => table.columns.map((c) => formatCell(row[c], options.escapeFormulas !== false)));
  const warnings = fitToEncoding(table, cells, options, firstRow);
  return { bytes: encodeText(stringifyRecords(cells), options.encoding, false), warnings };
}
