/**
 * Width and kana cases ported from the test suites of other libraries (as data,
 * with their source), each read through the function of ours with the peer's
 * semantics: jaconv's h2z / z2h / hira2kata / hira2hkata / kata2hira /
 * enlarge_smallkana / normalize are toFullWidth / toHalfWidth /
 * hiraganaToKatakana / hiraganaToHalfWidthKatakana / katakanaToHiragana /
 * enlargeSmallKana / normalizeUnicode, neologdn's normalize and shorten_repeat
 * are normalizeNeologd and shortenRepeat, wareki-conv's to_half_width is
 * toHalfWidth with ASCII and digits. Left out: kana ⇄ romaji
 * (kana2alphabet, alphabet2kana, hiragana2julius). The product's own
 * normalizeWidth is tested in normalize-width.test.ts.
 */
import {
  enlargeSmallKana,
  hiraganaToHalfWidthKatakana,
  hiraganaToKatakana,
  katakanaToHiragana,
  normalizeNeologd,
  normalizeUnicode,
  normalizeWidth,
  shortenRepeat,
  toFullWidth,
  toHalfWidth,
  type NeologdOptions,
  type WidthConversionOptions,
} from '../../../src/normalize/index.js';
import { type PeerCase, type PeerGroup, type PeerSuite } from '../peer-cases.js';

/** A case read through `read`, named `call` in the test's title. */
const via = (call: string, read: (input: string) => string) => (input: string, peer: string): PeerCase<string> => ({ input, peer, via: { call, read } });

const HIRAGANA = [
  'ぁあぃいぅうぇえぉおかがきぎくぐけげこごさざしじすずせぜそぞた',
  'だちぢっつづてでとどなにぬねのはばぱひびぴふぶぷへべぺほぼぽま',
  'みむめもゃやゅゆょよらりるれろわをんーゎゐゑゕゖゔゝゞ・「」。、',
];
const FULL_KANA = [
  'ァアィイゥウェエォオカガキギクグケゲコゴサザシジスズセゼソゾタ',
  'ダチヂッツヅテデトドナニヌネノハバパヒビピフブプヘベペホボポマ',
  'ミムメモャヤュユョヨラリルレロワヲンーヮヰヱヵヶヴヽヾ・「」。、',
];
const HALF_KANA = [
  'ｧｱｨｲｩｳｪｴｫｵｶｶﾞｷｷﾞｸｸﾞｹｹﾞｺｺﾞｻｻﾞｼｼﾞｽｽﾞｾｾﾞｿｿﾞﾀ',
  'ﾀﾞﾁﾁﾞｯﾂﾂﾞﾃﾃﾞﾄﾄﾞﾅﾆﾇﾈﾉﾊﾊﾞﾊﾟﾋﾋﾞﾋﾟﾌﾌﾞﾌﾟﾍﾍﾞﾍﾟﾎﾎﾞﾎﾟﾏ',
  'ﾐﾑﾒﾓｬﾔｭﾕｮﾖﾗﾘﾙﾚﾛﾜｦﾝｰヮヰヱヵヶｳﾞヽヾ･｢｣｡､',
];
const HALF_ASCII = ['!"#$%&\'()*+,-./:;<=>?@[\\]^_`~', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz{|} '];
const HALF_DIGIT = '0123456789';
const FULL_ASCII = [
  '！＂＃＄％＆＇（）＊＋，－．／：；＜＝＞？＠［＼］＾＿｀～',
  'ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ',
  'ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝　',
];
const FULL_DIGIT = '０１２３４５６７８９';

const pairsOf = (from: readonly string[] | string, to: readonly string[] | string) => [...from].map((f, i) => [f, [...to][i]!] as const);
const cat = (...parts: Array<readonly string[] | string>) => parts.map((p) => (typeof p === 'string' ? p : p.join(''))).join('');

/** test_h2z and test_z2h run every combination of kana, ascii and digit over all six tables. */
const COMBINATIONS = [true, false].flatMap((ascii) => [true, false].flatMap((digit) => [true, false].map((kana) => ({ ascii, digit, kana }))));
const ALL_TABLES = cat(FULL_KANA, HALF_KANA, FULL_ASCII, HALF_ASCII, FULL_DIGIT, HALF_DIGIT);
const optionsName = (o: WidthConversionOptions) => JSON.stringify(o);

const toFull = (o: WidthConversionOptions) => via(`toFullWidth ${optionsName(o)}`, (s) => toFullWidth(s, o));
const toHalf = (o: WidthConversionOptions) => via(`toHalfWidth ${optionsName(o)}`, (s) => toHalfWidth(s, o));
const neologd = (o: NeologdOptions = {}) => via(`normalizeNeologd ${JSON.stringify(o)}`, (s) => normalizeNeologd(s, o));
const shorten = (threshold: number, max: number) => via(`shortenRepeat(${threshold}, ${max})`, (s) => shortenRepeat(s, threshold, max));

const SUITES: PeerSuite<string>[] = [
  {
    source: 'ikegami-yukino/jaconv test_jaconv.py (test_hira2kata, test_hira2hkata, test_kata2hira)',
    cases: [
      via('hiraganaToKatakana', (s) => hiraganaToKatakana(s))('ともえまみ', 'トモエマミ'),
      via("hiraganaToKatakana ignore 'ど'", (s) => hiraganaToKatakana(s, 'ど'))('まどまぎ', 'マどマギ'),
      ...HIRAGANA.map((h, i) => via('hiraganaToKatakana', (s) => hiraganaToKatakana(s))(h, FULL_KANA[i]!)),
      via('hiraganaToHalfWidthKatakana', (s) => hiraganaToHalfWidthKatakana(s))('ともえまみ', 'ﾄﾓｴﾏﾐ'),
      via("hiraganaToHalfWidthKatakana ignore 'み'", (s) => hiraganaToHalfWidthKatakana(s, 'み'))('ともえまみ', 'ﾄﾓｴﾏみ'),
      ...HIRAGANA.map((h, i) => via('hiraganaToHalfWidthKatakana', (s) => hiraganaToHalfWidthKatakana(s))(h, HALF_KANA[i]!)),
      via('katakanaToHiragana', (s) => katakanaToHiragana(s))('巴マミ', '巴まみ'),
      via("katakanaToHiragana ignore 'ン'", (s) => katakanaToHiragana(s, 'ン'))('マミサン', 'まみさン'),
      ...FULL_KANA.map((k, i) => via('katakanaToHiragana', (s) => katakanaToHiragana(s))(k, HIRAGANA[i]!)),
    ],
  },
  {
    source: 'ikegami-yukino/jaconv test_jaconv.py (test_h2z)',
    cases: [
      toFull({})('ﾃｨﾛﾌｨﾅｰﾚ', 'ティロフィナーレ'),
      toFull({ ignore: 'ｨ' })('ﾃｨﾛﾌｨﾅｰﾚ', 'テｨロフｨナーレ'),
      ...HALF_KANA.map((h, i) => toFull({})(h, FULL_KANA[i]!)),
      ...HALF_ASCII.map((h, i) => toFull({ ascii: true })(h, FULL_ASCII[i]!)),
      ...pairsOf(HALF_DIGIT, FULL_DIGIT).map(([h, f]) => toFull({ digit: true })(h, f)),
      ...COMBINATIONS.map((o) =>
        toFull(o)(ALL_TABLES, cat(FULL_KANA, o.kana ? FULL_KANA : HALF_KANA, FULL_ASCII, o.ascii ? FULL_ASCII : HALF_ASCII, FULL_DIGIT, o.digit ? FULL_DIGIT : HALF_DIGIT)),
      ),
    ],
  },
  {
    source: 'ikegami-yukino/jaconv test_jaconv.py (test_z2h)',
    cases: [
      toHalf({})('ティロフィナーレ', 'ﾃｨﾛﾌｨﾅｰﾚ'),
      toHalf({ ignore: 'ィ' })('ティロフィナーレ', 'ﾃィﾛﾌィﾅｰﾚ'),
      ...FULL_KANA.map((f, i) => toHalf({ kana: true })(f, HALF_KANA[i]!)),
      ...FULL_ASCII.map((f, i) => toHalf({ ascii: true })(f, HALF_ASCII[i]!)),
      ...pairsOf(FULL_DIGIT, HALF_DIGIT).map(([f, h]) => toHalf({ digit: true })(f, h)),
      ...COMBINATIONS.map((o) =>
        toHalf(o)(ALL_TABLES, cat(o.kana ? HALF_KANA : FULL_KANA, HALF_KANA, o.ascii ? HALF_ASCII : FULL_ASCII, HALF_ASCII, o.digit ? HALF_DIGIT : FULL_DIGIT, HALF_DIGIT)),
      ),
    ],
  },
  {
    source: 'ikegami-yukino/jaconv test_jaconv.py (test_normalize, test_enlarge_smallkana)',
    cases: [
      via("normalizeUnicode 'NFKC'", (s) => normalizeUnicode(s, 'NFKC'))('ﾃｨﾛ･フィナ〜レ', 'ティロ・フィナーレ'),
      via("normalizeUnicode 'NFKC'", (s) => normalizeUnicode(s, 'NFKC'))(cat(HALF_KANA, FULL_DIGIT), cat(FULL_KANA, HALF_DIGIT)),
      ...(
        [
          ['キュゥべえ', 'キユウべえ'], ['しゃえい', 'しやえい'], ['しゅみ', 'しゆみ'], ['きょういっぱい', 'きよういつぱい'], ['霞ヶ関', '霞ケ関'],
          ['一ヵ月', '一カ月'], ['シャトー', 'シヤトー'], ['チューリップ', 'チユーリツプ'], ['ショート', 'シヨート'],
        ] as const
      ).map(([input, peer]) => via('enlargeSmallKana', (s) => enlargeSmallKana(s))(input, peer)),
      via("enlargeSmallKana ignore 'っ'", (s) => enlargeSmallKana(s, 'っ'))('きょういっぱい', 'きよういっぱい'),
      via("enlargeSmallKana ignore 'ょっ'", (s) => enlargeSmallKana(s, 'ょっ'))('きょういっぱい', 'きょういっぱい'),
    ],
  },
  {
    source: 'ikegami-yukino/neologdn test_neologdn.py',
    cases: [
      ...(
        [
          ['０', '0'], ['ﾊﾝｶｸ', 'ハンカク'], ['o₋o', 'o-o'], ['majika━', 'majikaー'], ['わ〰い', 'わい'], ['スーパーーーー', 'スーパー'],
          ['!#', '!#'], ['ゼンカク　スペース', 'ゼンカクスペース'], ['お             お', 'おお'], ['      おお', 'おお'], ['おお      ', 'おお'],
          ['検索 エンジン 自作 入門 を 買い ました!!!', '検索エンジン自作入門を買いました!!!'], ['アルゴリズム C', 'アルゴリズムC'],
          ['　　　ＰＲＭＬ　　副　読　本　　　', 'PRML副読本'], ['Coding the Matrix', 'Coding the Matrix'],
          ['南アルプスの　天然水　Ｓｐａｒｋｉｎｇ　Ｌｅｍｏｎ　レモン一絞り', '南アルプスの天然水Sparking Lemonレモン一絞り'],
          ['南アルプスの　天然水-　Ｓｐａｒｋｉｎｇ*　Ｌｅｍｏｎ+　レモン一絞り', '南アルプスの天然水- Sparking*Lemon+レモン一絞り'],
          ['ﾊﾟﾊﾟ', 'パパ'], ['a˗֊‐‑‒–⁃⁻₋−', 'a-'], ['あ﹣－ｰ—―─━ー', 'あー'], ['チルダ~∼∾〜〰～', 'チルダ'], ['う゛ほﾟ', 'ゔぽ'],
          ['1467〜1487年', '14671487年'], ['A ˗あ', 'A -あ'], ['A ーあ', 'A ーあ'], ['A ～あ', 'Aあ'],
        ] as const
      ).map(([input, peer]) => neologd()(input, peer)),
      shorten(7, 0)('うまああああああああああああい', 'うまあああああああい'),
      shorten(6, 0)('かわいいいいいるい', 'かわいいいいいるい'),
      shorten(2, 0)('オラオラオラオラーッ', 'オラオラーッ'),
      shorten(1, 0)('無駄無駄無駄無駄ァ', '無駄ァ'),
      shorten(1, 0)('隣の客はよく柿食う客だ、隣の客はよく柿食う客だ、隣の客はよく柿食う客だ、言えた！', '隣の客はよく柿食う客だ、言えた！'),
      shorten(1, 11)('隣の客はよく柿食う客だ、隣の客はよく柿食う客だ、隣の客はよく柿食う客だ、言えた！', '隣の客はよく柿食う客だ、隣の客はよく柿食う客だ、隣の客はよく柿食う客だ、言えた！'),
      neologd({ removeSpace: false })('巴 マミ', '巴 マミ'),
      neologd({ tilde: 'normalize' })('1467〜1487年', '1467~1487年'),
      neologd({ tilde: 'normalize_zenkaku' })('1467~1487年', '1467〜1487年'),
      neologd({ tilde: 'ignore' })('1467〜1487年', '1467〜1487年'),
      neologd({ tilde: 'remove' })('1467〜1487年', '14671487年'),
      neologd({ tilde: 'normalize' })('A ～あ', 'A ~あ'),
      neologd({ tilde: 'normalize_zenkaku' })('A ~あ', 'A 〜あ'),
    ],
  },
  {
    source: 'kv5h/wareki-conv src/conv.rs (doc tests of to_half_width)',
    cases: [
      toHalf({ kana: false, ascii: true, digit: true })('Ｒ０１．０２．０３', 'R01.02.03'),
      toHalf({ kana: false, ascii: true, digit: true })('昭和１５年１２月３１日', '昭和15年12月31日'),
    ],
  },
];

export const WIDTH_GROUPS: PeerGroup<string>[] = [{ name: 'normalizeWidth', suites: SUITES, read: normalizeWidth }];
