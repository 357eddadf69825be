/**
 * A content stream's operators, lexed without interpreting them: what the bounds need
 * is how many there are and which XObjects `Do` draws.
 */
import { isRegular, skipLiteralString } from './objects.js';

const isWhite = (c: number) => c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 0;

/**
 * Calls `onOperator` for every operator of the content, with the name operand before it
 * (for `Do`: the XObject's name in the resources). Returning false stops the scan.
 */
export function scanOperators(content: string, onOperator: (op: string, name: string | undefined) => boolean): void {
  const s = content;
  let name: string | undefined;
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isWhite(c)) {
      i++;
    } else if (c === 0x25 /* % */) {
      while (i < n && s.charCodeAt(i) !== 10 && s.charCodeAt(i) !== 13) i++;
    } else if (c === 0x28 /* ( */) {
      i = skipLiteralString(s, i);
    } else if (c === 0x3c /* < */) {
      if (s.charCodeAt(i + 1) === 0x3c) i += 2;
      else {
        const close = s.indexOf('>', i);
        i = close < 0 ? n : close + 1;
      }
    } else if (c === 0x2f /* / */) {
      const from = ++i;
      while (i < n && isRegular(s.charCodeAt(i))) i++;
      name = s.slice(from, i);
    } else if (!isRegular(c)) {
      i++;
    } else {
      const from = i;
      while (i < n && isRegular(s.charCodeAt(i))) i++;
      // numbers are operands
      if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) continue;
      const op = s.slice(from, i);
      if (op === 'true' || op === 'false' || op === 'null') continue;
      if (!onOperator(op, name)) return;
      name = undefined;
      if (op === 'ID') i = endOfInlineImage(s, i);
    }
  }
}

/** Past an inline image's data: the `EI` that stands alone between white space. */
function endOfInlineImage(s: string, from: number): number {
  for (let i = s.indexOf('EI', from + 1); i >= 0; i = s.indexOf('EI', i + 1)) {
    if (isWhite(s.charCodeAt(i - 1)) && (i + 2 >= s.length || isWhite(s.charCodeAt(i + 2)))) return i + 2;
  }
  return s.length;
}
