import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import kuromoji, { type IpadicFeatures, type Tokenizer } from 'kuromoji';
import { describe, expect, it } from 'vitest';
import { buildIpadicTokenizer } from '../src/metrics/dictionary.js';

const dicPath = path.join(path.dirname(createRequire(import.meta.url).resolve('kuromoji/package.json')), 'dict');
const fixtures = path.join(import.meta.dirname, '..', 'fixtures');

function kuromojiOwn(): Promise<Tokenizer<IpadicFeatures>> {
  return new Promise((resolve, reject) => kuromoji.builder({ dicPath }).build((err, t) => (err ? reject(err) : resolve(t))));
}

/** The seeds' texts, and every fifth character of the Basic Multilingual Plane below the surrogates (unknown words of every class). */
function samples(): string[] {
  const seeds = readdirSync(fixtures)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(path.join(fixtures, f), 'utf8'));
  let plane = '';
  for (let c = 0x20; c < 0xd800; c += 5) plane += String.fromCharCode(c);
  return [...seeds, plane].flatMap((text) => Array.from({ length: Math.ceil(text.length / 500) }, (_, i) => text.slice(i * 500, (i + 1) * 500)));
}

describe('the lean dictionary loader', () => {
  it('gives the tokens kuromoji’s own loader gives', async () => {
    const own = await kuromojiOwn();
    const lean = await buildIpadicTokenizer(dicPath);
    const texts = samples();
    expect(texts.length).toBeGreaterThan(20);
    const differing = texts.filter((text) => JSON.stringify(lean.tokenize(text)) !== JSON.stringify(own.tokenize(text)));
    expect(differing.map((text) => text.slice(0, 40))).toEqual([]);
  }, 120_000);
});
