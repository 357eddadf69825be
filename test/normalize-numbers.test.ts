import { describe, expect, it } from 'vitest';
import { NUMBER_PATTERN, parseKanjiNumber, parseNumber } from '../src/normalize/index.js';

describe('parseNumber', () => {
  it.each<[string, number]>([
    ['22,103', 22103],
    ['2，941', 2941],
    ['１４３', 143],
    ['▲5', -5],
    ['△5', -5],
    ['▲ 1,200', -1200],
    ['＋２９', 29],
    ['+2,423', 2423],
    ['-5', -5],
    ['−5', -5],
    ['－３', -3],
    ['12.1%', 12.1],
    ['12.1％', 12.1],
    ['１２．１％', 12.1],
    ['0.0%', 0],
    ['▲0', 0],
    ['約1,200', 1200],
    ['約 ３０', 30],
    ['1,234,567', 1234567],
    ['1,234.5', 1234.5],
    ['.5', 0.5],
    ['  706  ', 706],
    ['0', 0],
    ['二十八', 28],
    ['千二百三十四', 1234],
    ['〇', 0],
    ['元', 1],
    ['二〇二三', 2023],
    ['三万五千', 35000],
    ['十', 10],
    ['百', 100],
    ['一億二千万', 120000000],
    ['3万5千', 35000],
    ['1億2,000万', 120000000],
    ['3.5万', 35000],
    ['マイナス三', -3],
    ['プラス5', 5],
  ])('%s → %d', (input, expected) => {
    expect(parseNumber(input)).toBe(expected);
  });

  it.each([
    ['1,22'],
    ['12,34,567'],
    ['abc'],
    [''],
    ['   '],
    ['－'],
    ['▲'],
    ['%'],
    ['706 977'],
    ['1.2.3'],
    ['12件'],
    ['十十'],
    ['万億'],
    ['三三十'],
    ['1.'],
    ['約'],
  ])('%j is not a number', (input) => {
    expect(parseNumber(input)).toBeNull();
  });
});

describe('parseKanjiNumber', () => {
  it.each<[string, number | null]>([
    ['一', 1],
    ['九十九', 99],
    ['百一', 101],
    ['三百', 300],
    ['千', 1000],
    ['二千二十三', 2023],
    ['一九八九', 1989],
    ['壱万', 10000],
    ['三十一', 31],
    ['十二万三千四百五十六', 123456],
    ['元', 1],
    ['百千', null],
    ['12', null],
    ['', null],
    ['二〇二三年', null],
  ])('%s → %s', (input, expected) => {
    expect(parseKanjiNumber(input)).toBe(expected);
  });

  it('agrees with Arabic numerals for 1…2100 written in units', () => {
    const digits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    const unit = (d: number, mark: string) => (d === 0 ? '' : (d === 1 ? '' : digits[d]) + mark);
    for (let n = 1; n <= 2100; n++) {
      const th = Math.floor(n / 1000);
      const h = Math.floor(n / 100) % 10;
      const t = Math.floor(n / 10) % 10;
      const kanji = unit(th, '千') + unit(h, '百') + unit(t, '十') + digits[n % 10];
      expect(parseKanjiNumber(kanji)).toBe(n);
    }
  });
});

describe('NUMBER_PATTERN', () => {
  const whole = new RegExp(`^${NUMBER_PATTERN}$`);
  it.each([
    ['22,103', true],
    ['２，９４１', true],
    ['▲5', true],
    ['12.1', true],
    ['1,22', false],
    ['abc', false],
  ])('%s whole match: %s', (input, expected) => {
    expect(whole.test(input)).toBe(expected);
  });
});
