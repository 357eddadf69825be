/*
 * Reading noun phrases out of a token stream: the building blocks of metric
 * labels. A phrase is a run of nouns and prefixes, joined by ・, や, の (との,
 * への), with bracketed notes; it never runs over a figure or a date.
 */

import type { Token } from './tokenizer.js';

/** Tokens of a prepared text, with what the figure scan found in them. */
export interface LabelContext {
  text: string;
  tokens: readonly Token[];
  /** Per token: part of a figure or of a number that is not one (a date, an ordinal). */
  blocked: readonly boolean[];
  /** Per token: part of a number that is not a figure. */
  dated: readonly boolean[];
}

export interface Range {
  first: number;
  last: number;
}

export const OPEN = /^[（(「『【［〔[]$/;
const CLOSE = /^[）)」』】］〕\]]$/;
const PUNCTUATION_ONLY = /^[\p{P}\p{S}\s]+$/u;
/** Auxiliaries of real inflection; any other 助動詞 reading inside a noun phrase is a misparsed name (ファイルりあん). */
const INFLECTION_AUXILIARIES = new Set([
  'だ', 'で', 'な', 'に', 'です', 'でし', 'た', 'ない', 'なく', 'ぬ', 'ず', 'ん', 'ます', 'まし', 'ませ', 'う', 'よう',
  'らしい', 'れる', 'られる', 'せる', 'させる', 'たい', 'べき', 'だっ', 'なら', 'なけれ',
]);

/**
 * The noun phrase ending at token `last`, read backwards: nouns and prefixes,
 * joined by `・`, `や`, `の` / `との` / `への` and followed by bracketed notes
 * (`相談支援件数（実人数）`); it stops at other particles, verbs, punctuation,
 * spaces, and at figures and dates.
 */
export function collectBackward(ctx: LabelContext, last: number): Range | null {
  const { tokens } = ctx;
  let first = last + 1;
  let j = last;
  let joins = 0;
  while (j >= 0 && last - j < 24) {
    const t = tokens[j]!;
    if (isNoun(ctx, j)) {
      first = j--;
      continue;
    }
    if (CLOSE.test(t.surface)) {
      const open = bracketOpening(ctx, j);
      if (open > 0 && isNoun(ctx, open - 1)) {
        first = open;
        j = open - 1;
        continue;
      }
      break;
    }
    if (first > last || j === 0) break;
    if (isDot(t) && isNoun(ctx, j - 1)) {
      first = j--;
      continue;
    }
    if ((isNo(ctx, j) || isAnd(ctx, j)) && joins < 2) {
      joins++;
      if (isNoun(ctx, j - 1)) {
        first = j--;
        continue;
      }
      const particle = tokens[j - 1]!;
      if (isNo(ctx, j) && j >= 2 && particle.pos === '助詞' && (particle.surface === 'と' || particle.surface === 'へ') && isNoun(ctx, j - 2)) {
        first = j - 1;
        j -= 2;
        continue;
      }
      break;
    }
    if (t.pos === '助動詞' && !INFLECTION_AUXILIARIES.has(t.surface) && isNoun(ctx, j - 1)) {
      first = j--;
      continue;
    }
    break;
  }
  return first <= last ? { first, last } : null;
}

/** The noun phrase starting at token `first`, read forwards (nouns, `・`, bracketed notes). */
export function collectForward(ctx: LabelContext, first: number): Range | null {
  const { tokens } = ctx;
  let last = first - 1;
  let j = first;
  while (j < tokens.length && j - first < 24) {
    if (isNoun(ctx, j)) {
      last = j++;
      continue;
    }
    if (last < first) break;
    if (isDot(tokens[j]!) && isNoun(ctx, j + 1)) {
      j++;
      continue;
    }
    if (OPEN.test(tokens[j]!.surface)) {
      const close = bracketClosing(ctx, j);
      if (close < 0) break;
      last = close;
      j = close + 1;
      continue;
    }
    break;
  }
  return last >= first ? { first, last } : null;
}

/** The `（` matching the `）` at `close`, if everything between is part of a noun phrase. */
function bracketOpening(ctx: LabelContext, close: number): number {
  for (let k = close - 1; k >= 0 && k > close - 12; k--) {
    if (OPEN.test(ctx.tokens[k]!.surface)) return k < close - 1 ? k : -1;
    if (!isNoun(ctx, k) && !isDot(ctx.tokens[k]!)) return -1;
  }
  return -1;
}

function bracketClosing(ctx: LabelContext, open: number): number {
  for (let k = open + 1; k < ctx.tokens.length && k < open + 12; k++) {
    if (CLOSE.test(ctx.tokens[k]!.surface)) return k > open + 1 ? k : -1;
    if (!isNoun(ctx, k) && !isDot(ctx.tokens[k]!)) return -1;
  }
  return -1;
}

export function isNoun(ctx: LabelContext, j: number): boolean {
  const t = ctx.tokens[j];
  if (!t || ctx.blocked[j] || PUNCTUATION_ONLY.test(t.surface)) return false;
  if (t.pos === '名詞') return t.pos1 !== '非自立';
  return t.pos === '接頭詞' || (t.pos === '記号' && t.pos1 === 'アルファベット');
}

export function isSahen(ctx: LabelContext, j: number): boolean {
  const t = ctx.tokens[j];
  return !!t && !ctx.blocked[j] && t.pos === '名詞' && t.pos1 === 'サ変接続' && !PUNCTUATION_ONLY.test(t.surface);
}

export function isNo(ctx: LabelContext, j: number): boolean {
  const t = ctx.tokens[j];
  return !!t && t.surface === 'の' && t.pos === '助詞';
}

/** や joins two nouns into one phrase: 家族や人間関係, 障害や病状の理解. */
function isAnd(ctx: LabelContext, j: number): boolean {
  const t = ctx.tokens[j];
  return !!t && t.surface === 'や' && t.pos === '助詞' && t.pos1 === '並立助詞';
}

export function isDot(t: Token): boolean {
  return t.surface === '・' || t.surface === '･';
}

export function isSpace(t: Token): boolean {
  return /^[ \t\u3000]+$/.test(t.surface);
}

export function skipBackward(ctx: LabelContext, from: number, skip: (t: Token) => boolean): number {
  let i = from;
  while (i >= 0 && !ctx.blocked[i] && skip(ctx.tokens[i]!)) i--;
  return i;
}

export function rangeText(ctx: LabelContext, range: Range): string {
  return ctx.text.slice(ctx.tokens[range.first]!.start, ctx.tokens[range.last]!.end);
}

/** Index of the first token that ends after `offset` (tokens.length if none). */
export function firstTokenEndingAfter(tokens: readonly Token[], offset: number): number {
  return lastTokenBefore(tokens, offset) + 1;
}

/** Index of the last token that ends at or before `offset` (-1 if none). */
export function lastTokenBefore(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}
