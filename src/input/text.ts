import Encoding from 'encoding-japanese';
import { PlanExtractError } from '../errors.js';
import { removeControlCharacters, type ControlCharacters } from './control-chars.js';
import type { TextDocument } from './types.js';

export const TEXT_ENCODINGS = ['utf-8', 'shift_jis', 'euc-jp', 'utf-16le', 'utf-16be', 'iso-2022-jp'] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

const ALIASES: Record<string, TextEncoding> = {
  utf8: 'utf-8', 'utf-8': 'utf-8', sjis: 'shift_jis', shift_jis: 'shift_jis', 'shift-jis': 'shift_jis', cp932: 'shift_jis',
  'windows-31j': 'shift_jis', eucjp: 'euc-jp', 'euc-jp': 'euc-jp', utf16le: 'utf-16le', 'utf-16le': 'utf-16le',
  utf16be: 'utf-16be', 'utf-16be': 'utf-16be', 'utf-16': 'utf-16le', jis: 'iso-2022-jp', 'iso-2022-jp': 'iso-2022-jp',
};

export function resolveEncoding(name: string): TextEncoding {
  const e = ALIASES[name.toLowerCase()];
  if (!e) throw new PlanExtractError('USAGE', `unknown input encoding "${name}" (use one of ${TEXT_ENCODINGS.join(', ')})`);
  return e;
}

/** Which encoding a byte string is in: BOMs first, then encoding-japanese's detector. */
export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const detected = Encoding.detect(bytes);
  switch (detected) {
    case 'SJIS': return 'shift_jis';
    case 'EUCJP': return 'euc-jp';
    case 'JIS': return 'iso-2022-jp';
    // a stray NUL makes the detector guess UTF-16; UTF-16 Japanese is never valid UTF-8
    case 'UTF16BE': return isUtf8(bytes) ? 'utf-8' : 'utf-16be';
    case 'UTF16LE':
    case 'UTF16': return isUtf8(bytes) ? 'utf-8' : 'utf-16le';
    default: return 'utf-8';
  }
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const DECODER_LABEL: Record<TextEncoding, string> = {
  'utf-8': 'utf-8', shift_jis: 'shift_jis', 'euc-jp': 'euc-jp', 'utf-16le': 'utf-16le', 'utf-16be': 'utf-16be', 'iso-2022-jp': 'iso-2022-jp',
};

/** Bytes to a string; a byte sequence that is invalid in the encoding is an error, not mojibake. */
export function decodeText(bytes: Uint8Array, encoding?: TextEncoding): string {
  const enc = encoding ?? detectEncoding(bytes);
  try {
    return new TextDecoder(DECODER_LABEL[enc], { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch (cause) {
    throw new PlanExtractError('ENCODING_UNKNOWN', `text is not valid ${enc} (use --input-encoding to name its encoding)`, { cause });
  }
}

/** A text split into pages at form feeds (as pdftotext writes them) and into lines. */
export function toTextDocument(text: string): TextDocument {
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const chunks = body.split('\f');
  // any form feed makes the text paged: pdftotext ends every page with one, a one-page report's too
  const paged = chunks.length > 1;
  if (paged && chunks[chunks.length - 1]!.trim() === '') chunks.pop();
  const tally: { found?: ControlCharacters } = {};
  return {
    format: 'text',
    pages: chunks.map((chunk, i) => ({ page: paged ? i + 1 : null, lines: removeControlCharacters(chunk, tally, paged ? i + 1 : null).split('\n') })),
    pageCount: paged ? chunks.length : null,
    ...(tally.found ? { controlCharacters: tally.found } : {}),
  };
}
