/**
 * The records of an extracted document as the inspect view lists them, and which
 * record and field a JSON path (from provenance) belongs to. Kind-agnostic: it
 * knows the record lists, not their fields.
 */

/** Lists of records an extracted document may hold, in the order they are shown. */
export const RECORD_LISTS = ['items', 'sheets', 'charts', 'tables', 'counts'] as const;

/** Envelope keys that are not content (provenance skips them too). */
const ENVELOPE = new Set(['kind', 'source', 'warnings', 'coverage', 'expectedWarnings']);

/** Record id of the document's own fields (title, plan, organization …). */
export const DOCUMENT_RECORD = 'document';

export interface InspectRecord {
  /** `items[3]`, or `document` for fields outside the record lists. */
  id: string;
  list: string;
  /** Short label: `#12` for an item or sheet (its own number when it has one, else its position), `counts #3` for others. */
  label: string;
  /** A first text of the record, to tell records apart in the list. */
  caption: string;
  page: number | null;
  value: unknown;
}

/** Keys whose text names a record, tried before its first text. */
const NAMING_KEYS = ['name', 'title', 'label'];

function caption(record: Record<string, unknown>): string {
  const named = NAMING_KEYS.map((k) => record[k]).find((v): v is string => typeof v === 'string' && v !== '');
  return named ?? firstText(record);
}

function firstText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || typeof value !== 'object') return '';
  for (const child of Object.values(value as Record<string, unknown>)) {
    const t = firstText(child);
    if (t !== '') return t;
  }
  return '';
}

export function listRecords(doc: Record<string, unknown>): InspectRecord[] {
  const out: InspectRecord[] = [];
  const own = Object.fromEntries(Object.entries(doc).filter(([k]) => !ENVELOPE.has(k) && !(RECORD_LISTS as readonly string[]).includes(k)));
  if (Object.keys(own).length > 0) out.push({ id: DOCUMENT_RECORD, list: DOCUMENT_RECORD, label: DOCUMENT_RECORD, caption: firstText(own), page: null, value: own });
  for (const list of RECORD_LISTS) {
    const records = doc[list];
    if (!Array.isArray(records)) continue;
    records.forEach((value: unknown, i) => {
      const r = (value ?? {}) as Record<string, unknown>;
      const no = typeof r.no === 'number' || typeof r.no === 'string' ? r.no : i + 1;
      const label = list === 'items' || list === 'sheets' ? `#${no}` : `${list} #${no}`;
      out.push({ id: `${list}[${i}]`, list, label, caption: caption(r), page: typeof r.page === 'number' ? r.page : null, value });
    });
  }
  return out;
}

const RECORD_PREFIX = new RegExp(`^(${RECORD_LISTS.join('|')})\\[(\\d+)\\]\\.?`);

/** The record a field's path belongs to: `items[3]` for `items[3].results.text`. */
export function recordOf(path: string): string {
  const m = RECORD_PREFIX.exec(path);
  return m ? `${m[1]}[${m[2]}]` : DOCUMENT_RECORD;
}

/** The field of a path, indexes dropped: `items.results.text` — one colour each. */
export function fieldOf(path: string): string {
  return path.replace(/\[\d+\]/g, '');
}

/** The field within its record, first key only: `results` for `items[3].results.text`. */
function shortField(path: string): string {
  const rest = path.replace(RECORD_PREFIX, '');
  return rest.split(/[.[]/)[0] ?? rest;
}

/** A colour per field, spread around the hue circle by the golden angle so neighbours differ. */
export function fieldColours(fields: readonly string[]): Map<string, string> {
  const sorted = [...new Set(fields)].sort();
  return new Map(sorted.map((f, i) => [f, `hsl(${Math.round((i * 137.508) % 360)} 75% 45%)`]));
}

/** How a span is labelled on the page: its record and field, `#12 results`. */
export function spanLabel(path: string, records: ReadonlyMap<string, InspectRecord>): string {
  const rec = recordOf(path);
  return `${records.get(rec)?.label ?? rec} ${shortField(path)}`;
}
