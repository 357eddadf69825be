/**
 * The pieces office-suite plan-progress reports needed (fixtures/office-pp): grades printed
 * as words, a Roman-numbered heading row, labels headed by their year, and a テキスト版
 * printing a table row a line — read only when every line after its header is accounted for.
 */
import { describe, expect, it } from 'vitest';
import { extract, type PlanProgressDocument } from '../src/api.js';
import { readLegend } from '../src/kinds/plan-progress/forms/legend.js';
import { labelPattern, splitAtLabels } from '../src/kinds/plan-progress/forms/labels.js';
import { readTableText } from '../src/kinds/plan-progress/forms/table-text.js';
import { parseHeadingRow } from '../src/kinds/plan-progress/lines.js';
import { planVocabulary, RECORD_LABELS } from '../src/kinds/plan-progress/vocabulary.js';
import { FISCAL_YEAR_WORD } from '../src/kinds/shared/vocabulary.js';
import { toTextDocument } from '../src/input/text.js';
import type { ParseContext } from '../src/kinds/types.js';

const quiet: ParseContext = { warn: () => {}, extractMetrics: () => [] };

describe('grades printed as words', () => {
  it('an achievement cell of one grade word is kept as printed', () => {
    const vocab = planVocabulary();
    expect(['達成', '概ね達成', '未達成', 'おおむね順調'].map((c) => vocab.readGrade(c))).toEqual(['達成', '概ね達成', '未達成', 'おおむね順調']);
    expect(vocab.readGrade('達成に向けて調整中')).toBeNull();
  });

  it('their legend after a bare 達成度 is the scale', () => {
    expect(readLegend('達成度 達成：目標を達成した 概ね達成：目標の8割以上を達成した 未達成：目標の8割に達しなかった')).toEqual({
      達成: '目標を達成した',
      概ね達成: '目標の8割以上を達成した',
      未達成: '目標の8割に達しなかった',
    });
  });
});

describe('headings and labels', () => {
  it('a heading row numbered in Roman numerals alone is a section, its numeral the code', () => {
    expect(parseHeadingRow('Ⅱ　子どもの育ちと学びの支援')).toEqual({ level: 'section', code: 'Ⅱ', title: '子どもの育ちと学びの支援' });
    expect(parseHeadingRow('Ⅱ　子どもの育ちを支え、学びを広げた。')).toBeNull();
  });

  it('a record label headed by its year takes the year as its note', () => {
    const { segments } = splitAtLabels('取組番号 3\n令和4年度の実施内容 講座を開いた。\n達成度 B', RECORD_LABELS, labelPattern(RECORD_LABELS, undefined, FISCAL_YEAR_WORD));
    expect(segments.map((s) => [s.field, s.label, s.note, s.value])).toEqual([
      ['no', '取組番号', null, '3'],
      ['results', '実施内容', '令和4年度', '講座を開いた。'],
      ['achievement', '達成度', null, 'B'],
    ]);
  });
});

describe('a テキスト版 printing a table row a line', () => {
  const head = ['No.   事業名   所属   事業の内容   R5   今後の方向性', '実績   評価'];
  const row = (no: number, name: string) => `${no}   ${name}   障害福祉課   在宅の人に用具を給付する。   申請に応じて給付した。   A   継続`;

  it('reads each row, the header\'s second row under the year over it', async () => {
    const out = (await extract({ text: ['市障害者福祉計画 事業評価表', ...head, 'Ⅰ　暮らしの支援', row(1, '日常生活用具の給付'), row(2, '補装具の給付')].join('\n') })) as PlanProgressDocument;
    expect(out.items.map((i) => [i.no, i.name, i.section?.code, i.results?.fiscalYear, i.achievement, i.direction, i.department])).toEqual([
      [1, '日常生活用具の給付', 'Ⅰ', 2023, 'A', '継続', '障害福祉課'],
      [2, '補装具の給付', 'Ⅰ', 2023, 'A', '継続', '障害福祉課'],
    ]);
  });

  it('is not read so when a line after the header is a wrapped cell\'s (a -layout text)', () => {
    const doc = toTextDocument([...head, row(1, '日常生活用具の給 '), '     付                 ます。', row(2, '補装具の給付')].join('\n'));
    expect(readTableText(doc, planVocabulary(), quiet)).toBeNull();
  });
});
