/**
 * Invented openings of other cities' reports (fixtures/excerpts2, README there): one-line
 * テキスト版 and HTML page text of 施策評価シート, 事務事業評価, 実施計画の進捗, 成果目標の
 * 達成状況, 中間評価シート, 相談支援事業実績, センター運営状況, and near misses that share
 * their words (介護保険事業計画の進捗, 予算, 議事概要, 見込量, 統計書, しおり, the plan's own
 * text). Detection names each right or leaves it unknown, never wrong, and leaves every near
 * miss unknown. A forced parse gives no record the excerpt does not print, and its last
 * record, cut by the excerpt's end, either holds only figures printed whole for it or is
 * named by a record-cut-at-end warning.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect, extract, type ExtractedDocument } from '../src/api.js';
import { detectKind } from '../src/kinds/index.js';
import type { KindName } from '../src/schema/common.js';
import { compareToExpected } from './support/compare.js';

type Rec = Record<string, unknown>;

interface Expected {
  /** The kind the whole document is, or null for a near miss. */
  kind: KindName | null;
  about: string;
  /** What the whole records read as (fields of the contract), null for a near miss. */
  output: Rec | null;
  /** The records the excerpt's end cuts: their number or code and the fields printed whole. */
  cut: { records: Rec[] } | null;
}

const DIR = 'fixtures/excerpts2';
const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .sort()
  .map((f) => {
    const name = f.slice(0, -'.expected.json'.length);
    return { name, input: join(DIR, `${name}.txt`), want: JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Expected };
  });
const reports = cases.filter((c) => c.want.kind !== null);
const nearMisses = cases.filter((c) => c.want.kind === null);

const RECORDS = { 'plan-progress': 'items', 'target-sheet': 'sheets', 'consultation-report': 'counts' } as const;
type ListName = (typeof RECORDS)[KindName];

/** How records pair up, as the expected JSON and test/support/compare.ts pair them. */
function keyOf(list: ListName, record: Rec): string {
  if (list === 'items') return String(record.no);
  if (list === 'sheets') return String((record.target as Rec | undefined)?.code);
  return `${String(record.value)}${String(record.unit)}`;
}

/** The figures a record states: every number but where it stands (page, item number, years). */
function figures(value: unknown, key = ''): number[] {
  if (typeof value === 'number') return ['page', 'no', 'fiscalYear'].includes(key) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((v) => figures(v));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => figures(v, k));
  return [];
}

async function forced(input: string, kind: KindName): Promise<ExtractedDocument | null> {
  return extract(input, { kind }).catch((e: { code?: string }) => {
    // a form no reader takes yet gives no output: never a wrong one
    expect(e.code).toBe('NO_RECORDS');
    return null;
  });
}

describe('excerpts2: the set', () => {
  it('holds at least 14 excerpts of the three kinds and near misses', () => {
    expect(cases.length).toBeGreaterThanOrEqual(14);
    for (const kind of Object.keys(RECORDS)) expect(reports.some((c) => c.want.kind === kind), kind).toBe(true);
    expect(nearMisses.length).toBeGreaterThanOrEqual(5);
  });
});

describe('excerpts2: detection', () => {
  it.each(reports)('$name: its kind or unknown', async ({ input, want }) => {
    expect([want.kind, null]).toContain((await detect(input)).kind);
  });

  it.each(nearMisses)('$name: unknown', async ({ input }) => {
    expect((await detect(input)).kind).toBeNull();
  });

  it('names every report of a kind right, not just "unknown"', async () => {
    for (const { name, input, want } of reports) expect((await detect(input)).kind, name).toBe(want.kind);
  });
});

describe('excerpts2: detection rules', () => {
  const body = ['施策番号 1 施策名 相談支援の充実 担当課 障害福祉課 実施状況 相談に応じた。 評価 A', '施策番号 2 施策名 移動支援 担当課 障害福祉課 実施状況 派遣した。 評価 B'];

  it('leaves a report whose opening names another field\'s plan unknown, unless it names disability too', () => {
    expect(detectKind(['第4期地域福祉計画 進捗状況管理表', ...body]).kind).toBeNull();
    expect(detectKind(['第4期地域福祉計画・第6次障害者計画 進捗状況管理表', ...body]).kind).toBe('plan-progress');
  });

  it('leaves a budget, a yearbook and a guide unknown by their opening, whatever words follow', () => {
    for (const opening of ['令和6年度 当初予算 主要事業の概要', '令和5年版 統計書 第11章', '障害福祉のしおり 令和6年度版']) {
      expect(detectKind([opening, '進捗状況管理表', ...body]).kind, opening).toBeNull();
    }
  });

  it('weighs a target sheet\'s words at half where nothing is reported on the targets', () => {
    const plan = ['(1)福祉施設の入所者の地域生活への移行', '【目標値】 9人', '【目標値設定の考え方】 国の基本指針に沿って設定', '成果目標 数値目標 見込量'];
    const report = [...plan, '【実績】 令和6年度 4人'];
    expect(detectKind(plan).scores['target-sheet']).toBeCloseTo(detectKind(report).scores['target-sheet'] / 2, 2);
  });
});

describe('excerpts2: forced parse', () => {
  it.each(reports)('$name: no record the excerpt does not print; a cut one warned unless its figures are whole', async ({ input, want }) => {
    const out = await forced(input, want.kind!);
    if (out === null) return;
    const list = RECORDS[want.kind!];
    const whole = new Set((want.output![list] as Rec[]).map((r) => keyOf(list, r)));
    const cut = new Map(want.cut!.records.map((r) => [keyOf(list, r), r]));
    const codes = out.warnings.map((w) => w.code);
    for (const record of (out as unknown as Record<string, Rec[]>)[list]!) {
      const key = keyOf(list, record);
      if (whole.has(key)) continue;
      expect(cut.has(key), `${list} ${key} is not in the excerpt`).toBe(true);
      const printed = figures(cut.get(key));
      const unprinted = figures(record).filter((n) => !printed.includes(n));
      if (unprinted.length > 0) expect(codes, `${list} ${key} holds ${unprinted.join(', ')}`).toContain('record-cut-at-end');
    }
  });

  it('reads the whole records of the record-block forms field for field', async () => {
    for (const name of ['pp-aobadai-shisaku-hyoka', 'pp-higashiyama-jimujigyo', 'pp-aoi-torikumi-hyouka']) {
      const { input, want } = cases.find((c) => c.name === name)!;
      const { misses } = compareToExpected(want.output, await forced(input, want.kind!));
      expect(misses.filter((m) => !/\.section/.test(m)), name).toEqual([]);
    }
  });
});

describe('record-cut-at-end', () => {
  it('names the record the text stops in, with the fields it lacks', async () => {
    const out = await extract(`${DIR}/pp-aobadai-shisaku-hyoka.txt`);
    const cut = out.warnings.filter((w) => w.code === 'record-cut-at-end');
    expect(cut).toHaveLength(1);
    expect(cut[0]!.message).toMatch(/item 9 \(成年後見制度の利用促進\).*achievement, direction/);
  });

  it('names the real excerpts cut inside a record (目黒区 002, 川崎市 事業 2), not those that end on a whole one', async () => {
    const named = async (file: string) =>
      (await extract(`fixtures/real-excerpts/${file}`)).warnings.filter((w) => w.code === 'record-cut-at-end').map((w) => w.message);
    expect(await named('03_meguro_r3_jisseki_2.txt')).toEqual([expect.stringContaining('item 2 (包括的相談支援体制の充実)')]);
    expect(await named('05_kawasaki_22304000-1_hyoukahyou2_2007.txt')).toEqual([expect.stringContaining('item 2 (障害児(者)相談指導事業)')]);
    expect(await named('01_kawagoe_H29_tasseido_ichiran.txt')).toEqual([]);
  });

  it('is silent on a whole text: the same records with the cut one removed', async () => {
    const text = readFileSync(`${DIR}/pp-aobadai-shisaku-hyoka.txt`, 'utf8');
    const whole = text.slice(0, text.indexOf('施策番号  9')).trimEnd();
    const out = await extract({ text: whole, name: 'whole.txt' });
    expect(out.warnings.map((w) => w.code)).not.toContain('record-cut-at-end');
  });
});
