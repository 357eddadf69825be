/**
 * Exact decimal arithmetic for reading numerals: 250.32千 is 250320 and 1.5億 is
 * 150000000 exactly, where binary floating point would leave 250320.00000000003.
 * A value is `units / 10^scale`.
 */
export interface Decimal {
  units: bigint;
  scale: number;
}

export const ZERO: Decimal = { units: 0n, scale: 0 };

const pow10 = (n: number) => 10n ** BigInt(n);

/** `1234`, `12.5`, `.5` (digits and at most one point) as a Decimal. */
export function decimalFromDigits(digits: string): Decimal {
  const [integer = '', fraction = ''] = digits.split('.');
  return { units: BigInt((integer || '0') + fraction), scale: fraction.length };
}

/** The value times 10^exponent. */
export function scaleDecimal(d: Decimal, exponent: number): Decimal {
  return d.scale >= exponent ? { units: d.units, scale: d.scale - exponent } : { units: d.units * pow10(exponent - d.scale), scale: 0 };
}

export function addDecimal(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale);
  return { units: a.units * pow10(scale - a.scale) + b.units * pow10(scale - b.scale), scale };
}

export function isZero(d: Decimal): boolean {
  return d.units === 0n;
}

/** Whether the value is below 10^exponent. */
export function isBelowPow10(d: Decimal, exponent: number): boolean {
  return d.units < pow10(exponent + d.scale);
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * The value as a JavaScript number, or null when it has more digits than a
 * double holds exactly (a 33-digit figure must not come out as 1.23e32).
 */
export function decimalToNumber(d: Decimal): number | null {
  if (d.units > MAX_SAFE) return null;
  if (d.scale === 0) return Number(d.units);
  const digits = d.units.toString().padStart(d.scale + 1, '0');
  return Number(`${digits.slice(0, -d.scale)}.${digits.slice(-d.scale)}`);
}
