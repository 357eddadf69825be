/**
 * Provenance: which source text each output value was read from. Every string and
 * number field of an extracted document is matched back to the lines of the page
 * its record comes from, so a reader (or the `inspect` view) can see what landed in
 * a field and what was left over. Kind-agnostic: it knows JSON paths, not fields.
 *
 * Matching compares compacted text on both sides: width-normalized (normalizeWidth),
 * whitespace removed and digit-grouping commas dropped, so `22,103` and `２２，１０３`
 * both carry the number 22103. A field's text is matched piece by piece (longest
 * prefix first), since parsers join wrapped lines, drop bullets and read cells that
 * a PDF line or a text's reading order interleaves with others.
 */
import type { SourceDocument } from '../input/types.js';
import { ERAS, normalizeWidth } from '../normalize/index.js';

/** A stretch of one source line that a field's value was read from. */
export interface Span {
  /** Offset in the line's text (UTF-16 code units), inclusive. */
  start: number;
  /** Offset in the line's text, exclusive. */
  end: number;
  /** JSON path of the field, e.g. `items[3].results.text`. */
  path: string;
}

export interface TracedLine {
  /** The line as read (text input) or as laid out (a PDF's line), not normalized. */
  text: string;
  /**
   * Page furniture: a running header or footer the layout took out, or a line that
   * repeats an earlier line of the document (digits aside), such as a table header
   * or a title printed on every page. Not body text.
   */
  furniture: boolean;
  /** Stretches of the line found in fields, by start; they may overlap. */
  spans: Span[];
}

export interface TracedPage {
  /** 1-based page number; null for a text without page breaks. */
  page: number | null;
  lines: TracedLine[];
}

/** Every page of the source with, per line, the spans that some output field holds. */
export interface Trace {
  pages: TracedPage[];
}

/** One leaf of the output: its JSON path, value and the page of the record holding it. */
export interface FieldValue {
  path: string;
  value: string | number;
  page: number | null;
}

/** Envelope fields that describe the extraction rather than the document's content. */
const ENVELOPE = new Set(['kind', 'source', 'warnings', 'coverage', 'expectedWarnings']);
/** Where a record is, not what it says. */
const LOCATION_KEYS = new Set(['page']);

/** Every string and number leaf of a document, with the page of its nearest record that has one. */
export function fieldValues(doc: object): FieldValue[] {
  const out: FieldValue[] = [];
  const walk = (node: unknown, path: string, page: number | null): void => {
    if (typeof node === 'string' || typeof node === 'number') {
      if (node !== '') out.push({ path, value: node, page });
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((child, i) => walk(child, `${path}[${i}]`, page));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    const here = typeof record.page === 'number' ? record.page : page;
    for (const [key, child] of Object.entries(record)) {
      if (LOCATION_KEYS.has(key) || (path === '' && ENVELOPE.has(key))) continue;
      walk(child, path === '' ? key : `${path}.${key}`, here);
    }
  };
  walk(doc, '', null);
  return out;
}

/** A page's text compacted into one string, each character pointing back to its line. */
interface CompactPage {
  text: string;
  line: number[];
  start: number[];
  end: number[];
  /** Whether whitespace or a line's start came before the character: numbers part there. */
  gap: boolean[];
}

/**
 * A compacted page as the matcher keeps it: its per-character numbers in typed arrays,
 * a fifth of the memory of arrays of numbers (which matters for a text of many megabytes).
 */
interface PackedPage {
  text: string;
  line: Int32Array;
  start: Int32Array;
  end: Int32Array;
  gap: Uint8Array;
}

function packPage(page: CompactPage): PackedPage {
  return { text: page.text, line: Int32Array.from(page.line), start: Int32Array.from(page.start), end: Int32Array.from(page.end), gap: Uint8Array.from(page.gap, Number) };
}

const SPACE = /\s/u;
/** Full-width comma and full stop read as ASCII, on both sides, so `12．1` is 12.1. */
const NUMERAL_MARKS: Record<string, string> = { '，': ',', '．': '.' };
const DIGIT = /[0-9]/;

/** One source character as compacting reads it: normalized, and whether any of its UTF-16 units is whitespace. */
interface CompactChar {
  units: string;
  spaced: boolean;
}

/**
 * Compacted characters by source character. Every line of every page is compacted, and
 * twice (the trace, then coverage): normalizing a character costs a few regular
 * expressions, and a document has a few thousand distinct characters at most.
 */
const compactChars = new Map<string, CompactChar>();
const MAX_CACHED_CHARS = 1 << 16;

function compactChar(ch: string): CompactChar {
  let c = compactChars.get(ch);
  if (c === undefined) {
    const units = normalizeWidth(ch).replace(/[，．]/g, (m) => NUMERAL_MARKS[m]!);
    let spaced = false;
    for (let u = 0; u < units.length; u++) if (SPACE.test(units[u]!)) spaced = true;
    c = { units, spaced };
    if (compactChars.size >= MAX_CACHED_CHARS) compactChars.clear();
    compactChars.set(ch, c);
  }
  return c;
}

/**
 * Compacted characters of a text: normalized per source character so each keeps its
 * offsets, whitespace dropped, and a comma that groups digits (`22,103`) dropped.
 */
function compactLine(text: string, lineIndex: number, into: CompactPage): void {
  let offset = 0;
  const begin = into.text.length;
  let chars = '';
  let gap = true;
  for (const ch of text) {
    const next = offset + ch.length;
    const { units, spaced } = compactChar(ch);
    // by UTF-16 unit, so the text and its offsets stay aligned for characters beyond the BMP (𠮷)
    for (let u = 0; u < units.length; u++) {
      const n = units[u]!;
      if (spaced && SPACE.test(n)) {
        gap = true;
        continue;
      }
      chars += n;
      into.line.push(lineIndex);
      into.start.push(offset);
      into.end.push(next);
      into.gap.push(gap);
      gap = false;
    }
    offset = next;
  }
  into.text += chars;
  if (chars.includes(',')) dropGroupingCommas(into, begin);
}

/** A comma between a digit and exactly three digits groups thousands: it is not read. */
function dropGroupingCommas(page: CompactPage, from: number): void {
  const keep: number[] = [];
  const t = page.text;
  for (let i = from; i < t.length; i++) {
    const grouping =
      t[i] === ',' &&
      i > from &&
      DIGIT.test(t[i - 1] ?? '') &&
      DIGIT.test(t[i + 1] ?? '') && DIGIT.test(t[i + 2] ?? '') && DIGIT.test(t[i + 3] ?? '') &&
      !DIGIT.test(t[i + 4] ?? '');
    if (!grouping) keep.push(i);
  }
  if (keep.length === t.length - from) return;
  page.text = t.slice(0, from) + keep.map((i) => t[i]).join('');
  for (const arr of [page.line, page.start, page.end, page.gap] as unknown[][]) {
    const picked = keep.map((i) => arr[i]!);
    arr.length = from;
    arr.push(...picked);
  }
}

/** A text compacted as the matcher reads it, each character with its offsets in the text. */
export interface CompactText {
  text: string;
  start: number[];
  end: number[];
}

/** The compacted form of a text (a field's value, a line): what is matched and counted. */
export function compactText(text: string): CompactText {
  const page: CompactPage = { text: '', line: [], start: [], end: [], gap: [] };
  compactLine(text, 0, page);
  return { text: page.text, start: page.start, end: page.end };
}

/** Repeats are keyed without whitespace and with every number as `#` (page numbers, dates). */
const repeatKey = (text: string): string => normalizeWidth(text).replace(/\s+/g, '').replace(/[0-9]+/g, '#');

interface SourceLine {
  text: string;
  furniture: boolean;
}

/** The lines of every page, furniture marked: the layout's own, then repeats of earlier lines. */
function sourcePages(source: SourceDocument): Array<{ page: number | null; lines: SourceLine[] }> {
  const pages =
    source.format === 'text'
      ? source.pages.map((p) => ({ page: p.page, lines: p.lines.map((text) => ({ text, furniture: false })) }))
      : source.pages.map((p) => ({
          page: p.page,
          lines: [...p.lines.map((l) => ({ text: l.text, furniture: false })), ...(p.furniture ?? []).map((l) => ({ text: l.text, furniture: true }))],
        }));
  const seen = new Set<string>();
  for (const page of pages) {
    for (const line of page.lines) {
      const key = repeatKey(line.text);
      // one or two characters (a grade, a mark, a unit) repeat as content, not as furniture
      if (key.replace(/#/g, '').length < 3) continue;
      if (seen.has(key)) line.furniture = true;
      else seen.add(key);
    }
  }
  return pages;
}

/** Pieces shorter than this are not matched on their own: one kanji is found anywhere. */
const MIN_PIECE = 2;
/** How many occurrences of a piece are looked at for one not yet covered. */
const MAX_OCCURRENCES = 50;

interface Hit {
  page: number;
  at: number;
  length: number;
}

class Matcher {
  readonly covered: Uint8Array[];

  constructor(readonly pages: PackedPage[]) {
    this.covered = pages.map((p) => new Uint8Array(p.text.length));
  }

  /**
   * The first occurrence of `piece` on a page whose characters are not all covered yet,
   * else (unless `fresh`) the first; -1 when there is none.
   */
  private find(page: number, piece: string, isNumber: boolean, fresh = false): number {
    const text = this.pages[page]!.text;
    let first = -1;
    let from = 0;
    for (let n = 0; n < MAX_OCCURRENCES; n++) {
      const at = text.indexOf(piece, from);
      if (at < 0) break;
      from = at + 1;
      if (isNumber && !standsAlone(this.pages[page]!, at, piece.length)) continue;
      if (first < 0) first = at;
      if (hasUncovered(this.covered[page]!, at, at + piece.length)) return at;
    }
    return fresh ? -1 : first;
  }

  /** The longest prefix of key[pos…] found on one of the pages, earlier pages winning ties. */
  private longest(key: string, pos: number, pages: readonly number[]): Hit | null {
    let best: Hit | null = null;
    for (const page of pages) {
      let lo = best ? best.length : MIN_PIECE - 1;
      let hi = key.length - pos;
      let hit: Hit | null = null;
      while (lo < hi) {
        const mid = Math.ceil((lo + hi + 1) / 2);
        const at = this.find(page, key.slice(pos, pos + mid), false);
        if (at >= 0) {
          lo = mid;
          hit = { page, at, length: mid };
        } else hi = mid - 1;
      }
      if (hit && (!best || hit.length > best.length)) best = hit;
    }
    return best;
  }

  /** Cover a text field piece by piece; returns the hits. */
  matchText(key: string, pages: readonly number[]): Hit[] {
    if (key.length < MIN_PIECE) return this.matchWhole([key], pages);
    const hits: Hit[] = [];
    let pos = 0;
    while (pos < key.length) {
      const hit = this.longest(key, pos, pages);
      if (!hit) {
        pos++;
        continue;
      }
      this.mark(hit);
      hits.push(hit);
      pos += hit.length;
    }
    return hits;
  }

  /**
   * Cover the first of the forms found whole (a number is whole only between
   * non-digits), text not yet covered first: two fields of one value are two figures.
   */
  matchWhole(forms: readonly string[], pages: readonly number[], isNumber = false): Hit[] {
    for (const fresh of [true, false]) {
      for (const form of forms) {
        if (form === '') continue;
        for (const page of pages) {
          const at = this.find(page, form, isNumber, fresh);
          if (at < 0) continue;
          const hit = { page, at, length: form.length };
          this.mark(hit);
          return [hit];
        }
      }
    }
    return [];
  }

  private mark(hit: Hit): void {
    this.covered[hit.page]!.fill(1, hit.at, hit.at + hit.length);
  }
}

function hasUncovered(covered: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (covered[k] === 0) return true;
  return false;
}

/**
 * A number's digits not part of a longer number (`12` in `112` or `12.5` is not 12).
 * Whitespace and line ends part numbers, though compacting took them out.
 */
function standsAlone(page: PackedPage, at: number, length: number): boolean {
  const line = page.line[at];
  const char = (k: number): string => (k >= 0 && page.line[k] === line ? (page.text[k] ?? '') : '');
  const before = page.gap[at] ? '' : char(at - 1);
  const after = page.gap[at + length] ? '' : char(at + length);
  if (DIGIT.test(before) || DIGIT.test(after)) return false;
  if (before === '.' && DIGIT.test(char(at - 2))) return false;
  return !(after === '.' && DIGIT.test(char(at + length + 1)));
}

/** The era years of a Gregorian year as printed (`28`; `元` and `1` for an era's first year), both eras in a year of change. */
function eraYears(year: number): Array<{ name: string; letter: string; years: string[] }> {
  return ERAS.filter((e) => year >= e.startYear && (e.end === null || year <= Number(e.end.slice(0, 4)))).map((e) => {
    const n = year - e.startYear + 1;
    return { name: e.name, letter: e.letter, years: n === 1 ? ['元', '1'] : [String(n)] };
  });
}

/** How a fiscal year is printed: 平成28年度, H28, 28年度, 2016年度, 令和元年度. */
function fiscalYearForms(year: number): string[] {
  const forms: string[] = [`${year}年度`];
  for (const era of eraYears(year)) {
    for (const w of era.years) forms.push(`${era.name}${w}年度`, `${era.name}${w}年`, `${era.letter}${w}年度`, `${era.letter}${w}`, `${w}年度`);
  }
  return forms;
}

/** How an ISO date is printed: 令和5年8月1日, R5.8.1, H27.3.31, 2023/8/1, 2023年8月1日. */
function dateForms(iso: string): string[] {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const forms = [`${y}年${m}月${d}日`, `${y}/${m}/${d}`, `${y}.${m}.${d}`];
  for (const era of eraYears(y)) {
    for (const w of era.years) forms.push(`${era.name}${w}年${m}月${d}日`, `${era.letter}${w}.${m}.${d}`, `${era.name}${w}.${m}.${d}`);
  }
  return forms;
}

/** Printed forms of a number: its digits (sign dropped: ▲ and − print apart), a whole share as `49.0` too, and for years their era forms. */
function numberForms(value: number, path: string): string[] {
  const digits = String(Math.abs(value));
  const forms = /fiscalYear$/i.test(path) ? fiscalYearForms(value) : [];
  return [...forms, ...(Number.isInteger(value) ? [`${digits}.0`, `${digits}.00`] : []), digits];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Pages to look on for a record of page `page`: its own and those a record continues onto, else all. */
function pagesFor(page: number | null, numbers: ReadonlyArray<number | null>): number[] {
  const all = numbers.map((_, i) => i);
  const index = page === null ? -1 : numbers.indexOf(page);
  if (index < 0) return all;
  return [index, index + 1, index + 2, index - 1].filter((i) => i >= 0 && i < numbers.length);
}

/**
 * Match every field of `doc` (an extracted document, or any JSON of records that carry
 * `page`) against `source`, the document it was read from.
 */
export function traceFields(source: SourceDocument, doc: object): Trace {
  const pages = sourcePages(source);
  const compact = pages.map((p) => {
    const c: CompactPage = { text: '', line: [], start: [], end: [], gap: [] };
    p.lines.forEach((l, i) => compactLine(l.text, i, c));
    return packPage(c);
  });
  const matcher = new Matcher(compact);
  const numbers = pages.map((p) => p.page);
  const spans = pages.map((p) => p.lines.map((): Span[] => []));

  for (const field of fieldValues(doc)) {
    const where = pagesFor(field.page, numbers);
    const hits =
      typeof field.value === 'number'
        ? matcher.matchWhole(numberForms(field.value, field.path), where, true)
        : ISO_DATE.test(field.value)
          ? matcher.matchWhole(dateForms(field.value), where)
          : matcher.matchText(compactText(field.value).text, where);
    for (const hit of hits) addSpans(spans[hit.page]!, compact[hit.page]!, hit, field.path);
  }
  return {
    pages: pages.map((p, i) => ({
      page: p.page,
      lines: p.lines.map((l, j) => ({ text: l.text, furniture: l.furniture, spans: spans[i]![j]!.sort((a, b) => a.start - b.start || a.end - b.end) })),
    })),
  };
}

/** A hit's compacted characters back on their lines: one span per line it touches. */
function addSpans(lines: Span[][], page: PackedPage, hit: Hit, path: string): void {
  let k = hit.at;
  const stop = hit.at + hit.length;
  while (k < stop) {
    const line = page.line[k]!;
    const start = page.start[k]!;
    let end = page.end[k]!;
    while (k + 1 < stop && page.line[k + 1] === line) end = page.end[++k]!;
    lines[line]!.push({ start, end, path });
    k++;
  }
}
