/**
 * XLSX workbooks read back with exceljs and compared with the documents, field for field
 * and type for type, for every fixture: a sheet per table with the CSV set's columns,
 * number cells numbers, date cells dates, codes text; bold frozen header, autofilter,
 * widths that count full-width characters twice; the same bytes on every run; a merged
 * workbook of many reports.
 */
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { columnType, isoDateToUtc, type ColumnType } from '../src/output/column-types.js';
import { MERGED_TABLES, mergedTablesOf } from '../src/output/merged.js';
import { reportTablesOf } from '../src/output/report-tables.js';
import { tablesOf, type CellValue, type Table } from '../src/output/tables.js';
import { displayWidth } from '../src/output/text-width.js';
import { columnLetter, EXCEL_CELL_LIMIT, renderWorkbook, WorkbookBuilder } from '../src/output/xlsx.js';
import type { ExtractedDocument } from '../src/schema/document.js';
import { batchOfDocuments, documentFrom, expectedFiles } from './support/documents.js';

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** What a table cell must read back as: the JSON value, typed. */
function expectedCell(value: CellValue, type: ColumnType): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (type === 'date') return isoDateToUtc(value as string);
  const text = typeof value === 'string' ? value : value.join('\n');
  return text === '' ? null : text;
}

function sheetValues(sheet: ExcelJS.Worksheet, columns: number): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    rows.push(Array.from({ length: columns }, (_, c) => row.getCell(c + 1).value ?? null));
  }
  return rows;
}

function expectSheetMatches(workbook: ExcelJS.Workbook, table: Table): void {
  const sheet = workbook.getWorksheet(table.name);
  expect(sheet, `sheet ${table.name}`).toBeDefined();
  const header = sheet!.getRow(1);
  expect(Array.from({ length: table.columns.length }, (_, c) => header.getCell(c + 1).value)).toEqual([...table.columns]);
  const got = sheetValues(sheet!, table.columns.length);
  const want = table.rows.map((row) => table.columns.map((c) => expectedCell(row[c], columnType(c))));
  expect(got, `rows of ${table.name}`).toEqual(want);
}

describe('every fixture as a workbook', () => {
  it.each(expectedFiles())('%s: every table and the source and warnings sheets, cell for cell', async (file) => {
    const doc = documentFrom(file);
    const { bytes, warnings } = await renderWorkbook(doc);
    expect(warnings).toEqual([]);
    const workbook = await load(bytes);
    const tables = [...tablesOf(doc), ...reportTablesOf(doc)];
    expect(workbook.worksheets.map((s) => s.name)).toEqual(tables.map((t) => t.name));
    for (const table of tables) expectSheetMatches(workbook, table);
  });

  it.each(expectedFiles())('%s: the JSON fields themselves, typed', async (file) => {
    const doc = documentFrom(file);
    const workbook = await load((await renderWorkbook(doc)).bytes);
    const column = (sheet: string, name: string) => {
      const ws = workbook.getWorksheet(sheet)!;
      const c = (ws.getRow(1).values as unknown[]).indexOf(name);
      return sheetValues(ws, ws.columnCount).map((row) => row[c - 1]);
    };
    const source = workbook.getWorksheet('source')!.getRow(2);
    expect([source.getCell(1).value, source.getCell(2).value, source.getCell(3).value, source.getCell(4).value]).toEqual([
      doc.source.file,
      doc.source.sha256,
      doc.kind,
      doc.source.pages,
    ]);
    expect(column('warnings', 'code')).toEqual(doc.warnings.map((w) => w.code));
    if (doc.kind === 'plan-progress') {
      expect(column('items', 'no')).toEqual(doc.items.map((it) => it.no));
      expect(column('items', 'results_fiscal_year')).toEqual(doc.items.map((it) => it.results?.fiscalYear ?? null));
      expect(column('items', 'section_code')).toEqual(doc.items.map((it) => it.section?.code || null));
      expect(column('item-metrics', 'value')).toEqual(doc.items.flatMap((it) => (it.results?.metrics ?? []).map((m) => m.value)));
      for (const v of column('items', 'section_code')) if (v !== null) expect(typeof v).toBe('string');
      const indicators = doc.items.flatMap((it) => it.indicators);
      expect(column('indicators', 'rate')).toEqual(indicators.map((ind) => ind.rate));
      const values = indicators.flatMap((ind) => [...(ind.baseline ? [ind.baseline] : []), ...(ind.target ? [ind.target] : []), ...ind.actuals]);
      expect(column('indicator-values', 'value')).toEqual(values.map((v) => v.value));
      expect(column('indicator-values', 'fiscal_year')).toEqual(values.map((v) => v.fiscalYear));
      expect(column('summaries', 'value')).toEqual(doc.summaries.flatMap((t) => t.rows.flatMap((r) => r.values)));
      expect(column('scales', 'grade')).toEqual(Object.values(doc.scales).flatMap((grades) => Object.keys(grades)));
    } else if (doc.kind === 'target-sheet') {
      expect(column('sheets', 'target_code')).toEqual(doc.sheets.map((s) => s.target.code));
      expect(column('sheets', 'goal_value')).toEqual(doc.sheets.map((s) => s.goal?.value ?? null));
      expect(column('actuals', 'fiscal_year')).toEqual(doc.sheets.flatMap((s) => s.actuals.map((a) => a.fiscalYear)));
      expect(column('actuals', 'value')).toEqual(doc.sheets.flatMap((s) => s.actuals.map((a) => a.value)));
    } else {
      const [date] = column('document', 'date');
      if (doc.date === null) expect(date).toBeNull();
      else {
        expect(date).toBeInstanceOf(Date);
        expect((date as Date).toISOString().slice(0, 10)).toBe(doc.date);
      }
      const asOf = column('plan-tables', 'as_of');
      expect(asOf.map((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d))).toEqual(doc.tables.flatMap((t) => t.rows.map((r) => r.asOf)));
      expect(column('plan-tables', 'self_plan_rate')).toEqual(doc.tables.flatMap((t) => t.rows.map((r) => r.selfPlanRate)));
      expect(column('chart-slices', 'share')).toEqual(doc.charts.flatMap((c) => c.breakdown.map((s) => s.share)));
      expect(column('counts', 'share')).toEqual(doc.counts.map((c) => c.share));
      expect(column('counts', 'fiscal_year')).toEqual(doc.counts.map((c) => c.fiscalYear));
    }
  });
});

describe('column types', () => {
  it.each(expectedFiles())("%s: every value fits its column's type", (file) => {
    const doc = documentFrom(file);
    for (const table of [...mergedTablesOf(doc)]) {
      for (const row of table.rows) {
        for (const column of table.columns) {
          const v = row[column];
          if (v === null || v === undefined) continue;
          const type = columnType(column);
          const where = `${table.name}.${column} = ${JSON.stringify(v)}`;
          if (type === 'integer') expect(Number.isInteger(v), where).toBe(true);
          else if (type === 'real') expect(typeof v, where).toBe('number');
          else if (type === 'boolean') expect(typeof v, where).toBe('boolean');
          else if (type === 'date') expect(isoDateToUtc(v as string), where).toBeInstanceOf(Date);
          else expect(typeof v === 'string' || Array.isArray(v), where).toBe(true);
        }
      }
    }
  });

  it('reads codes, grades and years from the names', () => {
    expect(['section_code', 'target_code', 'achievement', 'grade'].map(columnType)).toEqual(['code', 'code', 'code', 'code']);
    expect(['fiscal_year', 'results_fiscal_year', 'no', 'page', 'n', 'indicator_n'].map(columnType)).toEqual(Array(6).fill('integer'));
    expect(['rate', 'self_plan_rate', 'value', 'share'].map(columnType)).toEqual(Array(4).fill('real'));
    expect(['date', 'as_of', 'as_of_raw', 'name'].map(columnType)).toEqual(['date', 'date', 'text', 'text']);
  });
});

describe('grades printed as digits', () => {
  it('stay text in the scales sheet, formatted as text', async () => {
    const doc = documentFrom('forms/plan-progress-forms.managed.expected.json');
    const graded = { ...doc, scales: { achievement: { '1': '目標を大きく上回って達成', '5': '目標を大きく下回った' } } } as ExtractedDocument;
    const sheet = (await load((await renderWorkbook(graded)).bytes)).getWorksheet('scales')!;
    expect([sheet.getCell('C2').value, sheet.getCell('C3').value]).toEqual(['1', '5']);
    expect(sheet.getCell('C2').numFmt).toBe('@');
  });
});

describe('layout', () => {
  const doc = documentFrom('plan-progress.kitakyushu.expected.json');

  it('bold frozen header, autofilter over the data, typed formats', async () => {
    const workbook = await load((await renderWorkbook(doc)).bytes);
    const items = workbook.getWorksheet('items')!;
    expect(items.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(items.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(items.autoFilter).toBe(`A1:${columnLetter(items.columnCount)}${items.rowCount}`);
    const sectionCode = (items.getRow(1).values as unknown[]).indexOf('section_code');
    expect(items.getRow(2).getCell(sectionCode).numFmt).toBe('@');
  });

  it('fits widths to the text, a full-width character counting two', async () => {
    expect(displayWidth('相談件数')).toBe(8);
    expect(displayWidth('ab１２')).toBe(6);
    expect(displayWidth('short\n相談支援センター')).toBe(16);
    const workbook = await load((await renderWorkbook(doc)).bytes);
    const metrics = workbook.getWorksheet('item-metrics')!;
    const label = (metrics.getRow(1).values as unknown[]).indexOf('label');
    if (doc.kind !== 'plan-progress') throw new Error('fixture kind');
    const widest = Math.max(...doc.items.flatMap((it) => (it.results?.metrics ?? []).map((m) => displayWidth(m.label))));
    expect(metrics.getColumn(label).width).toBe(Math.min(60, widest) + 2);
  });

  it('wraps cells with line breaks', async () => {
    const workbook = await load((await renderWorkbook(doc)).bytes);
    const items = workbook.getWorksheet('items')!;
    const cell = items.getRow(2).getCell((items.getRow(1).values as unknown[]).indexOf('results_text'));
    expect(String(cell.value)).toContain('\n');
    expect(cell.alignment?.wrapText).toBe(true);
  });

  it('cuts a text longer than a cell holds, with a warning', async () => {
    const long = { ...doc, title: 'あ'.repeat(EXCEL_CELL_LIMIT + 10) } as ExtractedDocument;
    const { bytes, warnings } = await renderWorkbook(long);
    expect(warnings).toEqual([{ code: 'xlsx-cell-truncated', message: expect.stringContaining('document row 2 column title') }]);
    const workbook = await load(bytes);
    const title = (workbook.getWorksheet('document')!.getRow(1).values as unknown[]).indexOf('title');
    expect(String(workbook.getWorksheet('document')!.getRow(2).getCell(title).value)).toHaveLength(EXCEL_CELL_LIMIT);
  });

  it('shows the coverage when the document has one', async () => {
    const covered = Object.assign(structuredClone(doc), { coverage: 0.87 });
    const workbook = await load((await renderWorkbook(covered)).bytes);
    expect(workbook.getWorksheet('source')!.getRow(2).getCell(5).value).toBe(0.87);
  });
});

describe('determinism', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives the same bytes at another time of day and year', async () => {
    const doc = documentFrom('consultation-report.kurume.expected.json');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-07-04T13:37:41Z'));
    const a = (await renderWorkbook(doc)).bytes;
    vi.setSystemTime(new Date('2026-01-15T02:10:06Z'));
    const b = (await renderWorkbook(structuredClone(doc))).bytes;
    expect(b.equals(a)).toBe(true);
  });
});

describe('a merged workbook', () => {
  it('holds the rows of 50 reports of all kinds, each with its file and sha256', async () => {
    const docs = batchOfDocuments(50);
    const builder = new WorkbookBuilder(MERGED_TABLES.map((t) => t.name));
    for (const doc of docs) expect(builder.add(mergedTablesOf(doc))).toEqual([]);
    const workbook = await load(await builder.toBuffer());
    expect(workbook.worksheets.map((s) => s.name)).toEqual(MERGED_TABLES.map((t) => t.name));
    for (const spec of MERGED_TABLES) {
      const rows = docs.flatMap((d) => mergedTablesOf(d, spec.name).flatMap((t) => t.rows));
      expectSheetMatches(workbook, { name: spec.name, columns: spec.columns, rows });
    }
    const source = workbook.getWorksheet('source')!;
    expect(source.rowCount).toBe(51);
    expect(new Set(sheetValues(source, 2).map((r) => r[1])).size).toBe(50);
  });

  it('leaves out a staged report that is not committed', async () => {
    const [a, b] = batchOfDocuments(2);
    const builder = new WorkbookBuilder();
    builder.add(mergedTablesOf(a!));
    builder.stage(mergedTablesOf(b!));
    const workbook = await load(await builder.toBuffer());
    expect(sheetValues(workbook.getWorksheet('source')!, 1)).toEqual([[a!.source.file]]);
  });
});
