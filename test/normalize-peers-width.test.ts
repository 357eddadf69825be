/**
 * Width cases ported from the test suites of other libraries (as data, with
 * their source). Left out: kana ⇄ romaji and hiragana ⇄ katakana conversions,
 * half-width output (z2h of kana), space removal and repeat shortening (neologdn's
 * text-cleaning for NLP, not width). A `choice` marks a case answered
 * differently on purpose; see README "Normalizer as a library".
 */
import { describe, expect, it } from 'vitest';
import { normalizeWidth } from '../src/normalize/index.js';
import { type PeerSuite, peerAgreement, runPeerSuites } from './support/peer-cases.js';

const PUNCTUATION_KEPT = 'Japanese full-width punctuation (！＂（）．｛｝) is content in these reports and kept; asciiNumerals maps the numeral ones';
const ONE_TO_ONE = 'each dash or tilde maps to one character: runs are kept, not collapsed or dropped (～ means a range: 2011～2020)';
const BAR_KEPT = 'box-drawing and long bars become ― (a bar), not the prolonged sound mark ー';

const w = (input: string, peer: string) => ({ input, peer });
const wc = (input: string, peer: string, ours: string, why: string) => ({ input, peer, choice: { ours, why } });

const HALF_KANA = [
  'ｧｱｨｲｩｳｪｴｫｵｶｶﾞｷｷﾞｸｸﾞｹｹﾞｺｺﾞｻｻﾞｼｼﾞｽｽﾞｾｾﾞｿｿﾞﾀ',
  'ﾀﾞﾁﾁﾞｯﾂﾂﾞﾃﾃﾞﾄﾄﾞﾅﾆﾇﾈﾉﾊﾊﾞﾊﾟﾋﾋﾞﾋﾟﾌﾌﾞﾌﾟﾍﾍﾞﾍﾟﾎﾎﾞﾎﾟﾏ',
  'ﾐﾑﾒﾓｬﾔｭﾕｮﾖﾗﾘﾙﾚﾛﾜｦﾝｰヮヰヱヵヶｳﾞヽヾ･｢｣｡､',
];
const FULL_KANA = [
  'ァアィイゥウェエォオカガキギクグケゲコゴサザシジスズセゼソゾタ',
  'ダチヂッツヅテデトドナニヌネノハバパヒビピフブプヘベペホボポマ',
  'ミムメモャヤュユョヨラリルレロワヲンーヮヰヱヵヶヴヽヾ・「」。、',
];

const SUITES: PeerSuite<string>[] = [
  {
    source: 'ikegami-yukino/jaconv test_jaconv.py',
    cases: [
      w('ﾃｨﾛﾌｨﾅｰﾚ', 'ティロフィナーレ'),
      ...HALF_KANA.map((half, i) => w(half, FULL_KANA[i]!)),
      wc('！＂＃＄％＆＇（）＊＋，－．／：；＜＝＞？＠［＼］＾＿｀～', '!"#$%&\'()*+,-./:;<=>?@[\\]^_`~',
        '！＂＃＄％＆＇（）＊＋，-．／：；＜＝＞？＠［＼］＾＿｀～', PUNCTUATION_KEPT),
      w('ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
      wc('ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝　', 'abcdefghijklmnopqrstuvwxyz{|} ',
        'abcdefghijklmnopqrstuvwxyz｛｜｝ ', PUNCTUATION_KEPT),
      w('０１２３４５６７８９', '0123456789'),
      wc('ﾃｨﾛ･フィナ〜レ', 'ティロ・フィナーレ', 'ティロ・フィナ～レ', ONE_TO_ONE),
      w(HALF_KANA.join('') + '０１２３４５６７８９', FULL_KANA.join('') + '0123456789'),
    ],
  },
  {
    source: 'ikegami-yukino/neologdn test_neologdn.py',
    cases: [
      w('０', '0'), w('ﾊﾝｶｸ', 'ハンカク'), w('o₋o', 'o-o'),
      wc('majika━', 'majikaー', 'majika―', BAR_KEPT),
      wc('わ〰い', 'わい', 'わ～い', ONE_TO_ONE),
      w('!#', '!#'), w('Coding the Matrix', 'Coding the Matrix'), w('ﾊﾟﾊﾟ', 'パパ'),
      wc('a˗֊‐‑‒–⁃⁻₋−', 'a-', 'a----------', ONE_TO_ONE),
      wc('あ﹣－ｰ—―─━ー', 'あー', 'あ--ー――――ー', ONE_TO_ONE),
      wc('チルダ~∼∾〜〰～', 'チルダ', 'チルダ~～～～～～', ONE_TO_ONE),
      w('う゛ほﾟ', 'ゔぽ'),
    ],
  },
  {
    source: 'kv5h/wareki-conv src/conv.rs (doc tests of to_half_width)',
    cases: [
      wc('Ｒ０１．０２．０３', 'R01.02.03', 'R01．02．03', PUNCTUATION_KEPT),
      w('昭和１５年１２月３１日', '昭和15年12月31日'),
    ],
  },
];

describe('width: peer suites', () => {
  runPeerSuites(SUITES, normalizeWidth);

  it('composes decomposed kana (か + U+3099) as PDFs carry them', () => {
    expect(normalizeWidth('か\u3099んは\u309aる')).toBe('がんぱる');
    expect(normalizeWidth('あ\u309b')).toBe('あ\u309b');
  });

  it('agrees with the peers on at least 60% of their cases (the rest are documented choices: punctuation kept, nothing collapsed)', () => {
    const { agree, total } = peerAgreement(SUITES, normalizeWidth);
    expect(agree / total).toBeGreaterThanOrEqual(0.6);
  });
});
