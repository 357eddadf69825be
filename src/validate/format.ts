import type { Warning } from '../schema/common.js';
import type { ConsistencyCode } from './codes.js';

/** A figure for a message: no float noise (100.00000000000001 → 100). */
export function figure(n: number): string {
  return String(Number(n.toFixed(6)));
}

/** Sum without float noise, so that 12.1 + … + 0.9 is 100.1, not 100.09999999999998. */
export function sum(values: readonly number[]): number {
  return Number(values.reduce((a, b) => a + b, 0).toFixed(6));
}

/** Decimals a stated figure was written with (12.1 → 1, 49 → 0), as far as the number shows. */
export function decimals(n: number): number {
  const s = String(n);
  const dot = s.indexOf('.');
  return dot < 0 || s.includes('e') ? 0 : s.length - dot - 1;
}

export function warning(code: ConsistencyCode, message: string, page: number | null): Warning {
  return { code, message, page };
}
