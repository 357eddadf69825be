import { createRequire } from 'node:module';
import path from 'node:path';
import type { IpadicFeatures } from 'kuromoji';
import { PlanExtractError } from '../errors.js';
import { buildIpadicTokenizer } from './dictionary.js';

/** One morpheme with its place in the tokenized text (UTF-16 offsets, end exclusive). */
export interface Token {
  surface: string;
  start: number;
  end: number;
  /** IPADIC part of speech and its first two details: 名詞 / 数 / *, 助詞 / 連体化 / *, … */
  pos: string;
  pos1: string;
  pos2: string;
  /** Dictionary form (行い → 行う); `*` for unknown words. */
  basic: string;
}

export type Tokenize = (text: string) => Token[];

let building: Promise<Tokenize> | null = null;
let built = false;

/** True once the kuromoji dictionary has been read into memory in this process. */
export function tokenizerLoaded(): boolean {
  return built;
}

/**
 * The IPADIC tokenizer, built once per process on first call. Building reads the
 * package's own dictionary (~1 s, ~200 MB: ./dictionary.ts), so nothing here runs at import time.
 * A failed build is not memoized: a later call tries again.
 */
export function loadTokenizer(): Promise<Tokenize> {
  building ??= buildTokenizer().then(
    (tokenize) => {
      built = true;
      return tokenize;
    },
    (err: unknown) => {
      building = null;
      const reason = err instanceof Error ? err.message : String(err);
      throw new PlanExtractError('INTERNAL', `could not load the kuromoji dictionary: ${reason}`, { cause: err });
    },
  );
  return building;
}

async function buildTokenizer(): Promise<Tokenize> {
  const packageJson = createRequire(import.meta.url).resolve('kuromoji/package.json');
  const tokenizer = await buildIpadicTokenizer(path.join(path.dirname(packageJson), 'dict'));
  return (text) => {
    const safe = text.replace(LONE_SURROGATE, '\ufffd');
    const tokens: Token[] = [];
    for (const piece of pieces(safe)) {
      for (const t of toTokens(piece.text, tokenizer.tokenize(piece.text))) {
        tokens.push({ ...t, start: t.start + piece.start, end: t.end + piece.start });
      }
    }
    return tokens;
  };
}

/**
 * kuromoji reads an unknown-word run (a long katakana or symbol string) in time
 * quadratic in its length, so text goes in bounded pieces, cut where a sentence,
 * clause or line ends when there is such a place.
 */
const PIECE = 256;
const CUT_AFTER = /[。．！？!?、，,\n ]/;

function* pieces(text: string): Generator<{ text: string; start: number }> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + PIECE);
    if (end < text.length) {
      let cut = end;
      while (cut > start + PIECE / 2 && !CUT_AFTER.test(text[cut - 1]!)) cut--;
      end = cut > start + PIECE / 2 ? cut : end;
      if (/[\udc00-\udfff]/.test(text[end] ?? '')) end--;
    }
    yield { text: text.slice(start, end), start };
    start = end;
  }
}

/** kuromoji's trie lookup crashes on a lone surrogate; U+FFFD keeps every offset. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Offsets computed from the surfaces rather than kuromoji's word_position, which
 * counts code points and so drifts after astral characters (𠮷).
 */
function toTokens(text: string, features: readonly IpadicFeatures[]): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  for (const f of features) {
    const surface = f.surface_form;
    if (!surface) continue;
    const start = text.startsWith(surface, at) ? at : text.indexOf(surface, at);
    if (start < 0) continue;
    tokens.push({
      surface,
      start,
      end: start + surface.length,
      pos: f.pos,
      pos1: f.pos_detail_1,
      pos2: f.pos_detail_2,
      basic: f.basic_form,
    });
    at = start + surface.length;
  }
  return tokens;
}
