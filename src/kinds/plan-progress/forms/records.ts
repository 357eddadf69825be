/**
 * Record blocks (目黒区 課題別事業評価表, 川崎市 事務事業, 長崎市 施策評価, 川越市
 * 調査表): one record per block, its fields found by their labels' words, inline or
 * in a left column. A record starts at the document's record-opening label (事業番号,
 * else the name label) printed with a value; headings between records govern the
 * records after them.
 */
import { joinLines, parseFiscalYear } from '../../../normalize/index.js';
import type { ParseContext } from '../../types.js';
import { FISCAL_YEAR_WORD } from '../../shared/vocabulary.js';
import { splitName, type CodeTitle } from '../cells.js';
import { compact } from '../lines.js';
import type { Indicator, PlanItem } from '../schema.js';
import {
  ACTUAL_ROW_WORDS,
  CONTINUING_TARGET,
  DIRECTION_WORD,
  GRADE_FIRST,
  HIERARCHY_PREFIX,
  LABEL_MARKER,
  LABEL_MARKER_CHARS,
  NAME_TAG_LABEL,
  NUMBERED_RECORD_LINE,
  PLAN_FIELD_KEYS,
  POLICY_CODE,
  RECORD_LABELS,
  RECORD_NAME_OPENERS,
  RECORD_START_FIELDS,
  RECORD_TAGS,
  type RecordField,
} from '../vocabulary.js';
import { trailingHeadings } from './headings.js';
import { hasYearHeader, readIndicatorPairs, readIndicatorTable, readTargetRows } from './indicators.js';
import { labelPattern, splitAtLabels, type Segment } from './labels.js';
import type { Stream } from './stream.js';

type Seg = Segment<RecordField>;

export interface RecordForm {
  items: PlanItem[];
  /** Where the first record starts in the stream: the text before it is the preamble. */
  firstAt: number;
  /** Text between records that held headings (a tally may stand there too), with its position. */
  gaps: Array<{ text: string; at: number }>;
  /** Grade meanings printed beside the records' grades (`C 少し達成した`). */
  grades: Record<string, string>;
}

export interface YearContext {
  /** The year the document reports on (its title's year), for results without their own. */
  results: number | null;
  era: string | undefined;
}

/** A record has at least this many labelled values, its opening one included. */
const MIN_VALUES = 3;
/** A grade's meaning printed beside it is a short phrase. */
const MAX_MEANING = 40;
const PATTERN = labelPattern(RECORD_LABELS, LABEL_MARKER_CHARS, FISCAL_YEAR_WORD);
/** A record's number, after the heading numbers of a hierarchical one (`01` of `1-01`). */
const NUMBER_FIRST = new RegExp(`^(?:${HIERARCHY_PREFIX})?([0-9]{1,4})(?![0-9])\\s*`);
const NAME_TAG = new RegExp(`\\s+${NAME_TAG_LABEL}\\s*(${RECORD_TAGS.join('|')})$`);

export function readRecords(stream: Stream, years: YearContext, ctx: ParseContext): RecordForm | null {
  const segments = withNumberedRecords(stream.text, splitAtLabels(stream.text, RECORD_LABELS, PATTERN).segments);
  for (const s of segments) s.value = s.value.replace(LABEL_MARKER, '').trim();
  const startField = RECORD_START_FIELDS.find((f) => segments.some((s) => opens(s, f)));
  if (!startField) return null;
  const starts = segments.flatMap((s, i) => (opens(s, startField) ? [i] : []));
  const groups = starts.map((from, n) => segments.slice(from, starts[n + 1] ?? segments.length));
  if (groups[0]!.filter((s) => s.value !== '').length < MIN_VALUES) return null;

  const firstAt = segments[starts[0]!]!.start;
  const gaps: RecordForm['gaps'] = [];
  const grades: Record<string, string> = {};
  // the preamble's own tallies are read with it: its headings only govern
  let governing = cutHeadings(stream.text.slice(0, firstAt), 0, { section: null, subsection: null }, []).governing;
  const items: PlanItem[] = [];
  groups.forEach((group, n) => {
    const current = governing;
    if (n + 1 < groups.length) {
      // headings before the next record end this record's last value
      const last = group[group.length - 1]!;
      const cut = cutHeadings(last.value, stream.text.indexOf(last.value, last.start), governing, gaps);
      governing = cut.governing;
      last.value = last.value.slice(0, cut.at).trim();
    }
    items.push(buildRecord(group, n, current, stream.pageAt(group[0]!.start), years, grades, ctx));
  });
  return { items, firstAt, gaps, grades };
}

/**
 * Records that print no number or name label: each opens at a line of its number and
 * name (`（１）相談支援事業【障害福祉課】`) right before a labelled value. Two such lines or
 * more are records; the value before each is cut there. A document with record labels
 * of its own keeps them.
 */
function withNumberedRecords(text: string, segments: Seg[]): Seg[] {
  if (RECORD_START_FIELDS.some((f) => segments.some((s) => opens(s, f)))) return segments;
  const labelAt = new Set(segments.map((s) => s.start));
  const openers = [...text.matchAll(NUMBERED_RECORD_LINE)].filter((m) => labelAt.has(m.index + m[0].length + 1));
  if (openers.length < 2) return segments;
  const added: Seg[] = openers.flatMap((m) => {
    for (const s of segments) {
      const at = s.value.indexOf(m[0]);
      if (s.start < m.index && at >= 0) s.value = s.value.slice(0, at).trim();
    }
    const no = m[1] ?? m[2]!;
    const [name, department] = [m[3]!, m[4] ?? m[5]];
    return [
      { field: 'no' as const, label: '', note: null, value: no, start: m.index },
      { field: 'name' as const, label: '', note: null, value: name, start: m.index + 1 },
      ...(department ? [{ field: 'department' as const, label: '', note: null, value: department, start: m.index + 2 }] : []),
    ];
  });
  return [...segments, ...added].sort((a, b) => a.start - b.start);
}

/** Headings at the end of a text (at `at` in the stream): where they start and what governs after them. */
function cutHeadings(text: string, at: number, previous: Governing, gaps: RecordForm['gaps']): { at: number; governing: Governing } {
  const tail = trailingHeadings(text);
  if (tail.cut >= text.length) return { at: text.length, governing: previous };
  gaps.push({ text: text.slice(tail.cut), at: at + tail.cut });
  const { section, subsection } = tail.headings;
  return { at: tail.cut, governing: { section: section ?? previous.section, subsection: subsection ?? (section ? null : previous.subsection) } };
}

type Governing = { section: CodeTitle | null; subsection: CodeTitle | null };

/** A name is a short phrase, no sentence (a table's text run on under a header word is not). */
const MAX_NAME = 80;

/** A segment that opens a record: 事業番号 with its number, or a record's name label with a name. */
function opens(s: Seg, field: RecordField): boolean {
  if (s.field !== field) return false;
  if (field === 'no') return NUMBER_FIRST.test(s.value);
  return RECORD_NAME_OPENERS.includes(s.label) && s.value !== '' && s.value.length <= MAX_NAME && !/。/.test(s.value) && !isColumnHeader(s.value);
}

/** A value that starts with another column's header word (`施策名 取組内容 担当課 …`): a table's header row, no record. */
const isColumnHeader = (value: string) => {
  const first = value.split(/\s/)[0]!;
  return PLAN_FIELD_KEYS.some(([, keys]) => keys.some((k) => k === first));
};

const lines = (value: string) => value.split('\n');
const text = (segs: readonly Seg[]) => joinLines(segs.flatMap((s) => lines(s.value)));

function buildRecord(
  group: readonly Seg[],
  index: number,
  governing: Governing,
  page: number,
  years: YearContext,
  grades: Record<string, string>,
  ctx: ParseContext,
): PlanItem {
  const of = (field: RecordField) => group.filter((s) => s.field === field && s.value !== '');
  const yearOf = (s: Seg | undefined) => (s?.note ? parseFiscalYear(s.note, { defaultEra: years.era }) : null);
  const latest = (segs: readonly Seg[]) => [...segs].sort((a, b) => (yearOf(a) ?? -Infinity) - (yearOf(b) ?? -Infinity)).pop();

  // a number label before a list of codes (`個別施策 F3-1 …`) gives no number
  const numbered = of('no').find((s) => NUMBER_FIRST.test(s.value));
  const tags: string[] = [];
  let no = index + 1;
  if (numbered) {
    const m = NUMBER_FIRST.exec(numbered.value)!;
    no = Number(m[1]);
    // the 区分 beside the number, spaced or not (`001 新規`, `001新規`)
    const rest = compact(numbered.value.slice(m[0].length));
    tags.push(...RECORD_TAGS.filter((t) => rest.includes(t)));
  }
  let nameValue = of('name').map((s) => s.value).join('\n');
  const nameTag = NAME_TAG.exec(nameValue);
  if (nameTag) {
    tags.push(nameTag[1]!);
    nameValue = nameValue.slice(0, nameTag.index);
  }
  let nameText = joinLines(lines(nameValue));
  const coded = POLICY_CODE.exec(nameText);
  if (coded) {
    if (!numbered) no = Number(coded[2]);
    nameText = nameText.slice(coded[0].length);
  }
  const { name, tags: nameTags } = splitName([nameText]);

  const yearTable = of('years')[0];
  const actualRows = yearTable ? of('results').filter((s) => (ACTUAL_ROW_WORDS as readonly string[]).includes(s.label)) : [];
  const resultSeg = latest(of('results').filter((s) => !actualRows.includes(s)));
  const resultsText = resultSeg ? text([resultSeg]) : '';
  const planSeg = latest(of('plans'));
  const direction = planSeg && DIRECTION_WORD.test(compact(planSeg.value)) ? compact(planSeg.value) : null;
  const goalSegs = [...of('current'), ...of('goal')];

  return {
    no,
    section: governing.section,
    subsection: governing.subsection,
    name,
    tags: [...tags, ...nameTags],
    summary: text(of('summary')),
    results: resultSeg
      ? { fiscalYear: yearOf(resultSeg) ?? years.results, text: resultsText, metrics: resultsText ? ctx.extractMetrics(resultsText) : [] }
      : null,
    plans: planSeg && direction === null ? { fiscalYear: yearOf(planSeg), text: text([planSeg]) } : null,
    achievement: grade(latest(of('achievement')), grades),
    direction,
    goal: goalSegs.length
      ? { continuing: of('goal').some((s) => CONTINUING_TARGET.test(compact(s.value))), baseline: null, target: null, text: text(goalSegs) }
      : null,
    indicators: indicators(of('indicators'), yearTable, of('targetRow'), actualRows, years.era),
    assessment: text(of('assessment')),
    relatedPlans: [],
    department: compact(of('department').map((s) => s.value).join('')),
    page,
  };
}

/** `C 少し達成した` → `C`, and its meaning goes to the document's scale. */
function grade(s: Seg | undefined, grades: Record<string, string>): string | null {
  const m = s ? GRADE_FIRST.exec(s.value) : null;
  if (!m) return null;
  const first = m[1]!;
  const meaning = compact(s!.value.slice(m[0].length)).replace(/[。]+$/, '');
  if (meaning && meaning.length <= MAX_MEANING && !/。/.test(meaning)) grades[first] ??= meaning;
  return first;
}

function indicators(segs: readonly Seg[], yearTable: Seg | undefined, targetRows: readonly Seg[], actualRows: readonly Seg[], era: string | undefined): Indicator[] {
  const out: Indicator[] = [];
  for (const s of segs) {
    const flat = s.value.replace(/\n/g, ' ');
    if (hasYearHeader(flat, era)) out.push(...readIndicatorTable(flat, era));
    else {
      const one = readIndicatorPairs(flat, era);
      if (one) out.push(one);
    }
  }
  if (yearTable) {
    targetRows.forEach((row, n) => {
      const one = readTargetRows(yearTable.value.replace(/\n/g, ' '), row.value.replace(/\n/g, ' '), actualRows[n]?.value.replace(/\n/g, ' ') ?? null, era);
      if (one) out.push(one);
    });
  }
  return out;
}
