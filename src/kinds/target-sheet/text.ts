import { joinLines } from '../../normalize/index.js';

export { canon } from '../shared/vocabulary.js';

/**
 * Drop the spaces a layout leaves inside Japanese text (`少なくとも 1 箇所`): a space
 * survives only between two Latin letters or digits, as output.md asks.
 */
export function tidySpaces(text: string): string {
  return text.replace(/ +/g, (run, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? '';
    const after = whole[offset + run.length] ?? '';
    return /[A-Za-z0-9]/.test(before) && /[A-Za-z0-9]/.test(after) ? ' ' : '';
  });
}

/** Full-width separators inside a number (`１．２７`, `２，９４１`) as ASCII, like the digits around them. */
function asciiSeparators(text: string): string {
  return text.replace(/([0-9])([．，])(?=[0-9])/g, (_m, d: string, sep: string) => d + (sep === '．' ? '.' : ','));
}

/** A cell's lines as paragraphs (joined lines, `\n` between paragraphs and bullets). */
export function paragraphs(lines: readonly string[]): string {
  return joinLines(lines)
    .split('\n')
    .map((p) => asciiSeparators(tidySpaces(p)))
    .filter((p) => p !== '')
    .join('\n');
}

/** A short cell's lines run together (labels, notes, the department). */
export function runTogether(lines: readonly string[]): string {
  return tidySpaces(paragraphs(lines).replace(/\n/g, ''));
}
