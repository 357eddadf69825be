import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanLabel, joinLines, squash } from '../src/normalize/index.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const seedLines = (name: string) => fixture(`${name}.txt`).split('\n');
const expected = (name: string) => JSON.parse(fixture(`${name}.expected.json`));

/**
 * A cell's lines as the seed has them (indents and blank lines included): from
 * the line starting with `first` to the `nth` line after it starting with `last`.
 */
function cell(lines: readonly string[], first: string, last: string, nth = 1): string[] {
  const start = lines.findIndex((l) => l.trim().startsWith(first));
  if (start < 0) throw new Error(`no line starts with ${first}`);
  let seen = 0;
  for (let i = start; i < lines.length; i++) {
    if (lines[i]!.trim().startsWith(last) && ++seen === nth) return lines.slice(start, i + 1);
  }
  throw new Error(`no line starts with ${last} after ${first}`);
}

/** How the fixtures compare text: NFKC, all whitespace removed. */
const loose = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

describe('joinLines on plan-progress cells', () => {
  const lines = seedLines('plan-progress.kitakyushu');
  const items = new Map<number, Record<string, any>>(expected('plan-progress.kitakyushu').items.map((i: any) => [i.no, i]));
  const item = (no: number) => items.get(no)!;

  it('gives item 1 results.text exactly', () => {
    expect(joinLines(cell(lines, '障害者基幹相談支援センターにおい', '相談件数：22,103件'))).toBe(item(1).results.text);
  });

  it.each<[string, () => string[], () => string]>([
    ['item 1 summary', () => cell(lines, '北九州市障害者地域生活支援セン', 'を構築します。'), () => item(1).summary],
    ['item 1 plans', () => cell(lines, '引き続き、出前相談など丁寧な相談支', '支援します。'), () => item(1).plans.text],
    ['item 1 assessment', () => cell(lines, '個別サービスである計画相談支援', 'く必要があります。'), () => item(1).assessment],
    ['item 2 summary (last word wrapped alone)', () => cell(lines, '高齢者・障害者相談コーナーの窓', 'します。'), () => item(2).summary],
    ['item 2 results (metric lines)', () => cell(lines, '初任者研修を５月に開催したほか、高', '係長会議：7回'), () => item(2).results.text],
    ['item 2 assessment (two paragraphs)', () => cell(lines, '高度化・多様化する相談内容に対', '業所に勤務する相談支援専門員等', 1).concat('が対象となっています。'), () => item(2).assessment],
    ['item 8 results', () => cell(lines, '身体障害、精神障害、薬物依存、聴覚', '相談件数：2,045件'), () => item(8).results.text],
    ['item 9 results (figure mid-sentence)', () => cell(lines, '身体障害者相談員43名、知的障害者相', 'いました。'), () => item(9).results.text],
    ['item 9 assessment', () => cell(lines, '身体障害者相談員が高齢化してお', 'す。'), () => item(9).assessment],
    ['item 60 results', () => cell(lines, '指定一般相談支援事業者によって、施', '地域定着支援：69人'), () => item(60).results.text],
    ['item 60 assessment', () => cell(lines, '地域定着支援については、利用者', 'きます。'), () => item(60).assessment],
    ['item 62 results', () => cell(lines, '各区担当係長（合計16名）は地域会合', 'クの充実を目指しています。'), () => item(62).results.text],
    ['item 62 assessment', () => cell(lines, '引き続き、地域での会合への参加', 'があります。'), () => item(62).assessment],
    ['item 95 assessment', () => cell(lines, '比較的高い年齢で、長期間ひきこも', 'つなぐことも必要です。'), () => item(95).assessment],
    ['item 96 assessment', () => cell(lines, '相談件数が前年度に比べ300件ほど', '相談者のニーズに対応していく。'), () => item(96).assessment],
    ['item 165 results (note in brackets)', () => cell(lines, '多職種連携をテーマに合同研修を行', '（全２回、延べ１４３名が参加）'), () => item(165).results.text],
    ['item 168 summary', () => cell(lines, 'ピアサポーターが、精神科病院を', '行います。', 2), () => item(168).summary],
    ['item 168 results (blank line between paragraphs)', () => cell(lines, '相談支援事業者等を対象とする研修会', 'た。'), () => item(168).results.text],
    ['item 168 assessment (ＰＲ wrapped)', () => cell(lines, 'ピアサポーターを受け入れる精神', 'Ｒしていく必要があります。'), () => item(168).assessment],
    ['item 20 summary', () => cell(lines, '発達障害者支援センター「つば', 'どを行います。'), () => item(20).summary],
    ['item 20 results (bullets, indented lines)', () => cell(lines, '発達障害者支援センター箇所数　2箇所', '累計 2,425冊'), () => item(20).results.text],
    ['item 20 plans (stray leading space)', () => cell(lines, '引き続き発達障害者支援センターにお', '及につなげていきます。'), () => item(20).plans.text],
    ['item 20 assessment', () => cell(lines, '相談実人数は前年度（1,011人）と', 'ると判断しました。'), () => item(20).assessment],
    ['item 103 results (figure on its own line)', () => cell(lines, 'ペアレントメンターが、診断されて間', '10回'), () => item(103).results.text],
  ])('%s', (_name, cellLines, text) => {
    expect(joinLines(cellLines())).toBe(text());
  });
});

describe('joinLines on target-sheet paragraphs (lines separated by blank lines)', () => {
  const lines = seedLines('target-sheet.kitakyushu');
  const sheet = expected('target-sheet.kitakyushu').sheets[0];
  const review = (fy: number) => sheet.reviews.find((r: any) => r.fiscalYear === fy);

  it.each<[string, () => string[], () => string]>([
    ['2018 evaluation', () => cell(lines, '国が拠点等を整備する時期を', 'を行うなど、本市拠点整備に向けた検討を行います。'), () => review(2018).evaluation],
    ['2018 improvement', () => cell(lines, '北九州市障害者自立支援協議会において、拠点等の整備', 'まいります。'), () => review(2018).improvement],
    ['2019 evaluation (stray leading space)', () => cell(lines, '令和元年度は、北九州市障害者', '令和２年度は具体的な整備を進めていきます。'), () => review(2019).evaluation],
    ['2019 improvement', () => cell(lines, '拠点等に求められる機能のうち未整備', '論を深めながら、整備を進めてまいります。'), () => review(2019).improvement],
    ['2020 evaluation (センタ|ー wrapped)', () => cell(lines, '「地域の体制づくり」として、コーディネーター', 'た検討を進めてまいります。'), () => review(2020).evaluation],
    ['2020 improvement', () => cell(lines, '拠点等の機能のうち、「相談」', '協議会において議論を重ねてまいります。'), () => review(2020).improvement],
  ])('%s', (_name, cellLines, text) => {
    expect(joinLines(cellLines())).toBe(text());
  });

  it.each<[string, () => string[], () => string[]]>([
    ['2018 council opinions', () => cell(lines, '・地域生活支援拠点の整備を急いで', '・取り組みを具体化させて'), () => review(2018).councilOpinions],
    ['2019 council opinions (「…」 before a blank line)', () => cell(lines, '・ 現状、市が', '点が必要と思う。'), () => review(2019).councilOpinions],
  ])('%s: one paragraph per bullet, bullet dropped', (_name, cellLines, opinions) => {
    expect(joinLines(cellLines()).split('\n')).toEqual(opinions());
  });

  it('rationale (spaces around a half-width figure) matches as the fixtures compare', () => {
    const text = joinLines(cell(lines, '地域生活支援拠点等（地域生活支援拠点又は', '整備するという国の指針に基づき、設定'));
    expect(loose(text)).toBe(loose(sheet.rationale));
    expect(text).not.toContain('\n');
  });
});

describe('joinLines on the consultation deck', () => {
  const lines = seedLines('consultation-report.kurume');

  it.each<[string, () => string[], string]>([
    ['・ list with a wrapped entry', () => cell(lines, '・市内36か所の相談支援事業所', '・オンライン開催1回'),
      '市内36か所の相談支援事業所の相談支援専門員が集まって研修や情報共有を行う場の提供\n' +
      '事務局（企画立案を行う）：基幹センター、主任相談支援専門員、機能強化加算事業所の中から編成。（今年度より変更）\n' +
      '専門分野を超えて連携するため、関係機関の講師を招き、グループワーク等を通して学びを深めている\n' +
      'オンライン開催1回、集合開催5回（平均参加者：51.7名）'],
    ['• list', () => cell(lines, '• 長寿支援課、地域包括支援センター', '• わたしと僕 の夢'),
      '長寿支援課、地域包括支援センター（高齢者関係）\n障害者福祉課、障害者基幹相談支援センター（障害関係）\n' +
      '生活支援第2課、生活自立支援センター（生活困窮関係）\nこども 子育てサポートセンター（子ども関係）\n' +
      '保健予防課（久留米市保健所）\n地域福祉課 （地域づくり関係）\n社協（多機関協働事業、アウトリーチ事業）\n' +
      'わたしと僕 の夢：（社会）参加支援事業'],
    ['〇 marks', () => cell(lines, '〇研修会「基幹職員向け研修', '〇ホームページでの広報'),
      '研修会「基幹職員向け研修（機能強化）」の開催「行動援護フォーラム」への参加（自閉症の方の外出を広げる取組み）\n' +
      '機関紙 11号 「重心分科会特集号」12号（最終号）「出会いで変わるまち」\nホームページでの広報・啓発 ⇒公式LINEの立ち上げ'],
    ['wrapped bullet text', () => cell(lines, '• 時代の流れに対応し、今後は、', 'いきます。'),
      '時代の流れに対応し、今後は、紙面による広報誌ではなく、インターネットでの周知、発信、情報の集約などを行っていきます。'],
    ['① list', () => cell(lines, '① 地域課題への対応のため', '② 関係機関や地域との'),
      '地域課題への対応のため部会・分科会を活性化させる。\n関係機関や地域との顔の見える関係作りをより広く深くし連携強化を目指す。'],
    ['※ note stays', () => cell(lines, '◎成年後見対応(19ケース)', '（実ケース数は'),
      '成年後見対応(19ケース)…医療機関・家庭裁判所・成年後見人・成年後見センター・相談支援事業所・障害者福祉課・包括支援センター 等\n' +
      '虐待事例対応(17ケース)…医療機関・警察・児童相談所・相談支援事業所・障害者福祉課・ 家庭子ども相談課・施設入所支援事業所 等\n' +
      '差別解消対応(3ケース)…地域住民・民生委員・精神科病院 等\n※月ごとの延べケース数を計上' +
      '（実ケース数は、成年後見9ケース、虐待関係8ケース、差別解消3ケース）'],
  ])('%s', (_name, cellLines, text) => {
    expect(joinLines(cellLines())).toBe(text);
  });
});

describe('joinLines rules', () => {
  it.each<[string, string[], string]>([
    ['Japanese joined with no space', ['障害者基幹相談支援センターにおい', 'て、よろず相談窓口'], '障害者基幹相談支援センターにおいて、よろず相談窓口'],
    ['two half-width Latin words keep a space', ['Microsoft', 'Excel で作成'], 'Microsoft Excel で作成'],
    ['Latin then Japanese: no space', ['公式LINE', 'を立ち上げ'], '公式LINEを立ち上げ'],
    ['full-width Latin wraps like kanji', ['積極的にＰ', 'Ｒしていく'], '積極的にPRしていく'],
    ['paragraph after 。', ['実施しました。', '相談件数：1件'], '実施しました。\n相談件数：1件'],
    ['paragraph after ！ in brackets', ['よろしく！」', '次の段落'], 'よろしく！」\n次の段落'],
    ['label-figure lines are paragraphs', ['地域移行支援：34人', '地域定着支援：69人'], '地域移行支援：34人\n地域定着支援：69人'],
    ['a figure that goes on with a particle', ['研修を開催し、延べ100人', 'が参加しました。'], '研修を開催し、延べ100人が参加しました。'],
    ['a figure in a sentence with 、 goes on', ['研修会を開催し、参加者は延べ100人', '参加者の満足度は高い。'], '研修会を開催し、参加者は延べ100人参加者の満足度は高い。'],
    ['年 wrapped before 度', ['令和2年', '度予算の確保を行いました。'], '令和2年度予算の確保を行いました。'],
    ['a date at a line end is no figure', ['開始は令和2年', '4月からです。'], '開始は令和2年4月からです。'],
    ['a figure in brackets ends a line', ['(参加者：318名)', '次の行'], '(参加者：318名)\n次の行'],
    ['・ bullet dropped', ['・一つ目', '・二つ目'], '一つ目\n二つ目'],
    ['• bullet with a space dropped', ['•総合的、専門的な相談支援', '• サービス等利用計画の推進'], '総合的、専門的な相談支援\nサービス等利用計画の推進'],
    ['○ and ◎ bullets dropped', ['○実施状況', '◎成年後見'], '実施状況\n成年後見'],
    ['① ② bullets dropped', ['①勉強会を開催', '②困難ケースへの介入'], '勉強会を開催\n困難ケースへの介入'],
    ['〇 as a numeral is not a bullet', ['〇人'], '〇人'],
    ['※ starts a paragraph and stays', ['障害分類は、', '※重複あり。'], '障害分類は、\n※重複あり。'],
    ['(1) starts a paragraph and stays', ['前文', '(1) 相談'], '前文\n(1) 相談'],
    ['blank lines inside a paragraph are ignored', ['整備', '', '目標を設定しました。'], '整備目標を設定しました。'],
    ['whitespace inside a line collapses to one space', ['箇所数　　2箇所'], '箇所数 2箇所'],
    ['an indented continuation keeps one space', ['の開催', '　(平成28年11月6日)'], 'の開催 (平成28年11月6日)'],
    ['a stray single leading space is no indent', ['センターにお', ' いて'], 'センターにおいて'],
    ['widths normalized', ['Ｈ３０年度は', 'ｾﾙﾌﾌﾟﾗﾝ'], 'H30年度はセルフプラン'],
    ['Kangxi radicals normalized', ['⽀援'], '支援'],
    ['only blank lines', ['', '  ', '\u3000'], ''],
    ['a lone bullet line', ['・', '本文'], '本文'],
  ])('%s', (_name, lines, text) => {
    expect(joinLines(lines)).toBe(text);
  });

  it('keeps bullets when asked', () => {
    expect(joinLines(['・一つ目', '・二つ目'], { keepBullets: true })).toBe('・一つ目\n・二つ目');
  });
});

describe('squash', () => {
  it.each<[string[] | string, string]>([
    [['平成26年度', '設置箇所数　1箇所', '相談件数　25,272件'], '平成26年度 設置箇所数 1箇所 相談件数 25,272件'],
    [['区役所窓口職員等の', '研修参加数', '平成26年度  168人'], '区役所窓口職員等の 研修参加数 平成26年度 168人'],
    ['  Ｈ３０ 　Ｒ１  Ｒ２ ', 'H30 R1 R2'],
    [[], ''],
  ])('%j → %s', (input, text) => {
    expect(squash(input)).toBe(text);
  });
});

describe('cleanLabel', () => {
  it.each<[string, string]>([
    ['身 体,', '身体'],
    ['発 達, ', '発達'],
    ['知 的', '知的'],
    ['精 神 ', '精神'],
    ['難 病', '難病'],
    ['重症心身', '重症心身'],
    ['障害者・・・', '障害者'],
    ['相談件数：', '相談件数'],
    ['相談件数:', '相談件数'],
    ['地域移行支援…', '地域移行支援'],
    ['居宅介護事業所 (ヘルパー）', '居宅介護事業所(ヘルパー）'],
    ['【月平均の実利用者数（大人）】', '月平均の実利用者数（大人）'],
    ['【相談方法・内訳', '相談方法・内訳'],
    ['相談項目別】', '相談項目別'],
    ['【新規】退院後生活環境相談員の支援', '【新規】退院後生活環境相談員の支援'],
    ['・福祉サービスの利用等', '福祉サービスの利用等'],
    ['※障害分類', '障害分類'],
    ['〔大人〕', '大人'],
    ['ｾﾙﾌ率', 'セルフ率'],
    ['電子\u3000メール、', '電子メール'],
    ['「元気発進！子どもプラン」', '「元気発進！子どもプラン」'],
    ['', ''],
  ])('%j → %s', (input, label) => {
    expect(cleanLabel(input)).toBe(label);
  });
});

describe('joinLines: lines broken without kinsoku', () => {
  it('joins a ・ that a full line pushed to the next line start', () => {
    expect(joinLines(['基幹相談支援センターにおいて、来所', '・電話・訪問による総合相談を行うと', 'ともに、同行訪問を実施しました。'])).toBe(
      '基幹相談支援センターにおいて、来所・電話・訪問による総合相談を行うとともに、同行訪問を実施しました。',
    );
  });

  it('keeps ・ a bullet after a short line or a sentence end', () => {
    expect(joinLines(['研修会を開催しました。', '・初任者研修会', '・係長会議'])).toBe('研修会を開催しました。\n初任者研修会\n係長会議');
    expect(joinLines(['主な相談の内容', '・電話による相談', '・来所による相談や訪問'])).toBe('主な相談の内容\n電話による相談\n来所による相談や訪問');
    expect(joinLines(['主な相談の内容は次のとおり：', '・電話による相談', '・来所による相談'])).toBe('主な相談の内容は次のとおり：\n電話による相談\n来所による相談');
  });
});
