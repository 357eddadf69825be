/**
 * The generic label–value block reader: cut a record's text at the labels it
 * prints (in any order, inline or in a left column, spaced out as `担 当 課`) into
 * label–value segments. Which words are labels is the caller's vocabulary.
 */

export interface LabelWords<F extends string> {
  field: F;
  words: readonly string[];
}

export interface Segment<F extends string> {
  field: F;
  /** The label as printed, spaces removed. */
  label: string;
  /** A parenthesised note after the label (`27年度` of `進捗状況(27年度)`) or the year before it (`令和5年度` of `令和5年度の実績`), else null. */
  note: string | null;
  /** The text up to the next label, trimmed. */
  value: string;
  /** Position of the label in the text. */
  start: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Labels this long may wrap onto a second line in a narrow left column; shorter ones wrap only in table headers (`事業\n番号`). */
const WRAPPING_LABEL = 6;

/**
 * A label's characters with optional spaces between them (`担 当 課`). A label
 * starting with 年 (`年度`) is no label after a figure (`(20 年度)`, `令和 4 年度`).
 */
const spaced = (word: string) => {
  const gap = [...word].length >= WRAPPING_LABEL ? '\\s*' : '[ \\t]*';
  return (word.startsWith('年') ? '(?<![0-9][ \\t]*)' : '') + [...word].map(escape).join(gap);
};

/** A label after its year may wrap anywhere, even when short. */
const wrapping = (word: string) => [...word].map(escape).join('\\s*');

/**
 * A label stands alone: after the start, a space, a colon, a sentence end or a
 * one-character marker (`ア施策の目的`), and before a space, a colon, its year note
 * or a code (`基本施策F3`). With `year` (a pattern without capture groups) a label may
 * be headed by its year instead (`令和4年度の実施内容`), which then is its note.
 */
export function labelPattern<F extends string>(labels: ReadonlyArray<LabelWords<F>>, marker?: string, year?: string): RegExp {
  const words = labels.flatMap((l) => l.words).sort((a, b) => b.length - a.length);
  const alternatives = words.map(spaced).join('|');
  const afterMarker = marker ? `|(?:^|\\s)${marker}` : '';
  // after its year a label is long, and wraps in a narrow left column (`令和5年度の実\n績`)
  const headedBy = year ? `(?<year>${year})\\s*の?\\s*(?<wrapped>${words.map(wrapping).join('|')})|` : '';
  return new RegExp(
    `(?<=^|[\\s:：。]${afterMarker})(?:${headedBy}(?<label>${alternatives}))(?:\\s*[(（](?<note>[^()（）\\n]{1,16})[)）])?(?=\\s|[:：]|$|[A-Z][0-9])[:：]?`,
    'g',
  );
}

export function fieldOfLabel<F extends string>(labels: ReadonlyArray<LabelWords<F>>, printed: string): F | null {
  const word = printed.replace(/\s+/g, '');
  return labels.find((l) => l.words.includes(word))?.field ?? null;
}

/** Cut text at its labels: the text before the first label, and every label with its value. */
export function splitAtLabels<F extends string>(
  text: string,
  labels: ReadonlyArray<LabelWords<F>>,
  pattern: RegExp = labelPattern(labels),
): { lead: string; segments: Array<Segment<F>> } {
  const hits = [...text.matchAll(pattern)];
  const segments = hits.map((m, i) => {
    const end = i + 1 < hits.length ? hits[i + 1]!.index : text.length;
    const label = (m.groups!.wrapped ?? m.groups!.label!).replace(/\s+/g, '');
    return {
      field: fieldOfLabel(labels, label)!,
      label,
      note: (m.groups!.note ?? m.groups!.year)?.replace(/\s+/g, '') ?? null,
      value: text.slice(m.index + m[0].length, end).trim(),
      start: m.index,
    };
  });
  return { lead: text.slice(0, hits[0]?.index ?? text.length).trim(), segments };
}
