/**
 * Every warning code has a test that makes a document give it (the codes no other
 * test triggers are triggered here, each by one edit of a clean seed that is silent
 * before the edit); test/clean-fixtures.test.ts shows every code silent on the clean
 * fixtures, PDF and text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';
import { WARNING_CODES } from '../src/validate/codes.js';
import { warningsOf } from './support/compare.js';

const PLAN = 'fixtures/plan-progress.kitakyushu.txt';
const SHEET = 'fixtures/target-sheet.kitakyushu.txt';

const CASES: Array<[string, string, string, string, Array<{ code: string; page: number }>]> = [
  ['an item printed without its grade and direction marks', PLAN, '継続して実施します。 b ○ 継続実施', '継続して実施します。 継続実施', [{ code: 'item-marker-missing', page: 1 }]],
  ["a sheet's 成果目標 line dropped", SHEET, '成果目標 （３）地域生活支援拠点等の整備 \n', '', [{ code: 'target-missing', page: 1 }]],
  ["a figure dropped from a sheet's actuals row", SHEET, '０箇所 ０箇所 １箇所 ', '０箇所 ０箇所 ', [{ code: 'actuals-columns', page: 1 }]],
  [
    "a sheet's year header dropped above its actuals",
    SHEET,
    ' Ｈ３０ Ｒ１ Ｒ２ \n',
    '',
    [
      { code: 'actuals-unparsed', page: 1 },
      { code: 'actuals-missing', page: 1 },
    ],
  ],
];

describe('warning codes triggered', () => {
  it.each(CASES)('%s is named', async (_name, file, from, to, warnings) => {
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(from);
    expect((await extract(file, { metrics: false })).warnings).toEqual([]);
    const broken = await extract({ text: text.replace(from, to), name: 'mutated.txt' }, { metrics: false });
    expect(warningsOf(broken)).toEqual(warnings);
  });

  it('has a test that gives each code', () => {
    const tests = readdirSync('test')
      .filter((f) => f.endsWith('.test.ts') && f !== 'warning-codes.test.ts')
      .map((f) => readFileSync(`test/${f}`, 'utf8'))
      .join('\n');
    const untested = Object.keys(WARNING_CODES).filter((code) => !new RegExp(`(?<![a-z-])${code}(?![a-z-])`).test(tests));
    expect(untested).toEqual([]);
  });
});
