/**
 * A table column's field by its cells where the header's words say another: a 進捗状況
 * or 評価 column of grades (`B`, `◎`) is the achievement, a 今後の方向性 column of
 * sentences is the plans. Shared by the PDF table reader and the テキスト版 table reader.
 */
import { GRADE, GRADE_COLUMN_FIELDS, type PlanField } from './vocabulary.js';

const PROSE = /[。、]/;
const isGradeColumn = (cells: readonly string[]) => cells.length > 0 && cells.every((t) => GRADE.test(t));

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
  if (!fields.has('achievement')) {
    for (const from of GRADE_COLUMN_FIELDS) {
      const cols = fields.get(from) ?? [];
      const graded = cols.find((c) => isGradeColumn(body(c)));
      if (graded === undefined) continue;
      const rest = cols.filter((c) => c !== graded);
      if (rest.length) fields.set(from, rest);
      else {
        fields.delete(from);
        headers.delete(from);
      }
      fields.set('achievement', [graded]);
      headers.set('achievement', headerOf(graded));
      break;
    }
  }
  const direction = fields.get('direction');
  if (!fields.has('plans') && direction?.length === 1 && body(direction[0]!).some((t) => PROSE.test(t))) {
    fields.set('plans', direction);
    headers.set('plans', headers.get('direction')!);
    fields.delete('direction');
    headers.delete('direction');
  }
}
