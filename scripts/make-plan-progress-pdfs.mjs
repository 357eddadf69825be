#!/usr/bin/env node
// Writes fixtures/generated/plan-progress.*.pdf — 計画進捗状況管理表 reports drawn by
// pdf-lib, a producer unlike the seed PDF's Chromium/Skia — and beside each its
// NAME.expected.json. Both come from the one item list below, so a PDF and its
// expected output cannot drift apart. The variants differ the way real exports do:
//
//   plan-progress.a4-mincho    A4 landscape, IPAMincho, narrow columns, 0.5 pt stroked
//                              rules, no repeated header where a table runs onto a page
//   plan-progress.excel-rects  A3 landscape, IPAGothic, borders as thin filled rectangles
//                              (as Excel prints them), title and header repeated on every
//                              page, one row split by a page break
//   plan-progress.reiwa        B4 landscape, 令和４/５年度 headers, rules stroked per cell,
//                              headings drawn before the table, each section on a new page
//
// Regenerate (the PDFs are committed, so tests never need the fonts):
//   node scripts/make-plan-progress-pdfs.mjs
// Fonts: IPAGothic and IPAMincho (Debian/Ubuntu: apt-get install fonts-ipafont-gothic
// fonts-ipafont-mincho), or PLAN_FONT_GOTHIC=… PLAN_FONT_MINCHO=… pointing at TTF files.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb } from 'pdf-lib';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'fixtures', 'generated');

const FONT_FILES = {
  gothic: process.env.PLAN_FONT_GOTHIC ?? '/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf',
  mincho: process.env.PLAN_FONT_MINCHO ?? '/usr/share/fonts/opentype/ipafont-mincho/ipam.ttf',
};
const FONT_NAMES = { gothic: 'IPAGothic', mincho: 'IPAMincho' };
const FONT_PACKAGES = { gothic: 'fonts-ipafont-gothic', mincho: 'fonts-ipafont-mincho' };
/** Fixed dates and font names keep regenerated files byte-identical. */
const FIXED_DATE = new Date('2024-01-15T09:00:00Z');

// ------------------------------------------------------------------ report content
//
// Texts are lists of paragraphs ('' is a blank line in the cell). In results,
// [[figure]] or [[figure|label]] marks a stated figure: the PDF prints `figure`, the
// expected output lists it as a metric (value and unit read from the figure, label
// given or else the words before the number). {next} is the 取組予定 year
// (平成２９年度 / 令和５年度), {y} the era year of the 実施状況 (平成28年 / 令和4年).

const SECTIONS = [
  {
    code: '１',
    title: '相談支援体制の充実',
    pillar: '地域で安心して暮らせる支援体制の構築',
    subsections: [
      {
        code: 'ａ',
        title: '身近な地域における相談支援の推進',
        items: [
          {
            no: 3,
            name: '障害者相談支援センター運営事業【拡充】',
            summary: ['市内７か所の障害者相談支援センターにおいて、障害のある人やその家族からの相談に応じ、福祉サービスの利用援助や関係機関との連絡調整を行います。'],
            results: ['各区の障害者相談支援センターにおいて、訪問や来所による相談支援を行いました。', '', '[[相談件数：14,862件]]', '[[訪問件数：3,127件]]'],
            plans: ['相談員向けの研修を充実させるとともに、区役所や医療機関との連携を強化し、困難事例への対応力の向上を図ります。'],
            achievement: 'b',
            direction: '○',
            goal: {
              shape: 'year-first',
              baseline: [['設置箇所数', 7, 'か所'], ['相談件数', 12500, '件']],
              target: [['設置箇所数', 8, 'か所'], ['相談件数', 15000, '件']],
            },
            assessment: [
              '相談件数は前年度から増加しており、身近な相談窓口として定着してきています。',
              '一方で、複合的な課題を抱える世帯からの相談が増えており、関係機関との連携による支援体制の強化が課題です。',
            ],
            related: ['「南川市地域福祉計画」'],
            department: '保健福祉局障害福祉課',
          },
          {
            no: 5,
            name: '障害者110番事業',
            summary: ['障害のある人の権利擁護や日常生活上の困りごとについて、弁護士や当事者相談員が電話・面談で相談に応じます。'],
            results: ['弁護士による専門相談を定期的に実施したほか、当事者相談員による電話相談を行いました。', '[[相談件数：612件]]（[[うち専門相談 48件|専門相談]]）'],
            plans: ['{next}も継続して実施し、相談窓口の周知に努めます。'],
            achievement: 'b',
            direction: '○',
            goal: { shape: 'continuing' },
            assessment: ['相談内容が多様化しており、相談員の資質向上と関係機関への確実なつなぎが必要です。'],
            related: [],
            department: '保健福祉局障害福祉課',
          },
          {
            no: 11,
            name: '【新規】ピアサポート推進事業',
            summary: ['障害のある人が自らの経験を生かして仲間を支えるピアサポーターを養成し、相談支援事業所等での活動を支援します。'],
            results: ['ピアサポーター養成研修を[[3回|ピアサポーター養成研修]]開催し、[[延べ１２０名|延べ参加者]]が参加しました。', '[[養成研修修了者：41人]]'],
            plans: ['修了したピアサポーターが相談支援事業所や精神科病院で活動できるよう、受入先の開拓を進めます。'],
            achievement: 'b',
            direction: '◎',
            goal: { shape: 'label-first', label: 'ピアサポーター登録者数', unit: '人', baseline: 12, target: 60 },
            assessment: ['養成研修の修了者は着実に増えていますが、活動の場が限られていることが課題です。'],
            related: ['南川市精神保健福祉推進計画'],
            department: '保健福祉局精神保健福祉課',
          },
        ],
      },
      {
        code: 'ｂ',
        title: '権利擁護の推進',
        items: [
          {
            no: 14,
            name: '成年後見制度利用支援事業',
            summary: ['判断能力が十分でない障害のある人が成年後見制度を利用できるよう、申立て費用や後見人等への報酬の助成を行います。'],
            results: ['市長による後見等開始の審判申立てを行うとともに、低所得の方に対して後見人等への報酬の助成を行いました。', '', '[[市長申立件数：23件]]', '[[報酬助成件数：87件]]'],
            plans: ['成年後見支援センターと連携し、制度の周知と利用促進を図ります。'],
            achievement: 'b',
            direction: '○',
            goal: { shape: 'label-first', label: '報酬助成件数', unit: '件', baseline: 52, target: 90 },
            assessment: ['報酬助成件数は増加傾向にあり、目標の達成に向けて順調に推移しています。', '今後は、市民後見人の養成など担い手の確保が課題です。'],
            related: ['「南川市高齢者保健福祉計画」', '南川市地域福祉計画'],
            department: '保健福祉局地域福祉課',
          },
          {
            no: 17,
            name: '障害者虐待防止対策事業',
            summary: ['障害者虐待防止センターを設置し、虐待の通報・届出の受付や養護者への支援を行うとともに、虐待防止に関する研修や啓発を行います。'],
            results: ['夜間・休日も通報・届出を受け付けたほか、施設職員向けの虐待防止研修を実施しました。', '[[通報・届出件数：58件]]', '[[研修参加者：356人]]'],
            plans: ['施設職員向け研修の内容を充実させ、虐待の未然防止と早期発見に取り組みます。'],
            achievement: 'b',
            direction: '○',
            goal: { shape: 'continuing' },
            assessment: ['通報・届出件数は前年度とほぼ同数でした。施設従事者による虐待の防止に向け、管理者向けの研修を強化する必要があります。'],
            related: [],
            department: '保健福祉局障害福祉課',
          },
        ],
      },
    ],
  },
  {
    code: '２',
    title: '就労支援と社会参加の促進',
    pillar: 'いきいきと活動できる社会の実現',
    subsections: [
      {
        code: 'ａ',
        title: '一般就労への移行と定着の支援',
        items: [
          {
            no: 31,
            name: '障害者しごと支援センター事業',
            summary: ['障害のある人の一般就労を促進するため、職業相談から職場実習、就職後の定着支援までを一貫して行います。'],
            results: ['ハローワークや特別支援学校と連携し、職場実習のあっせんや就職後の職場訪問を行いました。', '', '[[新規登録者数：214人]]', '[[就職者数：96人]]', '[[職場定着率：82.3%]]'],
            plans: ['企業向けの障害者雇用セミナーを開催し、実習受入企業の拡大に努めます。'],
            achievement: 'b',
            direction: '◎',
            goal: { shape: 'year-first', bullet: true, baseline: [['就職者数', 78, '人']], target: [['就職者数', 110, '人']] },
            assessment: ['就職者数は増加しましたが、目標には届いていません。精神障害のある人の就職が増えており、定着に向けた継続的な支援が必要です。'],
            related: ['南川市雇用促進プラン'],
            department: '産業経済局雇用政策課',
          },
          {
            no: 33,
            name: '【新規】農福連携推進事業',
            summary: ['農業分野での障害のある人の就労を進めるため、農業者と障害福祉サービス事業所とのマッチングや、作業体験会を実施します。'],
            results: [
              '農業者と事業所のマッチングを行い、[[新たに5事業所|農作業受託開始事業所]]が農作業の受託を開始しました。',
              '農作業体験会を{y}10月に開催し、[[18名|体験会参加者]]が参加しました。',
            ],
            plans: ['マッチングの実績を踏まえ、受託作業の種類を増やすとともに、農業者向けの説明会を開催します。'],
            achievement: 'c',
            direction: '○',
            goal: { shape: 'year-first', baseline: [['マッチング件数', 0, '件']], target: [['マッチング件数', 15, '件']] },
            assessment: ['事業初年度として、マッチングの仕組みづくりに取り組みました。受託作業の拡大に向け、農業者への周知が課題です。'],
            related: [],
            department: '産業経済局農政課',
          },
        ],
      },
      {
        code: 'ｃ',
        title: 'スポーツ・文化芸術活動の振興',
        items: [
          {
            no: 45,
            name: '障害者スポーツ大会開催事業',
            summary: ['障害のある人のスポーツへの参加機会を広げるとともに、市民の障害への理解を深めるため、市障害者スポーツ大会を開催します。'],
            results: ['{y}5月に市障害者スポーツ大会を開催しました。', '・[[参加者数：1,148人]]', '・[[ボランティア数：265人]]'],
            plans: ['新たにボッチャ競技を加え、より多くの障害のある人が参加できる大会とします。'],
            achievement: 'a',
            direction: '○',
            goal: { shape: 'continuing' },
            assessment: ['参加者数は前年度を上回りました。ボランティアの高齢化が進んでおり、学生ボランティアの確保が課題です。'],
            related: ['南川市スポーツ推進計画'],
            department: '市民文化スポーツ局スポーツ振興課',
          },
        ],
      },
    ],
  },
  {
    code: '４',
    title: '住まいと地域生活の支援',
    pillar: null,
    subsections: [
      {
        code: 'ｂ',
        title: '施設や病院から地域生活への移行',
        items: [
          {
            no: 70,
            name: 'グループホーム整備促進事業【拡充】',
            summary: ['施設や病院から地域生活への移行を進めるため、グループホームの新設や改修に要する費用を助成します。'],
            results: ['社会福祉法人等によるグループホームの整備に対し、補助を行いました。', '', '[[整備補助：6か所]]', '[[定員増：42人]]'],
            plans: ['重度の障害のある人に対応したグループホームの整備を重点的に支援します。'],
            achievement: 'b',
            direction: '◎',
            goal: { shape: 'label-first', label: 'グループホーム定員数', unit: '人', baseline: 1020, target: 1300 },
            assessment: [
              '定員数は着実に増加していますが、重度の障害のある人や医療的ケアが必要な人を受け入れる住まいが不足しています。',
              '夜間の支援体制の確保に向け、人材確保策とあわせて検討する必要があります。',
            ],
            related: ['南川市住生活基本計画'],
            department: '保健福祉局障害福祉課',
          },
          {
            no: 72,
            name: '地域移行支援・地域定着支援',
            summary: ['入所施設や精神科病院から地域生活へ移行する人に対し、住居の確保や地域生活の準備に関する支援を行い、移行後も常時の連絡体制による支援を行います。'],
            results: ['指定一般相談支援事業所による支援を行いました。', '[[地域移行支援：27人]]', '[[地域定着支援：64人]]'],
            plans: ['精神科病院と相談支援事業所との連携会議を開催し、支援の利用促進を図ります。'],
            achievement: 'b',
            direction: '○',
            goal: {
              shape: 'year-first',
              bullet: true,
              baseline: [[['地域移行支援', '利用人数'], 8, '人'], [['地域定着支援', '利用人数'], 35, '人']],
              target: [[['地域移行支援', '利用人数'], 30, '人'], [['地域定着支援', '利用人数'], 80, '人']],
            },
            assessment: ['地域移行支援の利用者は増加していますが、目標には達していません。退院後の住まいの確保が課題です。'],
            related: [],
            department: '保健福祉局精神保健福祉課',
          },
        ],
      },
      {
        code: 'ｄ',
        title: '精神障害にも対応した地域包括ケアシステムの構築',
        items: [
          {
            no: 88,
            name: '【新規】アウトリーチ支援事業',
            summary: ['医療や福祉サービスにつながっていない精神障害のある人の自宅を多職種チームが訪問し、必要な支援につなげます。'],
            results: ['保健師、精神保健福祉士等による多職種チームが訪問支援を行いました。', '[[支援対象者：31人]]', '[[訪問延べ回数：412回]]'],
            plans: ['{next}は支援対象を拡大し、医療機関との連携による早期支援を進めます。'],
            achievement: 'b',
            direction: '◎',
            goal: { shape: 'continuing' },
            assessment: ['訪問支援により医療の中断を防ぐことができた事例が増えています。支援終了後の地域の受け皿づくりが課題です。'],
            related: ['「南川市自殺対策計画」'],
            department: '保健福祉局精神保健福祉課',
          },
          {
            no: 90,
            name: '精神障害者家族会支援事業',
            summary: ['精神障害のある人の家族が悩みを共有し、互いに支え合えるよう、家族会の活動や家族教室の開催を支援します。'],
            results: ['市内の[[家族会4団体|家族会]]の活動に助成したほか、家族教室を[[全6回|家族教室]]開催し、[[延べ88名|延べ参加者]]が参加しました。'],
            plans: ['家族教室の内容を見直し、若い世代の家族が参加しやすい夜間の開催を検討します。'],
            achievement: 'b',
            direction: '○',
            goal: { shape: 'label-first', label: '家族教室延べ参加者数', unit: '人', baseline: 60, target: 100 },
            assessment: ['家族会の会員の高齢化が進んでおり、新たな会員の確保と活動の継承が課題です。'],
            related: [],
            department: '保健福祉局精神保健福祉課',
          },
        ],
      },
    ],
  },
];

/** The report's years: the 実施状況 year, the 取組予定 year and the goal's baseline and target years. */
const HEISEI = {
  results: { label: '平成２８年度', fy: 2016 },
  plans: { label: '平成２９年度', fy: 2017 },
  eraYear: '平成28年',
  directionColumns: ['～２８年度', '２９年度'],
  baseline: { label: '平成26年度', fy: 2014 },
  target: { label: '平成29年度', fy: 2017 },
};
const REIWA = {
  results: { label: '令和４年度', fy: 2022 },
  plans: { label: '令和５年度', fy: 2023 },
  eraYear: '令和4年',
  directionColumns: ['～４年度', '５年度'],
  baseline: { label: '令和元年度', fy: 2019 },
  target: { label: '令和５年度', fy: 2023 },
};

const LEGEND = ['■ 目的達成状況について', 'a 完全に達成・終了したもの　b 具体的に取り組んでおり、今後も継続して推進するもの', 'c 本実施に向けた準備段階にあるもの　d 未着手のもの'];
const DIRECTION_LEGEND = '■ 事業の方向性について　○ 現状維持　◎ 拡充　△ 縮小・見直し　× 廃止';

// ------------------------------------------------------------------ variants

const A4_LANDSCAPE = [841.89, 595.28];
const A3_LANDSCAPE = [1190.55, 841.89];
const B4_LANDSCAPE = [1031.81, 728.5];

const VARIANTS = [
  {
    name: 'plan-progress.a4-mincho',
    title: '南川市障害者計画進捗状況管理表（抜粋）',
    years: HEISEI,
    page: A4_LANDSCAPE,
    font: 'mincho',
    size: 6.2,
    lead: 8.2,
    titleSize: 11,
    headingSize: 7.5,
    margin: { left: 22, right: 22, top: 22, bottom: 18 },
    // 事業番号 事業名 事業概要 実施状況 取組予定 達成状況 方向性×2 事業目標 課題 関連性 所管課
    widths: [20, 62, 96, 118, 100, 20, 19, 19, 70, 118, 54, 50],
    rules: 'lines',
    ruleWidth: 0.5,
    valign: 'middle',
    headerFill: null,
    repeatHeader: false,
    titleEveryPage: false,
    headingsFirst: false,
    maxSplits: 0,
    sectionOnNewPage: false,
    legend: 'first',
    pageNumber: (n) => `- ${n} -`,
    expect: { continuations: 1 },
  },
  {
    name: 'plan-progress.excel-rects',
    title: '南川市障害者計画進捗状況管理表',
    years: HEISEI,
    page: A3_LANDSCAPE,
    font: 'gothic',
    size: 9,
    lead: 12.5,
    titleSize: 14,
    headingSize: 9.5,
    margin: { left: 36, right: 36, top: 30, bottom: 24 },
    widths: [28, 104, 150, 178, 160, 28, 30, 30, 104, 176, 70, 60],
    rules: 'rects',
    ruleWidth: 0.6,
    valign: 'top',
    headerFill: rgb(0.85, 0.89, 0.95),
    repeatHeader: true,
    titleEveryPage: true,
    headingsFirst: false,
    maxSplits: 1,
    sectionOnNewPage: false,
    legend: 'every',
    directionLegend: true,
    pageNumber: (n, total) => `${n} / ${total}`,
    expect: { splitRows: 1 },
  },
  {
    name: 'plan-progress.reiwa',
    title: '南川市障害者計画進捗状況管理表（令和４年度実績）',
    years: REIWA,
    page: B4_LANDSCAPE,
    font: 'gothic',
    size: 9.5,
    lead: 13,
    titleSize: 13,
    headingSize: 9,
    margin: { left: 28, right: 28, top: 26, bottom: 22 },
    widths: [24, 90, 128, 150, 134, 24, 26, 26, 100, 142, 62, 56],
    rules: 'cells',
    ruleWidth: 0.75,
    valign: 'middle',
    headerFill: rgb(0.9, 0.9, 0.9),
    repeatHeader: true,
    titleEveryPage: true,
    headingsFirst: true,
    maxSplits: 0,
    sectionOnNewPage: true,
    legend: 'first',
    pageNumber: null,
    expect: { pages: 4 },
  },
];

// ------------------------------------------------------------------ text helpers

/** Full-width ASCII letters and digits as half-width, as output.md's text fields have them. */
const halfWidth = (s) => s.replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
const collapse = (s) => s.replace(/[\s　]+/g, ' ').trim();
const formatNumber = (n) => n.toLocaleString('en-US');

function fill(text, years) {
  return text.replaceAll('{next}', years.plans.label).replaceAll('{y}', years.eraYear);
}

const MARKER = /\[\[([^\]|]+)(?:\|([^\]]+))?\]\]/g;

/** A paragraph as printed: markers replaced by their figure text. */
const printed = (text, years) => fill(text, years).replace(MARKER, (_, figure) => figure);

/** The metrics a results paragraph states, from its [[figure|label]] markers. */
function markedMetrics(text, years) {
  return [...fill(text, years).matchAll(MARKER)].map(([, figure, label]) => {
    const m = /^(.*?)([0-9０-９][0-9０-９,，.．]*)(\D*)$/.exec(figure);
    if (!m) throw new Error(`marker without a number: ${figure}`);
    const value = Number(halfWidth(m[2]).replace(/[,，]/g, '').replace('．', '.'));
    const words = m[1].replace(/[：:を\s　]+$/, '').replace(/[\s　]/g, '');
    return { label: label ?? words, value, unit: m[3].trim(), raw: collapse(figure) };
  });
}

/** A cell's paragraphs as expected text: bullets dropped, blank lines gone, one paragraph a line. */
const expectedText = (paragraphs) =>
  paragraphs
    .filter((p) => p.trim() !== '')
    .map((p) => halfWidth(p.replace(/^[・]\s*/, '')))
    .join('\n');

function splitTags(name) {
  const tags = [...name.matchAll(/【([^】]+)】/g)].map((m) => m[1]);
  return { name: name.replace(/【[^】]+】/g, '').trim(), tags };
}

/** The goal cell's lines and its expected value. */
function goalOf(goal, years) {
  if (goal.shape === 'continuing') {
    return { lines: ['継続実施'], expected: { continuing: true, baseline: null, target: null, text: '継続実施' } };
  }
  if (goal.shape === 'label-first') {
    const point = (y, v) => ({
      line: `${y.label}　${formatNumber(v)}${goal.unit}`,
      expected: { fiscalYear: y.fy, metrics: [{ label: goal.label, value: v, unit: goal.unit, raw: `${formatNumber(v)}${goal.unit}` }] },
    });
    const base = point(years.baseline, goal.baseline);
    const target = point(years.target, goal.target);
    const lines = [goal.label, base.line, target.line];
    return { lines, expected: { continuing: false, baseline: base.expected, target: target.expected, text: halfWidth(lines.join(' ')) } };
  }
  const block = (y, figures) => {
    const lines = [y.label];
    const metrics = figures.map(([label, value, unit]) => {
      const parts = Array.isArray(label) ? label : [label];
      const figure = `${formatNumber(value)}${unit}`;
      if (parts.length > 1) lines.push(`・${parts[0]}`, ...parts.slice(1, -1), `　${parts.at(-1)}　${figure}`);
      else lines.push(`${goal.bullet ? '・' : ''}${parts[0]}　${figure}`);
      return { label: parts.join(''), value, unit, raw: `${parts.join(' ')} ${figure}` };
    });
    return { lines, expected: { fiscalYear: y.fy, metrics } };
  };
  const base = block(years.baseline, goal.baseline);
  const target = block(years.target, goal.target);
  const lines = [...base.lines, '', ...target.lines];
  const text = halfWidth(collapse(lines.filter((l) => l !== '').map((l) => l.replace(/^・/, '')).join(' ')));
  return { lines, expected: { continuing: false, baseline: base.expected, target: target.expected, text } };
}

// ------------------------------------------------------------------ wrapping

/** Latin words and digit runs never break; everything else may break after any character. */
const TOKEN = /[0-9A-Za-z０-９][0-9A-Za-z０-９.,，%]*|./gsu;
/** 禁則: these may not start a line (pushed down with the character before them)… */
const NO_START = new Set('、。，．・：；？！）」』】〕ー～々ぁぃぅぇぉっゃゅょァィゥェォッャュョ％%,.)');
/** …and these may not end one. */
const NO_END = new Set('（「『【〔');

function wrap(text, font, size, width) {
  if (text === '') return [''];
  const lines = [];
  let line = [];
  const widthOf = (tokens) => font.widthOfTextAtSize(tokens.join(''), size);
  for (const token of text.match(TOKEN) ?? []) {
    if (line.length > 0 && widthOf([...line, token]) > width) {
      if (/^[\s　]$/.test(token)) {
        lines.push(line.join(''));
        line = [];
        continue;
      }
      let carry = [];
      if (NO_START.has(token[0]) && line.length > 1) carry = [line.pop()];
      while (line.length > 1 && NO_END.has(line.at(-1))) carry = [line.pop(), ...carry];
      lines.push(line.join(''));
      line = [...carry, token];
    } else line.push(token);
  }
  lines.push(line.join(''));
  return lines;
}

// ------------------------------------------------------------------ drawing

const BLACK = rgb(0, 0, 0);

class Canvas {
  constructor(variant, fonts) {
    this.v = variant;
    this.font = fonts[variant.font];
    this.height = variant.page[1];
  }

  textWidth(text, size = this.v.size) {
    return this.font.widthOfTextAtSize(text, size);
  }

  /** Text with its line box's top at `top` (coordinates from the page's top-left). */
  text(page, text, x, top, size, lead) {
    if (text === '') return;
    const baseline = top + (lead - size) / 2 + size * 0.88;
    page.drawText(text, { x, y: this.height - baseline, size, font: this.font, color: BLACK });
  }

  strokeLine(page, x0, y0, x1, y1) {
    page.drawLine({ start: { x: x0, y: this.height - y0 }, end: { x: x1, y: this.height - y1 }, thickness: this.v.ruleWidth, color: BLACK });
  }

  fillRect(page, x, top, w, h, color) {
    page.drawRectangle({ x, y: this.height - top - h, width: w, height: h, color });
  }

  strokeRect(page, x, top, w, h) {
    page.drawRectangle({ x, y: this.height - top - h, width: w, height: h, borderColor: BLACK, borderWidth: this.v.ruleWidth });
  }

  /** A thin filled rectangle along an edge, the way Excel prints a cell border. */
  edgeRect(page, x0, y0, x1, y1) {
    const t = this.v.ruleWidth;
    if (y0 === y1) this.fillRect(page, x0 - t / 2, y0 - t / 2, x1 - x0 + t, t, BLACK);
    else this.fillRect(page, x0 - t / 2, y0 - t / 2, t, y1 - y0 + t, BLACK);
  }
}

const COLUMN_KEYS = ['no', 'name', 'summary', 'results', 'plans', 'achievement', 'dir1', 'dir2', 'goal', 'assessment', 'related', 'department'];
const CENTRED = new Set(['no', 'achievement', 'dir1', 'dir2']);
const PAD_X = 2.5;
const PAD_Y = 3;

/** The two header rows as cells {col, row, colSpan, rowSpan, text}. */
function headerCells(years) {
  const spanning = (col, text) => ({ col, row: 0, colSpan: 1, rowSpan: 2, text });
  return [
    spanning(0, '事業番号'),
    spanning(1, '事業名'),
    spanning(2, '事業概要'),
    spanning(3, `${years.results.label}の実施状況`),
    spanning(4, `${years.plans.label}の取組予定`),
    spanning(5, '目的達成状況'),
    { col: 6, row: 0, colSpan: 2, rowSpan: 1, text: '事業の方向性' },
    { col: 6, row: 1, colSpan: 1, rowSpan: 1, text: years.directionColumns[0] },
    { col: 7, row: 1, colSpan: 1, rowSpan: 1, text: years.directionColumns[1] },
    { col: 8, row: 0, colSpan: 1, rowSpan: 1, text: '事業目標' },
    { col: 8, row: 1, colSpan: 1, rowSpan: 1, text: '目標年度' },
    spanning(9, '数値目標達成状況及び現状分析、今後の課題'),
    spanning(10, '他の分野別計画との関連性'),
    spanning(11, '所管課'),
  ];
}

class Report {
  constructor(variant, doc, fonts) {
    this.v = variant;
    this.doc = doc;
    this.c = new Canvas(variant, fonts);
    this.pages = [];
    this.splits = 0;
    /** Tables that run on from one page to the next. */
    this.continuations = 0;
    this.xs = [variant.margin.left];
    for (const w of variant.widths) this.xs.push(this.xs.at(-1) + w);
    const right = variant.page[0] - variant.margin.right;
    if (this.xs.at(-1) > right) throw new Error(`${variant.name}: columns end at ${this.xs.at(-1)}, past the margin at ${right}`);
    this.header = this.layoutHeader();
    this.legendLines = [...LEGEND, ...(variant.directionLegend ? [DIRECTION_LEGEND] : [])];
  }

  colWidth(col, span = 1) {
    return this.xs[col + span] - this.xs[col];
  }

  wrapCell(paragraphs, col, span = 1) {
    const width = this.colWidth(col, span) - 2 * PAD_X;
    return paragraphs.flatMap((p) => wrap(p, this.c.font, this.v.size, width));
  }

  layoutHeader() {
    const cells = headerCells(this.v.years).map((cell) => ({ ...cell, lines: this.wrapCell([cell.text], cell.col, cell.colSpan) }));
    const need = (cell) => cell.lines.length * this.v.lead + 2 * PAD_Y;
    const row1 = Math.max(...cells.filter((c) => c.row === 1).map(need));
    const row0 = Math.max(...cells.filter((c) => c.row === 0 && c.rowSpan === 1).map(need), ...cells.filter((c) => c.rowSpan === 2).map((c) => need(c) - row1));
    return { cells, heights: [row0, row1], height: row0 + row1 };
  }

  // -------------------------------------------------------------- pages

  newPage() {
    const pdfPage = this.doc.addPage(this.v.page);
    const page = { pdfPage, number: this.pages.length + 1, items: [], sectionCodes: [], headingOps: [], tableOps: [], segment: null };
    this.pages.push(page);
    this.page = page;
    this.y = this.v.margin.top;
    if (this.v.titleEveryPage || page.number === 1) {
      const title = this.v.title;
      page.headingOps.push(() => this.c.text(pdfPage, title, this.v.margin.left, this.v.margin.top, this.v.titleSize, this.v.titleSize * 1.3));
      this.y += this.v.titleSize * 1.3 + 6;
    }
    return page;
  }

  legendHeight() {
    return this.legendLines.length * this.v.lead + 2 * PAD_Y;
  }

  hasLegend(page) {
    return this.v.legend === 'every' || (this.v.legend === 'first' && page.number === 1);
  }

  /** Lowest y a table row may reach on the current page. */
  bottom() {
    const footer = this.v.margin.bottom + 14;
    const legend = this.hasLegend(this.page) ? this.legendHeight() + 8 : 0;
    return this.v.page[1] - footer - legend;
  }

  headingLine(text, indent, size) {
    const { pdfPage } = this.page;
    const top = this.y;
    this.page.headingOps.push(() => this.c.text(pdfPage, text, this.v.margin.left + indent, top, size, size * 1.4));
    this.y += size * 1.4;
  }

  pillarBox(text) {
    const { pdfPage } = this.page;
    const size = this.v.headingSize;
    const w = this.c.textWidth(text, size) + 16;
    const h = size * 1.8;
    const top = this.y;
    const x = this.v.margin.left;
    this.page.headingOps.push(() => {
      this.c.fillRect(pdfPage, x, top, w, h, rgb(0.93, 0.93, 0.93));
      this.c.strokeRect(pdfPage, x, top, w, h);
      this.c.text(pdfPage, text, x + 8, top + (h - size * 1.3) / 2, size, size * 1.3);
    });
    this.y += h + 5;
  }

  startSegment(withHeader) {
    this.page.segment = { top: this.y, cells: [] };
    if (withHeader) {
      const [h0, h1] = this.header.heights;
      for (const cell of this.header.cells) {
        const top = this.y + (cell.row === 1 ? h0 : 0);
        const height = cell.rowSpan === 2 ? h0 + h1 : cell.row === 0 ? h0 : h1;
        this.addCell({ col: cell.col, colSpan: cell.colSpan, top, height, lines: cell.lines, header: true, align: 'center', valign: 'middle' });
      }
      this.y += this.header.height;
    }
  }

  addCell(cell) {
    this.page.segment.cells.push(cell);
    const { pdfPage } = this.page;
    this.page.tableOps.push(() => this.drawCell(pdfPage, cell));
  }

  drawCell(pdfPage, cell) {
    const x = this.xs[cell.col];
    const w = this.colWidth(cell.col, cell.colSpan);
    if (cell.header && this.v.headerFill) this.c.fillRect(pdfPage, x, cell.top, w, cell.height, this.v.headerFill);
    const textHeight = cell.lines.length * this.v.lead;
    let top = cell.top + PAD_Y;
    if (cell.valign === 'middle') top = cell.top + (cell.height - textHeight) / 2;
    cell.lines.forEach((line, i) => {
      const lx = cell.align === 'center' ? x + (w - this.c.textWidth(line)) / 2 : x + PAD_X;
      this.c.text(pdfPage, line, lx, top + i * this.v.lead, this.v.size, this.v.lead);
    });
    if (this.v.rules === 'cells') this.c.strokeRect(pdfPage, x, cell.top, w, cell.height);
    if (this.v.rules === 'rects') {
      const x1 = x + w;
      const y1 = cell.top + cell.height;
      this.c.edgeRect(pdfPage, x, cell.top, x1, cell.top);
      this.c.edgeRect(pdfPage, x, y1, x1, y1);
      this.c.edgeRect(pdfPage, x, cell.top, x, y1);
      this.c.edgeRect(pdfPage, x1, cell.top, x1, y1);
    }
  }

  /** Stroked rules: every cell edge once, collinear pieces merged, as a word processor draws them. */
  closeSegment() {
    const segment = this.page.segment;
    this.page.segment = null;
    if (!segment || this.v.rules !== 'lines') return;
    const horizontal = new Map();
    const vertical = new Map();
    const add = (map, at, from, to) => map.set(at, [...(map.get(at) ?? []), [from, to]]);
    for (const cell of segment.cells) {
      const x0 = this.xs[cell.col];
      const x1 = this.xs[cell.col + cell.colSpan];
      const y1 = cell.top + cell.height;
      add(horizontal, cell.top, x0, x1);
      add(horizontal, y1, x0, x1);
      add(vertical, x0, cell.top, y1);
      add(vertical, x1, cell.top, y1);
    }
    const { pdfPage } = this.page;
    const merged = (pieces) =>
      pieces
        .sort((a, b) => a[0] - b[0])
        .reduce((out, [a, b]) => {
          const last = out.at(-1);
          if (last && a <= last[1] + 0.01) last[1] = Math.max(last[1], b);
          else out.push([a, b]);
          return out;
        }, []);
    for (const [y, pieces] of horizontal) for (const [a, b] of merged(pieces)) this.page.tableOps.push(() => this.c.strokeLine(pdfPage, a, y, b, y));
    for (const [x, pieces] of vertical) for (const [a, b] of merged(pieces)) this.page.tableOps.push(() => this.c.strokeLine(pdfPage, x, a, x, b));
  }

  // -------------------------------------------------------------- rows

  rowCells(item) {
    const { years } = this.v;
    const goal = goalOf(item.goal, years);
    const content = {
      no: [String(item.no)],
      name: [item.name],
      summary: item.summary,
      results: item.results.map((p) => printed(p, years)),
      plans: item.plans.map((p) => fill(p, years)),
      achievement: [item.achievement],
      dir1: [''],
      dir2: [item.direction],
      goal: goal.lines,
      assessment: item.assessment,
      related: item.related,
      department: [item.department],
    };
    return COLUMN_KEYS.map((key, col) => ({ col, key, lines: this.wrapCell(content[key], col) }));
  }

  rowHeight(cells) {
    return Math.max(...cells.map((c) => c.lines.length)) * this.v.lead + 2 * PAD_Y;
  }

  placeRow(cells, height) {
    for (const cell of cells) {
      this.addCell({
        col: cell.col,
        colSpan: 1,
        top: this.y,
        height,
        lines: cell.lines,
        align: CENTRED.has(cell.key) ? 'center' : 'left',
        valign: this.v.valign,
      });
    }
    this.y += height;
  }

  continueOnNewPage() {
    this.continuations++;
    this.closeSegment();
    this.newPage();
    this.startSegment(this.v.repeatHeader);
  }

  /** Draws an item's row; returns the page it starts on. */
  addRow(item) {
    let cells = this.rowCells(item);
    let height = this.rowHeight(cells);
    if (this.y + height <= this.bottom()) {
      const start = this.page;
      this.placeRow(cells, height);
      return start;
    }
    const fitting = Math.floor((this.bottom() - this.y - 2 * PAD_Y) / this.v.lead);
    if (this.splits < this.v.maxSplits && fitting >= 3) {
      // the row continues under the next page's header: its number cell stays empty there
      this.splits++;
      const start = this.page;
      const first = cells.map((c) => ({ ...c, lines: c.lines.slice(0, fitting) }));
      this.placeRow(first, this.bottom() - this.y);
      const rest = cells.map((c) => ({ ...c, lines: c.lines.slice(fitting) }));
      this.continueOnNewPage();
      this.placeRow(rest, this.rowHeight(rest));
      return start;
    }
    this.continueOnNewPage();
    cells = this.rowCells(item);
    height = this.rowHeight(cells);
    const start = this.page;
    this.placeRow(cells, height);
    return start;
  }

  // -------------------------------------------------------------- document

  build() {
    const expectedItems = [];
    this.newPage();
    SECTIONS.forEach((section, s) => {
      if (s > 0 && this.v.sectionOnNewPage) {
        this.closeSegment();
        this.newPage();
      }
      section.subsections.forEach((sub, u) => {
        this.closeSegment();
        const firstItem = this.rowCells(sub.items[0]);
        const headingsHeight = (u === 0 && section.pillar ? this.v.headingSize * 1.8 + 5 : 0) + this.v.headingSize * 2.8;
        const gap = this.y > this.v.margin.top + 30 ? 10 : 0;
        if (this.y + gap + headingsHeight + this.header.height + this.rowHeight(firstItem) > this.bottom()) this.newPage();
        else this.y += gap;
        if (u === 0 && section.pillar) this.pillarBox(section.pillar);
        // the section heading is printed again where a subsection opens a page
        if (u === 0 || this.y < this.v.margin.top + 40) this.headingLine(`${section.code}　${section.title}`, 0, this.v.headingSize);
        this.headingLine(`（${sub.code}）${sub.title}`, this.v.headingSize, this.v.headingSize * 0.92);
        this.y += 2;
        this.startSegment(true);
        for (const item of sub.items) {
          const page = this.addRow(item);
          page.items.push(item.no);
          page.sectionCodes.push(`${halfWidth(section.code)}-${halfWidth(sub.code)}`);
          expectedItems.push(this.expectedItem(item, section, sub, page.number));
        }
      });
    });
    this.closeSegment();
    this.finish();
    return expectedItems;
  }

  expectedItem(item, section, sub, page) {
    const { years } = this.v;
    const { name, tags } = splitTags(item.name);
    return {
      no: item.no,
      section: { code: halfWidth(section.code), title: halfWidth(section.title) },
      subsection: { code: halfWidth(sub.code), title: halfWidth(sub.title) },
      name: halfWidth(name),
      tags,
      summary: expectedText(item.summary),
      results: {
        fiscalYear: years.results.fy,
        text: expectedText(item.results.map((p) => printed(p, years))),
        metrics: item.results.flatMap((p) => markedMetrics(p, years)),
      },
      plans: { fiscalYear: years.plans.fy, text: expectedText(item.plans.map((p) => fill(p, years))) },
      achievement: item.achievement,
      direction: item.direction,
      goal: goalOf(item.goal, years).expected,
      assessment: expectedText(item.assessment),
      relatedPlans: item.related.map(halfWidth),
      department: item.department,
      page,
    };
  }

  /** Legend, footer and page number; then each page's drawing in the variant's content order. */
  finish() {
    const total = this.pages.length;
    for (const page of this.pages) {
      const { pdfPage } = page;
      const [width, height] = this.v.page;
      const footerTop = height - this.v.margin.bottom - 10;
      if (this.hasLegend(page)) {
        const lines = this.legendLines;
        const w = Math.max(...lines.map((l) => this.c.textWidth(l))) + 2 * PAD_X + 6;
        const h = this.legendHeight();
        const top = footerTop - 8 - h;
        page.headingOps.push(() => {
          this.c.strokeRect(pdfPage, this.v.margin.left, top, w, h);
          lines.forEach((line, i) => this.c.text(pdfPage, line, this.v.margin.left + PAD_X + 3, top + PAD_Y + i * this.v.lead, this.v.size, this.v.lead));
        });
      }
      if (page.items.length > 0) {
        const footer = `【${page.sectionCodes[0]}】 ${Math.min(...page.items)}-${Math.max(...page.items)}`;
        const fw = this.c.textWidth(footer, this.v.size + 1);
        page.headingOps.push(() => this.c.text(pdfPage, footer, (width - fw) / 2, footerTop, this.v.size + 1, 10));
      }
      if (this.v.pageNumber) {
        const label = this.v.pageNumber(page.number, total);
        const lw = this.c.textWidth(label, this.v.size + 1);
        page.headingOps.push(() => this.c.text(pdfPage, label, width - this.v.margin.right - lw, footerTop, this.v.size + 1, 10));
      }
      const order = this.v.headingsFirst ? [...page.headingOps, ...page.tableOps] : [...page.tableOps, ...page.headingOps];
      for (const op of order) op();
    }
  }
}

// ------------------------------------------------------------------ main

function loadFont(kind) {
  const file = FONT_FILES[kind];
  if (!existsSync(file)) {
    console.error(
      `${FONT_NAMES[kind]} not found at ${file}.\n` +
        `Install it (Debian/Ubuntu: sudo apt-get install ${FONT_PACKAGES[kind]}) or set ` +
        `PLAN_FONT_${kind.toUpperCase()} to a ${FONT_NAMES[kind]} TTF file.`,
    );
    process.exit(1);
  }
  return readFileSync(file);
}

async function render(variant, fontBytes) {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const fonts = {
    [variant.font]: await doc.embedFont(fontBytes[variant.font], { subset: true, customName: `AAAAAA+${FONT_NAMES[variant.font]}` }),
  };
  doc.setTitle(variant.title);
  doc.setCreator('plan-extract scripts/make-plan-progress-pdfs.mjs');
  doc.setProducer('pdf-lib');
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  const report = new Report(variant, doc, fonts);
  const items = report.build();
  // the variant exists for these properties: fail loudly when edited content loses them
  const pageItems = report.pages.map((p) => `p${p.number}: ${p.items.join(',')}`).join('; ');
  if (variant.expect?.pages && report.pages.length !== variant.expect.pages) {
    throw new Error(`${variant.name}: ${report.pages.length} pages, want ${variant.expect.pages} (${pageItems})`);
  }
  if (variant.expect?.splitRows !== undefined && report.splits !== variant.expect.splitRows) {
    throw new Error(`${variant.name}: ${report.splits} split rows, want ${variant.expect.splitRows} (${pageItems})`);
  }
  if (variant.expect?.continuations !== undefined && report.continuations !== variant.expect.continuations) {
    throw new Error(`${variant.name}: ${report.continuations} tables run onto a next page, want ${variant.expect.continuations} (${pageItems})`);
  }
  const expected = { kind: 'plan-progress', title: halfWidth(variant.title), items, expectedWarnings: [] };
  return { bytes: await doc.save({ useObjectStreams: false }), expected, pages: report.pages.length };
}

const fontBytes = Object.fromEntries([...new Set(VARIANTS.map((v) => v.font))].map((kind) => [kind, loadFont(kind)]));
mkdirSync(OUT_DIR, { recursive: true });
for (const variant of VARIANTS) {
  const { bytes, expected, pages } = await render(variant, fontBytes);
  writeFileSync(join(OUT_DIR, `${variant.name}.pdf`), bytes);
  writeFileSync(join(OUT_DIR, `${variant.name}.expected.json`), `${JSON.stringify(expected, null, 2)}\n`);
  console.log(`fixtures/generated/${variant.name}.pdf: ${pages} pages, ${expected.items.length} items`);
}
