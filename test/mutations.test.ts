/**
 * Fixtures broken the way real documents break (a figure changed, a total deleted, two
 * numbers swapped, a cell emptied): each break is named by a warning on its page, so
 * no broken document passes as clean.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';
import { parseSectionShape, parseSubsection } from '../src/kinds/plan-progress/lines.js';
import { warningsOf } from './support/compare.js';

const DECK = 'fixtures/consultation-report.kurume.txt';
const PLAN = 'fixtures/plan-progress.kitakyushu.txt';
const SHEET = 'fixtures/target-sheet.kitakyushu.txt';

/** The fixture's text with one edit, which must change it. */
function mutated(file: string, from: string, to: string): { text: string; name: string } {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  return { text: text.replace(from, to), name: 'mutated.txt' };
}

const ROW = 'H27.3.31 706 977 1683 41.9';

describe('mutations', () => {
  it.each([
    ['a slice share changed', DECK, '電話相談 71%', '電話相談 61%', { code: 'chart-shares-sum', page: 7 }],
    ['a plan table total changed', DECK, ROW, 'H27.3.31 706 977 1684 41.9', { code: 'plan-table-total', page: 13 }],
    ['two numbers of a row swapped', DECK, ROW, 'H27.3.31 977 706 1683 41.9', { code: 'plan-table-rate', page: 13 }],
    ['a total deleted', DECK, ROW, 'H27.3.31 706 977 41.9', [{ code: 'plan-table-cells-missing', page: 13 }, { code: 'plan-table-total', page: 13 }]],
    ['an item\'s 所管課 cell emptied', PLAN, '保健福祉局\n障害者支援\n課\n', '', { code: 'item-department-missing', page: 1 }],
    ['a sheet\'s 実績 row dropped', SHEET, '０箇所 ０箇所 １箇所 \n', '', { code: 'actuals-missing', page: 1 }],
  ])('%s is named', async (_name, file, from, to, warning) => {
    const clean = await extract(file);
    expect(clean.warnings).toEqual([]);
    const broken = await extract(mutated(file, from, to));
    expect(warningsOf(broken)).toEqual([warning].flat());
  });
});

/** The lines of a text's first column header block: from `first` to the line starting with `last`, headings left out. */
function headerBlock(lines: readonly string[], first: string, last: string): string[] {
  const from = lines.indexOf(first);
  const to = lines.findIndex((l, i) => i > from && l.startsWith(last));
  expect(from).toBeGreaterThanOrEqual(0);
  expect(to).toBeGreaterThan(from);
  return lines.slice(from, to + 1).filter((l) => l.trim() !== '' && !parseSubsection(l) && !parseSectionShape(l));
}

/** The text with `block` put before the line that starts with item number `no`. */
function insertedBefore(text: string, no: number, block: readonly string[]): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => new RegExp(`^${no}(\\s|$)`).test(l));
  expect(at).toBeGreaterThan(0);
  return [...lines.slice(0, at), ...block, ...lines.slice(at)].join('\n');
}

const headingsOf = (doc: Awaited<ReturnType<typeof extract>>) =>
  doc.kind === 'plan-progress' ? doc.items.map((i) => ({ no: i.no, section: i.section?.code ?? null, subsection: i.subsection?.code ?? null })) : [];

describe('a column header repeated between rows', () => {
  it('is structure: the rows keep their section, and nothing is warned', async () => {
    const text = readFileSync(PLAN, 'utf8');
    const block = headerBlock(text.split('\n'), '所管課', '事業名');
    const clean = await extract({ text, name: 'clean.txt' }, { metrics: false });
    const broken = await extract({ text: insertedBefore(text, 2, block), name: 'mutated.txt' }, { metrics: false });
    expect(headingsOf(broken)).toEqual(headingsOf(clean));
    expect(headingsOf(clean)[0]).toEqual({ no: 1, section: '1', subsection: 'a' });
    expect(broken.warnings).toEqual([]);
  });

  it('is named when the headings drawn above a page no longer tell which rows they govern', async () => {
    const file = 'fixtures/generated/plan-progress.reiwa.txt';
    const text = readFileSync(file, 'utf8');
    const block = headerBlock(text.split('\n'), '事業', '所管課');
    const clean = await extract(file, { metrics: false });
    expect(clean.warnings).toEqual([]);
    const broken = await extract({ text: insertedBefore(text, 5, block), name: 'mutated.txt' }, { metrics: false });
    expect(warningsOf(broken)).toEqual([{ code: 'headings-ambiguous', page: 1 }]);
  });
});

/** Every row of the deck's first plan table (`H27.3.31 706 977 1683 41.9` …) edited by `edit`. */
function tableRowsEdited(text: string, edit: (row: string) => string): string {
  const first = text.indexOf(ROW);
  const rows = /^H[0-9]{2}\.3\.31 .*$/gm;
  rows.lastIndex = first;
  let out = text.slice(0, first);
  let at = first;
  for (let m = rows.exec(text); m && m.index - at < 4; m = rows.exec(text)) {
    out += text.slice(at, m.index) + edit(m[0]);
    at = m.index + m[0].length;
  }
  return out + text.slice(at);
}

describe('a plan table broken across its columns and pages', () => {
  const codes = async (text: string) => new Set((await extract({ text, name: 'mutated.txt' }, { metrics: false })).warnings.map((w) => w.code));

  it('names a dropped column', async () => {
    const text = readFileSync(DECK, 'utf8');
    expect(await codes(tableRowsEdited(text, (r) => r.replace(/ [0-9.]+ ?$/, ' ')))).toContain('plan-table-cells-missing');
    const noProvider = await codes(tableRowsEdited(text, (r) => r.replace(/^(\S+ \S+) \S+/, '$1')));
    expect(noProvider).toContain('plan-table-total');
  });

  it('reads a row cut at a page break (a form feed inside the row) as one row of one table', async () => {
    const text = readFileSync(DECK, 'utf8').replace('H28.3.31 1062 1667 2729 38.9', 'H28.3.31 1062 1667\f2729 38.9');
    const doc = await extract({ text, name: 'mutated.txt' }, { metrics: false });
    const clean = await extract(DECK, { metrics: false });
    expect(doc.kind === 'consultation-report' && doc.tables.map((t) => [t.title, t.rows])).toEqual(clean.kind === 'consultation-report' && clean.tables.map((t) => [t.title, t.rows]));
    expect(doc.warnings.map((w) => w.code)).not.toContain('plan-table-cells-missing');
  });

  it('names the shifted figures when the header repeats inside the table', async () => {
    const text = readFileSync(DECK, 'utf8').replace('H29.3.31 876 2036 2912 30.1', '合計数 ｾﾙﾌ率 (%)\n\nH29.3.31 876 2036 2912 30.1');
    const got = await codes(text);
    expect(got.has('plan-table-total') || got.has('plan-table-rate')).toBe(true);
  });
});
