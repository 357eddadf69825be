/*
 * Naming a figure from the parts of speech around it. The label is the noun
 * phrase the figure measures: normally the one written just before it
 * (`知的障害者相談員34名`, `相談件数：22,103件`, `成年後見対応(19ケース)`); when
 * the figure has none of its own (`（全２回、延べ１４３名が参加）`,
 * `難病の6団体によるピアカウンセリング`) a label is built from what follows or
 * from the sentence around it.
 */

import type { Figure } from './figures.js';
import {
  OPEN,
  collectBackward,
  collectForward,
  isNo,
  isNoun,
  isSahen,
  isSpace,
  lastTokenBefore,
  firstTokenEndingAfter,
  rangeText,
  skipBackward,
  type LabelContext,
  type Range,
} from './phrases.js';

export interface Labelled {
  label: string;
  /** Prepared-text span of the figure's raw text: from its label (when written before it) through its counter. */
  start: number;
  end: number;
}

/** Words that qualify a figure rather than name what it counts. */
const MODIFIERS = new Set(['合計', '累計', '延べ', '延', '計', '総計', '総数', '全', '総', '約', 'およそ', '平均']);
/** Modifiers not worth carrying into a label built from context (全２回 → 合同研修, not 全合同研修). */
const SILENT_MODIFIERS = new Set(['全', '総', '計', '約', 'およそ']);
/** Between a label and its figure: `：`, `・・・`, `…`, `＝`. */
const LEADER = /^[：:＝=…‥・･→⇒]+$/;
const SENTENCE_END = /^(?:[。！？!?]|\n)$/;
/** Particles that may stand between a label and its figure: 相談件数は22,103件, 研修会を3回開催. */
const LABEL_PARTICLES = new Set(['は', 'が', 'も', 'を']);
/** After a figure: 300件ほど増加, 5名程度が参加. */
const QUANTITY_TAILS = new Set(['ほど', '程度', '程', '余り', 'あまり', '以上', '超', '強', '弱', '前後', 'ずつ']);
/** 6団体による…, 3名で…: the figure counts the agents of what follows. */
const AGENT_PARTICLES = new Set(['による', 'により', 'によって', 'で', 'にて']);
/** 143名が参加, 4か所に開設, 10件を受理: what follows is the action counted. */
const ACTION_PARTICLES = new Set(['が', 'を', 'に']);
const EVENT_VERBS = new Set(['行う', '実施', '開催', '実践', '実行']);
const EVENT_UNITS = new Set(['回', '日']);
const SCOPE = /(?:内|全体|全域)$|^(?:全国|全市|全県|全区|全域)$/;

const PERSON_UNITS = new Set(['人', '名']);
const PLACE_UNITS = new Set(['箇所', 'か所', 'ヶ所', 'ケ所', 'カ所', 'ヵ所', '所']);
const NOUN_UNITS = new Set(['団体', '世帯', '機関', '施設', '事業所', '校', '社', '園', '室', '床', '戸', '組', '台', '部', '枚', '本', '区', '市']);

interface OwnLabel {
  label?: { text: string; start: number };
  /** A noun phrase that qualifies the figure without naming it: 難病の6団体, 市内36か所. */
  descriptor?: Range;
  /** Only modifiers stand before the figure: 延べ１４３名, 全２回. */
  modifiers?: Range;
  /** The figure sits in brackets right after its label: 成年後見対応(19ケース). */
  bracketed: boolean;
}

export function labelFigure(ctx: LabelContext, figure: Figure): Labelled {
  const before = lastTokenBefore(ctx.tokens, figure.start);
  const own = ownLabel(ctx, before);
  if (own.label) {
    const end = own.bracketed ? closingBracketAfter(ctx.text, figure.end) : figure.end;
    return { label: own.label.text, start: Math.min(own.label.start, figure.start), end };
  }
  const start = own.descriptor
    ? ctx.tokens[own.descriptor.first]!.start
    : own.modifiers
      ? ctx.tokens[own.modifiers.first]!.start
      : figure.start;
  const prefix = own.modifiers ? modifierPrefix(ctx, own.modifiers) : '';
  const following = followingLabel(ctx, figure);
  if (following) return { label: prefix + following, start, end: figure.end };
  const context =
    (EVENT_UNITS.has(figure.unit) ? eventBefore(ctx, before) : null) ??
    topicBefore(ctx, before) ??
    (own.descriptor ? rangeText(ctx, own.descriptor) : null);
  return { label: context ?? prefix + genericLabel(figure.unit), start, end: figure.end };
}

/** The label a context-free figure gets: 延べ人数, 件数, 回数. */
export function genericLabel(unit: string): string {
  return PERSON_UNITS.has(unit) ? '人数' : unitNoun(unit);
}

function ownLabel(ctx: LabelContext, before: number): OwnLabel {
  const { tokens } = ctx;
  if (before >= 0 && isNo(ctx, before)) {
    const descriptor = collectBackward(ctx, before - 1);
    return descriptor ? { descriptor, bracketed: false } : { bracketed: false };
  }
  let i = skipBackward(ctx, before, (t) => isSpace(t) || LEADER.test(t.surface));
  if (i >= 0 && ctx.dated[i]) return labelBeforeDate(ctx, i);
  if (i >= 1 && tokens[i]!.surface === '、' && isLabelParticle(ctx, i - 1)) i--;
  if (i >= 1 && isLabelParticle(ctx, i) && isNoun(ctx, i - 1)) i--;
  let bracketed = false;
  if (i >= 0 && OPEN.test(tokens[i]!.surface)) {
    bracketed = true;
    i = skipBackward(ctx, i - 1, isSpace);
  }
  const phrase = collectBackward(ctx, i);
  if (!phrase) return { bracketed: false };
  if (isModifierOnly(ctx, phrase)) return labelBeforeModifiers(ctx, phrase, bracketed);
  if (SCOPE.test(rangeText(ctx, phrase))) return { descriptor: phrase, bracketed: false };
  const qualified = splitTrailingModifiers(ctx, phrase);
  if (qualified) return { ...qualified, bracketed: false };
  const text = rangeText(ctx, phrase);
  const topic = isTimeOnly(ctx, phrase) ? topicBefore(ctx, phrase.first - 1) : null;
  return { label: { text: topic ? `${topic}（${text}）` : text, start: tokens[phrase.first]!.start }, bracketed };
}

/** 前年度, 今年度: a time that dates the figure; what it counts is the sentence's topic. */
function isTimeOnly(ctx: LabelContext, range: Range): boolean {
  for (let k = range.first; k <= range.last; k++) if (ctx.tokens[k]!.pos1 !== '副詞可能') return false;
  return true;
}

/** `研修参加数 平成26年度 168人`: a year or date between a label and its figure heads the row, it is not the label. */
function labelBeforeDate(ctx: LabelContext, dated: number): OwnLabel {
  let k = dated;
  while (k >= 0 && (ctx.dated[k] || isSpace(ctx.tokens[k]!))) k--;
  const phrase = collectBackward(ctx, k);
  if (!phrase || isModifierOnly(ctx, phrase)) return { bracketed: false };
  return { label: { text: rangeText(ctx, phrase), start: ctx.tokens[phrase.first]!.start }, bracketed: false };
}

/** `東部地区と西部地区の計２回`: the phrase before の qualifies the figure, 計 is its modifier. */
function splitTrailingModifiers(ctx: LabelContext, phrase: Range): Pick<OwnLabel, 'descriptor' | 'modifiers'> | null {
  let m = phrase.last;
  while (m > phrase.first && MODIFIERS.has(ctx.tokens[m]!.surface)) m--;
  if (m === phrase.last || m - 1 < phrase.first || !isNo(ctx, m)) return null;
  return { descriptor: { first: phrase.first, last: m - 1 }, modifiers: { first: m + 1, last: phrase.last } };
}

/**
 * `配布数 累計 2,425冊` → 配布数累計; `各区担当係長（合計16名）` → 各区担当係長
 * (a modifier inside the brackets qualifies the figure, not the label).
 */
function labelBeforeModifiers(ctx: LabelContext, modifiers: Range, bracketedAlready: boolean): OwnLabel {
  const { tokens } = ctx;
  let k = skipBackward(ctx, modifiers.first - 1, (t) => isSpace(t) || LEADER.test(t.surface));
  let bracketed = bracketedAlready;
  if (!bracketed && k >= 0 && OPEN.test(tokens[k]!.surface)) {
    bracketed = true;
    k = skipBackward(ctx, k - 1, isSpace);
  }
  // `家族教室を全6回開催`: the object of the sentence is what the figure counts
  const object = k >= 1 && isLabelParticle(ctx, k) && isNoun(ctx, k - 1);
  if (object) k--;
  const phrase = collectBackward(ctx, k);
  if (!phrase || isModifierOnly(ctx, phrase) || SCOPE.test(rangeText(ctx, phrase))) return { modifiers, bracketed: false };
  const text = rangeText(ctx, phrase) + (bracketed || object ? '' : modifierPrefix(ctx, modifiers));
  return { label: { text, start: tokens[phrase.first]!.start }, bracketed };
}

/**
 * A label from what follows the figure: `36か所の相談支援事業所` → 相談支援事業所,
 * `6団体によるピアカウンセリングを実施` → ピアカウンセリング実施団体,
 * `143名が参加` → 参加者, `300件ほど増加` → 増加件数.
 */
function followingLabel(ctx: LabelContext, figure: Figure): string | null {
  const { tokens } = ctx;
  let j = firstTokenEndingAfter(tokens, figure.end);
  if (j < tokens.length && tokens[j]!.start < figure.end) j++;
  while (j < tokens.length && QUANTITY_TAILS.has(tokens[j]!.surface)) j++;
  if (j >= tokens.length || ctx.blocked[j]) return null;
  const t = tokens[j]!;
  if (isNo(ctx, j)) {
    const phrase = collectForward(ctx, j + 1);
    return phrase ? rangeText(ctx, phrase) : null;
  }
  if (t.pos === '助詞' && AGENT_PARTICLES.has(t.surface)) {
    const phrase = collectForward(ctx, j + 1);
    return phrase ? withUnitNoun(rangeText(ctx, phrase) + actionAfter(ctx, phrase.last + 1), figure.unit) : null;
  }
  if (t.pos === '助詞' && ACTION_PARTICLES.has(t.surface)) {
    const phrase = collectForward(ctx, j + 1);
    return phrase && isSahen(ctx, phrase.last) ? withUnitNoun(rangeText(ctx, phrase), figure.unit) : null;
  }
  if (isSahen(ctx, j)) {
    const phrase = collectForward(ctx, j)!;
    return withUnitNoun(rangeText(ctx, phrase), figure.unit);
  }
  return null;
}

/** `…を実施` after a phrase: the action it names (実施), else nothing. */
function actionAfter(ctx: LabelContext, j: number): string {
  const { tokens } = ctx;
  const particle = tokens[j];
  if (!particle || particle.pos !== '助詞' || (particle.surface !== 'を' && particle.surface !== 'が')) return '';
  return isSahen(ctx, j + 1) ? tokens[j + 1]!.surface : '';
}

/** For a count of events: the nearest `Xを行い` / `Xを開催` / `Xの実施` before it (全２回 → 合同研修). */
function eventBefore(ctx: LabelContext, before: number): string | null {
  const { tokens } = ctx;
  for (let k = before; k >= 1 && k > before - 120; k--) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    if (!next || !EVENT_VERBS.has(next.basic === '*' ? next.surface : next.basic)) continue;
    if ((t.pos === '助詞' && t.surface === 'を') || isNo(ctx, k)) {
      const phrase = collectBackward(ctx, k - 1);
      if (phrase && !isModifierOnly(ctx, phrase)) return rangeText(ctx, phrase);
    }
  }
  return null;
}

/** The topic of the figure's sentence: `相談実人数は前年度と比べ929人と…` → 相談実人数. */
function topicBefore(ctx: LabelContext, before: number): string | null {
  const { tokens } = ctx;
  for (let k = before; k >= 1 && k > before - 200; k--) {
    const t = tokens[k]!;
    if (SENTENCE_END.test(t.surface)) return null;
    if (t.pos === '助詞' && (t.surface === 'は' || t.surface === 'が')) {
      const phrase = collectBackward(ctx, k - 1);
      if (phrase && !isModifierOnly(ctx, phrase)) return rangeText(ctx, phrase);
    }
  }
  return null;
}

function isLabelParticle(ctx: LabelContext, j: number): boolean {
  const t = ctx.tokens[j];
  return !!t && t.pos === '助詞' && LABEL_PARTICLES.has(t.surface);
}

function isModifierOnly(ctx: LabelContext, range: Range): boolean {
  for (let k = range.first; k <= range.last; k++) if (!MODIFIERS.has(ctx.tokens[k]!.surface)) return false;
  return true;
}

function modifierPrefix(ctx: LabelContext, range: Range): string {
  let out = '';
  for (let k = range.first; k <= range.last; k++) {
    const s = ctx.tokens[k]!.surface;
    if (!SILENT_MODIFIERS.has(s)) out += s;
  }
  return out;
}

/** A figure in brackets after its label keeps its closing bracket in `raw`. */
function closingBracketAfter(text: string, end: number): number {
  const m = /^ *[）)]/.exec(text.slice(end, end + 4));
  return m ? end + m[0].length : end;
}

/** What a counter counts, as a noun: 名 → 者 (参加者), 件 → 件数, 箇所 → 箇所, 団体 → 団体, % → 率. */
function unitNoun(unit: string): string {
  if (PERSON_UNITS.has(unit)) return '者';
  if (PLACE_UNITS.has(unit)) return '箇所';
  if (NOUN_UNITS.has(unit)) return unit;
  if (unit === '%') return '率';
  if (unit.endsWith('円')) return '額';
  return `${unit}数`;
}

function withUnitNoun(base: string, unit: string): string {
  const noun = unitNoun(unit);
  if (base.endsWith(noun) || (PERSON_UNITS.has(unit) && /[者員人]$/.test(base))) return base;
  return base + noun;
}
