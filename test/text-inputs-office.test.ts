/**
 * Text inputs of the office-suite and browser forms (issue 15 "every pdftotext mode",
 * issue 11 "from PDF and from text"): each either reads to its expected JSON as its PDF
 * does (95% of the fields or more), fails with one line naming what to give instead, or
 * warns where it is unsure. None may exit 0 with wrong figures and no warning.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';
import { compareToExpected } from './support/compare.js';

const expected = (path: string): unknown => JSON.parse(readFileSync(`fixtures/${path}.expected.json`, 'utf8'));
const share = (file: string, want: string, options: { ignorePage?: boolean } = {}) =>
  extract(`fixtures/${file}`).then((doc) => ({ doc, result: compareToExpected(expected(want), doc, options) }));

describe('text inputs read as their PDF', () => {
  it('a Calc table row whose label Calc printed at the page end gets it back (the total confirms it)', async () => {
    const { doc, result } = await share('cr-office/consultation-report.calc-yamabe.raw.txt', 'cr-office/consultation-report.calc-yamabe');
    expect(result.misses).toEqual([]);
    expect(result.spurious).toEqual([]);
    expect(doc.warnings).toEqual([]);
  });

  it('a one-line テキスト版 of a Writer table reads 95% or more; the 担当課 it prints once warns on the rows under it', async () => {
    const { doc, result } = await share('office-pp/plan-progress.writer-table.oneline.txt', 'office-pp/plan-progress.writer-table');
    expect(result.matched / result.total).toBeGreaterThanOrEqual(0.95);
    expect(doc.warnings.map((w) => w.code)).toEqual(Array(4).fill('item-department-missing'));
  });

  it("Writer's -raw text of a table reads 95% or more: cells told apart by the mark column and the 担当課 at the row's end", async () => {
    const { doc, result } = await share('office-pp/plan-progress.writer-table.raw.txt', 'office-pp/plan-progress.writer-table');
    expect(result.matched / result.total).toBeGreaterThanOrEqual(0.95);
    expect(result.spurious).toEqual([]);
    // the line row 9 continues with after the page break has no column of its own; the merged 担当課 prints once
    expect(doc.warnings.map((w) => w.code)).toEqual(['row-cut-column-guessed', ...Array(4).fill('item-department-missing')]);
    expect(doc.warnings[0]!.message).toMatch(/^item 9: 1 line\(s\) after the page break/);
  });

  // a text without form feeds cannot say which page a record stood on: its pages are null (docs/output.md)
  it.each([
    ['forms/consultation-report.prose.txt', 'forms/consultation-report.prose'],
    ['heldout-ts-cr/consultation-report.jigyou-prose.txt', 'heldout-ts-cr/consultation-report.jigyou-prose'],
  ])('%s reads every field but the page, silently', async (file, want) => {
    const { doc, result } = await share(file, want, { ignorePage: true });
    expect(result.misses).toEqual([]);
    expect(doc.source.pages).toBeNull();
    expect(doc.warnings).toEqual([]);
  });

  it.each(['target-sheet.variant.pdf', 'text-modes/target-sheet.variant.raw.txt'])('%s is read silently, its second sheet on the page it prints on', async (file) => {
    const { doc, result } = await share(file, 'target-sheet.variant');
    // the expected JSON counts the form-feed-less copy's pages per sheet; the PDF puts sheet 2 on page 3
    expect(result.misses).toEqual(['$.sheets[4].page: expected 2 got 3']);
    expect(doc.warnings).toEqual([]);
  });
});

describe('text inputs that cannot be read as their PDF fail in one line, naming what to give', () => {
  it.each(['office-pp/plan-progress.tasseido-a3.raw.txt', 'office-pp/plan-progress.hyoka-a4.raw.txt'])(
    "%s: Calc's order (wrapped cells after a page's rows) is refused",
    async (file) => {
      await expect(extract(`fixtures/${file}`)).rejects.toMatchObject({
        code: 'TEXT_MODE_UNSUPPORTED',
        message: expect.stringMatching(/^text in a spreadsheet export's order .*; give the PDF or the city's one-line テキスト版$/),
      });
    },
  );

  // their テキスト版 is read (test/golden-indicator-text.test.ts)
  it.each(['tassei-ichiran.raw.txt', 'nendo-kanri.raw.txt'])(
    '%s: an indicator table over years asks for the PDF',
    async (file) => {
      await expect(extract(`fixtures/browser-pp/${file}`)).rejects.toMatchObject({
        code: 'NO_RECORDS',
        message: expect.stringMatching(/^no plan-progress records found; a table of indicators over years .*give the PDF$/),
      });
    },
  );

  it("a Calc table's default-mode text, two columns' wrapped lines side by side, asks for the PDF or -raw text", async () => {
    await expect(extract('fixtures/text-modes-forms/plan-progress.calc.default.txt')).rejects.toMatchObject({
      code: 'TEXT_MODE_UNSUPPORTED',
      message: expect.stringMatching(/side by side on shared lines\); give the PDF or pdftotext -raw text$/),
    });
  });

  it('a wrapped 調査表 in content order asks for the PDF or the テキスト版', async () => {
    await expect(extract('fixtures/heldout-pp/plan-progress.chousa-table.txt')).rejects.toMatchObject({
      code: 'NO_RECORDS',
      message: expect.stringMatching(/cells wrap over lines.*give the PDF or the city's one-line テキスト版$/),
    });
  });
});

describe('text inputs read in part warn where they are unsure', () => {
  it.each(['office/plan-progress.calc.txt', 'heldout-pp/plan-progress.calc-hyoka.txt'])(
    "%s: Calc's order with marks on the rows reads the rows' own lines and says so per page",
    async (file) => {
      const doc = await extract(`fixtures/${file}`);
      expect(doc.warnings.filter((w) => w.code === 'cells-out-of-order').map((w) => w.page)).toEqual([1, 2]);
    },
  );
});

describe('the same readings on text they were not made from', () => {
  const writerRaw = [
    'みどり町障害者計画 令和６年度 進捗報告',
    '１ 暮らしの支援',
    '（１）相談',
    'No 事業名 令和６年度の実績 評価 今後の方向性 所管課',
    '1',
    '日中一時支援 放課後や休日に預かりの場を設け、家族',
    'の負担を軽くした。',
    '利用者数：57 人',
    'A',
    '受入れ先を増やし、待機をなくす。 福祉課',
    '2 移動支援 外出の付添いを行った。',
    '利用時間：1,204 時間',
    'B 事業所と協議し、夜間の利用に応じる。',
  ].join('\n');

  it('a Writer-order table with other words, numbers and grades', async () => {
    const doc = await extract({ text: writerRaw, name: 'writer.txt' }, { kind: 'plan-progress' });
    expect(doc.kind).toBe('plan-progress');
    if (doc.kind !== 'plan-progress') return;
    expect(doc.items.map((i) => [i.no, i.name, i.results?.text, i.achievement, i.plans?.text, i.department])).toEqual([
      [1, '日中一時支援', '放課後や休日に預かりの場を設け、家族の負担を軽くした。 利用者数：57人', 'A', '受入れ先を増やし、待機をなくす。', '福祉課'],
      [2, '移動支援', '外出の付添いを行った。 利用時間：1,204時間', 'B', '事業所と協議し、夜間の利用に応じる。', ''],
    ]);
  });

  it("a Calc-order table whose rows the skeleton reader does not know is refused", async () => {
    const rows = [1, 2, 3].flatMap((n) => [String(n), `事業${'一二三'[n - 1]} 福祉課`, '達成']);
    const tail = [1, 2, 3].flatMap((n) => [`事業${n}の内容を行う`, 'ものとする。', `事業${n}を実施した。`, `課題${n}がある。`]);
    const text = ['まつり市障害者計画 取組状況一覧表', '番号 取組名 取組内容 所管課', ...rows, ...tail].join('\n');
    await expect(extract({ text, name: 'calc.txt' }, { kind: 'plan-progress' })).rejects.toMatchObject({
      code: 'TEXT_MODE_UNSUPPORTED',
      message: expect.stringMatching(/^text in a spreadsheet export's order/),
    });
  });

  it("a year table's bare row takes the lone label at the page's end only when the total then agrees", async () => {
    const deck = (total: string) =>
      ['はまなす町基幹相談支援センター 相談実績', '相談の件数（単位：件）', '区分 令和４年度 令和５年度', '電話 40 52', '17 21', `合計 ${total}`, 'ピア・カウンセリング'].join('\n');
    const read = await extract({ text: deck('57 73'), name: 'deck.txt' }, { kind: 'consultation-report', metrics: false });
    if (read.kind !== 'consultation-report') throw new Error(read.kind);
    expect(read.counts.filter((c) => c.label === 'ピア・カウンセリング').map((c) => [c.value, c.fiscalYear])).toEqual([[17, 2022], [21, 2023]]);
    expect(read.warnings).toEqual([]);
    const unsure = await extract({ text: deck('57 74'), name: 'deck.txt' }, { kind: 'consultation-report', metrics: false });
    expect(unsure.warnings.map((w) => w.code)).toEqual(['table-row-unlabelled', 'table-total-mismatch']);
  });
});
