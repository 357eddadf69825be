import { cleanLabel, parseNumber } from '../../normalize/index.js';
import { clean, HAS_LETTER } from './lines.js';

/**
 * A chart label or a chart value, in reading order, with the line it came from
 * and the group of lines set together on the page (a PDF text block; 0 for plain text).
 */
export type SliceToken =
  | { kind: 'label'; text: string; line: number; group: Group }
  | { kind: 'value'; value: number; percent: boolean; line: number; group: Group };

/** A PDF text block's index; null where the input has no blocks (plain text). */
type Group = number | null;

export interface Slice {
  label: string;
  share: number | null;
  count: number | null;
}

/**
 * A slice value: a percent or a count (bare or with the counter of a count chart).
 * A number glued to a counter that is not a chart value (`65歳以上`, `第1号`) is part of a label.
 */
const SLICE_VALUE =
  /(?<![\d.,，])([▲△]?(?:\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.\d+)?)\s*(%|％|件|人|名|ケース|回|世帯)?(?![\d.,，])(?!\s*(?:歳|才|年|月|日|号|級|時間|か月|ヶ月|カ月|代|割|区|条|位|次|期|型|類|項|点|ヶ所|か所|箇所|所|課|係|\.\d))/g;

/** `訪問 12% 来所相談 5%` → label 訪問, 12%, label 来所相談, 5%; `2699居宅介護事業所` → 2699, label. */
export function tokenizeSliceLine(raw: string, line: number, group: Group = null): SliceToken[] {
  const text = clean(raw);
  const tokens: SliceToken[] = [];
  let last = 0;
  const pushLabel = (s: string) => {
    if (HAS_LETTER.test(s)) tokens.push({ kind: 'label', text: s.trim(), line, group });
  };
  for (const m of text.matchAll(SLICE_VALUE)) {
    const value = parseNumber(m[1]!);
    if (value === null) continue;
    pushLabel(text.slice(last, m.index));
    tokens.push({ kind: 'value', value, percent: m[2] === '%' || m[2] === '％', line, group });
    last = m.index + m[0].length;
  }
  pushLabel(text.slice(last));
  return tokens;
}

export function hasSliceValue(raw: string): boolean {
  return tokenizeSliceLine(raw, 0).some((t) => t.kind === 'value');
}

/** A label broken where it goes on in the next piece of text: `不安の解消・` + `情緒安定`. */
export const LABEL_GOES_ON = /[・、,，（(のとや及]$/;

function continues(previous: string, next: string): boolean {
  return LABEL_GOES_ON.test(previous) || /^[（(・]/.test(next);
}

/** The last characters of a label that its box was too narrow for (`福祉サービスの利` / `用`), never a label of their own. */
const MAX_WRAPPED_TAIL = 2;

/**
 * A long label wrapped onto the next line, its value after the second part:
 * `障害者就業・生活` / `支援センター 214`. In a PDF the two lines stand in one
 * block; in plain text they are adjacent lines and the value ends the second,
 * or, where a data label is set as name over value, the second is a short tail
 * and the value is on the next line (`福祉サービスの利` / `用` / `32.0%`).
 */
function wrapsOnto(pending: { text: string; group: Group; lines: number[] }, t: Extract<SliceToken, { kind: 'label' }>, next: SliceToken | undefined): boolean {
  if (t.line !== pending.lines[pending.lines.length - 1]! + 1) return false;
  if (t.group !== null) return t.group === pending.group;
  if (next?.kind !== 'value') return false;
  if (next.line === t.line) return true;
  return next.line === t.line + 1 && t.text.length <= MAX_WRAPPED_TAIL && pending.text.length > t.text.length && !/[)）」】]$/.test(pending.text);
}

interface Built {
  slice: Slice;
  /** The label as written, for joining a continuation to it. */
  raw: string;
  lines: number[];
}

export interface PairedSlice {
  slice: Slice;
  /** Lines whose text went into the slice. */
  lines: number[];
}

export interface Pairing {
  slices: PairedSlice[];
  /** Values or labels left without a partner. */
  orphans: number;
}

function assign(slice: Slice, t: Extract<SliceToken, { kind: 'value' }>): boolean {
  if (t.percent && slice.share === null) slice.share = t.value;
  else if (!t.percent && slice.count === null) slice.count = t.value;
  else return false;
  return true;
}

function newSlice(label: string, t: Extract<SliceToken, { kind: 'value' }>): Slice {
  const slice: Slice = { label: cleanLabel(label), share: null, count: null };
  assign(slice, t);
  return slice;
}

/** Labels written before their values (`身 体,` then `12.1%`); a second value of the other type joins the slice. */
function pairLabelFirst(tokens: readonly SliceToken[]): Pairing {
  const built: Built[] = [];
  let pending: { text: string; lines: number[]; group: Group } | null = null;
  let last: Built | null = null;
  let orphans = 0;
  for (const [k, t] of tokens.entries()) {
    if (t.kind === 'label') {
      if (pending && (continues(pending.text, t.text) || wrapsOnto(pending, t, tokens[k + 1]))) {
        pending.text += t.text;
        pending.lines.push(t.line);
      } else {
        if (pending) orphans++;
        pending = { text: t.text, lines: [t.line], group: t.group };
      }
      last = null;
    } else if (pending) {
      last = { slice: newSlice(pending.text, t), raw: pending.text, lines: [...pending.lines, t.line] };
      built.push(last);
      pending = null;
    } else if (last && assign(last.slice, t)) {
      last.lines.push(t.line);
      last = null;
    } else orphans++;
  }
  return result(built, orphans);
}

/** Values written before their labels (`12.1%` then `身体`). */
function pairValueFirst(tokens: readonly SliceToken[]): Pairing {
  const built: Built[] = [];
  let values: Array<Extract<SliceToken, { kind: 'value' }>> = [];
  let last: Built | null = null;
  let orphans = 0;
  for (const t of tokens) {
    if (t.kind === 'value') {
      const twin = values.length === 1 && values[0]!.percent !== t.percent;
      if (values.length > 0 && !twin) orphans += values.length;
      values = twin ? [...values, t] : [t];
      last = null;
      continue;
    }
    if (values.length > 0) {
      const slice = newSlice(t.text, values[0]!);
      if (values[1]) assign(slice, values[1]);
      last = { slice, raw: t.text, lines: [...values.map((v) => v.line), t.line] };
      built.push(last);
      values = [];
    } else if (last && continues(last.raw, t.text)) {
      last.raw += t.text;
      last.slice.label = cleanLabel(last.raw);
      last.lines.push(t.line);
    } else orphans++;
  }
  return result(built, orphans + values.length);
}

function result(built: Built[], orphans: number): Pairing {
  return { slices: built.filter((b) => b.slice.label !== '').map(({ slice, lines }) => ({ slice, lines })), orphans };
}

/** An axis has at least this many ticks. */
const MIN_TICKS = 3;

/**
 * A chart axis's tick labels (`0 200 400 600 800`): a line of nothing but evenly
 * spaced values of one kind from 0 up. They are no slice values.
 */
function isAxisLine(values: ReadonlyArray<Extract<SliceToken, { kind: 'value' }>>): boolean {
  if (values.length < MIN_TICKS || values[0]!.value !== 0 || values.some((v) => v.percent !== values[0]!.percent)) return false;
  const step = values[1]!.value;
  return step > 0 && values.every((v, k) => Math.abs(v.value - k * step) < 1e-9);
}

function dropAxisTicks(tokens: readonly SliceToken[]): SliceToken[] {
  const byLine = new Map<number, SliceToken[]>();
  for (const t of tokens) byLine.set(t.line, [...(byLine.get(t.line) ?? []), t]);
  const axis = new Set(
    [...byLine].filter(([, line]) => line.every((t) => t.kind === 'value') && isAxisLine(line as Array<Extract<SliceToken, { kind: 'value' }>>)).map(([n]) => n),
  );
  return axis.size === 0 ? [...tokens] : tokens.filter((t) => !axis.has(t.line));
}

/**
 * A bar chart's text as an office suite exports it: every category, then the
 * axis ticks, then every value, each in category order. Labels and values pair
 * by position in their runs when the runs are equally long.
 */
function pairColumns(tokens: readonly SliceToken[]): Pairing | null {
  const split = tokens.findIndex((t) => t.kind === 'value');
  if (split < 2 || tokens.length !== 2 * split) return null;
  const labels = tokens.slice(0, split);
  const values = tokens.slice(split);
  if (values.some((t) => t.kind !== 'value') || new Set(labels.map((t) => t.line)).size !== split) return null;
  const built = labels.map((label, k): Built => {
    const value = values[k] as Extract<SliceToken, { kind: 'value' }>;
    const text = (label as Extract<SliceToken, { kind: 'label' }>).text;
    return { slice: newSlice(text, value), raw: text, lines: [label.line, value.line] };
  });
  return result(built, 0);
}

/** Slices from one run of tokens: label-first, unless it starts with values and reading value-first explains more. */
function pairRun(all: readonly SliceToken[]): Pairing {
  const tokens = dropAxisTicks(all);
  const columns = pairColumns(tokens);
  if (columns) return columns;
  const labelFirst = pairLabelFirst(tokens);
  if (tokens[0]?.kind !== 'value') return labelFirst;
  const valueFirst = pairValueFirst(tokens);
  return valueFirst.slices.length > labelFirst.slices.length ? valueFirst : labelFirst;
}

/**
 * Slices from a chart's labels and values in reading order. Where the page groups
 * text (a PDF's blocks: a slice label with its percent), each group is paired on
 * its own, so labels scattered round a doughnut do not borrow a neighbour's value;
 * groups that hold only a label or only a value are paired across, in order.
 */
export function pairSlices(tokens: readonly SliceToken[]): Pairing {
  const groups = new Map<Group, SliceToken[]>();
  for (const t of tokens) groups.set(t.group, [...(groups.get(t.group) ?? []), t]);
  if (groups.size < 2) return pairRun(tokens);
  const placed: Array<{ at: number; pairing: Pairing }> = [];
  const loose: SliceToken[] = [];
  for (const run of groups.values()) {
    const pairing = pairRun(run);
    if (pairing.slices.length > 0) placed.push({ at: tokens.indexOf(run[0]!), pairing });
    else loose.push(...run);
  }
  if (loose.length > 0) placed.push({ at: tokens.indexOf(loose[0]!), pairing: pairRun(loose) });
  placed.sort((a, b) => a.at - b.at);
  return { slices: placed.flatMap((p) => p.pairing.slices), orphans: placed.reduce((n, p) => n + p.pairing.orphans, 0) };
}

/**
 * A chart gives its slices as percents, as counts, or as both. A slice of the
 * other kind than most (`前年より1,992件増加` among percents) is a remark on the
 * slide, not a slice.
 */
export function dropStrays(paired: readonly PairedSlice[]): PairedSlice[] {
  const shareOnly = paired.filter((p) => p.slice.count === null).length;
  const countOnly = paired.filter((p) => p.slice.share === null).length;
  if (shareOnly > countOnly) return paired.filter((p) => p.slice.share !== null);
  if (countOnly > shareOnly) return paired.filter((p) => p.slice.count !== null);
  return [...paired];
}
