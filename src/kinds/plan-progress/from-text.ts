/**
 * A 計画進捗状況管理表 from extracted text. Text from a PDF comes in content order:
 * each row's cells one after the other, the header block and the headings often
 * after the rows, page furniture repeated per page. The parser labels every line
 * (furniture, header, heading, item number, content), cuts the content into items
 * at their numbers, splits each item into cells and gives it its headings and page.
 */
import { canBeTitle } from '../shared/title.js';
import type { TextDocument } from '../../input/types.js';
import { PROSE_PUNCTUATION } from '../shared/vocabulary.js';
import { parseQuantity } from '../../normalize/index.js';
import type { ParseContext } from '../types.js';
import { widthProfile, type BodyLine, type WidthProfile } from './body.js';
import { buildItem, warnIncomplete, type DocumentYears, type ItemCells } from './cells.js';
import { assignHeadings, type Governing, type PageEvent } from './headings.js';
import {
  compact,
  endsLikeDepartment,
  endsLikePlanName,
  headerRunLength,
  isContinuingGoal,
  isDirectionHeaderPart,
  isDirectionHeaderStart,
  isFooter,
  isLegend,
  isStrongHeader,
  isWeakHeader,
  norm,
  parseGluedSection,
  parseGoalYear,
  parseItemNumber,
  parseMarker,
  parseSectionShape,
  parseSubsection,
  type Heading,
} from './lines.js';
import type { PlanItem, PlanProgressDocument } from './schema.js';
import { cellsOf, locateItem, mergeContinuation, withBlanks, type LocatedItem } from './segment.js';
import { continueSharedTail } from './cut-tail.js';
import { columnWidths, splitCutBody, usableWidths, type ColumnWidths } from './split-row.js';
import { skeletonRows, type SkeletonRow } from './skeleton.js';
import { CONTENTS_ENTRY, DIRECTION_WORD, planVocabulary, type PlanVocabulary } from './vocabulary.js';
import { documentYears } from './years.js';
import { readForms } from './forms/index.js';
import { readProfileColumns } from './profile-columns.js';
import { legendScales } from './forms/legend.js';
import { readTableText } from './forms/table-text.js';
import { readIndicatorText } from './forms/indicator-text.js';
import { isYearRows } from './forms/tally.js';
import { wrappedCellsLast, WRAPPED_CELLS_LAST_MESSAGE } from './text-order.js';
import { PlanExtractError } from '../../errors.js';

export type PlanProgressFields = Omit<PlanProgressDocument, 'kind' | 'source' | 'warnings' | 'coverage'>;

type Kind =
  | 'title' | 'footer' | 'legend' | 'header' | 'weak' | 'direction' | 'pageNumber' | 'chapter'
  | 'section' | 'subsection' | 'item' | 'number' | 'content';

interface Line {
  text: string;
  page: number;
  blankBefore: boolean;
  kind: Kind;
}

const FURNITURE: ReadonlySet<Kind> = new Set(['title', 'footer', 'legend', 'header', 'direction', 'pageNumber', 'chapter']);
const isFurniture = (l: Line | undefined) => l !== undefined && FURNITURE.has(l.kind);
const isHeading = (l: Line | undefined) => l !== undefined && (l.kind === 'section' || l.kind === 'subsection');
const NAME_TEXT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * A table in the columns a profile names first (only with a profile's labels), then
 * other cities' forms (record blocks, the list form): their labels say what they are. Otherwise the seed forms' table rows; a legend or tally found in a text
 * without rows of either is still returned.
 */
export function parseText(doc: TextDocument, ctx: ParseContext): PlanProgressFields {
  const profiled = readProfileColumns(doc, ctx);
  if (profiled) return profiled;
  if (wrappedCellsLast(doc)) throw new PlanExtractError('TEXT_MODE_UNSUPPORTED', WRAPPED_CELLS_LAST_MESSAGE);
  const form = readForms(doc, ctx);
  if (form && form.items.length) return form;
  const table = readTableText(doc, planVocabulary(ctx.profile?.['plan-progress']), ctx);
  if (table) return { title: table.title, scales: form?.scales ?? legendScales(doc), summaries: form?.summaries ?? [], items: table.items };
  const indicators = readIndicatorText(doc, planVocabulary(ctx.profile?.['plan-progress']), ctx);
  if (indicators) {
    return { title: indicators.title, scales: form?.scales ?? legendScales(doc), summaries: (form?.summaries ?? []).filter((t) => !isYearRows(t)), items: indicators.items };
  }
  const rows = parseTableRows(doc, ctx);
  // a legend or tally without rows of either form is still the document's content
  return rows.items.length === 0 && form ? form : rows;
}

function parseTableRows(doc: TextDocument, ctx: ParseContext): PlanProgressFields {
  const title = findTitle(doc, planVocabulary(ctx.profile?.['plan-progress']));
  const raw = paginate(doc, title);
  const lines = classify(raw, title);
  const years = documentYears(compact(lines.map((l) => l.text).join('')));
  const skeleton = skeletonRows(raw);
  const scales = legendScales(doc);
  if (skeleton) return { title: title === null ? null : norm(title), scales, summaries: [], items: skeletonItems(skeleton, years, scales.achievement ?? {}, ctx) };

  const starts = lines.flatMap((l, i) => (l.kind === 'item' ? [i] : []));
  const located = starts.map((start, n) => {
    const end = starts[n + 1] ?? lines.length;
    const { own, continued } = itemLines(lines, start, end);
    // cut right under its name, a row's cells all stand on the next page
    const whole = !hasAnchorIn(own) && hasAnchorIn(continued);
    return { item: locateItem(whole ? [...own, ...continued] : own, lines[start]!.page), continued: whole ? [] : continued };
  });
  const profile = widthProfile(located.flatMap((l) => (l.item ? [l.item.body] : [])));

  const split = located.map(({ item }) => (item ? cellsOf(item, profile) : null));
  // whole rows teach each column's wrap width, which tells a cut row's cells apart
  const widths = columnWidths(split.flatMap((cells, n) => (cells && located[n]!.continued.length === 0 ? [cells] : [])));

  const governing = headingsByLine(lines, ctx);
  const items: PlanItem[] = [];
  located.forEach(({ item, continued }, n) => {
    if (!item) return;
    let cells: ItemCells = split[n]!;
    if (continued.length) cells = continueRow(cells, item, continued, widths, profile);
    warnIncomplete(cells, ctx);
    const gov = governing.get(starts[n]!) ?? { section: null, subsection: null };
    items.push(buildItem(cells, { ...gov, years }, ctx));
  });
  return { title: title === null ? null : norm(title), scales, summaries: [], items };
}

/**
 * Items of a text in a spreadsheet export's order: what stands on each row's own
 * line, every other cell left empty, and a warning per page that the wrapped
 * cells were not placed.
 */
function skeletonItems(rows: readonly SkeletonRow[], years: DocumentYears, grades: Record<string, string>, ctx: ParseContext): PlanItem[] {
  for (const page of new Set(rows.map((r) => r.page))) {
    ctx.warn('cells-out-of-order', 'the wrapped cells come after all rows of the page (a spreadsheet export\'s text order): only item numbers, one-line names, marks and headings are read', page);
  }
  const codeTitle = (h: Heading | null) => (h ? { code: h.code, title: h.title } : null);
  return rows.map((row) => {
    // a mark alone on the row is a grade when the document's legend lists it, else the direction
    const graded = row.achievement === null && row.direction in grades;
    const cells: ItemCells = {
      no: row.no,
      page: row.page,
      name: row.name ? [row.name] : [],
      summary: [],
      results: [],
      plans: [],
      achievement: graded ? row.direction : row.achievement,
      direction: graded ? null : row.direction,
      goal: row.continuing ? ['継続実施'] : [],
      assessment: [],
      related: [],
      department: [],
    };
    return buildItem(cells, { section: codeTitle(row.section), subsection: codeTitle(row.subsection), years }, ctx);
  });
}

/**
 * The report title: the first line when it names the report (it heads every page),
 * else the first line naming a 管理表 wherever the producer drew it (after the rows,
 * in some PDFs' content order).
 */
function findTitle(doc: TextDocument, vocab: PlanVocabulary): string | null {
  return firstLineTitle(doc, vocab.textTitle) ?? namedTitle(doc, vocab.namedTitle);
}

/** The first line of the text, when it carries a title's words (it may be something else in some extractions). */
function firstLineTitle(doc: TextDocument, titleWords: RegExp): string | null {
  for (const page of doc.pages) {
    for (const line of page.lines) {
      const n = norm(line);
      if (n === '' || isFooter(n) || /^[0-9]+$/.test(n)) continue;
      return titleWords.test(n) && canBeTitle(line) && !parseItemNumber(n) && !isStrongHeader(n) ? line.trim() : null;
    }
  }
  return null;
}

/** A title found away from the top of the page must name the report itself. */
function namedTitle(doc: TextDocument, named: RegExp): string | null {
  for (const page of doc.pages) {
    for (const line of page.lines) {
      const n = norm(line);
      if (named.test(n) && canBeTitle(line) && !PROSE_PUNCTUATION.test(n) && !parseItemNumber(n) && !isStrongHeader(n)) return line.trim();
    }
  }
  return null;
}

/** What every page's title line starts with: the title without a trailing note like （抜粋）. */
function titleKeyOf(title: string | null): string | null {
  if (title === null) return null;
  const key = compact(title);
  const core = key.replace(/(?:[（(【［][^）)】］]*[）)】］])+$/, '');
  return core.length >= 4 ? core : key;
}

/**
 * Lines with their page: pages at form feeds when the text has them, otherwise a
 * new page after each page footer (`【1-a】 3-17`) where every page has one, else
 * wherever the title line repeats. Footers are preferred because an extractor may
 * put the title after the page's rows, while a footer always closes its page.
 */
function paginate(doc: TextDocument, title: string | null): Array<{ text: string; page: number; blankBefore: boolean }> {
  const out: Array<{ text: string; page: number; blankBefore: boolean }> = [];
  const paged = doc.pages.length > 1;
  const titleKey = titleKeyOf(title);
  const isTitle = (raw: string) => titleKey !== null && compact(raw).startsWith(titleKey);
  const all = paged ? [] : doc.pages.flatMap((p) => p.lines);
  const titles = all.filter(isTitle).length;
  const byFooter = all.filter(isFooter).length >= Math.max(1, titles - 1);
  const titleRepeats = !byFooter && titles > 1;
  let page = 0;
  doc.pages.forEach((p, pi) => {
    page = paged ? (p.page ?? pi + 1) : Math.max(page, 1);
    let blank = false;
    let seenTitle = false;
    let onPage = 0;
    for (const raw of p.lines) {
      if (norm(raw) === '') {
        blank = true;
        continue;
      }
      if (titleRepeats && isTitle(raw)) {
        if (seenTitle) page++;
        seenTitle = true;
      }
      out.push({ text: raw, page, blankBefore: blank });
      blank = false;
      onPage++;
      if (byFooter && onPage >= MIN_PAGE_LINES && isFooter(raw)) {
        page++;
        onPage = 0;
      }
    }
  });
  return out;
}

/** A footer ends a page only after this many lines of it (a running head at the top would not). */
const MIN_PAGE_LINES = 10;

function classify(raw: ReadonlyArray<{ text: string; page: number; blankBefore: boolean }>, title: string | null): Line[] {
  const titleKey = titleKeyOf(title);
  const lines: Line[] = raw.map((l) => ({ ...l, kind: firstKind(l.text, titleKey) }));
  // `～２８` opens the direction sub-header; `年度` `２９年` `度` complete it
  lines.forEach((l, i) => {
    if (lines[i - 1]?.kind === 'direction' && isDirectionHeaderPart(l.text)) l.kind = 'direction';
  });
  markHeaderBlocks(lines);
  // `目的` `達成` `状況` `課題`: header words only beside other header lines
  spread(lines, (l) => l.kind === 'weak', 'header');
  for (const l of lines) if (l.kind === 'weak') l.kind = 'content';
  decideNumbers(lines);
  markGluedSections(lines);
  markChapters(lines);
  // a number left over beside page furniture is a page number
  spread(lines, (l) => l.kind === 'number', 'pageNumber');
  for (const l of lines) if (l.kind === 'number') l.kind = 'content';
  return lines;
}

const HEADER_START: ReadonlySet<Kind> = new Set(['header', 'weak', 'direction']);

/** Lines of a column-header block, its cells wrapped anywhere, become header lines. */
function markHeaderBlocks(lines: Line[]): void {
  const texts = lines.map((l) => l.text);
  for (let i = 0; i < lines.length; ) {
    const n = HEADER_START.has(lines[i]!.kind) ? headerRunLength(texts, i) : 0;
    for (const l of lines.slice(i, i + n)) if (l.kind !== 'direction') l.kind = 'header';
    i += Math.max(1, n);
  }
}

function firstKind(text: string, titleKey: string | null): Kind {
  if (titleKey && compact(text).startsWith(titleKey)) return 'title';
  if (isFooter(text)) return 'footer';
  if (CONTENTS_ENTRY.test(norm(text))) return 'chapter';
  if (isLegend(text)) return 'legend';
  if (isDirectionHeaderStart(text)) return 'direction';
  if (isStrongHeader(text)) return 'header';
  if (parseSubsection(text)) return 'subsection';
  if (isWeakHeader(text)) return 'weak';
  const numbered = parseItemNumber(text);
  // `5 継続`: a grade and a direction cell on one line (a table without item numbers), no item
  if (numbered && !(numbered.rest !== null && DIRECTION_WORD.test(compact(numbered.rest)))) return 'number';
  return 'content';
}

/** Turn lines matching `candidate` into `kind` while they touch page furniture or headings. */
function spread(lines: Line[], candidate: (l: Line) => boolean, kind: Kind): void {
  const anchors = (l: Line | undefined) => isFurniture(l) || isHeading(l);
  for (let changed = true; changed; ) {
    changed = false;
    lines.forEach((l, i) => {
      if (candidate(l) && (anchors(lines[i - 1]) || anchors(lines[i + 1]))) {
        l.kind = kind;
        changed = true;
      }
    });
  }
}

/**
 * The unnumbered line over a section heading (`地域で安心して暮らせる支援体制の構築`,
 * the plan's basic goal) heads the page, wherever content order puts it: after a
 * page's last row it would otherwise run into that row's cells. A row ends in its
 * department or a plan name, which the line is not.
 */
function markChapters(lines: Line[]): void {
  lines.forEach((l, i) => {
    if (l.kind !== 'content' || lines[nextMeaningful(lines, i)]?.kind !== 'section') return;
    if (/[。、]/.test(l.text) || endsLikeDepartment(l.text) || endsLikePlanName(l.text)) return;
    l.kind = 'chapter';
  });
}

/** `2地域生活の支援` right above a subsection heading is the section over it. */
function markGluedSections(lines: Line[]): void {
  lines.forEach((l, i) => {
    if (l.kind === 'content' && lines[nextMeaningful(lines, i)]?.kind === 'subsection' && parseGluedSection(l.text)) l.kind = 'section';
  });
}

/** An item name's (first) line: words, no sentence end, not a marker. */
function isNameText(text: string): boolean {
  return NAME_TEXT.test(text) && !/[。]/.test(text) && !parseMarker(text);
}

/** Index of the next line after i that is not page furniture. */
function nextMeaningful(lines: readonly Line[], i: number): number {
  let j = i + 1;
  while (j < lines.length && isFurniture(lines[j])) j++;
  return j;
}

function prevMeaningful(lines: readonly Line[], i: number): number {
  let j = i - 1;
  while (j >= 0 && (isFurniture(lines[j]) || lines[j]!.kind === 'number')) j--;
  return j;
}

/**
 * Each number line is an item, a section heading (`１　相談システムの構築`, followed by
 * a subsection) or a stray number. An item number is followed by its name, and its
 * row either holds an achievement marker or a goal, or starts where a row may start.
 */
function decideNumbers(lines: Line[]): void {
  const candidates: number[] = [];
  lines.forEach((l, i) => {
    if (l.kind !== 'number') return;
    const { rest } = parseItemNumber(l.text)!;
    const next = lines[nextMeaningful(lines, i)];
    if (rest !== null) {
      const heading = parseSectionShape(l.text);
      // a heading is followed by another heading, furniture or the first row; a name by its summary
      const figure = parseQuantity(norm(l.text)) !== null;
      if (heading && !figure && (next === undefined || ['subsection', 'section', 'number'].includes(next.kind) || isFurniture(next))) {
        l.kind = 'section';
        return;
      }
      // `2 箇所` is a figure written with a space, not item 2
      if (isNameText(rest) && !figure) candidates.push(i);
      return;
    }
    // a lone number is followed at once by its name (a page number by furniture or prose)
    const name = lines[i + 1];
    if (name && name.kind === 'content' && isNameText(name.text)) candidates.push(i);
  });
  candidates.forEach((i, n) => {
    const end = candidates[n + 1] ?? lines.length;
    if (hasAnchor(lines, i + 1, end) || startsRow(lines, i)) lines[i]!.kind = 'item';
  });
}

/** A line that only stands where a row's marker or goal cell begins. */
function isAnchor(text: string): boolean {
  return parseMarker(text) !== null || isContinuingGoal(text) || parseGoalYear(text) !== null;
}

function hasAnchor(lines: readonly Line[], from: number, to: number): boolean {
  return lines.slice(from, to).some((l) => isAnchor(l.text));
}

function hasAnchorIn(lines: readonly BodyLine[]): boolean {
  return lines.some((l) => isAnchor(l.text));
}

/** The line before a row is furniture, a heading, the previous row's department, or nothing. */
function startsRow(lines: readonly Line[], i: number): boolean {
  const p = prevMeaningful(lines, i);
  if (p < 0) return true;
  const prev = lines[p]!;
  return prev.page !== lines[i]!.page || isHeading(prev) || endsLikeDepartment(prev.text) || endsLikePlanName(prev.text);
}

/**
 * An item's own lines (furniture and headings dropped) and, when its row runs onto
 * later pages, the lines continued there. Text on a later page before that page's
 * direction sub-header is page heading, not row.
 */
function itemLines(lines: readonly Line[], start: number, end: number): { own: BodyLine[]; continued: BodyLine[] } {
  const own: BodyLine[] = [];
  const continued: BodyLine[] = [];
  const page = lines[start]!.page;
  let blank = false;
  for (let i = start; i < end; i++) {
    const l = lines[i]!;
    if (l.kind !== 'item' && l.kind !== 'content') {
      blank = true;
      continue;
    }
    const line = { text: l.text, blankBefore: l.blankBefore || (blank && i > start) };
    blank = false;
    if (l.page === page) own.push(line);
    else if (!pageHeaderText(lines, i)) continued.push(line);
  }
  return { own, continued };
}

function pageHeaderText(lines: readonly Line[], i: number): boolean {
  const page = lines[i]!.page;
  for (let j = i + 1; j < lines.length && lines[j]!.page === page; j++) {
    if (lines[j]!.kind === 'direction') return true;
    if (lines[j]!.kind === 'item') return false;
  }
  return false;
}

/** Every table prints its column headers above its rows: a header block opens a group of rows. */
const isColumnHeader = (l: Line | undefined) => l !== undefined && (l.kind === 'header' || l.kind === 'direction');

/** The governing section/subsection of every item line, page by page. */
function headingsByLine(lines: readonly Line[], ctx: ParseContext): Map<number, Governing> {
  const result = new Map<number, Governing>();
  let state: Governing = { section: null, subsection: null };
  // each page's lines, gathered in one pass: going over every line once per page grows with the square of the text
  const pages = new Map<Line['page'], number[]>();
  lines.forEach((l, i) => {
    const onPage = pages.get(l.page);
    if (onPage) onPage.push(i);
    else pages.set(l.page, [i]);
  });
  const leading = headingsLead(lines);
  let carried: PageEvent[] = [];
  for (const onPage of pages.values()) {
    const events: PageEvent[] = [...carried];
    for (const i of onPage) {
      const l = lines[i]!;
      if (l.kind === 'section' || l.kind === 'subsection') events.push({ type: 'heading', heading: headingOf(l) });
      else if (isColumnHeader(l) && !isColumnHeader(lines[i - 1])) events.push({ type: 'group' });
      else if (l.kind === 'item') events.push({ type: 'item', id: i });
    }
    carried = [];
    if (leading) {
      // headings printed in flow: those left at the foot of a page head the next page's table
      const lastItem = events.map((e) => e.type).lastIndexOf('item');
      const tail = events.slice(lastItem + 1);
      if (lastItem >= 0 && tail.some((e) => e.type === 'heading')) {
        carried = tail.filter((e) => e.type === 'heading');
        events.splice(lastItem + 1);
      }
    }
    const resolved = assignHeadings(events, state);
    if (resolved.ambiguous) warnAmbiguousHeadings(ctx, lines[onPage[0]!]!.page);
    resolved.byItem.forEach((g, id) => result.set(id, g));
    state = resolved.state;
  }
  return result;
}

function warnAmbiguousHeadings(ctx: ParseContext, page: number): void {
  ctx.warn('headings-ambiguous', 'more column headers between rows than headings for them (a header repeated, or a heading missing): the section of the rows after them is a guess', page);
}

/**
 * Add a row's lines continued on the next page: the body cells by their column
 * widths when the document's whole rows show them, then the cells right of the marker
 * (taken apart where cells sharing a baseline stand on one line).
 */
function continueRow(cells: ItemCells, item: LocatedItem, continued: readonly BodyLine[], widths: ColumnWidths, profile: WidthProfile): ItemCells {
  const body = usableWidths(widths) ? splitCutBody(item.body, continued, cells.assessment, widths, profile) : null;
  if (body === null) return mergeContinuation(cells, continued);
  const withBody = { ...cells, summary: withBlanks(body.summary), results: withBlanks(body.results), plans: withBlanks(body.plans) };
  return continueSharedTail(withBody, body.rest, widths.assessment) ?? mergeContinuation(withBody, body.rest, ['assessment']);
}

/**
 * Whether the producer prints headings in flow, above their tables: the document's
 * first heading comes before its first row. Otherwise (the header block and headings
 * drawn after the rows) a page's headings all belong to that page.
 */
function headingsLead(lines: readonly Line[]): boolean {
  const heading = lines.findIndex(isHeading);
  const item = lines.findIndex((l) => l.kind === 'item');
  return heading >= 0 && item >= 0 && heading < item;
}

function headingOf(l: Line): Heading {
  return l.kind === 'subsection' ? parseSubsection(l.text)! : (parseSectionShape(l.text) ?? parseGluedSection(l.text)!);
}
