/**
 * Kanji numeral cases ported from the test suites of other libraries (as data,
 * with their source). Left out: number → kanji conversions, numbers past 2^53
 * (京, 恒河沙 …), and finding numerals in running text, a different API from
 * reading one: geolonia's findKanjiNumbers and ya_kansuji's to_i on mixed text
 * (何か千〇十とか1, 1"000, 一"二, マイナス思考で3日, 五マイナス三, 2019-04);
 * Japanera's strptime directives' own range and script checks (四万 and 4000
 * refused as a %-N year, 五百二十一 as a %-n era year), which are not about
 * reading the numeral.
 * A `choice` marks a case answered differently on purpose; see README
 * "Normalizer as a library".
 */
import { parseNumber } from '../../../src/normalize/index.js';
import { type PeerGroup, type PeerSuite } from '../peer-cases.js';

const NONE = 'no number is null, not 0 (0 is a value a report can print)';
const TOUTEN = '、 separates list items (100、200); it is never a thousands separator';
const MINUS = '- and − before a number are minus signs in these reports (as ▲ and △ are)';
const GANNEN = '元 is 1: it only ever stands for the first year of an era (元年)';

const n = (input: string, peer: number | null) => ({ input, peer });
const KANJI_DIGITS = [...'〇一二三四五六七八九'];
/** 1…99 as kanjize.number2kanji writes them (十, 十二, 二十一). */
const smallKanji = (v: number) => (v >= 20 ? KANJI_DIGITS[Math.floor(v / 10)] : '') + (v >= 10 ? '十' : '') + (v % 10 ? KANJI_DIGITS[v % 10] : '');
const choice = (input: string, peer: number | null, ours: number | null, why: string) => ({ input, peer, choice: { ours, why } });

const SUITES: PeerSuite<number | null>[] = [
  {
    source: 'geolonia/japanese-numeral test/test.ts',
    cases: [
      n('〇', 0), n('零', 0),
      n('一千百十一兆一千百十一億一千百十一万一千百十一', 1111111111111111),
      n('一千百十一兆一千百十一億一千百十一万', 1111111111110000),
      n('一千百十一兆一千百十一億一千百十一', 1111111100001111),
      n('百十一', 111), n('三億八', 300000008), n('三百八', 308), n('三五〇', 350), n('三〇八', 308),
      n('二〇二〇', 2020), n('十', 10), n('二千', 2000), n('壱万', 10000), n('弍万', 20000), n('一二三四', 1234),
      n('千二三四', 1234), n('千二百三四', 1234), n('千二百三十四', 1234),
      n('壱阡陌拾壱兆壱阡陌拾壱億壱阡陌拾壱萬壱阡陌拾壱', 1111111111111111),
      n('壱仟佰拾壱兆壱仟佰拾壱億壱仟佰拾壱萬壱仟佰拾壱', 1111111111111111),
      n('三あ八', null), n('あ', null), n('三五十', null),
      n('100万', 1000000), n('5百', 500), n('7十', 70), n('4千８百', 4800), n('4千８百万', 48000000),
      n('3億4千８百万', 348000000), n('3億4千８百万6', 348000006), n('2百億', 20000000000),
      n('4千8百21', 4821), n('1千2百35億8百21', 123500000821), n('2億3千430万', 234300000),
      n('２億３千４５６万７８９０', 234567890), n('１２３', 123),
    ],
  },
  {
    source: 'geolonia/japanese-numeral test/utils.ts',
    cases: [n('三千', 3000), n('22', 22), n('１２３', 123)],
  },
  {
    source: 'twada/japanese-numerals-to-number test/test.js',
    cases: [
      n('〇', 0), n('三〇', 30), n('六八', 68), n('一六〇〇', 1600), n('二〇一七', 2017),
      n('二十', 20), n('五十九', 59), n('三百二', 302), n('四千五百', 4500),
      n('十', 10), n('十五', 15), n('百', 100), n('百十', 110), n('百八', 108), n('千六', 1006), n('千十', 1010), n('千百十', 1110),
      n('百万', 1000000), n('一万五千八百', 15800), n('二億五千万', 250000000), n('十兆百億七百万', 10010007000000),
      n('百兆三', 100000000000003), n('二千万', 20000000), n('一千万', 10000000),
      n('千五百', 1500), n('一千五百', 1500), n('千五百万', 15000000), n('一千五百万', 15000000),
      n('参弐壱', 321), n('弐拾参', 23), n('拾弐万参千弐百拾壱', 123211),
      n('九千七兆千九百九十二億五千四百七十四万九百九十一', Number.MAX_SAFE_INTEGER),
      n('九〇〇七兆一九九二億五四七四万九九一', Number.MAX_SAFE_INTEGER),
      n('第百十六回', null), n('', null),
      n('一二三四五六七八九〇一二三四五六七八九〇一二三四五六七八九〇一二三', null),
      n('十百千', null), n('三十七百九千', null), n('四万三億二兆', null),
      n('十十', null), n('二十五十', null), n('三十二十', null), n('八百五百', null),
      n('一十', null), n('一百', null), n('一百一十', null), n('四百一十五', null),
      n('壱百壱拾', 110),
      n('万', null), n('億', null), n('兆', null), n('兆億万', null),
      n('六七百', null), n('二〇〇十七', null), n('三四千五六七百', null),
      n('〇十', null), n('〇千〇百〇十', null),
      n('〇〇', null), n('〇十〇', null), n('〇一二三', null), n('十〇', null), n('千〇', null), n('千〇〇', null), n('〇万', null),
      n('千万', null), n('一億千万', null), n('億千万', null),
    ],
  },
  {
    source: 'nagataaaas/Kanjize tests/test_kanjize.py',
    cases: [
      n('一', 1), n('十', 10), n('十一', 11), n('百十一', 111), n('二百十一', 211), n('百二十一', 121),
      n('千', 1000), n('千一', 1001), n('二千二十五', 2025), n('五千八百七万六千九十九', 58076099),
      n('1', 1), n('10', 10), n('11', 11), n('121', 121), n('1千', 1000), n('1001', 1001), n('2025', 2025),
      n('5807万6099', 58076099), n('223兆4235億4256万6千', 223423542566000), n('223兆4千億4256万6千', 223400042566000),
      n('千1', 1001), n('2千2十5', 2025), n('4百万', 4000000), n('58百7万6千99', 58076099),
      n('2百23兆4千2百3十5億4256万6千', 223423542566000), n('2234千億4256万6千', 223400042566000),
      n('1.5億', 150000000), n('250.32千', 250320), n('1.5億250.32千', 150250320),
      n('-1.5億', -150000000), n('-250.32千', -250320), n('-1.5億250.32千', -150250320),
      n('一千二百三十四', 1234), n('千二百三十四', 1234), n('零', 0), n('12千345', 12345),
      n('1千1000', null), n('1万10千', null), n('万1千234', null), n('1万0万', null), n('1万.00009億', null),
      n('1億-2万', null), n('1万+2', null), n('千2e1', null), n('inf', null),
      n('〇', 0), n('四〇四', 404), n('阡二百三拾四', 1234), n('六〇一', 601), n('六零一', 601),
    ],
  },
  {
    source: 'sugi/ya_kansuji spec/ya_kansuji_spec.rb',
    cases: [
      n('千二百三十四', 1234), n('百卄', 120), n('一二三四', 1234), n('千皕卅肆', 1234), n('一〇〇〇五', 10005),
      n('〇', 0), n('零', 0), choice('元', 0, 1, GANNEN), n('五万廿', 50020), n('百七十八万二', 1780002),
      n('九億６千万卌一', 960000041), n('肆陸', 46), n('弐仟柒佰玖什', 2790), n('捌萬貳拾', 80020), n('伍〇', 50),
      n('000023', 23), n('一千〇二十四', 1024), n('二百二十二万零三百零二', 2220302), n('六百〇八', 608), n('六百十', 610),
      n('千〇〇三億', 100300000000), n('千〇十', 1010),
      n('1,000億 5,432万', 100054320000), n('12,345', 12345), choice('二万、五十', 20050, null, TOUTEN),
      n('丗', 30),
      n('マイナス千二百三十四', -1234), n('マイナス12,345', -12345), n('マイナス 五十', -50), n('マイナス〇', 0),
      choice('マイナス', 0, null, NONE), choice('-123', 123, -123, MINUS), choice('−123', 123, -123, MINUS),
    ],
  },
  {
    source: 'sugi/ya_kansuji spec/ya_kansuji/core_ext_spec.rb',
    cases: [n('二万', 20000)],
  },
  {
    source: 'sugi/wareki spec/kansuji_spec.rb',
    cases: [
      n('千二百三十四', 1234), n('百卄', 120), n('一二三四', 1234), n('千皕卅肆', 1234), n('一〇〇〇五', 10005),
      n('〇', 0), n('零', 0), n('元', 1), n('五万廿', 50020), n('百七十八万二', 1780002), n('九億６千万卌一', 960000041),
      n('肆陸', 46), n('弐仟柒佰玖什', 2790), n('捌萬貳拾', 80020), n('伍〇', 50), n('000023', 23), n('一千〇二十四', 1024),
      n('二百二十二万零三百零二', 2220302), n('六百〇八', 608), n('六百十', 610), n('千〇〇三', 1003), n('千〇十', 1010),
    ],
  },
  {
    source: 'benkasminbullock/Lingua-JA-FindDates t/kanji2number.t',
    cases: [
      choice('3百三十五', 0, 335, 'a mixed Arabic/kanji numeral (3百 like 5百) is read, as geolonia and Kanjize do'),
      choice('袖', 0, null, NONE),
      n('二百三十五', 235), n('二三五', 235), n('二三五五', 2355), n('千百十一', 1111), n('一二三四', 1234),
      choice('', 0, null, NONE),
    ],
  },
  {
    source: 'nagataaaas/Japanera tests/test_parser.py (kanji numbers)',
    cases: [
      n('二千', 2000), n('二千百四十六', 2146), n('千十', 1010), n('四百九十八', 498), n('元', 1), n('三十八', 38), n('十一', 11), n('十', 10),
      // every month and day, written by kanjize.number2kanji and as digits
      ...Array.from({ length: 31 }, (_, i) => i + 1).flatMap((v) => [n(smallKanji(v), v), n(String(v), v)]),
    ],
  },
];

export const NUMERAL_GROUPS: PeerGroup<number | null>[] = [{ name: 'parseNumber', suites: SUITES, read: parseNumber }];
