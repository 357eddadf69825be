import { closeNumberSpacing, joinLines, normalizeWidth, parseFiscalYear } from '../../normalize/index.js';
import type { Metric } from '../../schema/common.js';
import type { ParseContext } from '../types.js';
import { quantityLine, withoutHeadingNumber } from './chart-parts.js';
import { compact, HAS_LETTER, type UsedLines } from './lines.js';
import { NUMBERED_HEADING, QUOTED_LABEL, SHARE_AFTER_FIGURE, YEAR_HEADING, YEAR_HEADING_INSIDE } from './vocabulary.js';
import type { Chart, Count, PlacedCount } from './model.js';
import type { Slide } from './slides.js';

/**
 * Counters of activity figures (cases handled, meetings held, people reached).
 * Places (か所), issue numbers (号), percents and calendar units are not counts.
 */
const ACTIVITY_UNITS = new Set(['件', 'ケース', '回', '名', '人', '世帯', '人日', '冊', '件（人）', '件(人)', '人（件）', '人(件)']);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const plain = (s: string) => normalizeWidth(s).replace(/[，,]/g, '').replace(/\s+/g, '');

/**
 * `月１回`, `年2回`, `毎週1回`: how often, not how many. The figure is looked for
 * inside the metric's own raw text when the paragraph holds it, so a frequency
 * elsewhere in the paragraph does not hide it.
 */
function isFrequency(paragraph: string, m: Metric): boolean {
  const text = plain(paragraph);
  const raw = plain(m.raw);
  const from = raw ? text.indexOf(raw) : -1;
  const scope = from >= 0 ? { start: from, end: from + raw.length } : { start: 0, end: text.length };
  const figure = new RegExp(`${escape(String(m.value))}${escape(m.unit ?? '')}`, 'g');
  const hits = [...text.matchAll(figure)].filter((h) => h.index >= scope.start && h.index < scope.end && !/\d|\./.test(text[h.index - 1] ?? ''));
  return hits.length > 0 && hits.every((h) => /(?:毎|月|週|年|日)に?$/.test(text.slice(Math.max(0, h.index - 2), h.index)));
}

/** A blank line ends a paragraph unless the line before it stops mid-phrase (`…センター・`, `…研修や`). */
const RUNS_ON = /[、・，,（(をにがはでとのやへもて]$/;

/** A line that is a whole figure with its label (`実人数 286 人`): a caption of its own, never the end of the line above's sentence. */
const isCaption = (line: string) => (quantityLine(line)?.label ?? '') !== '';

/**
 * The slide's remaining text as paragraphs. Slides place short captions one per
 * line (`相談支援事業所`, blank, `障害者・・・88件`): gluing those would give a
 * figure someone else's label, so blank lines split unless a phrase runs on, and so
 * does a line that is a labelled figure (the slide title above it is no part of
 * its label); so does a numbered heading's line (`１ 相談支援の実績`).
 */
function paragraphs(lines: ReadonlyArray<{ text: string; at: number }>): Array<{ text: string; at: number }> {
  const groups: Array<Array<{ text: string; at: number }>> = [[]];
  let blank = false;
  for (const line of lines) {
    if (line.text.trim() === '') {
      blank = true;
      continue;
    }
    const current = groups[groups.length - 1]!;
    const previous = current[current.length - 1];
    const runsOn = previous !== undefined && RUNS_ON.test(normalizeWidth(previous.text).trim());
    const previousEnds = previous !== undefined && (blank || isCaption(line.text) ? !runsOn : NUMBERED_HEADING.test(normalizeWidth(previous.text).trim()));
    if (previousEnds) groups.push([line]);
    else current.push(line);
    blank = false;
  }
  // a group's paragraphs stand where the group starts (their order among themselves is kept)
  return groups.flatMap((g) =>
    joinLines(g.map((l) => l.text))
      .split('\n')
      .filter((p) => p !== '')
      .map((p) => ({ text: closeNumberSpacing(p), at: g[0]!.at })),
  );
}

const figureKey = (value: number, unit: string | null) => `${value}|${unit ?? ''}`;

/**
 * Figures a chart already states (its total and 前年比), with the titles of the charts
 * stating them: the deck restating one in its text under the chart's name
 * (`年間の連携・調整1,000件`) is that chart's figure, not another count.
 */
function chartFigures(charts: readonly Chart[]): Map<string, string[]> {
  const titles = new Map<string, string[]>();
  const add = (key: string, title: string) => titles.set(key, [...(titles.get(key) ?? []), compact(title).replace(MEASURE_NOTE, '')]);
  for (const c of charts) {
    if (!c.total) continue;
    add(figureKey(c.total.value, c.total.unit), c.title);
    if (c.change !== null) add(figureKey(Math.abs(c.change), c.total.unit), c.title);
  }
  return titles;
}

/** What a chart's title says it counts in, in brackets at its end (`相談者の障害種別（実人数）`): no part of its name. */
const MEASURE_NOTE = /[(（][^()（）]*[)）]$/;

/**
 * Whether a figure restates a chart's: the same value and unit, printed with the
 * chart's name (its title without the measure in brackets). The same value under
 * other words — a summary slide's `実人数 286人` before a chart titled
 * `相談者の障害種別（実人数）` — is another figure and stays a count.
 */
function restatesChart(known: ReadonlyMap<string, readonly string[]>, paragraph: string, m: Metric): boolean {
  const titles = known.get(figureKey(m.value, m.unit)) ?? [];
  const text = compact(paragraph);
  const label = compact(m.label);
  return titles.some((t) => t !== '' && (text.includes(t) || (label !== '' && t.includes(label))));
}

/**
 * Where in its paragraph each metric was printed: the offset of its raw text, looked
 * for after the previous one's. A metric the extractor gives twice for one printed
 * figure finds no later place and is null; a figure printed twice (平成29年度 12件,
 * 平成30年度 12件) finds both places and is two counts.
 */
function printedAt(paragraph: string, metrics: readonly Metric[]): Array<number | null> {
  const text = plain(paragraph);
  const taken = new Set<number>();
  return metrics.map((m) => {
    const raw = plain(m.raw);
    for (let at = text.indexOf(raw); at >= 0; at = text.indexOf(raw, at + 1)) {
      if (!taken.has(at)) {
        taken.add(at);
        return at;
      }
    }
    return raw === '' ? 0 : null;
  });
}

/**
 * The activity figures stated in the slides' remaining text (after charts and
 * tables took theirs), each with its slide, in document order with the rows of the
 * slide's tables of figures (`tableCounts`, by slide index). Sentences go to the
 * metric extractor one paragraph at a time, so each figure keeps the words around it
 * as its label.
 */
export function readCounts(
  slides: readonly Slide[],
  used: UsedLines,
  charts: readonly Chart[],
  ctx: ParseContext,
  tableCounts: ReadonlyMap<number, PlacedCount[]> = new Map(),
): Count[] {
  const known = chartFigures(charts);
  return slides.flatMap((slide, s) => {
    const placed: PlacedCount[] = [...(tableCounts.get(s) ?? [])];
    const rest = slide.lines.map((l, i) => (used.has(s, i) ? '' : l));
    for (const { text: printed, fiscalYear, at } of statements(rest)) {
      const paragraph = withoutHeadingNumber(printed);
      if (!/\d/.test(normalizeWidth(paragraph))) continue;
      const located = locateFigures(paragraph);
      const metrics = ctx.extractMetrics(paragraph);
      const places = printedAt(paragraph, metrics);
      metrics.forEach((m, k) => {
        if (m.unit === null || !ACTIVITY_UNITS.has(m.unit) || places[k] === null) return;
        if (isFrequency(paragraph, m) || restatesChart(known, paragraph, m)) return;
        const { share, quoted, printed } = located(m);
        placed.push({ at, count: { ...m, label: quoted ?? printed ?? m.label, share, fiscalYear, page: slide.page } });
      });
    }
    return placed.sort((a, b) => a.at - b.at).map((p) => p.count);
  });
}


/**
 * A slide's paragraphs, each with the fiscal year of the year heading it falls under
 * (`令和3年度` alone, or opening a line: `令和3年度 事案件数112件、…`, or set apart by
 * spaces inside a text version's line); a year heading starts a new paragraph and
 * holds until the next one or a numbered section heading.
 */
function statements(lines: readonly string[]): Array<{ text: string; fiscalYear: number | null; at: number }> {
  const sections: Array<{ fiscalYear: number | null; lines: Array<{ text: string; at: number }> }> = [{ fiscalYear: null, lines: [] }];
  for (const line of lines.flatMap((l, at) => l.split(YEAR_HEADING_INSIDE).map((text) => ({ text, at })))) {
    const heading = YEAR_HEADING.exec(compact(line.text));
    if (heading) sections.push({ fiscalYear: parseFiscalYear(heading[0]), lines: [line] });
    // a numbered section heading (`３ 主な取組`) starts a part the year before it no longer covers
    else if (NUMBERED_HEADING.test(normalizeWidth(line.text).trim())) sections.push({ fiscalYear: null, lines: [line] });
    else sections[sections.length - 1]!.lines.push(line);
  }
  return sections.flatMap((section) => paragraphs(section.lines).map((p) => ({ ...p, fiscalYear: section.fiscalYear })));
}

interface Surroundings {
  share: number | null;
  /** A label quoted just before the figure. */
  quoted: string | null;
  /** The phrase printed just before the figure in its own clause, where the extractor's label came from elsewhere. */
  printed: string | null;
}

/** Where a clause starts: after 、 。 or a closing bracket. */
const CLAUSE_START = /[、。,)）」]/g;
const MAX_PRINTED_LABEL = 30;
/** The particle that makes the clause the figure's topic (`…に関する相談には9件`): no part of the label. */
const TOPIC_PARTICLE = /(?:には|は|が)$/;

/**
 * What the prose says around each figure, in the order the metrics come: the share
 * printed right after it (`26件(21%)`, `6,562件で全体の68.6%`), a quoted label right
 * before it (`「更生医療相談」が`), and the clause before it (`うち、…と考えられるもの 9件`).
 */
function locateFigures(paragraph: string): (m: Metric) => Surroundings {
  const text = normalizeWidth(paragraph);
  let from = 0;
  return (m) => {
    const raw = normalizeWidth(m.raw);
    const at = raw ? text.indexOf(raw, from) : -1;
    if (at < 0) return { share: null, quoted: null, printed: null };
    from = at + raw.length;
    const share = SHARE_AFTER_FIGURE.exec(text.slice(from));
    const before = text.slice(0, at + Math.max(0, raw.search(/[0-9]/)));
    const quoted = QUOTED_LABEL.exec(before);
    const printed = clauseLabel(before);
    // the extractor's label stands unless it was taken from outside the figure's own clause
    const own = compact(`${printed ?? ''}${text.slice(from).split(/[、。]/)[0]}`);
    return {
      share: share ? Number(share[1] ?? share[2]) : null,
      quoted: quoted ? quoted[1]! : null,
      printed: printed && !own.includes(compact(m.label)) && !compact(m.label).includes(printed) ? printed : null,
    };
  };
}

/** The clause before a figure as a label: `令和3年度 事案件数` → `事案件数`; null when it is no noun phrase. */
function clauseLabel(before: string): string | null {
  const start = Math.max(0, ...[...before.matchAll(CLAUSE_START)].map((c) => c.index + 1));
  const clause = compact(before.slice(start).replace(YEAR_HEADING, '')).replace(/[(（:：・…]+$/, '').replace(TOPIC_PARTICLE, '');
  if (!HAS_LETTER.test(clause) || clause.length > MAX_PRINTED_LABEL || /[がはでをにとも]$|[0-9]/.test(clause)) return null;
  return clause;
}
