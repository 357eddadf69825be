import { describe, expect, it } from 'vitest';
import { ERAS, findEraIn, parseFiscalYear } from '../src/normalize/index.js';

/** The era-year form ICU writes for a day (令和元年, 平成28年): an independent oracle for era arithmetic. */
const japaneseYear = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', timeZone: 'UTC' });

describe('parseFiscalYear', () => {
  it.each<[string, number]>([
    ['平成28年度', 2016],
    ['平成２８年度の実施状況', 2016],
    ['平成二十八年度', 2016],
    ['平成三十一年度', 2019],
    ['平成31年度', 2019],
    ['平成32年度', 2020],
    ['令和元年度', 2019],
    ['令和元年', 2019],
    ['令和２年度末', 2020],
    ['令和 2 年度', 2020],
    ['Ｈ３０', 2018],
    ['H30', 2018],
    ['h30', 2018],
    ['Ｈ３０年度', 2018],
    ['R元', 2019],
    ['R1', 2019],
    ['Ｒ\n１\n年\n度', 2019],
    ['R2', 2020],
    ['R5年度', 2023],
    ['S63年度', 1988],
    ['昭和64年', 1989],
    ['昭和六十年度', 1985],
    ['T15', 1926],
    ['大正元年', 1912],
    ['M45', 1912],
    ['明治元年', 1868],
    ['㍻30年度', 2018],
    ['㋿元年度', 2019],
    ['2019年度', 2019],
    ['２０１９年度', 2019],
    ['FY2019', 2019],
    ['2019（令和元）年度', 2019],
    ['令和元（2019）年度', 2019],
    ['平成30年度～令和2年度', 2018],
    ['PH30 平成28年度', 2016],
    ['基幹開設 H28.7', 2016],
    ['H30.3.31', 2017],
    ['令和3年3月', 2020],
    ['令和2年4月から', 2020],
  ])('%j → %d', (input, expected) => {
    expect(parseFiscalYear(input)).toBe(expected);
  });

  it.each<[string, string, number]>([
    ['～２８年度', '平成', 2016],
    ['～２８\n年度', '平成', 2016],
    ['２９年\n度', '平成', 2017],
    ['29年度', 'H', 2017],
    ['元年度', '令和', 2019],
    ['3年度', 'R', 2021],
    ['二十九年度', '平成', 2017],
    ['令和2年度', '平成', 2020],
    ['2019年度', '平成', 2019],
  ])('%j with default era %s → %d', (input, defaultEra, expected) => {
    expect(parseFiscalYear(input, { defaultEra })).toBe(expected);
  });

  it.each([
    ['～２８年度'],
    ['年度'],
    ['令和'],
    ['第5期'],
    ['A4'],
    ['ISO9001'],
    ['PH30'],
    ['H300'],
    ['R0年度'],
    ['2019'],
    [''],
  ])('%j names no fiscal year', (input) => {
    expect(parseFiscalYear(input)).toBeNull();
  });

  it('agrees with ICU on every era year 1927…2040 (name, letter and kanji forms)', () => {
    const kanjiDigits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    const toKanji = (n: number) => (n >= 20 ? kanjiDigits[Math.floor(n / 10)] : '') + (n >= 10 ? '十' : '') + kanjiDigits[n % 10];
    for (let year = 1927; year <= 2040; year++) {
      // June: after Reiwa's start in 2019, before any year-end era change
      const written = japaneseYear.format(new Date(Date.UTC(year, 5, 1)));
      expect(parseFiscalYear(`${written}度`)).toBe(year);
      const m = /^(\D+?)(元|\d+)年$/.exec(written)!;
      const era = ERAS.find((e) => e.name === m[1])!;
      const n = m[2] === '元' ? 1 : Number(m[2]);
      expect(parseFiscalYear(`${era.letter}${n}`)).toBe(year);
      expect(parseFiscalYear(`${era.name}${toKanji(n)}年度`)).toBe(year);
    }
  });
});

describe('findEraIn', () => {
  it.each<[string, string | undefined]>([
    ['平成２８年度の実施状況', '平成'],
    ['H27.3.31', '平成'],
    ['Ｒ５．３．３１', '令和'],
    ['㍻', undefined],
    ['㍻30年', '平成'],
    ['PH30 令和2年', '令和'],
    ['昭和 60 年', '昭和'],
    ['2019年度', undefined],
  ])('%j → %s', (input, expected) => {
    expect(findEraIn(input)?.name).toBe(expected);
  });
});
