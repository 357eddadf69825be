/**
 * The output writers on documents shaped like the fixtures' expected outputs:
 * JSON/JSONL layout, every CSV table of every kind, 総務省-style cells, BOM,
 * CRLF, Shift_JIS with its unmappable characters, determinism.
 */
import { readFileSync } from 'node:fs';
import Encoding from 'encoding-japanese';
import { describe, expect, it } from 'vitest';
import { PlanExtractError } from '../src/errors.js';
import { formatCell, formatNumber } from '../src/output/csv.js';
import { render, type RenderOptions } from '../src/output/index.js';
import { ALL_TABLE_NAMES, TABLES, tableNames } from '../src/output/tables.js';
import type { ExtractedDocument } from '../src/schema/document.js';
import { csvRecords, parseCsv } from './cli-helpers.js';
import { documentFrom as fixtureDocument } from './support/documents.js';

function documentFrom(expectedFile: string): ExtractedDocument {
  const doc = fixtureDocument(expectedFile);
  return { ...doc, source: { ...doc.source, sha256: 'a'.repeat(64) }, warnings: [{ code: 'test-warning', message: 'a warning', page: 2 }] };
}

const docs = {
  'plan-progress': documentFrom('plan-progress.kitakyushu.expected.json'),
  'target-sheet': documentFrom('target-sheet.kitakyushu.expected.json'),
  'consultation-report': documentFrom('consultation-report.kurume.expected.json'),
} as const;

const CSV: RenderOptions = { format: 'csv', encoding: 'utf-8', bom: true, replaceUnmappable: false };

function tablesOf(doc: ExtractedDocument, options: Partial<RenderOptions> = {}) {
  const out = render(doc, { ...CSV, ...options });
  return Object.fromEntries(out.files.map((f) => [f.suffix.replace(/\.csv$/, ''), f.bytes]));
}

describe('json and jsonl', () => {
  it('pretty-prints one document with 2 spaces and a final newline', () => {
    const [file] = render(docs['plan-progress'], { ...CSV, format: 'json' }).files;
    expect(file!.suffix).toBe('plan-progress.json');
    const text = file!.bytes.toString('utf8');
    expect(text.startsWith('{\n  "kind": "plan-progress"')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(docs['plan-progress']);
  });

  it('writes JSONL as one line', () => {
    const [file] = render(docs['target-sheet'], { ...CSV, format: 'jsonl' }).files;
    const text = file!.bytes.toString('utf8');
    expect(text.split('\n')).toHaveLength(2);
    expect(JSON.parse(text)).toEqual(docs['target-sheet']);
  });
});

describe('csv tables', () => {
  it('writes exactly the tables of the document kind, in a fixed order', () => {
    for (const [kind, doc] of Object.entries(docs)) {
      expect(Object.keys(tablesOf(doc))).toEqual(tableNames(kind as ExtractedDocument['kind']));
    }
    expect(tableNames('plan-progress')).toEqual(['document', 'items', 'item-metrics', 'goals', 'indicators', 'indicator-values', 'summaries', 'scales']);
    expect(tableNames('target-sheet')).toEqual(['document', 'sheets', 'actuals', 'reviews', 'council-opinions']);
    expect(tableNames('consultation-report')).toEqual(['document', 'charts', 'chart-slices', 'plan-tables', 'counts']);
    expect(ALL_TABLE_NAMES).toContain('chart-slices');
  });

  it('starts with a UTF-8 BOM by default, none with --no-bom, and ends records with CRLF', () => {
    const withBom = tablesOf(docs['plan-progress']).items!;
    expect([...withBom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const noBom = tablesOf(docs['plan-progress'], { bom: false }).items!;
    expect(noBom.toString('utf8').startsWith('file,no,page,')).toBe(true);
    const text = noBom.toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    // every bare LF is inside a quoted cell: outside quoted fields there are only CRLFs
    expect(/[^\r]\n/.test(text.replace(/"(?:[^"]|"")*"/g, ''))).toBe(false);
  });

  it('has the header of its spec and one row per record, every key filled', () => {
    for (const [kind, doc] of Object.entries(docs)) {
      const files = tablesOf(doc, { bom: false });
      for (const spec of TABLES[kind as ExtractedDocument['kind']]) {
        const rows = parseCsv(files[spec.name]!.toString('utf8'));
        expect(rows[0]).toEqual([...spec.columns]);
        for (const row of rows.slice(1)) {
          expect(row).toHaveLength(spec.columns.length);
          for (const key of ['file', 'no', 'indicator_n', 'target_code', 'target_type', 'chart_title', 'table_title', 'summary_title', 'field']) {
            const i = spec.columns.indexOf(key);
            if (i >= 0) expect(row[i], `${spec.name}.${key}`).not.toBe('');
          }
        }
      }
    }
  });

  it('flattens plan-progress items with their metrics and goals joined on no', () => {
    const doc = docs['plan-progress'];
    if (doc.kind !== 'plan-progress') throw new Error('fixture');
    const files = tablesOf(doc);
    const items = csvRecords(files.items!);
    expect(items).toHaveLength(doc.items.length);
    const first = doc.items[0]!;
    expect(items[0]).toMatchObject({ file: 'plan-progress.kitakyushu.pdf', no: String(first.no), name: first.name, tags: first.tags.join('\n') });
    const metrics = csvRecords(files['item-metrics']!);
    expect(metrics).toHaveLength(doc.items.reduce((n, it) => n + (it.results?.metrics.length ?? 0), 0));
    const m = first.results!.metrics[0]!;
    expect(metrics[0]).toMatchObject({ no: String(first.no), label: m.label, value: String(m.value), unit: m.unit ?? '' });
    expect(metrics.every((r) => items.some((i) => i.no === r.no))).toBe(true);
    const goals = csvRecords(files.goals!);
    const expectedGoals = doc.items.reduce((n, it) => n + (it.goal?.baseline?.metrics.length ?? 0) + (it.goal?.target?.metrics.length ?? 0), 0);
    expect(goals).toHaveLength(expectedGoals);
    expect(new Set(goals.map((g) => g.point))).toEqual(new Set(['baseline', 'target']));
  });

  it('flattens target sheets: actuals, reviews and one row per council opinion', () => {
    const doc = docs['target-sheet'];
    if (doc.kind !== 'target-sheet') throw new Error('fixture');
    const files = tablesOf(doc);
    expect(csvRecords(files.sheets!)).toHaveLength(doc.sheets.length);
    const actuals = csvRecords(files.actuals!);
    expect(actuals.map((a) => a.fiscal_year)).toEqual(doc.sheets.flatMap((s) => s.actuals.map((a) => String(a.fiscalYear))));
    const opinions = csvRecords(files['council-opinions']!);
    expect(opinions.map((o) => o.opinion)).toEqual(doc.sheets.flatMap((s) => s.reviews.flatMap((r) => r.councilOpinions)));
    const reviews = csvRecords(files.reviews!);
    expect(reviews.map((r) => Number(r.council_opinions))).toEqual(doc.sheets.flatMap((s) => s.reviews.map((r) => r.councilOpinions.length)));
  });

  it('flattens a consultation report: charts, slices by chart title, plan-table rows, counts', () => {
    const doc = docs['consultation-report'];
    if (doc.kind !== 'consultation-report') throw new Error('fixture');
    const files = tablesOf(doc);
    const document = csvRecords(files.document!);
    expect(document).toEqual([expect.objectContaining({ kind: 'consultation-report', fiscal_year: '2022', date: '2023-08-01', warnings: '1' })]);
    const slices = csvRecords(files['chart-slices']!);
    expect(slices).toHaveLength(doc.charts.reduce((n, c) => n + c.breakdown.length, 0));
    const titles = new Set(csvRecords(files.charts!).map((c) => c.chart_title));
    expect(slices.every((s) => titles.has(s.chart_title))).toBe(true);
    const rows = csvRecords(files['plan-tables']!);
    expect(rows).toHaveLength(doc.tables.reduce((n, t) => n + t.rows.length, 0));
    expect(rows[0]!.as_of).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(csvRecords(files.counts!)).toHaveLength(doc.counts.length);
  });

  it.each(['forms/consultation-report.deck.expected.json', 'forms/consultation-report.prose.expected.json'])(
    '%s: counts with their share and fiscal year',
    (file) => {
      const doc = documentFrom(file);
      if (doc.kind !== 'consultation-report') throw new Error('fixture');
      const counts = csvRecords(tablesOf(doc).counts!);
      const cell = (v: number | null) => (v === null ? '' : String(v));
      expect(counts.map((c) => [c.label, c.value, c.share, c.fiscal_year])).toEqual(
        doc.counts.map((c) => [c.label, String(c.value), cell(c.share), cell(c.fiscalYear)]),
      );
      expect(counts.some((c) => c.share !== '' || c.fiscal_year !== '')).toBe(true);
    },
  );
});

describe('csv tables of other cities\' forms', () => {
  const FORMS = [
    'forms/plan-progress-forms.list-form.expected.json',
    'forms/plan-progress-forms.managed.expected.json',
    'forms/plan-progress-forms.policy-eval.expected.json',
    'forms/plan-progress-forms.record-blocks.expected.json',
    'forms/plan-progress-forms.survey.expected.json',
  ];
  const cell = (v: number | null) => (v === null ? '' : String(v));

  it.each(FORMS)('%s: one indicator row per 成果指標, one value row per baseline, target and actual', (file) => {
    const doc = documentFrom(file);
    if (doc.kind !== 'plan-progress') throw new Error('fixture');
    const files = tablesOf(doc);
    const indicators = csvRecords(files.indicators!);
    expect(indicators.map((r) => [r.no, r.indicator_n, r.label, r.unit, r.rate])).toEqual(
      doc.items.flatMap((it) => it.indicators.map((ind, i) => [String(it.no), String(i + 1), ind.label, ind.unit ?? '', cell(ind.rate)])),
    );
    const values = csvRecords(files['indicator-values']!);
    expect(values.map((r) => [r.no, r.indicator_n, r.point, r.fiscal_year, r.value, r.unit])).toEqual(
      doc.items.flatMap((it) =>
        it.indicators.flatMap((ind, i) => {
          const row = (point: string, p: { fiscalYear: number | null; value: number }) => [String(it.no), String(i + 1), point, cell(p.fiscalYear), String(p.value), ind.unit ?? ''];
          return [
            ...(ind.baseline ? [row('baseline', ind.baseline)] : []),
            ...(ind.target ? [row('target', ind.target)] : []),
            ...ind.actuals.map((a) => row('actual', a)),
          ];
        }),
      ),
    );
    const keys = new Set(indicators.map((r) => `${r.no}/${r.indicator_n}`));
    expect(values.every((v) => keys.has(`${v.no}/${v.indicator_n}`))).toBe(true);
    const items = new Set(csvRecords(files.items!).map((r) => r.no));
    expect(indicators.every((r) => items.has(r.no))).toBe(true);
  });

  it.each(FORMS)('%s: one summary row per figure of a tally table, one scale row per grade', (file) => {
    const doc = documentFrom(file);
    if (doc.kind !== 'plan-progress') throw new Error('fixture');
    const files = tablesOf(doc);
    expect(csvRecords(files.summaries!).map((r) => [r.summary_title, r.page, r.label, r.n, r.value])).toEqual(
      doc.summaries.flatMap((s) => s.rows.flatMap((r) => r.values.map((v, i) => [s.title, cell(s.page), r.label, String(i + 1), String(v)]))),
    );
    expect(csvRecords(files.scales!).map((r) => [r.field, r.grade, r.meaning])).toEqual(
      Object.entries(doc.scales).flatMap(([field, grades]) => Object.entries(grades).map(([grade, meaning]) => [field, grade, meaning])),
    );
  });

  it('has rows in every new table across the forms', () => {
    const counts = { indicators: 0, 'indicator-values': 0, summaries: 0, scales: 0 };
    for (const file of FORMS) {
      const files = tablesOf(documentFrom(file));
      for (const name of Object.keys(counts) as Array<keyof typeof counts>) counts[name] += csvRecords(files[name]!).length;
    }
    // counted in the expected files: values managed 5 + 4 + 5, policy-eval 6 + 5 + 7, survey 4 × 3;
    // tally figures list-form 4, managed 6 rows × 2, survey 3 tables × 6; grades 3 + 2 + 3 + 5
    expect(counts).toEqual({ indicators: 9, 'indicator-values': 14 + 18 + 12, summaries: 4 + 12 + 18, scales: 13 });
  });

  it('renders only the table asked for, and names the tables of the kind when it has no such table', () => {
    const files = render(docs['plan-progress'], { ...CSV, table: 'goals' }).files;
    expect(files.map((f) => f.suffix)).toEqual(['goals.csv']);
    expect(() => render(docs['plan-progress'], { ...CSV, table: 'charts' })).toThrow(/no table "charts".*document, items, item-metrics, goals, indicators/);
  });

  it('is byte-identical from run to run', () => {
    for (const doc of Object.values(docs)) {
      const a = render(doc, CSV).files;
      const b = render(structuredClone(doc), CSV).files;
      expect(a.map((f) => f.bytes.toString('hex'))).toEqual(b.map((f) => f.bytes.toString('hex')));
    }
  });
});

describe('cells', () => {
  it('writes numbers without grouping, units or exponents', () => {
    expect(formatNumber(22103)).toBe('22103');
    expect(formatNumber(-5)).toBe('-5');
    expect(formatNumber(12.1)).toBe('12.1');
    expect(formatNumber(1e21)).toBe('1000000000000000000000');
    expect(formatNumber(1e-7)).toBe('0.0000001');
  });

  it('writes empty cells for missing values, true/false, lists one per line', () => {
    expect(formatCell(null)).toBe('');
    expect(formatCell(undefined)).toBe('');
    expect(formatCell(true)).toBe('true');
    expect(formatCell(['拡充', '新規'])).toBe('拡充\n新規');
    expect(formatCell('a\r\nb\rc')).toBe('a\nb\nc');
  });

  it('quotes cells with commas, quotes and line breaks so they read back unchanged', () => {
    const doc = structuredClone(docs['plan-progress']);
    if (doc.kind !== 'plan-progress') throw new Error('fixture');
    doc.items[0]!.summary = '一行目、"引用",カンマ\n二行目';
    const items = csvRecords(tablesOf(doc).items!);
    expect(items[0]!.summary).toBe('一行目、"引用",カンマ\n二行目');
  });
});

describe('shift_jis', () => {
  const withKichi = () => {
    const doc = structuredClone(docs['plan-progress']);
    if (doc.kind !== 'plan-progress') throw new Error('fixture');
    doc.items[1]!.name = '𠮷野家の事業';
    return doc;
  };

  it('encodes CP932 without a BOM, ①/㈱/髙 included', () => {
    const doc = structuredClone(docs['plan-progress']);
    if (doc.kind !== 'plan-progress') throw new Error('fixture');
    doc.items[0]!.department = '①㈱髙橋課';
    const bytes = tablesOf(doc, { encoding: 'shift_jis' }).items!;
    expect(bytes[0]).toBe('f'.charCodeAt(0));
    const text = new TextDecoder('shift_jis').decode(bytes);
    expect(csvRecords(Buffer.from(text)).map((r) => r.department)[0]).toBe('①㈱髙橋課');
    expect(Encoding.detect(bytes)).toBe('SJIS');
  });

  it('fails naming the character, table, row and column it cannot write', () => {
    let error: unknown;
    try {
      render(withKichi(), { ...CSV, encoding: 'shift_jis' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PlanExtractError);
    expect((error as PlanExtractError).code).toBe('UNMAPPABLE_CHARACTER');
    expect((error as PlanExtractError).message).toContain('𠮷 (U+20BB7) in items.csv row 3 column name');
    expect((error as PlanExtractError).message).toContain('--replace-unmappable');
  });

  it('replaces it with 〓 and warns under replaceUnmappable', () => {
    const out = render(withKichi(), { ...CSV, encoding: 'shift_jis', replaceUnmappable: true });
    const items = out.files.find((f) => f.suffix === 'items.csv')!;
    const text = new TextDecoder('shift_jis').decode(items.bytes);
    expect(text).toContain('〓野家の事業');
    expect(out.warnings).toEqual([{ code: 'unmappable-character', message: expect.stringContaining('𠮷 (U+20BB7) replaced with 〓 in items.csv (row 3 column name)') }]);
  });
});

describe('documentation', () => {
  it('lists every CSV table with its columns in the README', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const specs of Object.values(TABLES)) {
      for (const spec of specs) {
        expect(readme).toContain(`| \`${spec.name}\` | ${spec.row} | ${spec.columns.map((c) => `\`${c}\``).join(', ')} |`);
      }
    }
  });
});
