/**
 * Near-miss documents as PDFs (fixtures/near-miss/*.pdf, scripts/fixtures/near-miss-pdf.mjs):
 * a budget table with 事業番号 / 前年度実績 / 目標 / 所管課 columns, minutes quoting 相談件数 and
 * 活動報告, a statistics table of 消費生活相談 by year end. detect says unknown, and a
 * forced kind fails with one line.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect, extract, KIND_NAMES, PlanExtractError } from '../src/api.js';
import { runCli } from './cli-helpers.js';

const DIR = 'fixtures/near-miss';
const FILES = ['budget-table.pdf', 'minutes-council.pdf', 'statistics-table.pdf'];

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
    for (const kind of KIND_NAMES) {
      const failure = await failureOf(file, kind);
      expect(failure, kind).toBeInstanceOf(PlanExtractError);
      expect(['KIND_MISMATCH', 'NO_RECORDS']).toContain((failure as PlanExtractError).code);
    }
  });

  // its 相談内容 / 件数 / 構成比 table has the form of a consultation report's counts, of 消費生活相談
  it('statistics-table.pdf forced as a consultation report: a table of another topic is no consultation report', async () => {
    const failure = await failureOf('statistics-table.pdf', 'consultation-report');
    expect(failure).toBeInstanceOf(PlanExtractError);
    expect((failure as PlanExtractError).code).toBe('KIND_MISMATCH');
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
