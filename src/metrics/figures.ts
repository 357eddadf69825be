import { COUNTER_PATTERN, parseKanjiNumber, parseNumber } from '../normalize/index.js';

export interface Span {
  start: number;
  end: number;
}

/** A number with its counter, found in prepared text. `start` includes a leading 約. */
export interface Figure extends Span {
  numberStart: number;
  numberEnd: number;
  value: number;
  unit: string;
  /** Written in kanji numerals (二十三名): only a figure if the tokenizer also reads it as a number. */
  kanji: boolean;
}

export interface FigureScan {
  figures: Figure[];
  /** Numbers that are not figures (dates, era years, ordinals, ranges, rates): no label reaches across them. */
  barriers: Span[];
}

const KANJI_NUMERALS = '〇一二三四五六七八九十百千万億';
const DIGITS = String.raw`[▲△＋－+\-]?(?:[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+|[0-9０-９]+)(?:[.．][0-9０-９]+)?`;
const CANDIDATE = new RegExp(
  String.raw`(?<![0-9０-９.．,，])(${DIGITS}) ?(?:(${COUNTER_PATTERN})|([万億]) ?(${COUNTER_PATTERN}))` +
    String.raw`|(?<![${KANJI_NUMERALS}])([${KANJI_NUMERALS}]+)(${COUNTER_PATTERN})`,
  'g',
);
const MULTIPLIER: Record<string, number> = { 万: 1e4, 億: 1e8 };
/** Past this a digit string is an identifier, not a count (and would lose precision). */
const MAX_COUNT = Number.MAX_SAFE_INTEGER;
const APPROXIMATELY = /(?:約|およそ|概ね|おおむね) ?$/;

const ERA = String.raw`(?:明治|大正|昭和|平成|令和|(?<![A-Za-z])[MTSHR]\.?)`;
const ERA_YEAR = String.raw`(?:[0-9]{1,2}|元|[〇一二三四五六七八九十]{1,3})`;
const MONTH_DAY = String.raw`(?: ?[0-9]{1,2} ?月(?: ?[0-9]{1,2} ?日)?)?`;
/** Dates and years in running text (平成27年12月より, 令和5年8月1日, H28.7, 2023年度, ５月): never figures. */
const DATES = [
  new RegExp(String.raw`${ERA} ?${ERA_YEAR}(?: ?年(?: ?度)?${MONTH_DAY}|[./][0-9]{1,2}(?:[./][0-9]{1,2})?)?`, 'g'),
  new RegExp(String.raw`(?<![0-9])(?:1[89]|2[01])[0-9]{2} ?年(?: ?度)?${MONTH_DAY}`, 'g'),
  /(?<![0-9])[0-9]{1,2} ?年 ?度/g,
  /(?<![0-9])[0-9]{1,2} ?月(?: ?[0-9]{1,2} ?日)?/g,
  /(?<![一二三四五六七八九十])[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?/g,
  /(?<![0-9])[0-9]{1,4}\/[0-9]{1,2}(?:\/[0-9]{1,2})?/g,
  /(?<![0-9])[0-9]{1,2} ?日 ?[（(][月火水木金土日][）)]/g,
];

const PERIOD_UNITS = new Set(['日', '週', '時間', 'か月', 'ヶ月', 'カ月', 'ケ月', 'ヵ月']);
/** 月１回, 毎月1回, 年に2回, 週3日: a frequency, not a count. */
const FREQUENCY_BEFORE = /(?:^|[^\p{sc=Han}])毎?[年月週日](?:に|あたり|当たり|につき|ごとに)? ?$/u;
/** 3か月に1回, 1日あたり10人, 一人当たり3冊: a rate over some period or head. */
const RATE_BEFORE = new RegExp(
  String.raw`(?:[0-9０-９]+|[一二三四五六七八九十]+) ?(?:${COUNTER_PATTERN}|[かヶケカヵ]?月)間?(?:あたり|当たり|につき|ごとに|毎に|に) ?$`,
);
const PER_AFTER = /^(?:あたり|当たり|につき|ごと|毎)/;
const PERIOD_THEN_COUNT = /^に ?(?:[0-9０-９]|[一二三四五六七八九十])/;
const ORDINAL_BEFORE = /第 ?$/;
const ID_BEFORE = /(?:[№#＃]|No\.?|NO\.?|no\.?|(?<![A-Za-z])[A-Za-z]) ?$/;
const RANGE_BEFORE = new RegExp(String.raw`[0-9０-９〇一二三四五六七八九十](?:${COUNTER_PATTERN})? ?[-～~〜‐―] ?$`);
const RANGE_AFTER = /^ ?[-～~〜‐―] ?[0-9０-９〇一二三四五六七八九十]/;
const DAY_OF_MONTH_AFTER = /^(?:に|から|まで|より|付|現在|時点)/;
const THRESHOLD_AFTER = /^(?:以上|以下|未満|から|まで|～)/;

/** Every number-with-counter in the text, and every number that must not be read as one. */
export function scanFigures(text: string): FigureScan {
  const barriers: Span[] = [];
  for (const re of DATES) {
    for (const m of text.matchAll(re)) barriers.push({ start: m.index, end: m.index + m[0].length });
  }
  const dated = new Uint8Array(text.length + 1);
  for (const b of barriers) dated.fill(1, b.start, b.end);
  const figures: Figure[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const kanji = m[5] !== undefined;
    const numberText = kanji ? m[5]! : m[1]!;
    if (kanji && numberText === '一') continue; // 一人で, 一日も早く, 一部: idioms, not counts
    const numberStart = m.index;
    const numberEnd = numberStart + numberText.length;
    const unitRaw = (kanji ? m[6] : (m[2] ?? m[4]))!;
    const end = m.index + m[0].length;
    const lead = APPROXIMATELY.exec(text.slice(Math.max(0, numberStart - 5), numberStart));
    const start = numberStart - (lead ? lead[0].length : 0);
    const parsed = kanji ? parseKanjiNumber(numberText) : parseNumber(numberText);
    if (parsed === null) continue;
    const value = parsed * (m[3] ? MULTIPLIER[m[3]]! : 1);
    if (Math.abs(value) > MAX_COUNT || dated.subarray(start, end).includes(1) || isNotACount(text, start, end, numberStart, unitRaw)) {
      barriers.push({ start, end });
      continue;
    }
    figures.push({ start, end, numberStart, numberEnd, value, unit: unitRaw === '％' ? '%' : unitRaw, kanji });
  }
  return { figures, barriers };
}

const AGE_UNITS = new Set(['歳', 'か月', 'ヶ月', 'カ月', 'ヵ月', 'ケ月']);
/** `1歳6か月児`, `3歳児`: the age is part of a name (a checkup, a class), not a figure. */
const AGE_NAME_AFTER = /^(?:[0-9０-９]+(?:か月|ヶ月|カ月|ヵ月|ケ月))?児/;

function isNotACount(text: string, start: number, end: number, numberStart: number, unit: string): boolean {
  const before = text.slice(Math.max(0, start - 16), start);
  const beforeNumber = text.slice(Math.max(0, numberStart - 16), numberStart);
  const after = text.slice(end, end + 8);
  if (unit === '号') return true; // 11号: an issue or regulation number
  if (unit === '年') return true; // 28年, 3年間: a year or a duration, never a count
  if (unit === '歳' && THRESHOLD_AFTER.test(after)) return true; // 65歳以上: an age bound
  if (AGE_UNITS.has(unit) && AGE_NAME_AFTER.test(after)) return true; // 1歳6か月児健診, 3歳児: an age naming a group
  if (unit === '日' && DAY_OF_MONTH_AFTER.test(after)) return true; // 15日に開催: a day of the month
  if (ORDINAL_BEFORE.test(before) || after.startsWith('目')) return true; // 第5期, 3回目
  if (ID_BEFORE.test(beforeNumber)) return true; // №163, R5, A4
  if (RANGE_BEFORE.test(beforeNumber) || RANGE_AFTER.test(after)) return true; // 1-10, 2～3回
  if (FREQUENCY_BEFORE.test(before) || RATE_BEFORE.test(before)) return true;
  if (PER_AFTER.test(after)) return true; // 1日あたり, 1人当たり
  return PERIOD_UNITS.has(unit) && PERIOD_THEN_COUNT.test(after); // 3か月に1回
}
