/**
 * `plan-extract/normalize` as a user's project sees it: resolved by name through
 * package.json `exports` from a project whose node_modules/plan-extract links
 * here. Its types are compiled in the consumer of test/cli-package.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './cli-helpers.js';

const SCRIPT = `
import * as n from 'plan-extract/normalize';
console.log(JSON.stringify({
  number: [n.parseNumber('２２，１０３'), n.parseNumber('▲5'), n.parseNumber('千〇十'), n.parseNumber('100、200')],
  kanji: n.parseKanjiNumber('九九九万九九九九'),
  quantity: n.parseQuantity('１４３名'),
  fiscal: [n.parseFiscalYear('平成二○年度'), n.parseFiscalYear('H2O'), n.parseYear('昭45')],
  date: [n.parseDate('令和5年8月1日(火)'), n.parseDate('R1.3.31')?.ok, n.parseDate('R1.3.31', { eraSpan: 'proleptic' })?.ok],
  kana: [n.toHalfWidth('Ｒ０１．０２．０３', { kana: false, ascii: true, digit: true }), n.hiraganaToKatakana('ともえまみ')],
  neologd: n.normalizeNeologd('検索 エンジン 自作 入門 を 買い ました!!!'),
  width: n.normalizeWidth('Ｈ３０ ｾﾙﾌﾌﾟﾗﾝ'),
  eras: n.ERAS.map((e) => e.letter).join(''),
  exports: Object.keys(n).sort(),
}));
`;

const EXPECTED = {
  number: [22103, -5, 1010, null],
  kanji: 9999999,
  quantity: { value: 143, unit: '名' },
  fiscal: [2008, null, 1970],
  date: [{ ok: true, iso: '2023-08-01', raw: '令和5年8月1日' }, false, true],
  kana: ['R01.02.03', 'トモエマミ'],
  neologd: '検索エンジン自作入門を買いました!!!',
  width: 'H30 セルフプラン',
  eras: 'MTSHR',
  exports: [
    'COUNTERS', 'ERAS', 'asciiNumerals', 'cleanLabel', 'enlargeSmallKana', 'findEra', 'findEraIn', 'findQuantities',
    'hiraganaToHalfWidthKatakana', 'hiraganaToKatakana', 'joinLines', 'katakanaToHiragana', 'normalizeNeologd', 'normalizeUnicode',
    'normalizeWidth', 'parseDate', 'parseFiscalYear', 'parseKanjiNumber', 'parseNumber', 'parseQuantity', 'parseYear', 'shortenRepeat',
    'squash', 'toFullWidth', 'toGregorianYear', 'toHalfWidth',
  ],
};

function project(t: Parameters<typeof tempDir>[0]): string {
  const dir = tempDir(t);
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(ROOT, join(dir, 'node_modules', 'plan-extract'), 'dir');
  writeFileSync(join(dir, 'package.json'), '{"type":"module","private":true}');
  return dir;
}

describe('plan-extract/normalize by name', () => {
  it('is importable from another project through node_modules', (t) => {
    const dir = project(t);
    writeFileSync(join(dir, 'use.mjs'), SCRIPT);
    const r = spawnSync(process.execPath, ['use.mjs'], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(EXPECTED);
  });
});
