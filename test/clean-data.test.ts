/**
 * Clean text in, clean data out: control characters removed with a warning, CSV cells a
 * spreadsheet would run as formulas defused, item numbers used twice warned.
 */
import { describe, expect, it } from 'vitest';
import { removeControlCharacters, type ControlCharacters } from '../src/input/control-chars.js';
import { toTextDocument } from '../src/input/text.js';
import { formatCell, neutraliseFormula, renderCsv } from '../src/output/csv.js';
import { checkItemNumbers, numbersPerSection } from '../src/validate/index.js';

describe('control characters', () => {
  it('are removed from text, tabs, line breaks and form feeds kept, and counted', () => {
    const tally: { found?: ControlCharacters } = {};
    expect(removeControlCharacters('\u0000\u0000相談\u0007件数\t22\u0085件\n', tally, 2)).toBe('相談件数\t22件\n');
    expect(tally.found).toEqual({ count: 4, first: 'U+0000', page: 2 });
    expect(removeControlCharacters('clean', tally, 3)).toBe('clean');
    expect(tally.found!.count).toBe(4);
  });

  it('never reach a text document, and the document says how many went', () => {
    const doc = toTextDocument('\u0000\u0000計画\fページ\u001b2\f');
    expect(doc.pages.map((p) => p.lines)).toEqual([['計画'], ['ページ2']]);
    expect(doc.controlCharacters).toEqual({ count: 3, first: 'U+0000', page: 1 });
    expect(toTextDocument('計画\n').controlCharacters).toBeUndefined();
  });
});

describe('CSV formula injection', () => {
  it('puts a quote before text a spreadsheet would run, full-width starts included', () => {
    for (const s of ['=HYPERLINK("http://x","y")', '+1', '-2+3', '@SUM(A1)', '\tx', '＝1+1', '＋1', '－1', '＠x']) {
      expect(neutraliseFormula(s)).toBe(`'${s}`);
    }
    for (const s of ['相談件数', 'a=b', '', '−5', '1-2']) expect(neutraliseFormula(s)).toBe(s);
  });

  it('leaves numbers alone and can be turned off', () => {
    expect(formatCell(-5)).toBe('-5');
    expect(formatCell('=1+1')).toBe("'=1+1");
    expect(formatCell('=1+1', false)).toBe('=1+1');
    const table = { name: 'items', columns: ['no', 'name'], rows: [{ no: -1, name: '=cmd|"/c calc"!A1' }] };
    const csv = (escapeFormulas?: boolean) => renderCsv(table, { encoding: 'utf-8', bom: false, replaceUnmappable: false, escapeFormulas }).bytes.toString();
    expect(csv()).toBe('no,name\r\n-1,"\'=cmd|""/c calc""!A1"\r\n');
    expect(csv(false)).toBe('no,name\r\n-1,"=cmd|""/c calc""!A1"\r\n');
  });
});

describe('item numbers used twice', () => {
  const item = (no: number, code: string | null, page: number) => ({ no, section: code === null ? null : { code, title: `section ${code}` }, page });

  it('are warned in a document numbered through, e.g. printed twice into one PDF', () => {
    const once = [item(1, '1', 1), item(2, '1', 1), item(3, '2', 2)];
    const twice = [...once, ...once.map((i) => ({ ...i, page: i.page + 2 }))];
    expect(numbersPerSection(twice)).toBe(false);
    const warnings = checkItemNumbers(twice);
    expect(warnings.map((w) => [w.code, w.message, w.page])).toEqual([
      ['item-number-duplicate', 'item number 1 appears again (first on page 1)', 3],
      ['item-number-duplicate', 'item number 2 appears again (first on page 1)', 3],
      ['item-number-duplicate', 'item number 3 appears again (first on page 2)', 4],
    ]);
    expect(checkItemNumbers(once)).toEqual([]);
  });

  it('count only within a section when the document numbers items per section', () => {
    const perSection = [item(1, '1', 1), item(2, '1', 1), item(1, '2', 2), item(2, '2', 2), item(2, '2', 3)];
    expect(numbersPerSection(perSection)).toBe(true);
    expect(checkItemNumbers(perSection).map((w) => w.message)).toEqual(['item number 2 in section 2 appears again (first on page 2)']);
  });
});
