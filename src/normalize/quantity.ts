import { NUMBER_PATTERN, parseNumber } from './numbers.js';

/**
 * Counters that follow a figure in these reports, longest first so that
 * 件（人） wins over 件 and 箇所 over 所. Units are reported as written.
 */
export const COUNTERS = [
  '件（人）', '件(人)', '人（件）', '人(件)',
  'ケース', 'か所', 'ヶ所', 'ケ所', 'カ所', '箇所', 'ヵ所', '事業所', '施設', '団体', '世帯', '機関',
  'か月', 'ヶ月', 'カ月', 'ヵ月', 'ケ月', '時間', '人日', '人分', '千円', '万円', '億円', 'ポイント', '講座',
  '件', '人', '名', '回', '冊', '%', '％', '円', '日', '校', '床', '戸', '組', '台', '部', '枚', '社', '歳', '倍', '割', '本', '号', '室', '園', '所', '区', '市', '週', '年', '個', '点', '店',
] as const;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const COUNTER_PATTERN = `(?:${COUNTERS.map(escape).join('|')})`;

/** A figure and the counter written after it (件, 人, 箇所, %, …), or null when none is. */
export interface Quantity {
  value: number;
  unit: string | null;
}

const WHOLE = new RegExp(`^\\s*(約)?\\s*(${NUMBER_PATTERN})\\s*(${COUNTER_PATTERN})?\\s*$`);

/** `22,103件` → {22103, 件}, `43名`, `1箇所`, `12.1%` → {12.1, %}; null unless the whole text is one figure. */
export function parseQuantity(input: string): Quantity | null {
  const m = WHOLE.exec(input);
  if (!m) return null;
  const value = parseNumber(m[2]!);
  if (value === null) return null;
  const unit = m[3] ?? null;
  return { value, unit: unit === '％' ? '%' : unit };
}

const FIND = new RegExp(`(${NUMBER_PATTERN})\\s*(${COUNTER_PATTERN})`, 'g');
const SIGN_CHARS = /^[▲△\-+＋－]/;
const WORD_END = /[0-9０-９A-Za-zＡ-Ｚａ-ｚ]$/;
const ERA_END = /(?:明治|大正|昭和|平成|令和|(?<![A-Za-z])[MTSHRＭＴＳＨＲ])\s*$/;
const MONTH_END = /月\s*$/;
const ORDINAL_END = /第\s*$/;
const MONTH_AHEAD = /^\s*[0-9０-９一二三四五六七八九十]{1,3}\s*月/;

/**
 * Whether a figure is part of a date or an ordinal rather than a quantity:
 * 平成28年, 28年度, 2023年8月, (11月)6日, 第2回.
 */
function isDateOrOrdinal(input: string, index: number, end: number, value: number, unit: string): boolean {
  const before = input.slice(Math.max(0, index - 3), index);
  if (ORDINAL_END.test(before)) return true;
  if (unit === '年') {
    if (ERA_END.test(before) || input[end] === '度' || MONTH_AHEAD.test(input.slice(end, end + 6))) return true;
    return Number.isInteger(value) && value >= 1868 && value <= 2200;
  }
  return unit === '日' && MONTH_END.test(before);
}

/**
 * Every `number + counter` inside a text, with where it stands. Dates and
 * ordinals (平成28年, 11月6日, 第2回) are not quantities and are left out; a
 * hyphen between two numbers (`1-2件`) is a range dash, not a minus sign.
 */
export function findQuantities(input: string): Array<Quantity & { index: number; length: number; raw: string }> {
  const out: Array<Quantity & { index: number; length: number; raw: string }> = [];
  for (const m of input.matchAll(FIND)) {
    let index = m.index;
    let number = m[1]!;
    if (SIGN_CHARS.test(number) && index > 0 && WORD_END.test(input[index - 1]!)) {
      index += 1;
      number = number.slice(1);
    }
    const value = parseNumber(number);
    if (value === null) continue;
    const unit = m[2]!;
    const end = m.index + m[0].length;
    if (isDateOrOrdinal(input, index, end, value, unit)) continue;
    out.push({ value, unit: unit === '％' ? '%' : unit, index, length: end - index, raw: input.slice(index, end) });
  }
  return out;
}
