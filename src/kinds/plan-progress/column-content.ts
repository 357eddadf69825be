/**
 * A table column's field by its cells where the header's words say another: a 進捗状況
 * or 評価 column of grades (`B`, `◎`) is the achievement, a 課題と今後の方向性 column of
 * one word each (拡充, 見直し) is the direction, a 今後の方向性 column of sentences is the plans. Shared by the PDF table reader and the テキスト版 table reader.
 */
import { DIRECTION_WORD, GRADE, GRADE_COLUMN_FIELDS, type PlanField } from './vocabulary.js';

const PROSE = /[。、]/;
const isGradeColumn = (cells: readonly string[]) => cells.length > 0 && cells.every((t) => GRADE.test(t));
/** Direction words, not a column of marks alone (that is a grade column). */
const isDirectionColumn = (cells: readonly string[]) => cells.length > 0 && cells.every((t) => DIRECTION_WORD.test(t)) && !cells.every((t) => GRADE.test(t));

/**
 * Moves columns between fields in place. `body(col)` gives a column's filled body cells
 * (compacted), `headerOf(col)` its header text.
 */
export function moveByContent(
  fields: Map<PlanField, number[]>,
  headers: Map<PlanField, string>,
  body: (col: number) => string[],
  headerOf: (col: number) => string,
): void {
  const move = (to: PlanField, holds: (cells: readonly string[]) => boolean) => {
    if (fields.has(to)) return;
    for (const from of GRADE_COLUMN_FIELDS) {
      const cols = fields.get(from) ?? [];
      const found = from === to ? undefined : cols.find((c) => holds(body(c)));
      if (found === undefined) continue;
      const rest = cols.filter((c) => c !== found);
      if (rest.length) fields.set(from, rest);
      else {
        fields.delete(from);
        headers.delete(from);
      }
      fields.set(to, [found]);
      headers.set(to, headerOf(found));
      return;
    }
  };
  move('achievement', isGradeColumn);
  move('direction', isDirectionColumn);
  const direction = fields.get('direction');
  if (!fields.has('plans') && direction?.length === 1 && body(direction[0]!).some((t) => PROSE.test(t))) {
    fields.set('plans', direction);
    headers.set('plans', headers.get('direction')!);
    fields.delete('direction');
    headers.delete('direction');
  }
}
