import { beforeAll, describe, expect, it } from 'vitest';
import { dictionaryLoaded, loadMetricExtractor, noMetrics, type MetricExtractor } from '../src/metrics/index.js';

interface Expected {
  /** Compared leniently, as the fixtures' scorer does: equal, or one contains the other. */
  label: string;
  value: number;
  unit: string;
  raw?: string;
}

interface Case {
  text: string;
  expect: Expected[];
}

const m = (label: string, value: number, unit: string, raw?: string): Expected => ({ label, value, unit, raw });

/** Sentences as they stand in the seeds (fixtures/*.txt, line breaks as pdftotext put them). */
const SEED_CASES: Case[] = [
  {
    text: '障害者基幹相談支援センターにおい\nて、よろず相談窓口として、家庭訪問\nを含む相談支援を実施しました。\n\n相談件数：22,103件',
    expect: [m('相談件数', 22103, '件', '相談件数：22,103件')],
  },
  {
    text: '初任者研修を５月に開催したほか、高\n齢者・障害者相談係長会議を定期的に\n開催。\n\n初任者研修等参加者：85人\n係長会議：7回',
    expect: [m('初任者研修等参加者', 85, '人', '初任者研修等参加者：85人'), m('係長会議', 7, '回', '係長会議：7回')],
  },
  {
    text:
      '身体障害、精神障害、薬物依存、聴覚\n障害（先天性）、聴覚障害（後天\n性）、難病の6団体によるピアカウンセ\nリングを実施しました。\n' +
      '平成27年12月より、聴覚障害（後天\n性）を追加。\n\n相談件数：2,045件',
    expect: [m('ピアカウンセリング実施団体', 6, '団体', '難病の6団体'), m('相談件数', 2045, '件', '相談件数：2,045件')],
  },
  {
    text: '身体障害者相談員43名、知的障害者相\n談員34名を配置し、障害者の自立支援\nの相談に応じ、必要な助言・指導を行\nいました。',
    expect: [m('身体障害者相談員', 43, '名', '身体障害者相談員43名'), m('知的障害者相談員', 34, '名', '知的障害者相談員34名')],
  },
  {
    text: '支援」を実施しました。\n地域移行支援：34人\n地域定着支援：69人',
    expect: [m('地域移行支援', 34, '人', '地域移行支援：34人'), m('地域定着支援', 69, '人', '地域定着支援：69人')],
  },
  {
    text: '各区担当係長（合計16名）は地域会合\nに参加、出前主義による迅速な相談対\n応に努め、地域での見守り活動を支援\nしています。',
    expect: [m('各区担当係長', 16, '名', '各区担当係長（合計16名）')],
  },
  {
    text: 'ひきこもり地域支援センターにおい\nて、当事者や家族の相談業務、フリー\nスペースを活用した当事者の居場所作\nりを行いました。\n\n相談延べ件数：1,975件',
    expect: [m('相談延べ件数', 1975, '件', '相談延べ件数：1,975件')],
  },
  { text: '順調に実施しています。\n\n相談件数：1,684件', expect: [m('相談件数', 1684, '件', '相談件数：1,684件')] },
  {
    text: '多職種連携をテーマに合同研修を行\nい、事例検討やグループワークに取り\n組みました。\n（全２回、延べ１４３名が参加）',
    expect: [m('合同研修', 2, '回', '全２回'), m('延べ参加者', 143, '名', '延べ１４３名')],
  },
  {
    text: '家族教室を全6回開催し、延べ80名が参加しました。',
    expect: [m('家族教室', 6, '回', '家族教室を全6回'), m('延べ参加者', 80, '名', '延べ80名')],
  },
  {
    text: '各区保健福祉センターで１歳６か月児健診及び３歳児健診を実施しました。\n受診者数：25,318人',
    expect: [m('受診者数', 25318, '人', '受診者数：25,318人')],
  },
  { text: '講演会を計2回開催した。', expect: [m('講演会', 2, '回', '講演会を計2回')] },
  {
    text: '相談支援事業者等を対象とする研修会\nにピアサポーターが参加し、活動内容\nの周知を行いました。',
    expect: [],
  },
  {
    text:
      '発達障害者支援センター箇所数　2箇所\n相談支援件数（実人数） 929人\n\n' +
      '・発達障害シンポジウム「発達障害児\n者の二次障害を考える」の開催\n　(平成28年11月6日　参加者：318名)\n' +
      '・サポートファイルりあんの配布数\n　　　　　　　　　　累計 2,425冊',
    expect: [
      m('発達障害者支援センター箇所数', 2, '箇所', '発達障害者支援センター箇所数 2箇所'),
      m('相談支援件数（実人数）', 929, '人', '相談支援件数（実人数） 929人'),
      m('参加者', 318, '名', '参加者：318名'),
      m('サポートファイルりあんの配布数累計', 2425, '冊', 'サポートファイルりあんの配布数 累計 2,425冊'),
    ],
  },
  {
    text: 'ペアレントメンターが、診断されて間\nもない時期の保護者を対象とした座談\n会や、子育てサポーターの研修会で、\n自らの子育て体験を語りました。\n\nペアレントメンターの活動回数\n10回',
    expect: [m('ペアレントメンターの活動回数', 10, '回', 'ペアレントメンターの活動回数10回')],
  },
  {
    text: '平成26年度\n設置箇所数　1箇所\n相談件数　25,272件',
    expect: [m('設置箇所数', 1, '箇所', '設置箇所数 1箇所'), m('相談件数', 25272, '件', '相談件数 25,272件')],
  },
  { text: '区役所窓口職員等の\n研修参加数\n平成26年度  168人', expect: [m('研修参加数', 168, '人')] },
  { text: '・地域移行支援\n　利用人数 　6人', expect: [m('利用人数', 6, '人')] },
  { text: '発達障害者支援セン\nター箇所数　2箇所\n相談支援件数\n（実人数）\n980件（人）', expect: [m('発達障害者支援センター箇所数', 2, '箇所'), m('相談支援件数（実人数）', 980, '件（人）')] },
  {
    text: '相談件数が前年度に比べ300件ほど\n増加した。平成29年度も引き続き\n相談者のニーズに対応していく。',
    expect: [m('増加件数', 300, '件', '300件')],
  },
  {
    text: '相談実人数は前年度（1,011人）と\n比べ929人と概ね変動はなく',
    expect: [m('相談実人数（前年度）', 1011, '人', '前年度（1,011人）'), m('相談実人数', 929, '人', '929人')],
  },
  { text: '研修内容を再検討し、東部地区と西部\n地区の計２回実施予定。', expect: [m('実施予定回数', 2, '回')] },
  {
    text: '◎成年後見対応(19ケース)…医療機関・家庭裁判所・成年後見人・成年後見センター・',
    expect: [m('成年後見対応', 19, 'ケース', '成年後見対応(19ケース)')],
  },
  {
    text: '◎虐待事例対応(17ケース)…医療機関・警察・児童相談所・相談支援事業所・',
    expect: [m('虐待事例対応', 17, 'ケース', '虐待事例対応(17ケース)')],
  },
  { text: '◎差別解消対応(3ケース)…地域住民・民生委員・精神科病院 等', expect: [m('差別解消対応', 3, 'ケース', '差別解消対応(3ケース)')] },
  {
    text: '（実ケース数は、成年後見9ケース、虐待関係8ケース、差別解消3ケース）',
    expect: [
      m('成年後見', 9, 'ケース', '成年後見9ケース'),
      m('虐待関係', 8, 'ケース', '虐待関係8ケース'),
      m('差別解消', 3, 'ケース', '差別解消3ケース'),
    ],
  },
  {
    text: '相談支援事業所\n\n障害者・・・88件\n障害児・・・66件',
    expect: [m('障害者', 88, '件', '障害者・・・88件'), m('障害児', 66, '件', '障害児・・・66件')],
  },
  {
    text: '②困難ケースへの介入…世帯支援が必要なケース等\n\n相談支援事業所との連携・調整…2，941件',
    expect: [m('相談支援事業所との連携・調整', 2941, '件', '相談支援事業所との連携・調整…2，941件')],
  },
  {
    text: '・オンライン開催1回、集合開催5回（平均参加者：51.7名）',
    expect: [
      m('オンライン開催', 1, '回', 'オンライン開催1回'),
      m('集合開催', 5, '回', '集合開催5回'),
      m('平均参加者', 51.7, '名', '平均参加者：51.7名'),
    ],
  },
  { text: '・市内36か所の相談支援事業所の相談支援専門員が集まって研修や', expect: [m('相談支援事業所', 36, 'か所', '市内36か所')] },
  { text: '平成２８年７月から久留米市内４ヶ所に開設しました', expect: [m('開設箇所', 4, 'ヶ所', '久留米市内４ヶ所')] },
  {
    text: '月平均\n\n189人\n(前年比＋２９名)',
    expect: [m('月平均', 189, '人', '月平均189人'), m('前年比', 29, '名', '前年比＋２９名')],
  },
  { text: '相談方法\n\n8,409件\n(前年比＋1,992件)', expect: [m('相談方法', 8409, '件'), m('前年比', 1992, '件')] },
  { text: '重層的支援体制整備事業への参加（月１回）', expect: [] },
  { text: '〇機関紙 11号 「重心分科会特集号」\n\n12号（最終号）「出会いで変わるまち」', expect: [] },
  { text: '令和5年8月1日(火)\n\n久留米市障害者地域生活支援協議会全体会', expect: [] },
  { text: '基幹開設\nH28.7 ％', expect: [] },
  { text: 'H27.3.31 706 977 1683 41.9 \n\nH28.3.31 1062 1667 2729 38.9', expect: [] },
  { text: '第５期北九州市障害福祉計画・第１期北九州市障害児福祉計画の', expect: [] },
  { text: '【1-a】 1-10', expect: [] },
  { text: '【拡充 3-e】165～168', expect: [] },
  { text: '○令和２年度末までの目標値', expect: [] },
  { text: '精 神 49.0%\n\n難 病 0.4% その他 9.1%', expect: [m('精神', 49, '%'), m('難病', 0.4, '%'), m('その他', 9.1, '%')] },
  { text: '障害や病状の理解 1.8%\n\n家族や人間関係 5.6%', expect: [m('障害や病状の理解', 1.8, '%'), m('家族や人間関係', 5.6, '%')] },
];

/** Variations on the seeds: other numbers, numerals, signs, and the things that are not figures. */
const VARIATION_CASES: Case[] = [
  { text: '参加者は二十三名でした。', expect: [m('参加者', 23, '名')] },
  { text: '相談件数：１２，３４５件', expect: [m('相談件数', 12345, '件', '相談件数：１２，３４５件')] },
  { text: '前年比▲5件', expect: [m('前年比', -5, '件', '前年比▲5件')] },
  { text: '前年比△１２人', expect: [m('前年比', -12, '人')] },
  { text: '就労率は12.5%に上昇した。', expect: [m('就労率', 12.5, '%')] },
  { text: '就労移行率　８．３％', expect: [m('就労移行率', 8.3, '%', '就労移行率 ８．３％')] },
  { text: '約1,200人が来場した', expect: [m('来場者', 1200, '人', '約1,200人')] },
  { text: '延べ参加者数 約1,200人', expect: [m('延べ参加者数', 1200, '人', '延べ参加者数 約1,200人')] },
  { text: '令和4年4月1日から相談員3名を配置', expect: [m('相談員', 3, '名', '相談員3名')] },
  { text: '5月に開催し、15日に報告会を行った。', expect: [] },
  { text: '平成28年11月6日　参加者：318名', expect: [m('参加者', 318, '名')] },
  { text: '研修会を年2回開催し、毎月1回の連絡会を持つ。', expect: [] },
  { text: '週3日、1日あたり10人まで受け入れ', expect: [] },
  { text: '第5期計画において目標値10件', expect: [m('目標値', 10, '件')] },
  { text: '第2回会議、3回目の会議', expect: [] },
  { text: '2～3回程度の面談', expect: [] },
  { text: '累計 2,425冊を配布した。', expect: [m('配布', 2425, '冊')] },
  { text: '配布数（累計）2,425冊', expect: [m('配布数（累計）', 2425, '冊')] },
  { text: '受講者１０名、修了者８名', expect: [m('受講者', 10, '名'), m('修了者', 8, '名')] },
  { text: '相談支援専門員（3名）を配置', expect: [m('相談支援専門員', 3, '名', '相談支援専門員（3名）')] },
  { text: '市内の事業所数は45か所（前年比＋3か所）', expect: [m('事業所数', 45, 'か所'), m('前年比', 3, 'か所')] },
  { text: '一人ひとりに寄り添い、一日も早く統一回答を', expect: [] },
  { text: '三万五千人', expect: [m('人数', 35000, '人')] },
  { text: '登録者数3万人', expect: [m('登録者数', 30000, '人')] },
  { text: '研修会を3回開催し、職員を2名配置した', expect: [m('研修会', 3, '回'), m('職員', 2, '名')] },
  { text: '相談件数は、22,103件でした', expect: [m('相談件数', 22103, '件', '相談件数は、22,103件')] },
  { text: '65歳以上の高齢者', expect: [] },
  { text: '２０２３年度の相談件数 ３５０件', expect: [m('相談件数', 350, '件')] },
  { text: '予算額 1,500千円', expect: [m('予算額', 1500, '千円')] },
  { text: '地域の相談支援事業所の参加率 45%', expect: [m('参加率', 45, '%')] },
];

const ALL_CASES = [...SEED_CASES, ...VARIATION_CASES];

function labelsMatch(expected: string, actual: string): boolean {
  const canon = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
  const e = canon(expected);
  const a = canon(actual);
  return a !== '' && (e === a || e.includes(a) || a.includes(e));
}

describe('loading', () => {
  it('importing src/metrics reads no dictionary', () => {
    expect(dictionaryLoaded()).toBe(false);
  });

  it('noMetrics finds nothing and loads nothing', () => {
    expect(noMetrics.extract('相談件数：22,103件')).toEqual([]);
    expect(dictionaryLoaded()).toBe(false);
  });

  it('loads the dictionary once, on the first call', async () => {
    const first = loadMetricExtractor();
    const second = loadMetricExtractor();
    expect(second).toBe(first);
    await first;
    expect(dictionaryLoaded()).toBe(true);
  });
});

describe('extract', () => {
  let extractor: MetricExtractor;
  beforeAll(async () => {
    extractor = await loadMetricExtractor();
  });

  it('has at least 40 sentences to check', () => {
    expect(ALL_CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(ALL_CASES.map((c) => [c.text.replace(/\n/g, '⏎').slice(0, 40), c] as const))('%s', (_, c) => {
    const got = extractor.extract(c.text);
    expect(got.map((g) => [g.value, g.unit])).toEqual(c.expect.map((e) => [e.value, e.unit]));
    got.forEach((g, k) => {
      const e = c.expect[k]!;
      expect(labelsMatch(e.label, g.label), `label ${JSON.stringify(g.label)} for ${JSON.stringify(e.label)}`).toBe(true);
      if (e.raw !== undefined) expect(g.raw).toBe(e.raw);
    });
  });

  it('returns fresh objects from its cache', () => {
    const first = extractor.extract('相談件数：22,103件');
    first[0]!.label = 'changed';
    expect(extractor.extract('相談件数：22,103件')[0]!.label).toBe('相談件数');
  });

  it('never throws on odd input', () => {
    const odd = [
      '', ' ', '\n\n', '。。。', '件', '1', '%%%', '▲', '約件', '第', '(((((1件', '\ud800', '\udc00件', '𠮷野家で3人😀',
      '１２３４５６７８９０１２３４５６７８９０件', '9'.repeat(400) + '件', 'ア'.repeat(10_000) + '3件',
      '相談件数：22,103件。'.repeat(700), '1件'.repeat(5000),
    ];
    for (const text of odd) {
      const got = extractor.extract(text);
      for (const metric of got) {
        expect(Number.isFinite(metric.value)).toBe(true);
        expect(metric.label).not.toBe('');
      }
    }
  });

  it('survives fuzzed text built from the seeds', () => {
    const pieces = ['件', '人', '名', '回', '％', '(', '）', '：', '・', '…', '▲', '＋', '－', '～', '　', '\n', '一', '十', '第', '年', '月', '日', '度', '平成', '令和', 'H', 'の', '合計', '延べ', '約', '2,', '１', '.', '0', '\ud800'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let n = 0; n < 500; n++) {
      let text = '';
      const length = Math.floor(next() * 60);
      for (let k = 0; k < length; k++) text += pieces[Math.floor(next() * pieces.length)];
      for (const metric of extractor.extract(text)) {
        expect(Number.isFinite(metric.value)).toBe(true);
        expect(typeof metric.raw).toBe('string');
      }
    }
  });
});
