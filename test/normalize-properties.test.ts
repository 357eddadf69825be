/**
 * Property tests, seeded so that every run checks the same sample: integers up
 * to 10^15 written as kanji in the styles documents use read back to
 * themselves, and every era's first and last days convert while the days just
 * outside are refused with a reason; the 明治 lunisolar days run on without a
 * gap into the Gregorian calendar; the jaconv conversions undo each other.
 */
import { describe, expect, it } from 'vitest';
import {
  ERAS,
  hiraganaToKatakana,
  katakanaToHiragana,
  normalizeNeologd,
  parseDate,
  parseFiscalYear,
  parseKanjiNumber,
  parseNumber,
  toFullWidth,
  toHalfWidth,
} from '../src/normalize/index.js';
import { mulberry32 } from './support/prng.mjs';

interface Style {
  digits: readonly string[];
  small: readonly [string, string, string];
  large: readonly [string, string, string];
  /** Write 一 before 千 (一千二百); daiji write 壱 before every unit. */
  explicitOne: boolean;
  daiji: boolean;
  /** Write 〇 for each place skipped inside a section (千〇十, 一千〇二十四). */
  placeholders: boolean;
}

const COMMON = { digits: [...'〇一二三四五六七八九'], small: ['十', '百', '千'], large: ['万', '億', '兆'] } as const;
const DAIJI = { digits: [...'零壱弐参肆伍陸柒捌玖'], small: ['拾', '佰', '阡'], large: ['萬', '億', '兆'] } as const;

/** One section below 10^4 with units: 二千二十三, 千〇二十三, 壱阡弐拾参; 一千 right before 万 億 兆 (一千万). */
function section(n: number, style: Style, beforeLarge: boolean): string {
  const places = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  let out = '';
  let skipped = 0;
  for (const [i, d] of places.entries()) {
    const exponent = 3 - i;
    if (d === 0) {
      if (out !== '') skipped += 1;
      continue;
    }
    if (style.placeholders && skipped > 0) out += style.digits[0]!.repeat(skipped);
    skipped = 0;
    const one = style.daiji || (exponent === 3 && (style.explicitOne || (beforeLarge && n === 1000)));
    const digit = d === 1 && exponent > 0 && !one ? '' : style.digits[d]!;
    out += digit + (exponent > 0 ? style.small[exponent - 1]! : '');
  }
  return out;
}

/** Sections of four digits from the top: [兆, 億, 万, ones]. */
const sections = (n: number) => [Math.floor(n / 1e12), Math.floor(n / 1e8) % 1e4, Math.floor(n / 1e4) % 1e4, n % 1e4];

/** Positional notation with units: 二千二十三, 一億二千万, 壱萬弐阡. */
function positional(n: number, style: Style): string {
  if (n === 0) return style.digits[0]!;
  return sections(n)
    .map((s, i) => (s === 0 ? '' : section(s, style, i < 3) + (i < 3 ? style.large[2 - i]! : '')))
    .join('');
}

/** Digit by digit: 二〇二三 (or 二○二三). */
const digitByDigit = (n: number, zero: string) => [...String(n)].map((c) => (c === '0' ? zero : COMMON.digits[Number(c)]!)).join('');

/** Digit by digit within each 万 section, later sections zero-padded: 九九九万九九九九, 一万〇〇〇三. */
function sectionedDigits(n: number, zero: string): string {
  let out = '';
  for (const [i, s] of sections(n).entries()) {
    if (s === 0) continue;
    const digits = out === '' ? String(s) : String(s).padStart(4, '0');
    out += digitByDigit(Number(digits), zero).padStart(digits.length, zero) + (i < 3 ? COMMON.large[2 - i]! : '');
  }
  return out;
}

const WRITERS: Array<[string, (n: number) => string]> = [
  ['positional', (n) => positional(n, { ...COMMON, explicitOne: false, daiji: false, placeholders: false })],
  ['positional with 一千', (n) => positional(n, { ...COMMON, explicitOne: true, daiji: false, placeholders: false })],
  ['positional with 〇 placeholders', (n) => positional(n, { ...COMMON, explicitOne: false, daiji: false, placeholders: true })],
  ['daiji', (n) => positional(n, { ...DAIJI, explicitOne: true, daiji: true, placeholders: false })],
  ['digit by digit with 〇', (n) => digitByDigit(n, '〇')],
  ['digit by digit with ○', (n) => digitByDigit(n, '○')],
  ['digit by digit in 万 sections', (n) => sectionedDigits(n, '〇')],
];

describe('kanji numerals read back to the integer they write', () => {
  const next = mulberry32(20261201);
  const sample = [1, 10, 11, 100, 101, 110, 1000, 1010, 10000, 10003, 99999999, 1e15];
  for (let i = 0; i < 400; i++) sample.push(Math.floor(next() * 10 ** (1 + Math.floor(next() * 15))) + 1);

  it.each(WRITERS)('%s', (_name, write) => {
    for (const n of sample) {
      const kanji = write(n);
      expect(parseKanjiNumber(kanji), `${kanji} (${n})`).toBe(n);
      expect(parseNumber(kanji), `${kanji} (${n})`).toBe(n);
    }
  });

  it('writes the examples as documents do', () => {
    const [, plain] = WRITERS[0]!;
    expect(plain(2023)).toBe('二千二十三');
    expect(WRITERS[2]![1](1024)).toBe('千〇二十四');
    expect(WRITERS[3]![1](12000)).toBe('壱萬弐阡');
    expect(WRITERS[6]![1](10003)).toBe('一万〇〇〇三');
    expect(WRITERS[6]![1](9999999)).toBe('九九九万九九九九');
    expect(plain(10_000_000)).toBe('一千万');
    expect(plain(1100)).toBe('千百');
  });
});

/** The Gregorian calendar began in Japan on 明治6年1月1日; earlier 明治 dates are lunisolar. */
const GREGORIAN_ADOPTED = '1873-01-01';

function shift(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const KANJI = [...'〇一二三四五六七八九'];
const kanjiSmall = (n: number) => (n >= 20 ? KANJI[Math.floor(n / 10)] : '') + (n >= 10 ? '十' : '') + (n % 10 ? KANJI[n % 10] : '');

/** A day written in an era in the forms reports use. */
function eraForms(era: (typeof ERAS)[number], iso: string): string[] {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const n = y - era.startYear + 1;
  const year = n === 1 ? '元' : String(n);
  return [
    `${era.name}${year}年${m}月${d}日`,
    `${era.name}${n === 1 ? '元' : kanjiSmall(n)}年${kanjiSmall(m)}月${kanjiSmall(d)}日`,
    `${era.letter}${n}.${m}.${d}`,
    `${era.name[0]}${String(n).padStart(2, '0')}.${String(m).padStart(2, '0')}.${String(d).padStart(2, '0')}`,
  ];
}

describe('era boundaries', () => {
  for (const era of ERAS) {
    const first = era.start < GREGORIAN_ADOPTED ? GREGORIAN_ADOPTED : era.start;
    const days: Array<[string, string]> = [['first day', first]];
    if (era.end) days.push(['last day', era.end]);

    it.each(days)(`${era.name}: %s (%s) converts`, (_what, iso) => {
      for (const written of eraForms(era, iso)) expect(parseDate(written), written).toMatchObject({ ok: true, iso });
    });

    const outside: Array<[string, string]> = [['day before the first', shift(first, -1)]];
    if (era.end) outside.push(['day after the last', shift(era.end, 1)]);
    it.each(outside)(`${era.name}: the %s (%s) is refused with a reason`, (_what, iso) => {
      for (const written of eraForms(era, iso)) {
        const result = parseDate(written);
        expect(result, written).toMatchObject({ ok: false, reason: expect.stringMatching(/outside the .* era|lunisolar/) });
      }
    });
  }
});

describe('readers on random numeral-like text', () => {
  const CHARS = [...'0123456789,.、・-▲約%〇○零一二三四五六七八九十百千万億兆壱弐参拾萬阡廿元年度月日平成令和HR昭明 '];
  const next = mulberry32(7);
  const texts = Array.from({ length: 3000 }, () =>
    Array.from({ length: 1 + Math.floor(next() * 12) }, () => CHARS[Math.floor(next() * CHARS.length)]!).join(''),
  );

  it('never throw, and give finite numbers within 2^53, real dates and plausible years, or null', () => {
    for (const text of texts) {
      const value = parseNumber(text);
      expect(value === null || (Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER), text).toBe(true);
      const kanji = parseKanjiNumber(text);
      expect(kanji === null || Number.isFinite(kanji), text).toBe(true);
      const date = parseDate(text);
      expect(date === null || (date.ok ? /^\d{4}-\d{2}-\d{2}$/.test(date.iso) : date.reason.length > 0), text).toBe(true);
      const year = parseFiscalYear(text);
      expect(year === null || (Number.isInteger(year) && year >= 1867 && year <= 2199), text).toBe(true);
    }
  });
});

describe('明治 lunisolar dates', () => {
  it('run day after day from 明治元年1月1日 (1868-01-25) to 明治5年12月2日 (1872-12-31), then 明治6年1月1日', () => {
    let expected = '1868-01-25';
    const follows = (iso: string | null, written: string) => {
      expect(iso, written).toBe(expected);
      expected = shift(expected, 1);
    };
    for (let year = 1; year <= 5; year += 1) {
      for (let month = 1; month <= 12; month += 1) {
        for (let day = 1; day <= 30; day += 1) {
          const result = parseDate(`明治${year}年${month}月${day}日`);
          if (result?.ok) follows(result.iso, `明治${year}年${month}月${day}日`);
        }
        // a leap month (閏4月 of 明治元年, 閏10月 of 明治3年) follows the month it repeats
        for (let day = 1; day <= 30; day += 1) {
          const result = parseDate(`明治${year}年閏${month}月${day}日`);
          if (result?.ok) follows(result.iso, `明治${year}年閏${month}月${day}日`);
        }
      }
    }
    expect(expected).toBe('1873-01-01');
    expect(parseDate('明治6年1月1日')).toMatchObject({ ok: true, iso: expected });
  });

  it('meet the days history records: the era began on 明治元年9月8日 (1868-10-23), after 閏4月', () => {
    expect(parseDate('明治元年9月8日')).toMatchObject({ ok: true, iso: '1868-10-23' });
    expect(parseDate('明治元年閏4月1日')).toMatchObject({ ok: true, iso: '1868-05-22' });
    expect(parseDate('明治元年閏5月1日')).toMatchObject({ ok: false });
    expect(parseDate('令和2年閏5月4日')).toMatchObject({ ok: false, reason: expect.stringMatching(/leap month/) });
    expect(parseDate('明治2年1月1日')).toMatchObject({ ok: true, iso: '1869-02-11' });
  });
});

describe('jaconv conversions', () => {
  const next = mulberry32(11);
  const pick = (chars: string, length: number) =>
    Array.from({ length }, () => chars[Math.floor(next() * chars.length)]!).join('');
  const ASCII = Array.from({ length: 94 }, (_, i) => String.fromCharCode(0x21 + i)).join('') + ' ';
  const HIRAGANA = 'ぁあぃいぅうぇえぉおかがきぎくぐけげこごさざしじすずせぜそぞただちぢっつづてでとどなにぬねのはばぱひびぴふぶぷへべぺほぼぽまみむめもゃやゅゆょよらりるれろわをんゔゝゞ';

  it('toHalfWidth undoes toFullWidth for ASCII, digits and katakana', () => {
    const all = { kana: true, ascii: true, digit: true };
    for (let i = 0; i < 300; i += 1) {
      const text = pick(ASCII, 1 + (i % 20));
      expect(toHalfWidth(toFullWidth(text, all), all), text).toBe(text);
      const kana = hiraganaToKatakana(pick(HIRAGANA, 1 + (i % 20)));
      expect(toFullWidth(toHalfWidth(kana)), kana).toBe(kana);
    }
  });

  it('katakanaToHiragana undoes hiraganaToKatakana', () => {
    for (let i = 0; i < 300; i += 1) {
      const text = pick(HIRAGANA, 1 + (i % 20));
      expect(katakanaToHiragana(hiraganaToKatakana(text)), text).toBe(text);
    }
  });

  it('normalizeNeologd leaves its own output as it is', () => {
    const chars = ASCII + HIRAGANA + 'ｱｶﾞﾊﾟ　ーｰ―〜～－‐漢字';
    for (let i = 0; i < 300; i += 1) {
      const once = normalizeNeologd(pick(chars, 1 + (i % 30)));
      expect(normalizeNeologd(once), once).toBe(once);
    }
  });
});
