/**
 * The list form (川越市 達成度一覧表): 施策番号・施策名・達成度 only, as
 * `1、行政サービスにおける障害のある人への配慮、b。2、…` in a テキスト版 or one row a
 * line (`1 行政サービスにおける… b`) in a PDF's text.
 */
import { GRADE, LIST_FORM_HEADINGS } from '../vocabulary.js';

export interface ListEntry {
  no: number;
  name: string;
  grade: string;
  at: number;
}

const ENTRY = /(?<=^|[\s。])([0-9]{1,3})(?:[、,]\s*|\s+)([^、。\n]{2,80}?)(?:[、,]\s*|\s+)([^\s。、]{1,2})(?=[。\s]|$)/g;
/** Fewer entries in a run are a coincidence of prose. */
const MIN_ENTRIES = 3;

/**
 * The longest run of entries with rising numbers, in a document that announces a
 * list (一覧表) before it: a table's rows in a text without its layout look alike.
 */
export function readList(text: string): ListEntry[] {
  let best: ListEntry[] = [];
  let run: ListEntry[] = [];
  for (const m of text.matchAll(ENTRY)) {
    const grade = m[3]!;
    const no = Number(m[1]);
    const name = m[2]!.trim();
    if (!GRADE.test(grade) || /^[0-9]+$/.test(grade) || /[0-9]$/.test(name)) continue;
    const last = run[run.length - 1];
    if (last && (no <= last.no || no > last.no + 20)) run = [];
    run.push({ no, name, grade, at: m.index });
    if (run.length > best.length) best = run;
  }
  if (best.length < MIN_ENTRIES) return [];
  const before = text.slice(0, best[0]!.at);
  return LIST_FORM_HEADINGS.some((h) => before.includes(h)) ? best : [];
}
