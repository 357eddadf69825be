/**
 * Texts of every fixture PDF in pdftotext's three modes (fixtures/text-modes, made by
 * scripts/fixtures/text-modes.mjs): the default and -layout modes either read as well
 * as -raw or fail with TEXT_MODE_UNSUPPORTED — never a quiet success with worse records.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';
import { hasWrappedLayoutRow, looksIndented, looksLikeLayoutText } from '../src/input/text-mode.js';
import { looksLikeColumnDeck } from '../src/kinds/consultation-report/text-mode.js';
import { looksLikeStoodTally, planTextProblem } from '../src/kinds/plan-progress/text-mode.js';
import { compareToExpected } from './support/compare.js';

const DIR = 'fixtures/text-modes';
const names = [...new Set(readdirSync(DIR).map((f) => f.replace(/\.(raw|default|layout)\.txt$/, '')))];
const expectedOf = (name: string) => {
  const inRoot = `fixtures/${name}.expected.json`;
  return JSON.parse(readFileSync(readdirSync('fixtures').includes(`${name}.expected.json`) ? inRoot : `fixtures/generated/${name}.expected.json`, 'utf8'));
};

/** Share of expected fields found (pages aside: a text without form feeds may count them otherwise). */
async function score(name: string, mode: string): Promise<number | 'refused'> {
  try {
    const out = await extract(`${DIR}/${name}.${mode}.txt`, { metrics: false });
    const c = compareToExpected(expectedOf(name), out, { ignorePage: true });
    return c.matched / c.total;
  } catch (e) {
    expect((e as { code?: string }).code).toBe('TEXT_MODE_UNSUPPORTED');
    return 'refused';
  }
}

describe('pdftotext modes', () => {
  it('has the three modes of every fixture PDF', () => {
    expect(names.length).toBeGreaterThanOrEqual(16);
    for (const name of names) for (const mode of ['raw', 'default', 'layout']) expect(readdirSync(DIR)).toContain(`${name}.${mode}.txt`);
  });

  for (const name of names) {
    const modes = ['default', 'layout'];
    it(`${name}: ${modes.join(' and ')} read as well as -raw, or fail clearly`, async () => {
      const raw = await score(name, 'raw');
      expect(raw).not.toBe('refused');
      for (const mode of modes) {
        const got = await score(name, mode);
        if (got !== 'refused') expect(got, mode).toBeGreaterThanOrEqual(raw as number);
      }
    });
  }
});

describe('default-mode deck text', () => {
  it('is told by side-by-side charts read together or a table row cut at a wrapped column', () => {
    expect(looksLikeColumnDeck(['164人', '', '57人'])).toBe(true);
    expect(looksLikeColumnDeck(['(前年比＋12名)', '(前年比－4名)'])).toBe(true);
    expect(looksLikeColumnDeck(['R2.3.31 412 1,588 2,000', '20.6'])).toBe(true);
    expect(looksLikeColumnDeck(['身体 14.6%', '164人', '(前年比＋12名)', '※重複あり', '身体 7.0%', '57人', '(前年比－4名)'])).toBe(false);
    expect(looksLikeColumnDeck(['R2.3.31 412 1,588 2,000 20.6', 'R3.3.31 398 1,676 2,074 19.2'])).toBe(false);
  });
  it('is told by a total printed amid its own slices, not by the next chart\'s whole ring after a total', () => {
    expect(looksLikeColumnDeck(['【実利用者数】', '月平均', '発達', '46.2%', '知的 34.0%', '48人', '(前年比＋8名)', '精 神 19.8%'])).toBe(true);
    expect(looksLikeColumnDeck(['【連絡調整】', '行政機関 1520', '連携・調整', '教育機関 98', '7,100件', '相談支援事業所', '1876'])).toBe(true);
    expect(looksLikeColumnDeck(['【相談方法】', '相談方法', '8,409件', '(前年比＋1,992件)', '福祉サービスの利用等', '41.3%', '健康・医療 58.7%', '【相談内容】'])).toBe(false);
    expect(looksLikeColumnDeck(['身体 14.6%', '知的 85.4%', '164人', '(前年比＋12名)', '※重複あり'])).toBe(false);
  });
});

describe('-layout output', () => {
  it('of a table whose first cell wraps is told by the row\'s next line continuing its cells at their columns', () => {
    const row = '平成28年度末時点の施設入所者のうち地域    235人 H28年度末入所者の       98人 H28年度末入所者の         41.7%';
    const wrapped = '生活に移行した人数               10%                   4.2%';
    expect(hasWrappedLayoutRow([row, wrapped])).toBe(true);
    // the next row, not a continuation: it starts under another column
    expect(hasWrappedLayoutRow(['  1.施設入所支援 見込量 636人     630人   624人', '            実績値 633人    628人   621人'])).toBe(false);
    expect(hasWrappedLayoutRow([row.replace(/ +/g, ' '), wrapped.replace(/ +/g, ' ')])).toBe(false);
  });
  it('of a page of chart labels is told by lines set far from the margin', () => {
    const ring = ['相談者の障害種別', ...Array.from({ length: 10 }, (_, i) => `${' '.repeat(4 + (i % 3) * 8)}身体${i}`), '  12.5%'];
    expect(looksIndented(ring)).toBe(true);
    expect(looksIndented(ring.map((l) => l.trimStart()))).toBe(false);
    expect(looksIndented(['参考資料2   ひかり府広域支援相談員   相談の対応状況について'])).toBe(false);
  });
  it('is told by column gaps that line up, unlike a one-line テキスト版 or prose', () => {
    const rows = Array.from({ length: 10 }, (_, i) => `${i + 1}     相談支援事業${i}     障害福祉課     継続`);
    expect(looksLikeLayoutText(rows)).toBe(true);
    expect(looksLikeLayoutText(['事業番号  001 新規 事業名  基幹相談支援センターの設置 所属名 障害施策推進課   事業内容 …'])).toBe(false);
    const ragged = Array.from({ length: 10 }, (_, i) => `${'あ'.repeat(i)}   ${'い'.repeat(10 - i)}`);
    expect(looksLikeLayoutText(ragged.map((l, i) => l.padStart(l.length + i * 3)))).toBe(false);
  });
  it('of a plan tally is told by its labels and counts stood one per line', () => {
    expect(looksLikeStoodTally(['施策数', '', '18', '', 'a', '', '8', '', 'b', '', '8', '', 'c', '', '2'])).toBe(true);
    expect(looksLikeStoodTally(['1 目標を大きく上回って達成', '0', '0', '2 目標を上回って達成', '1', '0', '3 目標をほぼ達成', '1', '1'])).toBe(true);
    expect(looksLikeStoodTally(['施策数 18', 'a 8', 'b 8', 'c 2'])).toBe(false);
    expect(looksLikeStoodTally(['目標値', '900', '950', '-', '1,000', '1,050', '実績値', '870'])).toBe(false);
  });
  it('is refused for a plan table only when its header row is there; other plan forms go to their readers', () => {
    const rows = Array.from({ length: 10 }, (_, i) => `事業番号   00${i}     事業名     相談支援${i}     所属名     障害福祉課`);
    expect(planTextProblem([rows])).toBeNull();
    expect(planTextProblem([['事業名     事業概要     令和５年度の実施状況', ...rows]])).toMatch(/-layout/);
  });
});
