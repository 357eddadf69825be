/**
 * Words of other cities' plan tables, one by one: named heading rows, kanji-numeral
 * years in headers and goals, a bare 評価 legend, grades kept as printed.
 */
import { describe, expect, it } from 'vitest';
import { isDirectionHeaderStart, parseGoalYear, parseHeadingRow } from '../src/kinds/plan-progress/lines.js';
import { readLegend } from '../src/kinds/plan-progress/forms/legend.js';
import { planVocabulary } from '../src/kinds/plan-progress/vocabulary.js';

describe('plan-progress words of unseen forms', () => {
  it('reads numbered heading rows by their word and level', () => {
    expect(parseHeadingRow('基本目標1 地域で安心して暮らせる支援の充実')).toEqual({ level: 'section', code: '1', title: '地域で安心して暮らせる支援の充実' });
    expect(parseHeadingRow('施策の方向２　権利擁護の推進')).toEqual({ level: 'subsection', code: '2', title: '権利擁護の推進' });
    expect(parseHeadingRow('基本目標Ⅱ　自分らしく暮らせる生活の支援')?.level).toBe('section');
    expect(parseHeadingRow('施策1 相談支援体制の充実を図る。')).toBeNull();
  });

  it('takes kanji-numeral years in a direction header and a goal block', () => {
    expect(isDirectionHeaderStart('～二十八年度')).toBe(true);
    expect(isDirectionHeaderStart('～２８年度')).toBe(true);
    expect(parseGoalYear('平成二十六年度 相談件数 25,272件')).toEqual({ year: '平成二十六年度', rest: '相談件数 25,272件' });
  });

  it('reads a legend headed by a bare 評価, and not grades of records far apart', () => {
    expect(readLegend('評価　◎：計画以上に進んだ　○：計画どおり進んだ　△：やや遅れた')).toEqual({ '◎': '計画以上に進んだ', '○': '計画どおり進んだ', '△': 'やや遅れた' });
    const far = `評価 A 達成した ${'事業の内容を説明する長い文章が続きます。'.repeat(6)} 評価 B おおむね達成した`;
    expect(readLegend(far)).toEqual({});
  });

  it('keeps a grade of a printed scale as printed, and the seed letters as before', () => {
    const vocab = planVocabulary();
    expect(vocab.readGrade('B')).toBe('B');
    expect(vocab.readGrade('◎')).toBe('◎');
    expect(vocab.readGrade('b')).toBe('b');
  });
});
