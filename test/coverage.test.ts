import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';
import { toTextDocument } from '../src/input/text.js';
import { checkCoverage, measureCoverage } from '../src/validate/coverage.js';
import { COVERAGE_RULES } from '../src/validate/labels.js';
import { fieldValues, traceFields, type Trace } from '../src/validate/provenance.js';

/** Each line with its covered characters replaced by `_`. */
function shade(trace: Trace): string[] {
  return trace.pages.flatMap((p) =>
    p.lines.map((l) => {
      let offset = 0;
      return [...l.text]
        .map((ch) => {
          const at = offset;
          offset += ch.length;
          return l.spans.some((s) => s.start <= at && at < s.end) ? '_' : ch;
        })
        .join('');
    }),
  );
}

describe('fieldValues', () => {
  it('lists string and number leaves with their JSON path and the page of their record, envelope left out', () => {
    const doc = {
      kind: 'plan-progress',
      source: { file: 'a.txt' },
      title: 'T',
      items: [{ no: 1, name: 'N', results: { text: 'R', metrics: [{ value: 5 }] }, page: 2 }],
      warnings: [{ code: 'x' }],
    };
    expect(fieldValues(doc)).toEqual([
      { path: 'title', value: 'T', page: null },
      { path: 'items[0].no', value: 1, page: 2 },
      { path: 'items[0].name', value: 'N', page: 2 },
      { path: 'items[0].results.text', value: 'R', page: 2 },
      { path: 'items[0].results.metrics[0].value', value: 5, page: 2 },
    ]);
  });
});

describe('traceFields', () => {
  it('finds a number in its printed forms: grouped, full-width, beside other figures', () => {
    const source = toTextDocument('相談件数：２２，１０３件\n706 977 1683 41.9\n');
    const trace = traceFields(source, { counts: [{ value: 22103 }, { value: 977 }, { value: 41.9 }, { value: 98 }] });
    expect(shade(trace)).toEqual(['相談件数：______件', '706 ___ 1683 ____', '']);
    expect(trace.pages[0]!.lines[1]!.spans.map((s) => s.path)).toEqual(['counts[1].value', 'counts[2].value']);
  });

  it('matches a text joined from wrapped lines and without its bullets, piece by piece', () => {
    const source = toTextDocument('・障害者基幹相談支援\nセンターにおいて、\n相談を受けた。\n関係のない行');
    const trace = traceFields(source, { items: [{ results: { text: '障害者基幹相談支援センターにおいて、相談を受けた。' } }] });
    expect(shade(trace)).toEqual(['・_________', '_________', '_______', '関係のない行']);
    expect(trace.pages[0]!.lines[0]!.spans).toEqual([{ start: 1, end: 10, path: 'items[0].results.text' }]);
  });

  it('keeps offsets right after a character beyond the BMP', () => {
    const source = toTextDocument('𠮷野家 相談 12件');
    expect(shade(traceFields(source, { value: 12, label: '相談' }))).toEqual(['𠮷野家 __ __件']);
  });

  it('reads a fiscal year and a date in their era forms', () => {
    const source = toTextDocument('平成28年度実施状況\n報告会 令和5年8月1日(火)');
    const trace = traceFields(source, { results: { fiscalYear: 2016 }, date: '2023-08-01' });
    expect(shade(trace)).toEqual(['______実施状況', '報告会 ________(火)']);
  });

  it('looks for a record on its own page first, then on the pages it continues onto', () => {
    const source = toTextDocument('見出し 12件\f本文 12件\f続き 12件');
    const trace = traceFields(source, { counts: [{ value: 12, page: 2 }, { value: 12, page: 2 }] });
    expect(shade(trace)).toEqual(['見出し 12件', '本文 __件', '続き __件']);
  });

  it('marks a line that repeats an earlier one (digits aside) as furniture', () => {
    const source = toTextDocument('北九州市障害者計画進捗状況管理表\n本文\f北九州市障害者計画進捗状況管理表\n【1-a】 1-10\f【1-a】 11-20');
    const trace = traceFields(source, {});
    expect(trace.pages.map((p) => p.lines.map((l) => l.furniture))).toEqual([[false, false], [true, false], [true]]);
  });
});

describe('measureCoverage', () => {
  const rules = COVERAGE_RULES['plan-progress'];

  it('counts read body characters over body characters, labels and furniture out', () => {
    const source = toTextDocument('事業番号 事業名 所管課\n1 相談体制の構築 障害者支援課\n読まれなかった行です\f事業番号 事業名 所管課');
    const trace = traceFields(source, { items: [{ no: 1, name: '相談体制の構築', department: '障害者支援課', page: 1 }] });
    const coverage = measureCoverage(trace, rules);
    // 1 + 7 + 6 read; 10 left over on the third line; the header lines are labels and furniture
    expect(coverage.pages).toEqual([{ page: 1, body: 24, covered: 14 }, { page: 2, body: 0, covered: 0 }]);
    expect(coverage.coverage).toBe(0.583);
  });

  it('takes a label word inside an unread sentence as body text', () => {
    const source = toTextDocument('実施状況は良好であり今後も続ける');
    const coverage = measureCoverage(traceFields(source, {}), rules);
    expect(coverage.pages[0]!.body).toBe(16);
  });

  it('takes a label right before its read value as a caption, however long the line', () => {
    const source = toTextDocument('事業名 相談体制の構築 所管課 障害者支援課 読まれなかった行です');
    const trace = traceFields(source, { items: [{ name: '相談体制の構築', department: '障害者支援課' }] });
    // 7 + 6 read, 10 left over; 事業名 and 所管課 caption the values after them
    expect(measureCoverage(trace, rules).pages[0]).toEqual({ page: null, body: 23, covered: 13 });
  });

  it('counts only the lines stating a figure for a slide deck', () => {
    const source = toTextDocument('センターの役割について\n相談件数 120件');
    const trace = traceFields(source, { counts: [{ label: '相談件数', value: 120 }] });
    expect(measureCoverage(trace, COVERAGE_RULES['consultation-report'])).toEqual({ coverage: 1, pages: [{ page: null, body: 7, covered: 7 }] });
  });

  it('warns low-coverage below the minimum, naming the pages with most left over', () => {
    const pages = [
      { page: 1, body: 100, covered: 90 },
      { page: 2, body: 100, covered: 10 },
      { page: 3, body: 100, covered: 50 },
    ];
    expect(checkCoverage({ coverage: 0.5, pages })).toEqual([
      {
        code: 'low-coverage',
        message: 'only 50.0% of the body text was read into fields (minimum 60%); most left over on page 2 (90 characters), page 3 (50 characters), page 1 (10 characters)',
        page: 2,
      },
    ]);
    expect(checkCoverage({ coverage: 0.5, pages }, 0.5)).toEqual([]);
  });
});

describe('extract: coverage', () => {
  it('puts coverage in the envelope and warns when a minimum is not met', async () => {
    const doc = await extract('fixtures/target-sheet.kitakyushu.txt');
    expect(doc.coverage).toBeGreaterThan(0.9);
    const strict = await extract('fixtures/target-sheet.kitakyushu.txt', { minCoverage: 0.99 });
    expect(strict.warnings.map((w) => w.code)).toEqual(['low-coverage']);
  });
});
