/**
 * Other cities' plan-progress forms read from text (a テキスト版, a PDF's text): record
 * blocks, the list form, grade legends and tallies. Null when the text shows none of
 * them, so the seed forms' table reader can take it.
 */
import type { TextDocument } from '../../../input/types.js';
import { findEraIn, parseFiscalYear } from '../../../normalize/index.js';
import type { ParseContext } from '../../types.js';
import type { PlanItem, PlanProgressDocument } from '../schema.js';
import { readLegend } from './legend.js';
import { readList, type ListEntry } from './list.js';
import { readRecords } from './records.js';
import { toStream, type Stream } from './stream.js';
import { readTallies } from './tally.js';
import { REPORT_TITLE_END } from '../vocabulary.js';

export type FormFields = Omit<PlanProgressDocument, 'kind' | 'source' | 'warnings' | 'coverage'>;

/** A report title ends in the form's name (…表, …票) and an optional bracketed note. */
const TITLE = /^\S*?[表票](?:[（(][^）)]*[）)])?/;
const MAX_TITLE = 60;
/** How many first lines may hold the title under a running header. */
const TITLE_WITHIN = 3;

export function readForms(doc: TextDocument, ctx: ParseContext): FormFields | null {
  const stream = toStream(doc);
  const title = titleOf(stream.text);
  const era = findEraIn(stream.text)?.name;
  const records = readRecords(stream, { results: title === null ? null : parseFiscalYear(title, { defaultEra: era }), era }, ctx);
  const list = records ? [] : readList(stream.text);
  const preambleEnd = records?.firstAt ?? list[0]?.at ?? stream.text.length;
  const preamble = stream.text.slice(0, preambleEnd);
  const legend = readLegend(preamble);
  const summaries = [
    ...readTallies(preamble, 0, stream.pageAt),
    ...(records?.gaps ?? []).flatMap((g) => readTallies(g.text, g.at, stream.pageAt)),
  ];
  const items = records?.items ?? list.map((e) => listItem(e, stream));
  const achievement = { ...(records?.grades ?? {}), ...legend };
  if (items.length === 0 && summaries.length === 0 && Object.keys(legend).length === 0) return null;
  return { title, scales: Object.keys(achievement).length ? { achievement } : {}, summaries, items };
}

function titleOf(text: string): string | null {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  // a running header (the plan's name) may stand above the report's own title
  const named = lines.slice(0, TITLE_WITHIN).find((l) => l.length <= MAX_TITLE && REPORT_TITLE_END.test(l));
  if (named) return named;
  const first = lines[0];
  if (!first) return null;
  if (first.length <= MAX_TITLE) return first;
  return TITLE.exec(first)?.[0] ?? null;
}

function listItem(e: ListEntry, stream: Stream): PlanItem {
  return {
    no: e.no,
    section: null,
    subsection: null,
    name: e.name,
    tags: [],
    summary: '',
    results: null,
    plans: null,
    achievement: e.grade,
    direction: null,
    goal: null,
    indicators: [],
    assessment: '',
    relatedPlans: [],
    department: '',
    page: stream.pageAt(e.at),
  };
}
