/**
 * --profile: a form the defaults miss (title 取組点検シート, columns 取組名 / 内容 /
 * 成果 / 判定 / 担当セクション, grades A–E, headings 基本目標N) is unknown without
 * its profile and read field for field with it, from the API and from the CLI.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect, extract, parseProfile, type PlanProgressDocument } from '../src/api.js';
import { detectKind } from '../src/kinds/index.js';
import { planVocabulary } from '../src/kinds/plan-progress/vocabulary.js';
import { runInProcess, tempDir } from './cli-helpers.js';
import { compareToExpected } from './support/compare.js';

const PDF = 'fixtures/profile/minato.pdf';
const PROFILE = 'fixtures/profile/minato.profile.json';
const expected = JSON.parse(readFileSync('fixtures/profile/minato.expected.json', 'utf8'));

describe('a form the defaults miss', () => {
  it('is unknown without its profile', async () => {
    await expect(extract(PDF, { metrics: false })).rejects.toMatchObject({ code: 'KIND_UNKNOWN' });
    expect((await detect(PDF)).kind).toBeNull();
  });

  it('is read field for field with its profile, given as a path or as data', async () => {
    for (const profile of [PROFILE, parseProfile(JSON.parse(readFileSync(PROFILE, 'utf8')))]) {
      const out = (await extract(PDF, { metrics: false, profile })) as PlanProgressDocument;
      const result = compareToExpected(expected, out);
      expect(result.misses).toEqual([]);
      expect(result.spurious).toEqual([]);
    }
    expect((await detect(PDF, { profile: PROFILE })).kind).toBe('plan-progress');
  });

  it('is read by the CLI with --profile, and a bad profile is a usage error', async (t) => {
    const ok = await runInProcess([PDF, '--profile', PROFILE, '--no-metrics']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout.toString('utf8')).items.map((i: { department: string }) => i.department)).toEqual(['福祉政策課', '障害支援課', '障害支援課']);
    const dir = tempDir(t);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ 'plan-progress': { labels: { ward: ['担当区'] } } }));
    const refused = await runInProcess([PDF, '--profile', bad]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/profile plan-progress\.labels/);
  });
});

describe('the same form as text', () => {
  // pdftotext -raw and -layout of the PDF, and the city's one-line テキスト版 (scripts/fixtures/profile-form-texts.mjs)
  const TEXTS = ['fixtures/profile/minato.txt', 'fixtures/profile/minato.layout.txt', 'fixtures/profile/minato.oneline.txt'];

  it.each(TEXTS)('%s: unknown without the profile, and its fields unread even as a plan-progress report', async (text) => {
    await expect(extract(text, { metrics: false })).rejects.toMatchObject({ code: 'KIND_UNKNOWN' });
    const forced = await extract(text, { metrics: false, kind: 'plan-progress' }).catch(() => null);
    const result = forced ? compareToExpected(expected, forced) : null;
    expect(result === null || result.misses.length > 0).toBe(true);
  });

  it.each(TEXTS)('%s: read field for field with the profile, as its PDF is', async (text) => {
    const out = (await extract(text, { metrics: false, profile: PROFILE })) as PlanProgressDocument;
    const result = compareToExpected(expected, out);
    expect(result.misses).toEqual([]);
    expect(result.spurious).toEqual([]);
    const pdf = (await extract(PDF, { metrics: false, profile: PROFILE })) as PlanProgressDocument;
    expect({ title: out.title, items: out.items, warnings: out.warnings }).toEqual({ title: pdf.title, items: pdf.items, warnings: pdf.warnings });
  });

  it("needs the profile's labels, grades and sections, not only its title", async () => {
    const profile = parseProfile(JSON.parse(readFileSync(PROFILE, 'utf8')));
    const titleOnly = { 'plan-progress': { titles: profile['plan-progress']!.titles } };
    const out = (await extract(TEXTS[0]!, { metrics: false, profile: titleOnly }).catch(() => null)) as PlanProgressDocument | null;
    expect(out === null || compareToExpected(expected, out).misses.length > 0).toBe(true);
    const { sections: _sections, ...withoutSections } = profile['plan-progress']!;
    const unsectioned = (await extract(TEXTS[0]!, { metrics: false, profile: { 'plan-progress': withoutSections } })) as PlanProgressDocument;
    expect(unsectioned.items.map((it) => it.section)).toEqual([null, null, null]);
    const { grades: _grades, ...withoutGrades } = profile['plan-progress']!;
    const ungraded = (await extract(TEXTS[0]!, { metrics: false, profile: { 'plan-progress': withoutGrades } })) as PlanProgressDocument;
    // a grade standing alone in its cell is kept as printed, with or without the profile's scale
    expect(ungraded.items.map((it) => it.achievement)).toEqual(['A', 'B', 'E']);
  });

  it('reads a second page: its repeated title and header skipped, its own section, its page', async () => {
    const page2 = [
      'みなと市障害者プラン 取組点検シート（令和５年度）',
      '基本目標３ 働く場の確保',
      'No 取組名 内容 令和５年度の成果 判定 担当セクション',
      '４ 就労相談会の開催 ハローワークと合同で障害者の就労相談会を開',
      'く。',
      '相談会を３回開き、延べ58人が参加した。 C 就労支援課',
      '５ 農福連携の推進 農家と福祉事業所の作業の受委託を仲介する。 仲介は２件にとどまった。 D 農政課',
    ].join('\n');
    // pdftotext ends each page with a form feed
    const text = `${readFileSync(TEXTS[0]!, 'utf8').replace(/\f\s*$/, '')}\f${page2}\n`;
    const out = (await extract({ text, name: 'minato-2.txt' }, { metrics: false, profile: PROFILE })) as PlanProgressDocument;
    expect(out.items.map((it) => [it.no, it.page, it.section?.code, it.name, it.achievement, it.department])).toEqual([
      [1, 1, '2', '相談窓口の周知', 'A', '福祉政策課'],
      [2, 1, '2', '手話通訳者の派遣', 'B', '障害支援課'],
      [3, 1, '2', '移動支援の見直し', 'E', '障害支援課'],
      [4, 2, '3', '就労相談会の開催', 'C', '就労支援課'],
      [5, 2, '3', '農福連携の推進', 'D', '農政課'],
    ]);
    expect(out.items[3]!.summary).toBe('ハローワークと合同で障害者の就労相談会を開く。');
    expect(out.items[3]!.results?.text).toBe('相談会を3回開き、延べ58人が参加した。');
    expect(out.items[4]!.section?.title).toBe('働く場の確保');
  });

  it("leaves a header the built-in words read to the built-in readers (事業内容 holds the profile's 内容)", async () => {
    const text = 'fixtures/generated/plan-progress.html-mincho.txt';
    const plain = await extract(text, { metrics: false });
    const profiled = await extract(text, { metrics: false, profile: PROFILE });
    expect(profiled).toEqual(plain);
  });

  it('is read by the CLI from a text with --profile', async () => {
    const run = await runInProcess([TEXTS[2]!, '--profile', PROFILE, '--no-metrics']);
    expect(run.code, run.stderr.toString()).toBe(0);
    expect(JSON.parse(run.stdout.toString('utf8')).items.map((i: { achievement: string }) => i.achievement)).toEqual(['A', 'B', 'E']);
  });
});

describe('profile schema and merging', () => {
  it('refuses unknown keys, empty words and patterns that do not compile', () => {
    expect(() => parseProfile({ 'plan-progress': { titel: ['x'] } })).toThrow(/plan-progress/);
    expect(() => parseProfile({ 'target-sheet': { titles: [''] } })).toThrow(/target-sheet\.titles/);
    expect(() => parseProfile({ 'plan-progress': { sections: ['(unclosed'] } })).toThrow(/not a valid regular expression/);
  });

  it("puts the profile's labels before the default stems, so its synonym wins", () => {
    const vocab = planVocabulary({ labels: { achievement: ['評価結果'] } });
    expect(vocab.fieldPatterns.find(([, re]) => re.test('評価結果'))?.[0]).toBe('achievement');
    expect(planVocabulary().fieldPatterns.find(([, re]) => re.test('評価結果'))?.[0]).toBe('assessment');
  });

  it('reads grades as the profile spells them, longest first, and the defaults otherwise', () => {
    const vocab = planVocabulary({ grades: { B: 'おおむね', Bb: 'ほぼ順調' } });
    expect(vocab.readGrade('Bb')).toBe('Bb');
    expect(vocab.readGrade('B')).toBe('B');
    expect(planVocabulary().readGrade('B')).toBe('B');
  });

  it('adds title words to detection with the weight of a default title', () => {
    const lines = ['ひかり町 福祉のまち点検票', '番号', '事業名'];
    expect(detectKind(lines).kind).toBeNull();
    expect(detectKind(lines, { 'plan-progress': { titles: ['福祉のまち点検票'] } }).kind).toBe('plan-progress');
  });
});
