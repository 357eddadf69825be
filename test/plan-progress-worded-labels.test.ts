/**
 * Record labels that start with their year (`令和5年度の実績`), a 区分 after the name,
 * headings that name their level (`施策の方向(1)`) and legends after a colon (`評価：◎…`),
 * as other cities print them (fixtures/browser-pp has them in whole documents).
 */
import { describe, expect, it } from 'vitest';
import { readLegend } from '../src/kinds/plan-progress/forms/legend.js';
import { trailingHeadings } from '../src/kinds/plan-progress/forms/headings.js';
import { labelPattern, splitAtLabels } from '../src/kinds/plan-progress/forms/labels.js';
import { RECORD_LABELS } from '../src/kinds/plan-progress/vocabulary.js';
import { FISCAL_YEAR_WORD } from '../src/kinds/shared/vocabulary.js';

describe('record labels with a year before them', () => {
  const split = (text: string) => splitAtLabels(text, RECORD_LABELS, labelPattern(RECORD_LABELS, undefined, FISCAL_YEAR_WORD)).segments.map((s) => [s.field, s.note, s.value]);

  it('reads the year as the label\'s note, also when the label wraps in a narrow column', () => {
    expect(split('事業内容 相談窓口を設ける。\n令和5年度の実\n績\n窓口を開設した。')).toEqual([
      ['summary', null, '相談窓口を設ける。'],
      ['results', '令和5年度', '窓口を開設した。'],
    ]);
    expect(split('R5年度実施状況 窓口を開設した。')).toEqual([['results', 'R5年度', '窓口を開設した。']]);
  });

  it('leaves a year in running text alone', () => {
    expect(split('実績 令和5年度の実績は前年を上回った。')).toEqual([['results', null, '令和5年度の実績は前年を上回った。']]);
  });
});

describe('headings that name their level', () => {
  it('cuts 基本目標 and 施策の方向(n) off the end of the record before them', () => {
    const text = '拡充\n基本目標2 地域で働き、参加する\n施策の方向(1) 就労支援の充実';
    expect(trailingHeadings(text)).toEqual({
      cut: 3,
      headings: { section: { code: '2', title: '地域で働き、参加する' }, subsection: { code: '1', title: '就労支援の充実' } },
    });
  });

  it('reads a テキスト版, where runs of spaces part the headings', () => {
    const text = '継続  施策の方向(2) 権利擁護の推進  ';
    expect(trailingHeadings(text).headings).toEqual({ section: null, subsection: { code: '2', title: '権利擁護の推進' } });
  });

  it('finds none in a sentence', () => {
    expect(trailingHeadings('基本目標1に向けて取り組んだ。').headings).toEqual({ section: null, subsection: null });
  });
});

describe('grade legends', () => {
  it('reads marks after a colon with their meanings run on', () => {
    expect(readLegend('評価：◎計画を上回った ○計画どおり △計画を下回った')).toEqual({ '◎': '計画を上回った', '○': '計画どおり', '△': '計画を下回った' });
  });

  it('reads a scale from 4 down to 1', () => {
    expect(readLegend('評価の基準 4 十分に達成した 3 おおむね達成した 2 一部達成した 1 達成できなかった')).toEqual({
      4: '十分に達成した', 3: 'おおむね達成した', 2: '一部達成した', 1: '達成できなかった',
    });
  });
});
