/**
 * A text that stops inside its last record: the opening of a report saved short, a
 * download cut off. The record is read as far as the text goes, so its fields after
 * the cut are missing and its last value may be cut mid-word (`福祉部障` for
 * 福祉部障害福祉課) or mid-figure. Such a record is kept, with a warning naming it.
 */
import type { SourceDocument } from '../input/types.js';
import { canon, CUT_TEXT_END } from '../kinds/shared/vocabulary.js';
import type { Warning } from '../schema/common.js';
import type { WarningCode } from './codes.js';

/** The document's last characters looked for in its last record. */
const TAIL = 6;
/** The kinds' record lists, in document order. */
const RECORD_LISTS = ['items', 'sheets', 'counts'] as const;

type Rec = Record<string, unknown>;

/** The record's strings, run together without whitespace. */
function recordText(value: unknown): string {
  if (typeof value === 'string') return canon(value);
  if (Array.isArray(value)) return value.map(recordText).join('');
  if (value !== null && typeof value === 'object') return Object.values(value).map(recordText).join('');
  return '';
}

const filled = (v: unknown) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0);

/** Fields every other record fills and this one does not. */
function lacking(record: Rec, others: readonly Rec[]): string[] {
  if (others.length === 0) return [];
  return Object.keys(record).filter((k) => k !== 'page' && !filled(record[k]) && others.every((o) => filled(o[k])));
}

function describe(record: Rec, list: string): string {
  const name = [record.name, (record.target as Rec | undefined)?.title, record.label].find((v) => typeof v === 'string' && v !== '');
  const no = typeof record.no === 'number' ? ` ${record.no}` : '';
  return `${list === 'items' ? 'item' : list === 'sheets' ? 'sheet' : 'count'}${no}${name ? ` (${String(name)})` : ''}`;
}

export function checkCutEnd(doc: SourceDocument, fields: object): Warning[] {
  if (doc.format !== 'text') return [];
  const lines = doc.pages.flatMap((p) => p.lines).filter((l) => l.trim() !== '');
  const end = canon(lines[lines.length - 1] ?? '');
  if (end === '') return [];
  const tail = end.slice(-TAIL);
  const stopsMidSentence = CUT_TEXT_END.test(end);
  for (const list of RECORD_LISTS) {
    const records = (fields as Record<string, Rec[] | undefined>)[list];
    if (!records?.length) continue;
    const last = records[records.length - 1]!;
    const holdsEnd = recordText(last).includes(tail);
    const missing = list === 'counts' ? [] : lacking(last, records.slice(0, -1));
    if ((holdsEnd && (stopsMidSentence || missing.length > 0)) || (stopsMidSentence && missing.length > 0)) {
      const lost = missing.length > 0 ? `; it has no ${missing.join(', ')}, as the records before it do` : '';
      const page = typeof last.page === 'number' ? last.page : null;
      const code: WarningCode = 'record-cut-at-end';
      return [{ code, message: `the text ends inside its last record, ${describe(last, list)}: its last value may be cut short${lost}`, page }];
    }
  }
  return [];
}
