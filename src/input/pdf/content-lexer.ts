/**
 * A content stream's operators with their operands, read the way pdf.js 5.6 reads them
 * (its Lexer, Parser and EvaluatorPreprocessor) for content written as the PDF spec asks.
 * Where pdf.js would recover from something else (an unknown or glued operator, a wrong
 * operand count, a malformed number, an inline image, an unterminated string…), the
 * lexer throws UnreadableContent instead of guessing, and the caller lets pdf.js read
 * the page: the operators read here must be exactly those pdf.js would run.
 */

export class UnreadableContent extends Error {}

/** An operand: a number, a name (as a string), or null for any other value (string, array, dictionary, boolean). */
export type Operand = number | string | null;

interface OperatorSpec {
  op: string;
  args: number;
  /** Takes at most `args` operands (colour operators). */
  variable: boolean;
}

/** pdf.js EvaluatorPreprocessor.opMap: each operator with its operand count ("+" = at most). */
const OPERATOR_SPECS: Array<[string, OperatorSpec]> = (
  'w:1 J:1 j:1 M:1 d:2 ri:1 i:1 gs:1 q:0 Q:0 cm:6 m:2 l:2 c:6 v:4 y:4 h:0 re:4 S:0 s:0 f:0 F:0 f*:0 B:0 B*:0 b:0 b*:0 n:0 ' +
  'W:0 W*:0 BT:0 ET:0 Tc:1 Tw:1 Tz:1 TL:1 Tf:2 Tr:1 Ts:1 Td:2 TD:2 Tm:6 T*:0 Tj:1 TJ:1 \':1 ":3 d0:2 d1:6 CS:1 cs:1 ' +
  'SC:4+ SCN:33+ sc:4+ scn:33+ G:1 g:1 RG:3 rg:3 K:4 k:4 sh:1 BI:0 ID:0 EI:1 Do:1 MP:1 DP:2 BMC:1 BDC:2 EMC:0 BX:0 EX:0'
)
  .split(' ')
  .map((entry) => {
    const at = entry.lastIndexOf(':');
    const count = entry.slice(at + 1);
    const op = entry.slice(0, at);
    return [op, { op, args: parseInt(count, 10), variable: count.endsWith('+') }];
  });

/** An operator word's bytes as one number (every operator has one to three ASCII bytes): looked up without making a string. */
const wordKey = (data: ArrayLike<number>, from: number, to: number): number => {
  let key = 0;
  for (let k = to - 1; k >= from; k--) key = key * 256 + data[k]!;
  return key;
};
const OPERATORS = new Map<number, OperatorSpec>(OPERATOR_SPECS.map(([op, spec]) => [wordKey(Buffer.from(op, 'latin1'), 0, op.length), spec]));
/** The words that are operands (pdf.js reads null as no operand at all). */
const TRUE = wordKey(Buffer.from('true'), 0, 4);
const FALSE = wordKey(Buffer.from('false'), 0, 5);
const NULL = wordKey(Buffer.from('null'), 0, 4);

/** pdf.js throws past this many operands before an operator. */
const MAX_OPERANDS = 33;

const WHITE = 1;
const DELIMITER = 2;
/** pdf.js `specialChars`: NUL, TAB, LF, FF, CR and space are white space; ( ) < > [ ] { } / % delimit. */
const CLASS = new Uint8Array(256);
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) CLASS[c] = WHITE;
for (const c of '()<>[]{}/%') CLASS[c.charCodeAt(0)] = DELIMITER;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * Calls `onOperator` for every operator of `data` in order, with its operands (the array
 * is reused: copy what must outlive the call). Throws UnreadableContent as described above.
 */
export function readOperators(data: Uint8Array, onOperator: (op: string, operands: Operand[]) => void): void {
  // a new array for each operator: emptying one by setting its length is a runtime call, far dearer
  let operands: Operand[] = [];
  const n = data.length;
  let i = 0;
  while (i < n) {
    const c = data[i]!;
    const kind = CLASS[c];
    if (kind === WHITE) {
      i++;
      continue;
    }
    if (c === 0x25 /* % */) {
      i = skipComment(data, i);
      continue;
    }
    if (isDigit(c) || c === 0x2b || c === 0x2d || c === 0x2e) {
      i = readNumber(data, i, operands);
    } else if (c === 0x2f /* / */) {
      i = readName(data, i, operands);
    } else if (kind === DELIMITER) {
      i = skipValue(data, i, 0);
      operands.push(null);
    } else {
      const from = i;
      while (i < n && CLASS[data[i]!] === 0) i++;
      const key = i - from <= 5 ? wordKey(data, from, i) : -1;
      if (key === TRUE || key === FALSE) {
        operands.push(null);
      } else if (key !== NULL) {
        const spec = i - from <= 3 ? OPERATORS.get(key) : undefined;
        if (!spec || spec.op === 'BI') throw new UnreadableContent(`operator ${JSON.stringify(wordAt(data, from, i))}`);
        if (spec.variable ? operands.length > spec.args : operands.length !== spec.args) {
          throw new UnreadableContent(`${spec.op} with ${operands.length} operands`);
        }
        onOperator(spec.op, operands);
        operands = [];
        continue;
      }
    }
    if (operands.length > MAX_OPERANDS) throw new UnreadableContent('too many operands');
  }
}

/** A word that is no operator, as the error names it. */
function wordAt(data: Uint8Array, from: number, to: number): string {
  return Buffer.from(data.buffer, data.byteOffset + from, to - from).toString('latin1');
}

function skipComment(data: Uint8Array, i: number): number {
  while (i < data.length && data[i] !== 0x0a && data[i] !== 0x0d) i++;
  return i;
}

/**
 * pdf.js Lexer.getNumber for a plain number (sign, digits, at most one point), computed
 * the same way, digit by digit and one division, so the value is the same to the bit.
 * It must end at white space or a delimiter: pdf.js reads `5m` or `1.2.3` its own way.
 */
function readNumber(data: Uint8Array, i: number, operands: Operand[]): number {
  const n = data.length;
  let sign = 1;
  let c = data[i]!;
  if (c === 0x2d || c === 0x2b) {
    if (c === 0x2d) sign = -1;
    c = data[++i]!;
  }
  let divideBy = 0;
  if (c === 0x2e) {
    divideBy = 10;
    c = data[++i]!;
  }
  if (i >= n || !isDigit(c)) throw new UnreadableContent('malformed number');
  let value = c - 0x30;
  for (i++; i < n; i++) {
    c = data[i]!;
    if (isDigit(c)) {
      if (divideBy !== 0) divideBy *= 10;
      value = value * 10 + (c - 0x30);
    } else if (c === 0x2e && divideBy === 0) {
      divideBy = 1;
    } else {
      break;
    }
  }
  if (i < n && CLASS[data[i]!] === 0) throw new UnreadableContent('malformed number');
  if (divideBy !== 0) value /= divideBy;
  operands.push(sign * value);
  return i;
}

/** A name operand; `#xx` escapes are left to pdf.js. */
function readName(data: Uint8Array, i: number, operands: Operand[]): number {
  const from = ++i;
  while (i < data.length && CLASS[data[i]!] === 0) {
    if (data[i] === 0x23 /* # */) throw new UnreadableContent('escaped name');
    i++;
  }
  let name = '';
  for (let k = from; k < i; k++) name += String.fromCharCode(data[k]!);
  operands.push(name);
  return i;
}

const MAX_VALUE_NESTING = 64;

/**
 * Past one value starting at a delimiter: a string, hex string, array or dictionary
 * (arrays and dictionaries hold any values). Stray closing delimiters and procedures
 * are not operands pdf.js would take.
 */
function skipValue(data: Uint8Array, i: number, depth: number): number {
  if (depth > MAX_VALUE_NESTING) throw new UnreadableContent('values nested too deep');
  const n = data.length;
  const c = data[i];
  if (c === 0x28 /* ( */) {
    let open = 0;
    for (; i < n; i++) {
      const d = data[i];
      if (d === 0x5c) i++;
      else if (d === 0x28) open++;
      else if (d === 0x29 && --open === 0) return i + 1;
    }
    throw new UnreadableContent('unterminated string');
  }
  if (c === 0x3c /* < */ && data[i + 1] !== 0x3c) {
    const close = data.indexOf(0x3e, i);
    if (close < 0) throw new UnreadableContent('unterminated hex string');
    return close + 1;
  }
  const dict = c === 0x3c;
  if (!dict && c !== 0x5b /* [ */) throw new UnreadableContent(`unexpected ${String.fromCharCode(c ?? 0)}`);
  // numbers read only to be skipped (emptying the array after each would be a runtime call)
  const ignored: Operand[] = [];
  for (i += dict ? 2 : 1; ; ) {
    if (i >= n) throw new UnreadableContent('unterminated array or dictionary');
    const d = data[i]!;
    if (CLASS[d] === WHITE) i++;
    else if (d === 0x25) i = skipComment(data, i);
    else if (dict ? d === 0x3e && data[i + 1] === 0x3e : d === 0x5d) return i + (dict ? 2 : 1);
    else if (isDigit(d) || d === 0x2b || d === 0x2d || d === 0x2e) i = readNumber(data, i, ignored);
    else if (d === 0x2f) i = readNameLoose(data, i);
    else if (d === 0x28 || d === 0x3c || d === 0x5b) i = skipValue(data, i, depth + 1);
    else if (CLASS[d] === DELIMITER) throw new UnreadableContent(`unexpected ${String.fromCharCode(d)}`);
    else while (i < n && CLASS[data[i]!] === 0) i++; // a keyword: true, false, null, R
  }
}

/** A name inside an array or dictionary, where its spelling does not matter. */
function readNameLoose(data: Uint8Array, i: number): number {
  for (i++; i < data.length && CLASS[data[i]!] === 0; ) i++;
  return i;
}
