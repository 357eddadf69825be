/**
 * A cheap, forgiving reader of a PDF's object structure: enough to find each page's
 * content streams and the Form XObjects they draw, so that their size and nesting can
 * be bounded before pdf.js interprets them (pdf.js inflates and runs a whole content
 * stream before it returns anything). Anything it cannot make sense of is left to pdf.js.
 */
import { kMaxLength } from 'node:buffer';
import { constants, inflateSync } from 'node:zlib';

export class PdfName {
  constructor(readonly name: string) {}
}
export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}
export type PdfDict = Map<string, PdfValue>;
/** Strings are kept only as a marker: nothing here needs their text. */
export type PdfValue = number | boolean | null | PdfName | PdfRef | PdfValue[] | PdfDict | { string: true };

export interface PdfStream {
  dict: PdfDict;
  /** Offsets of the raw (encoded) data in the file. */
  start: number;
  end: number;
}

/** Dictionaries and arrays nested deeper than this are not a real document's. */
const MAX_VALUE_NESTING = 64;

const isWhite = (c: number) => c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 0;
const isDelim = (c: number) =>
  c === 0x28 || c === 0x29 || c === 0x3c || c === 0x3e || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x2f || c === 0x25;
/** NaN (past the end) is neither white space nor a delimiter: callers check the length. */
export const isRegular = (c: number) => !isWhite(c) && !isDelim(c);

/** Values parsed from a latin1 string of the file's bytes (one byte, one char). */
class ValueParser {
  constructor(
    private readonly s: string,
    public pos: number,
  ) {}

  skipSpace(): void {
    const s = this.s;
    while (this.pos < s.length) {
      const c = s.charCodeAt(this.pos);
      if (isWhite(c)) this.pos++;
      else if (c === 0x25 /* % */) while (this.pos < s.length && s.charCodeAt(this.pos) !== 10 && s.charCodeAt(this.pos) !== 13) this.pos++;
      else return;
    }
  }

  private word(): string {
    const from = this.pos;
    while (this.pos < this.s.length && isRegular(this.s.charCodeAt(this.pos))) this.pos++;
    return this.s.slice(from, this.pos);
  }

  /** The next value, or undefined at a keyword that is not one (obj, stream, endobj …). */
  value(depth = 0): PdfValue | undefined {
    if (depth > MAX_VALUE_NESTING) throw new Error('values nested too deep');
    this.skipSpace();
    const s = this.s;
    if (this.pos >= s.length) return undefined;
    const c = s.charCodeAt(this.pos);
    if (c === 0x3c /* < */ && s.charCodeAt(this.pos + 1) === 0x3c) {
      this.pos += 2;
      const dict: PdfDict = new Map();
      for (;;) {
        this.skipSpace();
        if (this.pos >= s.length) return dict;
        if (s.charCodeAt(this.pos) === 0x3e && s.charCodeAt(this.pos + 1) === 0x3e) {
          this.pos += 2;
          return dict;
        }
        const key = this.value(depth + 1);
        if (!(key instanceof PdfName)) return dict;
        dict.set(key.name, this.value(depth + 1) ?? null);
      }
    }
    if (c === 0x3c) {
      const close = s.indexOf('>', this.pos);
      this.pos = close < 0 ? s.length : close + 1;
      return { string: true };
    }
    if (c === 0x5b /* [ */) {
      this.pos++;
      const items: PdfValue[] = [];
      for (;;) {
        this.skipSpace();
        if (this.pos >= s.length) return items;
        if (s.charCodeAt(this.pos) === 0x5d) {
          this.pos++;
          return items;
        }
        const v = this.value(depth + 1);
        if (v === undefined) return items;
        items.push(v);
      }
    }
    if (c === 0x28 /* ( */) {
      this.pos = skipLiteralString(s, this.pos);
      return { string: true };
    }
    if (c === 0x2f /* / */) {
      this.pos++;
      return new PdfName(this.word());
    }
    if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) {
      const n = Number(this.word());
      if (!Number.isInteger(n) || n < 0) return Number.isFinite(n) ? n : 0;
      return this.reference(n) ?? n;
    }
    if (c === 0x5d || c === 0x3e || c === 0x29 || c === 0x7b || c === 0x7d) {
      this.pos++;
      return null;
    }
    const from = this.pos;
    const w = this.word();
    if (w === 'true') return true;
    if (w === 'false') return false;
    if (w === 'null') return null;
    this.pos = from;
    return undefined;
  }

  /** `num gen R` after the number just read, or undefined (and the position unchanged). */
  private reference(num: number): PdfRef | undefined {
    const save = this.pos;
    this.skipSpace();
    const from = this.pos;
    while (this.pos < this.s.length && this.s.charCodeAt(this.pos) >= 0x30 && this.s.charCodeAt(this.pos) <= 0x39) this.pos++;
    if (this.pos > from && !isRegular(this.s.charCodeAt(this.pos))) {
      const gen = Number(this.s.slice(from, this.pos));
      this.skipSpace();
      if (this.s.charCodeAt(this.pos) === 0x52 /* R */ && !isRegular(this.s.charCodeAt(this.pos + 1))) {
        this.pos++;
        return new PdfRef(num, gen);
      }
    }
    this.pos = save;
    return undefined;
  }
}

/** The offset just past a literal string `( … )` starting at `pos`: nested parentheses balance, a backslash escapes one byte. */
export function skipLiteralString(s: string, pos: number): number {
  let depth = 0;
  for (let i = pos; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x28) depth++;
    else if (c === 0x29 && --depth === 0) return i + 1;
  }
  return s.length;
}

export function latin1(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.length).toString('latin1');
}

const OBJ_HEADER = /(\d+)\s+(\d+)\s+obj\b/g;
const ROOT = /\/Root\s+(\d+)\s+(\d+)\s+R/g;

/**
 * Every object of the file by number, parsed when first asked for: the last definition in
 * the file wins, as an incremental update means; objects packed in object streams are
 * found there when the file does not define them itself.
 */
export class PdfObjects {
  private readonly text: string;
  private readonly offsets = new Map<number, number>();
  private readonly parsed = new Map<number, PdfValue | PdfStream | undefined>();
  private readonly objectStreams: number[] = [];
  private packed: Map<number, PdfValue> | undefined;
  /** Some object number is defined twice, or an object stream could not be read (see definesObjectsOnce). */
  private ambiguous = false;
  readonly encrypted: boolean;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly inflate: (s: PdfStream) => Uint8Array | null,
  ) {
    this.text = latin1(bytes);
    OBJ_HEADER.lastIndex = 0;
    for (let m = OBJ_HEADER.exec(this.text); m; m = OBJ_HEADER.exec(this.text)) {
      const num = Number(m[1]);
      if (this.offsets.has(num)) this.ambiguous = true;
      this.offsets.set(num, m.index + m[0].length);
      if (/\/Type\s*\/ObjStm\b/.test(this.text.slice(m.index, m.index + 300))) this.objectStreams.push(num);
    }
    this.encrypted = /\/Encrypt\s*(\d+\s+\d+\s+R|<<)/.test(this.text);
  }

  /** The document catalog: the last /Root reference, or else the object that says it is one. */
  catalog(): PdfDict | undefined {
    let root: PdfRef | undefined;
    ROOT.lastIndex = 0;
    for (let m = ROOT.exec(this.text); m; m = ROOT.exec(this.text)) root = new PdfRef(Number(m[1]), Number(m[2]));
    const dict = this.dict(root);
    if (dict) return dict;
    for (const num of this.offsets.keys()) {
      const obj = this.object(num);
      if (obj instanceof Map && nameOf(obj.get('Type')) === 'Catalog') return obj;
    }
    return undefined;
  }

  private object(num: number): PdfValue | PdfStream | undefined {
    if (this.parsed.has(num)) return this.parsed.get(num);
    this.parsed.set(num, undefined); // a damaged or cyclic definition reads as missing
    const at = this.offsets.get(num);
    const value = at === undefined ? this.unpacked().get(num) : this.parseAt(at);
    this.parsed.set(num, value);
    return value;
  }

  private parseAt(at: number): PdfValue | PdfStream | undefined {
    const parser = new ValueParser(this.text, at);
    try {
      const value = parser.value();
      parser.skipSpace();
      if (value instanceof Map && this.text.startsWith('stream', parser.pos)) return this.streamAt(value, parser.pos + 'stream'.length);
      return value;
    } catch {
      return undefined;
    }
  }

  private streamAt(dict: PdfDict, afterKeyword: number): PdfStream {
    const text = this.text;
    let start = afterKeyword;
    if (text[start] === '\r') start++;
    if (text[start] === '\n') start++;
    const length = this.get(dict.get('Length'));
    if (typeof length === 'number' && Number.isInteger(length) && length >= 0 && /^\s*endstream/.test(text.slice(start + length, start + length + 32))) {
      return { dict, start, end: start + length };
    }
    const endstream = text.indexOf('endstream', start);
    return { dict, start, end: endstream < 0 ? text.length : endstream };
  }

  private unpacked(): Map<number, PdfValue> {
    if (this.packed) return this.packed;
    this.packed = new Map();
    for (const num of this.objectStreams) {
      const obj = this.object(num);
      // the header scan looks a little past an object's start: a short stream before an object stream is listed too
      if (!isStream(obj) || nameOf(obj.dict.get('Type')) !== 'ObjStm') continue;
      const count = obj.dict.get('N');
      const first = obj.dict.get('First');
      const data = typeof count === 'number' && typeof first === 'number' ? this.inflate(obj) : null;
      if (!data) {
        this.ambiguous = true;
        continue;
      }
      const text = latin1(data);
      const header = new ValueParser(text, 0);
      for (let i = 0; i < (count as number); i++) {
        const n = header.value();
        const offset = header.value();
        if (typeof n !== 'number' || typeof offset !== 'number') {
          this.ambiguous = true;
          break;
        }
        if (this.offsets.has(n) || this.packed.has(n)) this.ambiguous = true;
        try {
          const v = new ValueParser(text, (first as number) + offset).value();
          if (v !== undefined && !this.packed.has(n)) this.packed.set(n, v);
        } catch {
          // a damaged entry reads as missing; pdf.js will judge the file
        }
      }
    }
    return this.packed;
  }

  /**
   * Whether every object number is defined once (no incremental update, nothing damaged
   * or unreadable in object streams): then a reference means the same object to this
   * reader as to one that follows the cross-reference table, such as pdf.js.
   */
  definesObjectsOnce(): boolean {
    this.unpacked();
    return !this.ambiguous;
  }

  get(v: PdfValue | PdfStream | undefined): PdfValue | PdfStream | undefined {
    return v instanceof PdfRef ? this.object(v.num) : v;
  }

  dict(v: PdfValue | PdfStream | undefined): PdfDict | undefined {
    const r = this.get(v);
    return r instanceof Map ? r : undefined;
  }

  streamOf(v: PdfValue | undefined): PdfStream | undefined {
    const r = this.get(v);
    return isStream(r) ? r : undefined;
  }

  raw(s: PdfStream): Uint8Array {
    return this.bytes.subarray(s.start, s.end);
  }
}

export function isStream(v: unknown): v is PdfStream {
  return typeof v === 'object' && v !== null && 'dict' in v && 'start' in v;
}

export function nameOf(v: PdfValue | PdfStream | undefined): string | undefined {
  return v instanceof PdfName ? v.name : undefined;
}

export function decodeStream(objects: PdfObjects, s: PdfStream, limit: number): Uint8Array | null | undefined {
  const filter = objects.get(s.dict.get('Filter'));
  const filters = Array.isArray(filter) ? filter.map((f) => nameOf(objects.get(f))) : filter === undefined || filter === null ? [] : [nameOf(filter)];
  const raw = objects.raw(s);
  if (filters.length === 0) return raw.length > limit ? undefined : raw;
  if (filters.length > 1 || (filters[0] !== 'FlateDecode' && filters[0] !== 'Fl')) return null;
  try {
    // pdf.js reads a truncated deflate stream up to where it ends: so does the sync flush
    return inflateSync(raw, { maxOutputLength: Math.min(limit + 1, kMaxLength), finishFlush: constants.Z_SYNC_FLUSH });
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? undefined : null;
  }
}
