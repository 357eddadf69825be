/**
 * Coverage: the share of a document's body text that landed in some output field.
 * Body text is every printed character except whitespace, page furniture (see
 * provenance.ts), and the form's own labels (column headers, captions) and
 * punctuation, when nothing read them into a field. A low coverage says "much of
 * this document was not understood", whatever the records look like.
 */
import { FIGURELESS_NUMBER, PROSE_PUNCTUATION } from '../kinds/shared/vocabulary.js';
import type { Warning } from '../schema/common.js';
import type { WarningCode } from './codes.js';
import { compactText, type Trace, type TracedLine } from './provenance.js';

/** Below this share of body text read, a document is reported as not understood. */
export const DEFAULT_MIN_COVERAGE = 0.6;

/** How many of the pages with most text left over a low-coverage warning names. */
const PAGES_NAMED = 3;

/**
 * A line is a caption or header line when, its labels aside, no more than this many
 * characters are left unread; a label word inside an unread sentence is body text.
 */
const LABEL_LINE_SLACK = 4;

/** Bullets, brackets, rules and circled numbers: the form's structure, body text only when read. */
const STRUCTURE = /[\p{P}\p{S}\u2460-\u2473\u2776-\u277f]/u;

/** What a kind's coverage counts as body text. */
export interface BodyRules {
  /** The form's labels (column headers, captions): not body unless a field reads them. */
  labels: readonly RegExp[];
  /** Only lines that state a figure (hold a digit) are body: a slide deck's prose is not read by design. */
  figuresOnly: boolean;
  /**
   * Parts of the form the contract leaves out (a 管理シート's 活動指標 table of 見込量 after its
   * 成果目標): from a line `from` matches to the next line `to` matches. Their rows of figures
   * are not rows a parser skipped.
   */
  leftOut?: { from: RegExp; to: RegExp };
  /**
   * Figures stated in running text are not read (`--no-metrics`): a line nothing was read
   * from that is prose or states one figure (`成年後見対応(19ケース)`) is not body either.
   */
  statementsUnread?: boolean;
}

const FIGURE = /[0-9]/;

export interface PageCoverage {
  /** 1-based page number; null for a text without page breaks. */
  page: number | null;
  /** Body characters (compacted: whitespace and furniture out). */
  body: number;
  /** Body characters some field holds. */
  covered: number;
}

export interface Coverage {
  /** covered / body over the whole document, 0..1, rounded to 3 decimals (1 when there is no body text). */
  coverage: number;
  pages: PageCoverage[];
}

/**
 * Whether the text from `at` on, bullets and brackets skipped, starts with read text:
 * a label right before its value is the value's caption, however long the line (a
 * record printed on one line).
 */
function beforeRead(text: string, covered: Uint8Array, at: number): boolean {
  let k = at;
  while (k < text.length && !covered[k] && isStructure(text[k]!)) k++;
  return k < text.length && covered[k] === 1;
}

/** Each label as a global pattern, compiled once rather than for every line. */
const globalLabels = new WeakMap<RegExp, RegExp>();

function globalLabel(re: RegExp): RegExp {
  let g = globalLabels.get(re);
  if (!g) {
    g = new RegExp(re.source, 'gu');
    globalLabels.set(re, g);
  }
  return g;
}

/** A pattern that is a plain word, its metacharacters escaped at most. */
const PLAIN_WORD = /^(?:[^\\^$.*+?()[\]{}|]|\\[.*+?^${}()|[\]\\/-])*$/;
const labelWords = new WeakMap<RegExp, string | null>();

/**
 * The word a label pattern spells, when it is a plain word: most labels are, and a line
 * without the word cannot match, which a substring search finds far sooner than the pattern.
 */
function labelWord(re: RegExp): string | null {
  let word = labelWords.get(re);
  if (word === undefined) {
    word = !re.ignoreCase && PLAIN_WORD.test(re.source) ? re.source.replace(/\\(.)/g, '$1') : null;
    labelWords.set(re, word);
  }
  return word;
}

/** Whether each UTF-16 unit is STRUCTURE, looked up once per unit: 0 not yet, 1 no, 2 yes. */
const structureUnits = new Uint8Array(0x10000);

function isStructure(unit: string): boolean {
  const code = unit.charCodeAt(0);
  if (structureUnits[code] === 0) structureUnits[code] = STRUCTURE.test(unit) ? 2 : 1;
  return structureUnits[code] === 2;
}

/** A figure as running text states it: digits, their separators and decimals. */
const STATED_FIGURE = /[0-9][0-9,，.]*/g;

/** Prose, or words stating one figure: what only the sentence reader reads. */
function isStatement(text: string): boolean {
  return PROSE_PUNCTUATION.test(text) || (text.match(STATED_FIGURE) ?? []).length === 1;
}

/** Body and covered characters of one line. */
function measureLine(line: TracedLine, rules: BodyRules): { body: number; covered: number } {
  if (line.furniture) return { body: 0, covered: 0 };
  const c = compactText(line.text);
  if (rules.figuresOnly && !FIGURE.test(c.text.replace(FIGURELESS_NUMBER, ''))) return { body: 0, covered: 0 };
  if (rules.statementsUnread && line.spans.length === 0 && isStatement(line.text)) return { body: 0, covered: 0 };
  const n = c.text.length;
  const covered = new Uint8Array(n);
  if (line.spans.length > 0) {
    for (let k = 0; k < n; k++) {
      if (line.spans.some((s) => s.start <= c.start[k]! && c.end[k]! <= s.end)) covered[k] = 1;
    }
  }
  const label = new Uint8Array(n);
  const caption = new Uint8Array(n);
  for (const re of rules.labels) {
    const word = labelWord(re);
    if (word !== null && !c.text.includes(word)) continue;
    // matchAll runs on a copy: the shared pattern's lastIndex is never moved
    for (const m of c.text.matchAll(globalLabel(re))) {
      const end = m.index + m[0].length;
      label.fill(1, m.index, end);
      if (beforeRead(c.text, covered, end)) caption.fill(1, m.index, end);
    }
  }
  const structure = new Uint8Array(n);
  for (let k = 0; k < n; k++) if (isStructure(c.text[k]!)) structure[k] = 1;
  let unreadText = 0;
  for (let k = 0; k < n; k++) if (!covered[k] && !label[k] && !structure[k]) unreadText++;
  const isLabelLine = unreadText <= LABEL_LINE_SLACK;
  let body = 0;
  let read = 0;
  for (let k = 0; k < n; k++) {
    if (covered[k]) {
      body++;
      read++;
    } else if (structure[k]) continue;
    else if (!(label[k] && (isLabelLine || caption[k]))) body++;
  }
  return { body, covered: read };
}

/** Coverage of a traced document, given what its kind counts as body text. */
export function measureCoverage(trace: Trace, rules: BodyRules): Coverage {
  const pages = trace.pages.map((p) => {
    let body = 0;
    let covered = 0;
    for (const line of p.lines) {
      const m = measureLine(line, rules);
      body += m.body;
      covered += m.covered;
    }
    return { page: p.page, body, covered };
  });
  const body = pages.reduce((s, p) => s + p.body, 0);
  const covered = pages.reduce((s, p) => s + p.covered, 0);
  return { coverage: body === 0 ? 1 : Math.round((covered / body) * 1000) / 1000, pages };
}

/** `low-coverage` when less than `min` of the body text was read, naming the pages with most left over. */
export function checkCoverage(coverage: Coverage, min: number = DEFAULT_MIN_COVERAGE): Warning[] {
  if (coverage.coverage >= min) return [];
  const worst = [...coverage.pages]
    .filter((p) => p.body > p.covered)
    .sort((a, b) => b.body - b.covered - (a.body - a.covered))
    .slice(0, PAGES_NAMED);
  const where = worst.map((p) => `${p.page === null ? 'the text' : `page ${p.page}`} (${p.body - p.covered} characters)`).join(', ');
  return [
    {
      code: 'low-coverage' satisfies WarningCode,
      message: `only ${(coverage.coverage * 100).toFixed(1)}% of the body text was read into fields (minimum ${(min * 100).toFixed(0)}%); most left over on ${where}`,
      page: worst[0]?.page ?? null,
    },
  ];
}
