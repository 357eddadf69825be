/** Cell values of indicator and tally tables: figures, "no value" marks, year headers. */
import { parseFiscalYear, parseNumber, parseQuantity } from '../../../normalize/index.js';
import { NO_VALUE } from '../vocabulary.js';
import { ERA_INITIALS, ERA_NAMES, ERA_YEAR_NUMBER } from '../../shared/vocabulary.js';

const YEAR_HEADER = new RegExp(`^(?:[${ERA_INITIALS}]${ERA_YEAR_NUMBER}|(?:${ERA_NAMES})?(?:[0-9]{4}|${ERA_YEAR_NUMBER})年度)`);

/** A figure cell (`17.5`, `115.4%`, `21,732`, `700人`): its value and unit, else null. */
export function figure(token: string): { value: number; unit: string | null } | null {
  const q = parseQuantity(token);
  if (q) return q;
  const n = parseNumber(token);
  return n === null ? null : { value: n, unit: null };
}

export const isNoValue = (token: string): boolean => NO_VALUE.test(token);

/** A year column header (`H23`, `R元`, `2005年度`, `令和4年度末`, `2008年度以降`), as a fiscal year. */
export function yearHeader(token: string, defaultEra: string | undefined): number | null {
  if (!YEAR_HEADER.test(token)) return null;
  return parseFiscalYear(token, { defaultEra });
}
