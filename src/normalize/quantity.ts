import { NUMBER_PATTERN, parseNumber } from './numbers.js';

/**
 * Counters that follow a figure in these reports, longest first so that
 * 件（人） wins over 件 and 箇所 over 所. Units are reported as written.
 */
export const COUNTERS = [
  '件（人）', '件(人)', '人（件）', '人(件)',
  'ケース', 'か所', 'ヶ所', 'ケ所', 'カ所', '箇所', 'ヵ所', '事業所', '施設', '団体', '世帯', '機関',
  'か月', 'ヶ月', 'カ月', '時間', '人日', '人分', '千円', '万円', '億円', 'ポイント',
  '件', '人', '名', '回', '冊', '%', '％', '円', '日', '校', '床', '戸', '組', '台', '部', '枚', '社', '歳', '倍', '割', '本', '号', '室', '園', '所', '区', '市', '週', '年',
] as const;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const COUNTER_PATTERN = `(?:${COUNTERS.map(escape).join('|')})`;

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

/** Every `number + counter` inside a text, with where it stands. */
export function findQuantities(input: string): Array<Quantity & { index: number; length: number; raw: string }> {
  const re = new RegExp(`(${NUMBER_PATTERN})\\s*(${COUNTER_PATTERN})`, 'g');
  const out: Array<Quantity & { index: number; length: number; raw: string }> = [];
  for (const m of input.matchAll(re)) {
    const value = parseNumber(m[1]!);
    if (value === null) continue;
    const unit = m[2]!;
    out.push({ value, unit: unit === '％' ? '%' : unit, index: m.index, length: m[0].length, raw: m[0] });
  }
  return out;
}
