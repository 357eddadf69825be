import type { Metric } from '../schema/common.js';
import { cleanLabel } from '../normalize/index.js';
import { scanFigures, type Figure, type Span } from './figures.js';
import { genericLabel, labelFigure } from './label.js';
import { firstTokenEndingAfter, type LabelContext } from './phrases.js';
import { prepare, sourceSlice } from './prepare.js';
import type { Token, Tokenize } from './tokenizer.js';

export interface MetricExtractor {
  /** Every number-with-counter stated in the text, in order. Never throws. */
  extract(text: string): Metric[];
}

/** How many distinct texts keep their metrics in memory (repeated cells, repeated runs over a batch). */
const CACHE_SIZE = 2000;

/**
 * Feed the source text as written (cell lines joined with `\n`): wrapped lines
 * are joined here, and `raw` keeps the source's own characters (full-width digits).
 */
export function createMetricExtractor(tokenize: Tokenize): MetricExtractor {
  const cache = new Map<string, Metric[]>();
  return {
    extract(text: string): Metric[] {
      if (typeof text !== 'string' || text.trim() === '') return [];
      let metrics = cache.get(text);
      if (!metrics) {
        metrics = extractMetrics(text, tokenize);
        if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
        cache.set(text, metrics);
      }
      return metrics.map((m) => ({ ...m }));
    },
  };
}

/** ASCII punctuation IPADIC reads as unknown nouns, swapped one for one with the forms it knows. */
const TOKENIZER_PUNCTUATION: Record<string, string> = { '(': '（', ')': '）', ':': '：', ',': '、', ';': '；', '!': '！', '?': '？' };

function extractMetrics(source: string, tokenize: Tokenize): Metric[] {
  const prepared = prepare(source);
  const scan = scanFigures(prepared.text);
  if (scan.figures.length === 0) return [];
  const tokens = tokenize(prepared.text.replace(/[():,;!?]/g, (c) => TOKENIZER_PUNCTUATION[c]!));
  const figures = scan.figures.filter((f) => !f.kanji || readsAsNumber(tokens, f));
  const dated = covered(tokens, scan.barriers, prepared.text.length);
  const figured = covered(tokens, figures, prepared.text.length);
  const blocked = tokens.map((_, k) => dated[k]! || figured[k]!);
  const ctx: LabelContext = { text: prepared.text, tokens, blocked, dated };
  return figures.map((figure) => {
    const { label, start, end } = labelFigure(ctx, figure);
    return {
      label: cleanLabel(label) || genericLabel(figure.unit),
      value: figure.value,
      unit: figure.unit,
      raw: sourceSlice(source, prepared, start, end),
    };
  });
}

/** Per token: whether any of the spans covers part of it (one pass over a character mask). */
function covered(tokens: readonly Token[], spans: readonly Span[], length: number): boolean[] {
  const mask = new Uint8Array(length + 1);
  for (const s of spans) mask.fill(1, s.start, s.end);
  return tokens.map((t) => mask.subarray(t.start, t.end).includes(1));
}

/** 二十三名 is a figure, 統一回答 and 百人一首 are not: every token of the numeral must be a number on its own. */
function readsAsNumber(tokens: readonly Token[], figure: Figure): boolean {
  const covering: Token[] = [];
  for (let k = firstTokenEndingAfter(tokens, figure.numberStart); k < tokens.length && tokens[k]!.start < figure.numberEnd; k++) {
    covering.push(tokens[k]!);
  }
  return (
    covering.length > 0 &&
    covering.every((t) => t.pos1 === '数' && t.start >= figure.numberStart && t.end <= figure.numberEnd)
  );
}
