/**
 * Near-miss documents as PDFs (fixtures/near-miss/*.pdf, scripts/fixtures/near-miss-pdf.mjs):
 * a budget table with 事業番号 / 前年度実績 / 目標 / 所管課 columns, minutes quoting 相談件数 and
 * 活動報告, a statistics table of 消費生活相談 by year end. detect says unknown, and a
 * forced kind fails with one line — or, where the document does hold a kind's records
 * as the output contract defines them, reads only what it prints and says how little that is.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect, extract, KIND_NAMES, PlanExtractError } from '../src/api.js';
import { runCli } from './cli-helpers.js';

const DIR = 'fixtures/near-miss';
const FILES = ['budget-table.pdf', 'minutes-council.pdf', 'statistics-table.pdf'];

/**
 * The 消費生活相談 statistics print a 相談内容 / 件数 / 構成比 table: output.md makes such a
 * table counts of a consultation report, so a forced consultation-report reads it.
 */
const READABLE = new Set(['statistics-table.pdf:consultation-report']);

const failureOf = (file: string, kind: string) =>
  extract(join(DIR, file), { kind: kind as (typeof KIND_NAMES)[number], metrics: false }).then(
    () => null,
    (e: unknown) => e,
  );

describe('near-miss PDFs', () => {
  it.each(FILES)('%s: detect says unknown', async (file) => {
    expect((await detect(join(DIR, file))).kind).toBeNull();
  });

  it.each(FILES)('%s: every forced kind fails as a mismatch or without records', async (file) => {
    for (const kind of KIND_NAMES.filter((k) => !READABLE.has(`${file}:${k}`))) {
      const failure = await failureOf(file, kind);
      expect(failure, kind).toBeInstanceOf(PlanExtractError);
      expect(['KIND_MISMATCH', 'NO_RECORDS']).toContain((failure as PlanExtractError).code);
    }
  });

  it('statistics-table.pdf as a consultation report: its 相談内容 rows as printed, and low coverage warned', async () => {
    const doc = await extract(join(DIR, 'statistics-table.pdf'), { kind: 'consultation-report', metrics: false });
    expect(doc.kind === 'consultation-report' && [doc.charts.length, doc.tables.length]).toEqual([0, 0]);
    expect(doc.kind === 'consultation-report' && doc.counts.map((c) => [c.label, c.value, c.share])).toEqual([
      ['通信販売', 1520, 32.1],
      ['架空請求', 880, 18.6],
      ['訪問販売', 611, 12.9],
      ['その他', 1720, 36.4],
      ['合計', 4731, 100],
    ]);
    expect(doc.warnings.map((w) => w.code)).toEqual(['low-coverage']);
  });

  it('fails on the command line with one line and a non-zero exit', async () => {
    for (const file of ['budget-table.pdf', 'minutes-council.pdf']) {
      for (const kind of KIND_NAMES) {
        const r = await runCli([join(DIR, file), '--kind', kind, '--no-metrics']);
        expect(r.code, `${file} ${kind}`).not.toBe(0);
        expect(r.stdout.length).toBe(0);
        expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
      }
    }
  });
});
