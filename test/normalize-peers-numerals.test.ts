/**
 * Kanji numeral cases of geolonia/japanese-numeral, twada/japanese-numerals-to-number,
 * nagataaaas/Kanjize, sugi/ya_kansuji, sugi/wareki, Lingua-JA-FindDates and
 * nagataaaas/Japanera, ported as data with their repository and path in
 * test/support/peers/numerals.ts (what was left out, and why, is said there).
 */
import { describe, expect, it } from 'vitest';
import { groupsAgreement, runPeerSuites } from './support/peer-cases.js';
import { NUMERAL_GROUPS } from './support/peers/numerals.js';

describe('kanji numerals: peer suites', () => {
  for (const g of NUMERAL_GROUPS) runPeerSuites(g.suites, g.read);

  it('agrees with the peers on at least 97% of their cases (the rest are documented choices)', () => {
    const { agree, total } = groupsAgreement(NUMERAL_GROUPS);
    expect(agree / total).toBeGreaterThanOrEqual(0.97);
  });
});
