/**
 * rows-skipped (src/validate/skipped.ts): a row of figures none of which landed in a
 * field is named on its page; headers, furniture, legends, prose and read rows are not.
 */
import { describe, expect, it } from 'vitest';
import { toTextDocument } from '../src/input/text.js';
import { checkSkippedRows } from '../src/validate/skipped.js';
import { COVERAGE_RULES } from '../src/validate/labels.js';
import { traceFields } from '../src/validate/provenance.js';

const rules = COVERAGE_RULES['target-sheet'];
const read = { sheets: [{ actuals: [{ value: 706 }, { value: 977 }], page: 1 }] };

describe('rows-skipped', () => {
  it('names a row of figures that no field holds, on its page', () => {
    const source = toTextDocument('表紙\f施設入所支援 706人 977人\n1.施設入所支援 見込量 636人 630人 624人\nH28.3.31 1062 1667 2729 38.9');
    const warnings = checkSkippedRows(traceFields(source, read), rules);
    expect(warnings).toEqual([
      {
        code: 'rows-skipped',
        message: '2 rows of figures not read into any field: "1.施設入所支援 見込量 636人 630人 624人", "H28.3.31 1062 1667 2729 38.9"',
        page: 2,
      },
    ]);
  });

  it('stays silent on headers, page numbers, footers, legends, prose and rows that were read', () => {
    const source = toTextDocument(
      [
        '施設入所支援 706人 977人',
        '区分 R3年度 R4年度 R5年度',
        '【1-a】 3-17 1 / 3',
        '1 / 3',
        'a 完全に達成・終了したもの b 具体的に取り組んでおり、今後も継続して推進するもの',
        '研修会を3回開催し、延べ120名が参加しました。',
        '相談件数 120件',
      ].join('\n'),
    );
    expect(checkSkippedRows(traceFields(source, read), rules)).toEqual([]);
  });
});
