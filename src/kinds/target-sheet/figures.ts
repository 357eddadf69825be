import { readValue, type ValueReading } from '../../document/values.js';
import { DIRECTION_SUFFIX, FREQUENCY_PREFIX } from './vocabulary.js';

/**
 * A word that is a figure as goal and result cells write them: `38人`, `1箇所以上`,
 * `年1回以上` (a frequency: the figure after the period word), `74人減` (a decrease,
 * counted as written). The raw word is kept when it says more than the number.
 */
export function readFigureWord(word: string): ValueReading | null {
  if (!/[0-9]/.test(word)) return null;
  const bare = word.replace(FREQUENCY_PREFIX, '').replace(DIRECTION_SUFFIX, '');
  const reading = readValue(bare);
  if (!reading || reading.value === null) return null;
  return bare === word ? reading : { ...reading, raw: word };
}

export const isPercent = (reading: ValueReading | null): boolean => reading?.unit === '%';

/**
 * A figure glued to the end of a label word (`…の累計)19人`): the label part and the
 * figure, or null when the word does not end in one.
 */
export function peelFigure(word: string): { before: string; figure: string } | null {
  const m = /^(.*[^0-9,.])([0-9][0-9,.]*\D{0,4})$/.exec(word);
  return m && readFigureWord(m[2]!) ? { before: m[1]!, figure: m[2]! } : null;
}
