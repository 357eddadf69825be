import { COUNTER_PATTERN, NUMBER_PATTERN, parseNumber, parseQuantity } from '../normalize/index.js';

export interface ValueReading {
  value: number | null;
  unit: string | null;
  /** The cell as written, when it says more than the number (`１箇所以上`). */
  raw?: string;
}

/** A dash in a figure cell means "none" (null), not zero. */
const NONE = /^[-－―—‐ー]+$/;
const QUALIFIED = new RegExp(`^(約)?\\s*(${NUMBER_PATTERN})\\s*(${COUNTER_PATTERN})?\\s*(以上|以下|未満|超|程度|前後)$`);

/** A figure cell: `１箇所`, `12.5%`, `－` (null), `１箇所以上` (1, raw kept); null when the text is no figure. */
export function readValue(text: string): ValueReading | null {
  const t = text.trim();
  if (NONE.test(t)) return { value: null, unit: null };
  const q = parseQuantity(t);
  if (q) return q;
  const m = QUALIFIED.exec(t);
  if (m) {
    const value = parseNumber(m[2]!);
    if (value !== null) return { value, unit: m[3] ?? null, raw: t };
  }
  return null;
}
