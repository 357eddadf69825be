/**
 * Era, year and date cases of sugi/wareki, kv5h/wareki-conv, nagataaaas/Japanera,
 * slangsoft/jeraconv and Lingua-JA-FindDates, ported as data with their
 * repository and path in test/support/peers/eras.ts (what was left out, and why,
 * is said there).
 */
import { describe, expect, it } from 'vitest';
import { groupsAgreement, runPeerSuites } from './support/peer-cases.js';
import { ERA_GROUPS } from './support/peers/eras.js';

describe('era dates: peer suites', () => {
  for (const g of ERA_GROUPS) runPeerSuites(g.suites, g.read);

  it('agrees with the peers on at least 97% of their cases (the rest are documented choices)', () => {
    const { agree, total } = groupsAgreement(ERA_GROUPS);
    expect(agree / total).toBeGreaterThanOrEqual(0.97);
  });
});
