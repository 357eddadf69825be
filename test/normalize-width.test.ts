import { describe, expect, it } from 'vitest';
import { asciiNumerals, normalizeWidth } from '../src/normalize/index.js';

describe('normalizeWidth', () => {
  it.each([
    // full-width ASCII letters and digits become half-width
    ['ＡＢＣ', 'ABC'],
    ['ａｂｃｘｙｚ', 'abcxyz'],
    ['０１２３４５６７８９', '0123456789'],
    ['第５期', '第5期'],
    ['令和２年度末', '令和2年度末'],
    ['積極的にＰＲしていく', '積極的にPRしていく'],
    ['Ｈ３０', 'H30'],
    ['\u3000字下げ', ' 字下げ'],
    // Japanese punctuation stays as it is
    ['、。「」（）：！', '、。「」（）：！'],
    ['「元気発進！子どもプラン」', '「元気発進！子どもプラン」'],
    ['相談件数：22,103件', '相談件数：22,103件'],
    ['2，941件（前年比＋２９名）', '2，941件（前年比＋29名）'],
    ['『』【】〔〕・…ー', '『』【】〔〕・…ー'],
    // half-width katakana become full-width, voiced marks composed
    ['ｾﾙﾌ率', 'セルフ率'],
    ['ｶﾞ', 'ガ'],
    ['ﾊﾟｿｺﾝ', 'パソコン'],
    ['ｳﾞｧｲｵﾘﾝ', 'ヴァイオリン'],
    ['ｾﾙﾌ率 (%)', 'セルフ率 (%)'],
    ['｢ｱｲｳ｣､｡･', '「アイウ」、。・'],
    // Kangxi radicals, radicals supplement and compatibility ideographs to ordinary kanji
    ['⽀⾒⽣⽬⼀⽅⾼', '支見生目一方高'],
    ['⽇本', '日本'],
    ['障害者⽀援', '障害者支援'],
    ['⻑期', '長期'],
    ['⻄部', '西部'],
    ['⻘少年', '青少年'],
    ['\uF929', '朗'],
    ['\uFA30', '侮'],
    ['\u{2F800}', '丽'],
    ['﨑', '﨑'],
    // tildes and wave dashes made one form (U+FF5E), as the fixtures' JSON has it
    ['2011〜2020', '2011～2020'],
    ['2011～2020', '2011～2020'],
    ['2011∼2020', '2011～2020'],
    ['～２８年度', '～28年度'],
    ['〰', '～'],
    ['path~user', 'path~user'],
    // dashes and minus signs
    ['R5−3', 'R5-3'],
    ['1‐2', '1-2'],
    ['−5', '-5'],
    ['－', '-'],
    ['A–B', 'A-B'],
    ['ああ—いい―うう', 'ああ―いい―うう'],
    // vertical presentation forms from vertical text
    ['︵', '（'],
    ['︶', '）'],
    ['計画︵Ｐ︶', '計画（P）'],
    ['﹁評価﹂', '「評価」'],
    ['︻次年度︼', '【次年度】'],
    // lossless: what NFKC would mangle is kept
    ['①', '①'],
    ['⑳', '⑳'],
    ['㈱', '㈱'],
    ['㍻', '㍻'],
    ['ｍ²', 'm²'],
    ['', ''],
    ['ひらがなカタカナ漢字', 'ひらがなカタカナ漢字'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeWidth(input)).toBe(expected);
  });

  it('maps every Kangxi radical to the kanji NFKC gives', () => {
    for (let cp = 0x2f00; cp <= 0x2fd5; cp++) {
      const c = String.fromCodePoint(cp);
      expect(normalizeWidth(c)).toBe(c.normalize('NFKC'));
    }
  });

  it('maps every full-width letter and digit like NFKC does', () => {
    for (const [from, to] of [[0xff10, 0xff19], [0xff21, 0xff3a], [0xff41, 0xff5a]] as const) {
      for (let cp = from; cp <= to; cp++) {
        const c = String.fromCodePoint(cp);
        expect(normalizeWidth(c)).toBe(c.normalize('NFKC'));
      }
    }
  });

  it('is idempotent on the seeds', async () => {
    const { readFile } = await import('node:fs/promises');
    for (const name of ['plan-progress.kitakyushu', 'target-sheet.kitakyushu', 'consultation-report.kurume']) {
      const text = await readFile(new URL(`../fixtures/${name}.txt`, import.meta.url), 'utf8');
      const once = normalizeWidth(text);
      expect(normalizeWidth(once)).toBe(once);
      expect(once).not.toMatch(/[０-９Ａ-Ｚａ-ｚ\u2f00-\u2fd5\uff61-\uff9f〜]/);
    }
  });

  it('returns the same string when nothing needs mapping', () => {
    const s = '障害者基幹相談支援センターにおいて、よろず相談窓口として、家庭訪問を含む相談支援を実施しました。';
    expect(normalizeWidth(s)).toBe(s);
  });
});

describe('asciiNumerals', () => {
  it.each([
    ['2，941', '2,941'],
    ['１２．１％', '12.1%'],
    ['＋２９', '+29'],
    ['（３）', '(3)'],
    ['22、103', '22、103'],
    ['▲５', '▲5'],
  ])('%s → %s', (input, expected) => {
    expect(asciiNumerals(input)).toBe(expected);
  });
});

describe('middle-dot look-alikes', () => {
  it.each([
    ['就業\u2027生活', '就業・生活'],
    ['\u2027地域生活支援拠点の整備', '・地域生活支援拠点の整備'],
    ['A\u2219B', 'A・B'],
    ['\u2e31相談', '・相談'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeWidth(input)).toBe(expected);
  });
});

describe('JIS-unified variant kanji', () => {
  it('maps a variant a font may name (戶 U+6236) to the common form', () => {
    expect(normalizeWidth('戶別訪問 內容')).toBe('戸別訪問 内容');
  });
});

describe('decomposed kana', () => {
  it('composes kana and combining marks (か + U+3099) as PDFs carry them, and leaves a mark that forms no kana', () => {
    expect(normalizeWidth('か\u3099んは\u309aる')).toBe('がんぱる');
    expect(normalizeWidth('あ\u309b')).toBe('あ\u309b');
  });
});

describe('what normalizeWidth keeps, where jaconv and neologdn change', () => {
  it.each([
    ['！（）．｛｝', '！（）．｛｝', 'Japanese full-width punctuation is content'],
    ['2011〜2020', '2011～2020', 'a tilde is a range: one form, never dropped'],
    ['a‐‑‒–−', 'a-----', 'each dash maps to one character: runs are not collapsed'],
    ['majika━', 'majika―', 'long bars become ―, not the prolonged sound mark ー'],
  ])('%s → %s (%s)', (input, expected) => {
    expect(normalizeWidth(input)).toBe(expected);
  });
});
