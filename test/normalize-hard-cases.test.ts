/**
 * Inputs that used to come out as wrong numbers, and forms that were not read:
 * each must give the right value, or null / not ok with a reason, never a wrong number.
 */
import { describe, expect, it } from 'vitest';
import { normalizeWidth, parseDate, parseFiscalYear, parseKanjiNumber, parseNumber, parseQuantity, parseYear, type DateOptions } from '../src/normalize/index.js';

describe('numbers that must not come out wrong', () => {
  it.each<[string, number | null]>([
    ['千〇十', 1010],
    ['100、200', null],
    ['5、100', null],
    ['万', null],
    ['萬', null],
    ['兆億万', null],
    ['1千1000', null],
    ['万1千234', null],
    ['123456789012345678901234567890123', null],
    ['12345678901234567', null],
    ['9007199254740991', 9007199254740991],
    ['9007199254740992', null],
    ['○', null],
    ['○○', null],
    ['〇〇', null],
    ['千二三', null],
    // a space between the sections of one figure joins them; any other space splits two figures
    ['1,000億 5,432万', 100054320000],
    ['3億 5000万 20', null],
    ['5万 3', null],
    ['1億 2億', null],
    ['706 977', null],
  ])('%j → %s', (input, expected) => {
    expect(parseNumber(input)).toBe(expected);
  });

  it('keeps 、 out of quantities too', () => {
    expect(parseQuantity('100、200件')).toBeNull();
  });
});

describe('numerals read now', () => {
  it.each<[string, number]>([
    ['一萬', 10000], ['壱萬', 10000], ['弐阡', 2000], ['参仟', 3000], ['陌', 100], ['四佰', 400], ['肆', 4], ['伍', 5], ['陸', 6], ['柒', 7],
    ['捌', 8], ['玖', 9], ['貳', 2], ['弍', 2], ['什', 10], ['壱', 1], ['弐', 2], ['参', 3], ['拾', 10],
    ['廿', 20], ['卄', 20], ['卅', 30], ['丗', 30], ['卌', 40], ['廿一', 21], ['百廿', 120],
    ['九九九万九九九九', 9999999], ['一万〇〇〇三', 10003], ['二〇二三', 2023], ['二○二三', 2023], ['千〇十', 1010],
    ['三・五', 3.5], ['一・〇五', 1.05], ['二千八', 2008], ['千九百六十六', 1966],
  ])('%s → %d', (input, expected) => {
    expect(parseKanjiNumber(input)).toBe(expected);
    expect(parseNumber(input)).toBe(expected);
  });
});

describe('years that must not come out wrong', () => {
  it.each<[string, number | null]>([
    ['平成二○年度', 2008],
    ['平成２○年度', 2008],
    ['平成二〇年度', 2008],
    ['H2O', null],
    ['平成二十十年度', null],
    ['最大3人', null],
    ['大3人', null],
    ['公平1年', null],
    ['H五六四七億', null],
    ['平成九九九年度', null],
    ['R5万人', null],
  ])('%j → %s', (input, expected) => {
    expect(parseFiscalYear(input)).toBe(expected);
  });
});

describe('years read now', () => {
  it.each<[string, number]>([
    ['昭45', 1970],
    ['明19', 1886],
    ['平30年度', 2018],
    ['令2年度', 2020],
    ['２０１８年', 2018],
    ['2018年', 2018],
    ['2018年度', 2018],
    ['二千八年', 2008],
    ['千九百六十六年', 1966],
    ['二〇二三年度', 2023],
    ['2024年3月', 2023],
    ['2024年4月', 2024],
  ])('%j → fiscal year %d', (input, expected) => {
    expect(parseFiscalYear(input)).toBe(expected);
  });

  it('reads calendar years without the fiscal shift', () => {
    expect(parseYear('2024年3月')).toBe(2024);
    expect(parseYear('H30.3.31')).toBe(2018);
  });
});

describe('dates read now', () => {
  it.each<[string, string]>([
    ['二〇二三年八月一日', '2023-08-01'],
    ['令和二年一〇月三〇日', '2020-10-30'],
    ['平01.2.3', '1989-02-03'],
    ['平０１．０２．０３', '1989-02-03'],
    ['令1.5.3', '2019-05-03'],
    ['二千八年7月三日', '2008-07-03'],
    ['千九百六十六年3月16日', '1966-03-16'],
    ['平成二○年一二月二六日', '2008-12-26'],
    ['明治5年12月2日', '1872-12-31'],
    ['M01.02.03', '1868-02-25'],
    ['明治元年1月1日', '1868-01-25'],
    ['明治5年10月晦日', '1872-11-30'],
    ['西暦10年5月3日', '0010-05-03'],
    ['1 9 2 8 年 3 月 11 日', '1928-03-11'],
  ])('%j → %s', (input, iso) => {
    expect(parseDate(input)).toMatchObject({ ok: true, iso });
  });

  it.each<[string, RegExp]>([
    ['令1.2.3', /outside the 令和 era/],
    ['平成元年元日', /outside the 平成 era/],
    ['明治5年12月3日', /lunisolar/],
    ['明治元年1月30日', /lunisolar/],
  ])('%j is not ok (%s)', (input, reason) => {
    const result = parseDate(input);
    expect(result).toMatchObject({ ok: false });
    expect(result?.ok === false && result.reason).toMatch(reason);
  });

  it.each<[string, DateOptions, string]>([
    ['令和元年1月1日', { eraSpan: 'proleptic' }, '2019-01-01'],
    ['平成31年5月1日', { eraSpan: 'proleptic' }, '2019-05-01'],
    ['M01.02.03', { eraSpan: 'proleptic' }, '1868-02-03'],
    ['06.2.3', { defaultEra: '令和' }, '2024-02-03'],
    ['01.02.03', { defaultEra: '令和', eraSpan: 'proleptic' }, '2019-02-03'],
    ['０６．０２．０３', { defaultEra: 'R' }, '2024-02-03'],
  ])('%j with %j → %s', (input, options, iso) => {
    expect(parseDate(input, options)).toMatchObject({ ok: true, iso });
  });

  it('keeps the calendar when proleptic: a day no month has is still refused', () => {
    expect(parseDate('令和2年2月30日', { eraSpan: 'proleptic' })).toMatchObject({ ok: false });
    expect(parseDate('01.02.03')).toBeNull();
    expect(parseDate('2015-08-01', { defaultEra: '令和' })).toMatchObject({ ok: true, iso: '2015-08-01' });
  });

  it('does not join digits that are not a spread year', () => {
    expect(parseDate('3 1 2 8 年 3 月 11 日')).toBeNull();
    expect(parseDate('12 1 9 2 8 年 3 月 11 日')).toBeNull();
  });

  it('finds no one-kanji era inside a word', () => {
    expect(parseDate('最大1.2.3')).toBeNull();
  });
});

describe('width read now', () => {
  it.each<[string, string]>([
    ['R5\u02d73', 'R5-3'],
    ['R5\u058a3', 'R5-3'],
    ['R5\u20433', 'R5-3'],
    ['R5\u207b3', 'R5-3'],
    ['R5\u208b3', 'R5-3'],
    ['か\u3099', 'が'],
    ['ハ\u309aソコン', 'パソコン'],
    ['う゛', 'ゔ'],
    ['ほﾟ', 'ぽ'],
  ])('%j → %s', (input, expected) => {
    expect(normalizeWidth(input)).toBe(expected);
  });

  it('reads a date with a decomposed kana around it', () => {
    expect(parseDate('令和5年8月1日(か\u3099)')).toMatchObject({ ok: true, iso: '2023-08-01' });
  });
});

describe('era years the era never reached', () => {
  it('are kept as written by default and refused when eraSpan is strict', () => {
    expect(parseFiscalYear('平成32年度')).toBe(2020);
    expect(parseFiscalYear('平成32年度', { eraSpan: 'strict' })).toBeNull();
    expect(parseYear('平成31年', { eraSpan: 'strict' })).toBe(2019);
    expect(parseYear('令和99年', { eraSpan: 'strict' })).toBe(2117);
  });
});
