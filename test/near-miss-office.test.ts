/**
 * Near-miss documents made by an office suite (fixtures/near-miss2, scripts/fixtures/near-miss2/):
 * a 介護保険 monthly statistics deck (Impress, native charts), a 予算事業一覧 with 事業名 / 担当課 /
 * 予算額 / 決算額 (Calc), a 障害者施策推進協議会 会議録 discussing 実施状況, 評価 and 成果目標 in prose
 * (Writer), a plan's 目次 and 計画の体系 (Writer) and a サービス見込量 table without 実績 (Calc), each as
 * its PDF, its `pdftotext -raw` text and a one-line テキスト版. detect says unknown; a forced kind
 * fails with one line that names what is missing and suggests no other input (none would do).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect, extract, KIND_NAMES, PlanExtractError } from '../src/api.js';
import { runCli } from './cli-helpers.js';

const DIR = 'fixtures/near-miss2';
const DOCUMENTS = ['budget-jigyo', 'kaigiroku-kyogikai', 'kaigo-geppo', 'mikomiryo', 'mokuji-taikei'];
const inputs = readdirSync(DIR)
  .filter((f) => /\.(pdf|txt)$/.test(f))
  .sort();

const failureOf = (file: string, kind: (typeof KIND_NAMES)[number]) =>
  extract(join(DIR, file), { kind, metrics: false }).then(
    () => null,
    (e: unknown) => e,
  );

describe('near-miss documents from an office suite', () => {
  it('has each document as PDF, -raw text and one-line text', () => {
    expect(inputs).toEqual(DOCUMENTS.flatMap((d) => [`${d}.oneline.txt`, `${d}.pdf`, `${d}.raw.txt`]).sort());
  });

  it.each(inputs)('%s: detect says unknown', async (file) => {
    expect((await detect(join(DIR, file))).kind).toBeNull();
  });

  it.each(inputs)('%s: every forced kind fails as a mismatch or without records, and hints at no other input', async (file) => {
    for (const kind of KIND_NAMES) {
      const failure = await failureOf(file, kind);
      expect(failure, kind).toBeInstanceOf(PlanExtractError);
      const { code, message } = failure as PlanExtractError;
      expect(['KIND_MISMATCH', 'NO_RECORDS'], `${kind}: ${message}`).toContain(code);
      // a kind's words printed without its subject is a mismatch too, said in one line
      expect(message, kind).toMatch(new RegExp(`^no ${kind} (form found in this document|records found|found in this document: [^\n]+)$`));
    }
  });

  it.each(DOCUMENTS.map((d) => `${d}.pdf`))('%s fails on the command line with one line and a non-zero exit', async (file) => {
    for (const kind of KIND_NAMES) {
      const r = await runCli([join(DIR, file), '--kind', kind, '--no-metrics']);
      expect(r.code, `${file} ${kind}`).not.toBe(0);
      expect(r.stdout.length).toBe(0);
      expect(r.stderr.split('\n').filter(Boolean), `${file} ${kind}`).toHaveLength(1);
    }
  });
});
