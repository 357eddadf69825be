import { describe, expect, it } from 'vitest';
import { ERAS, parseDate } from '../src/normalize/index.js';

/** ICU's Japanese-calendar date (令和5年3月31日): an independent oracle for era boundaries. */
const japaneseDate = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  era: 'long', year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC',
});

describe('parseDate', () => {
  it.each<[string, string]>([
    ['R5.3.31', '2023-03-31'],
    ['H27.3.31', '2015-03-31'],
    ['H27.3.31 706 977 1683 41.9', '2015-03-31'],
    ['R2.3.31', '2020-03-31'],
    ['Ｒ５．３．３１', '2023-03-31'],
    ['R5/3/31', '2023-03-31'],
    ['R5・3・31', '2023-03-31'],
    ['R 5 . 3 . 31', '2023-03-31'],
    ['r5.3.31', '2023-03-31'],
    ['令和5年8月1日(火)', '2023-08-01'],
    ['令和５年８月１日（火）', '2023-08-01'],
    ['令和 5 年 8 月 1 日', '2023-08-01'],
    ['平成31年4月30日', '2019-04-30'],
    ['令和元年5月1日', '2019-05-01'],
    ['R元.5.1', '2019-05-01'],
    ['平成二十八年十一月六日', '2016-11-06'],
    ['(平成28年11月6日 参加者：318名)', '2016-11-06'],
    ['昭和64年1月7日', '1989-01-07'],
    ['平成元年1月8日', '1989-01-08'],
    ['㍻元年1月8日', '1989-01-08'],
    ['2023年8月1日', '2023-08-01'],
    ['２０２３年８月１日', '2023-08-01'],
    ['2023/8/1', '2023-08-01'],
    ['2024.2.29', '2024-02-29'],
    ['2015-03-31', '2015-03-31'],
    ['開催日：R5.8.1、締切：令和5年7月1日', '2023-08-01'],
    ['締切：令和5年7月1日、開催日：R5.8.1', '2023-07-01'],
  ])('%j → %s', (input, iso) => {
    expect(parseDate(input)).toMatchObject({ ok: true, iso });
  });

  it.each<[string, RegExp]>([
    ['R1.3.31', /outside the 令和 era/],
    ['H31.5.1', /outside the 平成 era/],
    ['H32.1.1', /outside the 平成 era/],
    ['令和元年4月30日', /outside the 令和 era/],
    ['平成元年1月7日', /outside the 平成 era/],
    ['R5.2.30', /not a calendar date/],
    ['R5.13.1', /not a calendar date/],
    ['2023年2月29日', /not a calendar date/],
    ['2023/4/31', /not a calendar date/],
    ['R0.5.1', /no era year/],
  ])('%j is kept as not ok (%s), never shifted', (input, reason) => {
    const result = parseDate(input);
    expect(result).toMatchObject({ ok: false });
    expect(result?.ok === false && result.reason).toMatch(reason);
    expect(result).not.toHaveProperty('iso');
  });

  it('keeps the date as written in raw', () => {
    expect(parseDate('作成日 R1.3.31 時点')).toEqual({ ok: false, raw: 'R1.3.31', reason: expect.any(String) });
    expect(parseDate('令和5年8月1日(火)')).toEqual({ ok: true, iso: '2023-08-01', raw: '令和5年8月1日' });
  });

  it.each([
    ['H28.7'],
    ['令和5年度'],
    ['５月に開催'],
    ['PH27.3.31'],
    ['R5.3.311'],
    ['12023/8/1'],
    [''],
    ['各年度3月末現在'],
  ])('%j names no date', (input) => {
    expect(parseDate(input)).toBeNull();
  });

  it('agrees with ICU across era boundaries and a spread of days', () => {
    const days = [
      Date.UTC(1926, 11, 24), Date.UTC(1926, 11, 25), Date.UTC(1989, 0, 7), Date.UTC(1989, 0, 8),
      Date.UTC(2019, 3, 30), Date.UTC(2019, 4, 1), Date.UTC(2020, 1, 29),
    ];
    for (let t = Date.UTC(1930, 0, 1); t < Date.UTC(2040, 0, 1); t += 37 * 86_400_000) days.push(t);
    for (const t of days) {
      const iso = new Date(t).toISOString().slice(0, 10);
      expect(parseDate(japaneseDate.format(new Date(t)))).toMatchObject({ ok: true, iso });
      const parts = Object.fromEntries(japaneseDate.formatToParts(new Date(t)).map((p) => [p.type, p.value]));
      const letter = ERAS.find((e) => e.name === parts.era)!.letter;
      const year = parts.year === '元' ? '1' : parts.year;
      expect(parseDate(`${letter}${year}.${parts.month}.${parts.day}`)).toMatchObject({ ok: true, iso });
    }
  });
});
