import { describe, expect, it } from 'vitest';
import { layoutPage, removeFurniture } from '../src/layout/index.js';
import type { LayoutPage } from '../src/layout/index.js';
import { gridRules, page, run } from './support/layout.js';

describe('blocks', () => {
  it('keeps a chart label with the percent printed under it, apart from other labels', () => {
    const result = layoutPage(
      page([
        run('身体,', 570, 150, 15),
        run('12.1%', 570, 168, 15),
        run('知的', 626, 300, 15),
        run('20.9%', 626, 318, 15),
        run('重症心身 0.1%', 600, 205, 15),
      ]),
    );
    expect(result.blocks.map((b) => b.text)).toEqual(['身体,\n12.1%', '重症心身 0.1%', '知的\n20.9%']);
  });

  it('keeps a wrapped paragraph together and a much larger title apart', () => {
    const result = layoutPage(
      page([run('スライドの題', 30, 30, 24), run('一行目の文章が', 30, 60, 12), run('折り返して続く', 30, 75, 12), run('離れた注記', 400, 300, 12)]),
    );
    expect(result.blocks.map((b) => b.text)).toEqual(['スライドの題', '一行目の文章が\n折り返して続く', '離れた注記']);
  });

  it('does not join lines side by side far apart on one baseline', () => {
    const result = layoutPage(page([run('西部', 100, 100, 20), run('東部', 800, 100, 20)], [], 1, 960, 540));
    expect(result.blocks.map((b) => b.text)).toEqual(['西部', '東部']);
  });
});

describe('removeFurniture', () => {
  const pageWith = (n: number, body: string, footer: string, header = '進捗状況管理表') =>
    layoutPage(page([run(header, 30, 20, 12), run(body, 30, 300 + n * 40), run(footer, 280, 770)], [], n));

  it('moves a footer that repeats with changing page numbers out of lines and blocks', () => {
    const pages = removeFurniture([pageWith(1, '本文一', '- 1 -'), pageWith(2, '本文二', '- 2 -'), pageWith(3, '本文三', '- 3 -')]);
    const texts = (p: LayoutPage) => p.lines.map((l) => l.text);
    // a folio is furniture on its first page too (its page's own number); the running title stays there
    expect(texts(pages[0]!)).toEqual(['進捗状況管理表', '本文一']);
    expect(pages[0]!.furniture!.map((l) => l.text)).toEqual(['- 1 -']);
    expect(texts(pages[1]!)).toEqual(['本文二']);
    expect(texts(pages[2]!)).toEqual(['本文三']);
    expect(pages[2]!.furniture!.map((l) => l.text)).toEqual(['進捗状況管理表', '- 3 -']);
    expect(pages[1]!.blocks.map((b) => b.text)).toEqual(['本文二']);
  });

  it('keeps text that repeats away from the page edges, or on too few pages', () => {
    const make = (n: number, header: string) => layoutPage(page([run(header, 30, 20), run('同じ位置の本文', 30, 400)], [], n));
    const pages = removeFurniture([make(1, '表紙'), make(2, '題'), make(3, '別'), make(4, '題')]);
    expect(pages.map((p) => p.lines.map((l) => l.text))).toEqual([
      ['表紙', '同じ位置の本文'],
      ['題', '同じ位置の本文'],
      ['別', '同じ位置の本文'],
      ['同じ位置の本文'],
    ]);
    const few = removeFurniture([make(1, '表紙'), make(2, '題'), make(3, '別'), make(4, '題'), make(5, '他'), make(6, '他2')]);
    expect(few[3]!.lines.map((l) => l.text)).toEqual(['題', '同じ位置の本文']);
  });

  it('needs more than two pages to take headings that differ in their digits for a footer', () => {
    const pages = removeFurniture([pageWith(1, '本文', 'x', '第1章'), pageWith(2, '本文', 'y', '第2章')]);
    expect(pages[1]!.lines.map((l) => l.text)[0]).toBe('第2章');
  });

  it('never treats table text as furniture', () => {
    const rules = gridRules([20, 100, 200], [10, 40, 70]);
    const make = (n: number) => layoutPage(page([run('担当', 25, 20), run('福祉部', 105, 20), run('目標', 25, 50)], rules, n));
    const pages = removeFurniture([make(1), make(2), make(3)]);
    expect(pages[2]!.lines.map((l) => l.text)).toEqual(['担当', '福祉部', '目標']);
  });
});
