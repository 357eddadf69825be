/**
 * Era and date cases ported from the test suites of other libraries (as data,
 * with their source). Left out: Gregorian → era conversions and formatting,
 * eras before 明治 and other year counts (皇紀, 紀元前), lunisolar month names
 * (弥生), dates without a year (read in the current year), times of day,
 * intervals, constructors from numbers (Wareki::Date.new). A case whose peer
 * reads dates outside an era's span proleptically, or assumes 令和 for a date
 * without an era, is read with the option of ours that does the same
 * (`eraSpan: 'proleptic'`, `defaultEra: '令和'`); the default stays strict.
 * A `choice` marks a case answered differently on purpose; see README
 * "Normalizer as a library". A date that is refused (not ok) reads as null here.
 */
import { parseDate, parseFiscalYear, parseYear } from '../../../src/normalize/index.js';
import { type DateOptions } from '../../../src/normalize/dates.js';
import { type PeerCase, type PeerGroup, type PeerSuite } from '../peer-cases.js';

const NO_ERA = 'a year without an era (10年5月3日) is an era year whose era the text left out, not the year 10';
const WRAPPED = 'a line break inside a date is a wrapped table cell in PDFs: read as one date';

const isoWith = (options: DateOptions) => (input: string): string | null => {
  const r = parseDate(input, options);
  return r?.ok ? r.iso : null;
};
const iso = isoWith({});
const d = (input: string, peer: string | null): PeerCase<string | null> => ({ input, peer });
const dc = (input: string, peer: string | null, ours: string | null, why: string) => ({ input, peer, choice: { ours, why } });
/** A case whose peer reads every era date proleptically (kv5h/wareki-conv; sugi/wareki from 1873 on). */
const PROLEPTIC: DateOptions = { eraSpan: 'proleptic' };
/** kv5h/wareki-conv: proleptic, and a date without an era is 令和. */
const WAREKI_CONV: DateOptions = { eraSpan: 'proleptic', defaultEra: '令和' };
const dp = (input: string, peer: string | null, options: DateOptions = PROLEPTIC): PeerCase<string | null> => ({
  input,
  peer,
  via: { call: `parseDate ${JSON.stringify(options)}`, read: isoWith(options) },
});
const y = (input: string, peer: number | null): PeerCase<number | null> => ({ input, peer });

const DATE_SUITES: PeerSuite<string | null>[] = [
  {
    source: 'sugi/wareki spec/date_spec.rb',
    cases: [
      d('平成7年11月10日', '1995-11-10'), d('平成27年8月16日', '2015-08-16'),
      d('明治5年12月3日', null), d('明治5年12月31日', null),
      d('令和2年2月30日', null), d('令和2年13月1日', null), d('西暦2000年2月30日', null),
      dp('令和元年1月1日', '2019-01-01'),
      d('明治5年12月2日', '1872-12-31'), d('㍾5年12月3日', null),
      d('平成27年１２月八日', '2015-12-08'),
      dp('平成元年元日', '1989-01-01'),
      d('平成12年十二月晦日', '2000-12-31'),
      d('平成12年2月晦日', '2000-02-29'),
      d('平成13年2月晦日', '2001-02-28'),
      d('令和元年5月2日', '2019-05-02'),
      d('昭和2月3日', null), d('昭和0年2月3日', null), d('平成12年30月3日', null), d('平成12年0月3日', null), d('明治5年12月12日', null),
      d(' 1928-3-11  ', '1928-03-11'), d('　1928 年 3 月　１１ 日  ', '1928-03-11'),
      d('\t\n　1 9 2 8 年 3 月　１１ 日  ', '1928-03-11'),
      d('', null),
      d('昭和六十四年一月七日', '1989-01-07'), d('明治四十五年七月二十九日', '1912-07-29'), d('大正十五年十二月二十四日', '1926-12-24'),
      d('㍾十年３月9日', '1877-03-09'), d('㍽十年３月9日', '1921-03-09'), d('㍼十年３月9日', '1935-03-09'), d('㍻十年３月9日', '1998-03-09'),
      d('\uF9A8和3年5月4日', '2021-05-04'),
      d('西暦10年5月3日', '0010-05-03'), d('西暦2年12月31日', '0002-12-31'),
      dc('10年5月3日', '0010-05-03', null, NO_ERA), dc('2年12月31日', '0002-12-31', null, NO_ERA),
      d('明治5年10月晦日', '1872-11-30'), d('西暦2000年2月晦日', '2000-02-29'),
    ],
  },
  {
    source: 'sugi/wareki spec/std_ext_spec.rb',
    cases: [
      d('平成 二十七年 八月 朔日', '2015-08-01'),
      d('2015-08-01', '2015-08-01'), d('2020-01-01', '2020-01-01'), d('2018/1/2(火)', '2018-01-02'),
      d('令和三年一月一日', '2021-01-01'), d('２０１８年１月２日', '2018-01-02'), d('2018/1/2 (火曜日)', '2018-01-02'),
      d('明治5年12月3日', null), d('平成12年13月3日', null),
      d('平成元年5月4日', '1989-05-04'), d('平成元年5月4日12:34:56', '1989-05-04'),
      d('平成元年5月4日 十二時三十四分五十六秒', '1989-05-04'), d('平成元年五月四日十二時三十四分五十六秒', '1989-05-04'),
      d('平成元年5月4日 午後三時', '1989-05-04'), d('令和三年一月一日 零時五分', '2021-01-01'),
      d('㍻一〇年 肆月 晦日 正午', '1998-04-30'),
      d('平成三十一年四月三十日 午後十一時五十九分', '2019-04-30'),
    ],
  },
  {
    source: 'sugi/wareki spec/wareki_spec.rb',
    cases: [d('2018-01-02', '2018-01-02')],
  },
  {
    source: 'kv5h/wareki-conv src/lib.rs',
    cases: [
      dp('01.02.03', '2019-02-03', WAREKI_CONV), dp('1.2.3', '2019-02-03', WAREKI_CONV), dp('10.02.03', '2028-02-03', WAREKI_CONV),
      dp('06.2.3', '2024-02-03', WAREKI_CONV), dp('０６．０２．０３', '2024-02-03', WAREKI_CONV),
      dp('R01.02.03', '2019-02-03', WAREKI_CONV), dp('R10.2.3', '2028-02-03', WAREKI_CONV),
      dp('M01.02.03', '1868-02-03', WAREKI_CONV), dp('M45.2.3', '1912-02-03', WAREKI_CONV),
      dp('T01.02.03', '1912-02-03', WAREKI_CONV), dp('S01.2.3', '1926-02-03', WAREKI_CONV),
      dp('H01.02.03', '1989-02-03', WAREKI_CONV), dp('Ｈ０１．０２．０３', '1989-02-03', WAREKI_CONV),
      dp('令01.02.03', '2019-02-03', WAREKI_CONV), dp('令1.2.3', '2019-02-03', WAREKI_CONV),
      dp('明01.02.03', '1868-02-03', WAREKI_CONV), dp('大01.2.3', '1912-02-03', WAREKI_CONV),
      dp('昭01.02.03', '1926-02-03', WAREKI_CONV), dp('平01.2.3', '1989-02-03', WAREKI_CONV), dp('平０１．０２．０３', '1989-02-03', WAREKI_CONV),
      dp('令和1年2月3日', '2019-02-03', WAREKI_CONV), dp('明治1年2月3日', '1868-02-03', WAREKI_CONV),
      dp('大正1年2月3日', '1912-02-03', WAREKI_CONV), dp('昭和1年2月3日', '1926-02-03', WAREKI_CONV),
      dp('平成1年2月3日', '1989-02-03', WAREKI_CONV), dp('平成１年２月３日', '1989-02-03', WAREKI_CONV), dp('平成元年２月３日', '1989-02-03', WAREKI_CONV),
    ],
  },
  {
    source: 'kv5h/wareki-conv src/conv.rs (doc tests)',
    cases: [
      dp('明治1年2月3日', '1868-02-03', WAREKI_CONV), dp('明治元年2月3日', '1868-02-03', WAREKI_CONV),
      dp('令01.02.03', '2019-02-03', WAREKI_CONV),
    ],
  },
  {
    source: 'nagataaaas/Japanera tests/test.py',
    cases: [
      d('2020-01-01', '2020-01-01'),
      d('令和三年 4月1日', '2021-04-01'), d('令和元年 四月三十一日', null), d('令和三年 十二月二十四日', '2021-12-24'),
      d('西暦2023年 1月1日', '2023-01-01'),
    ],
  },
  {
    source: 'nagataaaas/Japanera tests/test_parser.py',
    cases: [d('平成31年4月30日', '2019-04-30'), d('平成31年5月1日', null)],
  },
  {
    source: 'slangsoft/jeraconv tests/test_jeraconv.py (W2J pairs, read back)',
    cases: [d('令和1年5月1日', '2019-05-01')],
  },
  {
    source: 'benkasminbullock/Lingua-JA-FindDates t/Lingua-JA-FindDates.t',
    cases: [
      d('平成２０年７月３日（木）', '2008-07-03'), d('H二十年七月三日(木曜日)', '2008-07-03'), d('二千八年7月三日(木曜)', '2008-07-03'),
      d('昭和 ４１年　３月１６日', '1966-03-16'), d('Ｓ４１年三月十六日', '1966-03-16'), d('千九百六十六年3月16日', '1966-03-16'),
      d('2008年07月03日', '2008-07-03'), d('平成20年7月2日', '2008-07-02'), d('平成２０年７月１日', '2008-07-01'),
      d('平成二十年七月四日', '2008-07-04'), d('2008年06月28日', '2008-06-28'), d('2008年06月29日', '2008-06-29'),
      d('平成二十年七月二十五日（金）', '2008-07-25'), d('平成二〇年一二月二六日', '2008-12-26'),
      dc('平成21年\n11月 4日', null, '2009-11-04', WRAPPED),
      d('赤い迷路\tTBS\t1974年10月4日 - 1975年3月27日\t赤いシリーズ第1作目', '1974-10-04'),
      d('昭和３４年１月１７日〜平成9年12月20日', '1959-01-17'),
    ],
  },
  {
    source: 'benkasminbullock/Lingua-JA-FindDates t/nengo-to-seireki.t',
    cases: [d('1989年1月1日', '1989-01-01'), d('1989年10月10日', '1989-10-10'), d('2021年5月1日', '2021-05-01'),
      d('昭和64年1月1日', '1989-01-01'), d('平成1年10月10日', '1989-10-10'), d('令和3年5月1日', '2021-05-01')],
  },
];

const YEAR_SUITES: PeerSuite<number | null>[] = [
  {
    source: 'slangsoft/jeraconv tests/test_jeraconv.py',
    cases: [
      y('令和元年', 2019), y('令和1年', 2019), y('令和01年', 2019), y('令和１年', 2019), y('令和０１年', 2019),
      y('令和99年', 2117), y('令和９９年', 2117), y('平成32年', 2020),
      y('牌孫元年', null), y('牌孫1年', null), y('牌孫01年', null), y('牌孫１年', null), y('牌孫０１年', null),
      { input: '平成32年', peer: null, via: { call: "parseYear { eraSpan: 'strict' } (limit_check)", read: (s) => parseYear(s, { eraSpan: 'strict' }) } },
    ],
  },
  {
    source: 'sugi/wareki spec/date_spec.rb',
    cases: [y('平成４年', 1992), y('明治8年2月1日', 1875)],
  },
  {
    source: 'sugi/wareki spec/utils_spec.rb',
    cases: [y('明治5年', 1872), y('㍾5年', 1872)],
  },
  {
    source: 'benkasminbullock/Lingua-JA-FindDates t/Lingua-JA-FindDates.t',
    cases: [
      y('昭和 ４１年', 1966), y('Ｓ４１年', 1966), y('千九百六十六年', 1966),
      y('平成二十年七月', 2008), y('H20年7月', 2008), y('明19', 1886), y('平成元年', 1989), y('明治36年', 1903),
      y('㍻1年', 1989), y('㍼1年', 1926), y('㍽1年', 1912), y('㍾1年', 1868),
    ],
  },
];

const FISCAL_SUITES: PeerSuite<number | null>[] = [
  {
    source: 'benkasminbullock/Lingua-JA-FindDates t/Lingua-JA-FindDates.t',
    cases: [y('昭和４９年度', 1974), y('1999年度', 1999)],
  },
];

export const ERA_GROUPS: PeerGroup<unknown>[] = [
  { name: 'parseDate (ISO when ok)', suites: DATE_SUITES, read: iso },
  { name: 'parseYear', suites: YEAR_SUITES, read: (s) => parseYear(s) },
  { name: 'parseFiscalYear', suites: FISCAL_SUITES, read: (s) => parseFiscalYear(s) },
];
