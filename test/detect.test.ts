/**
 * Detection from the kinds' vocabularies: real excerpts of other cities' reports
 * (fixtures/real-excerpts, kinds as sources.md judges them) are named right or
 * left unknown, never named wrong; near misses that share a few words stay unknown.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detect } from '../src/api.js';
import { detectKind, MIN_CONFIDENCE } from '../src/kinds/index.js';
import { KIND_NAMES, type KindName } from '../src/schema/common.js';

const DIR = 'fixtures/real-excerpts';

/** Rows of sources.md's table: file and the kinds acceptable for it. */
function judged(): Array<{ file: string; accept: Array<KindName | null> }> {
  const rows = readFileSync(`${DIR}/sources.md`, 'utf8').split('\n').filter((l) => /^\| [0-9]{2}_/.test(l));
  return rows.map((row) => {
    const cells = row.split('|').map((c) => c.trim());
    const file = cells[1]!;
    const kindCell = cells[4]!;
    const kind = KIND_NAMES.find((k) => kindCell.startsWith(k))!;
    // a national chart slide or a "-like" document may also be left unknown
    const loose = kindCell.includes('-like') || kindCell.includes('national');
    return { file, accept: loose ? [kind, null] : [kind] };
  });
}

const lines = (text: string) => text.split('\n');

describe('detect on real excerpts of other cities', () => {
  const rows = judged();
  it('covers every excerpt in sources.md', () => {
    expect(rows).toHaveLength(10);
  });
  for (const { file, accept } of rows) {
    it(`${file}: ${accept.map(String).join(' or ')}`, async () => {
      const found = await detect(`${DIR}/${file}`);
      expect(accept).toContain(found.kind);
    });
  }
  it('names the strict ones right, not just "unknown"', async () => {
    for (const { file, accept } of rows.filter((r) => r.accept.length === 1)) {
      expect((await detect(`${DIR}/${file}`)).kind, file).toBe(accept[0]);
    }
  });
});

describe('detect on near misses', () => {
  it('leaves meeting minutes that mention 実績 and 評価 unknown', () => {
    const minutes = [
      '令和５年度 第２回 障害者施策推進協議会 会議録',
      '日時 令和５年１１月２０日 午後２時から',
      '委員：昨年度の実績について、もう少し詳しく説明してください。',
      '事務局：評価の方法は次回の会議で報告します。相談支援の取組状況も併せてお示しします。',
    ];
    expect(detectKind(minutes).kind).toBeNull();
  });
  it('leaves a staff appraisal form with 達成度 and 評価 unknown', () => {
    expect(detectKind(['人事評価シート', '目標', '達成度', '評価', '所属名 福祉課']).kind).toBeNull();
  });
  it('leaves a newsletter naming the 基幹相談支援センター unknown', () => {
    expect(detectKind(['基幹相談支援センターだより 第12号', '相談件数が増えています。お気軽にご相談ください。']).kind).toBeNull();
  });
  it('is unknown when two kinds score alike (a plan table and a target sheet pasted together)', () => {
    const d = detectKind(['進捗状況管理表', '事業番号', '目標等の管理シート', '評価（Ｃ）']);
    expect(d.scores['plan-progress']).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
    expect(d.scores['target-sheet']).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
    expect(d.kind).toBeNull();
  });
});

describe('detect on the seeds', () => {
  it('names every seed with confidence over the cut-off', () => {
    const seeds: Array<[string, KindName]> = [
      ['plan-progress.kitakyushu.txt', 'plan-progress'],
      ['target-sheet.kitakyushu.txt', 'target-sheet'],
      ['consultation-report.kurume.txt', 'consultation-report'],
    ];
    for (const [file, kind] of seeds) {
      const d = detectKind(lines(readFileSync(`fixtures/${file}`, 'utf8')));
      expect(d.kind, file).toBe(kind);
      expect(d.confidence).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
    }
  });
});
