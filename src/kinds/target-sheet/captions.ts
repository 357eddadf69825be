import type { Item, TextItem } from './items.js';
import { canon } from './text.js';
import { CAPTION_MARK, TARGET_SHEET_CAPTIONS } from './vocabulary.js';

/** The parts of a sheet a caption opens; `measures` (主な取組) is the form's text that no field holds. */
export type Section = 'goal' | 'rationale' | 'actuals' | 'measures' | 'activity' | 'evaluation' | 'council' | 'improvement';

export const PLAN_SECTIONS: readonly Section[] = ['goal', 'rationale', 'actuals', 'measures', 'activity'];
export const REVIEW_SECTIONS: readonly Section[] = ['evaluation', 'council', 'improvement'];

/**
 * The printed captions of the form, in their canonical spelling. Cells wrap them
 * anywhere (`協議会`/`等意見`, `た評価、改`/`善方策】`), so they are matched across lines.
 * The bracketed ones are the sub-captions under the main ones; a main caption may be
 * printed in brackets too (`【数値目標】`, `【評価】`), and is still a main one.
 */
const CAPTIONS = [
  ...TARGET_SHEET_CAPTIONS.map((c) => ({ ...c, sub: c.text.startsWith('【') })),
  ...TARGET_SHEET_CAPTIONS.filter((c) => !c.text.startsWith('【')).map((c) => ({ ...c, text: `【${c.text}】`, sub: false })),
].sort((a, b) => b.text.length - a.text.length);

/** No caption is wrapped over more lines than this. */
const MAX_CAPTION_LINES = 8;
/** Lines a caption and the text interleaved with it may span. */
const MAX_CAPTION_SPAN = 16;
/** Text lines tolerated between two pieces of a caption. */
const MAX_GAP = 3;
/** A caption piece after interleaved text is a cell-width fragment (`を踏まえ`), never a sentence. */
const MAX_PIECE_AFTER_GAP = 6;
/** An unknown bracketed sub-caption is short; longer bracketed text is content. */
const MAX_BRACKET_CHARS = 40;

export interface CaptionSpan {
  /** Index of the first item after the caption. */
  next: number;
  /** Text on the caption's last line after the caption itself (same-line content), if any. */
  rest: TextItem | null;
  /** Lines of other text met between the caption's pieces, in order. */
  skipped: Item[];
}

export interface CaptionMatch extends CaptionSpan {
  section: Section;
  /** A bracketed sub-caption (【…】) under a main one. */
  sub: boolean;
}

/** The caption starting at item `start`, if one does. */
export function matchCaption(items: readonly Item[], start: number, allowed: readonly Section[]): CaptionMatch | null {
  for (const caption of CAPTIONS) {
    if (!allowed.includes(caption.section)) continue;
    const span = matchAcross(items, start, caption.text);
    if (span) return { section: caption.section, sub: caption.sub, ...span };
  }
  return null;
}

/**
 * A bracketed sub-caption (`【…】`) right after a caption: the form's wording varies
 * between cities, so any short bracket there is taken for one.
 */
export function skipBracket(items: readonly Item[], start: number): CaptionSpan | null {
  const first = items[start];
  if (first?.kind !== 'text' || !canon(first.text).startsWith('【')) return null;
  let joined = '';
  for (let j = start; j < Math.min(items.length, start + MAX_CAPTION_LINES); j++) {
    const item = items[j]!;
    if (item.kind !== 'text') return null;
    const close = canon(item.text).indexOf('】');
    if (close >= 0) {
      if (joined.length + close + 1 > MAX_BRACKET_CHARS) return null;
      return { next: j + 1, rest: remainder(item, close + 1), skipped: [] };
    }
    joined += canon(item.text);
  }
  return null;
}

/**
 * Walk lines from `start` while their joined canonical text can still grow into
 * the target; succeed where it covers the target and the target ends at a line
 * end or before a space or bracket on its last line. A reader that interleaves
 * the caption column with the text column (pdftotext's default mode) puts a few
 * text lines between the caption's pieces: short pieces may be separated by up
 * to MAX_GAP such lines, which are handed back in `skipped`.
 */
function matchAcross(items: readonly Item[], start: number, target: string): CaptionSpan | null {
  let joined = '';
  let gap = 0;
  const skipped: Item[] = [];
  // a heading mark before the caption (`■数値目標`) is read with it
  const first = items[start];
  const mark = first?.kind === 'text' && CAPTION_MARK.test(canon(first.text)) ? 1 : 0;
  for (let j = start; j < Math.min(items.length, start + MAX_CAPTION_SPAN); j++) {
    const item = items[j]!;
    const piece = item.kind === 'text' ? canon(item.text).slice(j === start ? mark : 0) : '';
    const grown = joined + piece;
    const fits = piece !== '' && (target.startsWith(grown) || grown.startsWith(target)) && (gap === 0 || piece.length <= MAX_PIECE_AFTER_GAP);
    if (!fits) {
      if (j === start || ++gap > MAX_GAP) return null;
      skipped.push(item);
      continue;
    }
    gap = 0;
    if (grown.startsWith(target) && item.kind === 'text') {
      const consumed = target.length - joined.length;
      if (consumed === piece.length) return { next: j + 1, rest: null, skipped };
      const offset = consumed + (j === start ? mark : 0);
      const rest = remainder(item, offset);
      // a digit may follow with no space: the spacing an office suite puts before numbers is closed (`見直し 2圏域` → `見直し2圏域`)
      return rest && (/^[\s0-9]/.test(restRaw(item, offset)) || rest.text.startsWith('【')) ? { next: j + 1, rest, skipped } : null;
    }
    joined = grown;
  }
  return null;
}

/** The raw text of a line after its first `count` non-space characters. */
function restRaw(item: TextItem, count: number): string {
  let seen = 0;
  let i = 0;
  while (i < item.text.length && seen < count) {
    if (!/\s/.test(item.text[i]!)) seen++;
    i++;
  }
  return item.text.slice(i);
}

function remainder(item: TextItem, count: number): TextItem | null {
  const text = restRaw(item, count).trim();
  return text ? { kind: 'text', text, page: item.page } : null;
}
