/**
 * Text to bytes for output files: UTF-8 (with or without BOM) or Shift_JIS (CP932,
 * via encoding-japanese) for Excel users. Shift_JIS cannot hold every character,
 * so callers ask `isRepresentable` first and say where a character was lost.
 */
import Encoding from 'encoding-japanese';
import { PlanExtractError } from '../errors.js';

export type OutputEncoding = 'utf-8' | 'shift_jis';

const ALIASES: Record<string, OutputEncoding> = {
  'utf-8': 'utf-8', utf8: 'utf-8',
  shift_jis: 'shift_jis', 'shift-jis': 'shift_jis', sjis: 'shift_jis', cp932: 'shift_jis', 'windows-31j': 'shift_jis',
};

export function resolveOutputEncoding(name: string): OutputEncoding {
  const e = ALIASES[name.toLowerCase()];
  if (!e) throw new PlanExtractError('USAGE', `unknown output encoding "${name}" (use utf-8 or shift_jis)`);
  return e;
}

/** What Shift_JIS writes instead of a character it cannot hold (the JIS geta mark, itself in Shift_JIS). */
export const REPLACEMENT = '〓';

const sjisCache = new Map<number, boolean>();

/** Whether one character (a code point) can be written in the encoding. */
export function isRepresentable(char: string, encoding: OutputEncoding): boolean {
  if (encoding === 'utf-8') return true;
  const cp = char.codePointAt(0)!;
  if (cp < 0x80) return true;
  let ok = sjisCache.get(cp);
  if (ok === undefined) {
    try {
      Encoding.convert(Encoding.stringToCode(char), { to: 'SJIS', from: 'UNICODE', fallback: 'error' });
      ok = true;
    } catch {
      ok = false;
    }
    sjisCache.set(cp, ok);
  }
  return ok;
}

/** `𠮷 (U+20BB7)`: the character and its code point, so a reader can find it even when it shows as a box. */
export function describeChar(char: string): string {
  return `${char} (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Encode text whose characters the caller has checked with isRepresentable. */
export function encodeText(text: string, encoding: OutputEncoding, bom: boolean): Buffer {
  if (encoding === 'shift_jis') {
    return Buffer.from(Encoding.convert(Encoding.stringToCode(text), { to: 'SJIS', from: 'UNICODE' }) as number[]);
  }
  const body = Buffer.from(text, 'utf8');
  return bom ? Buffer.concat([UTF8_BOM, body]) : body;
}
