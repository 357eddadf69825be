/**
 * Width and kana cases of ikegami-yukino/jaconv, ikegami-yukino/neologdn and
 * kv5h/wareki-conv, ported as data with their repository and path in
 * test/support/peers/width.ts, each read through our function with the peer's semantics.
 */
import { describe, expect, it } from 'vitest';
import { groupsAgreement, runPeerSuites } from './support/peer-cases.js';
import { WIDTH_GROUPS } from './support/peers/width.js';

describe('width and kana: peer suites', () => {
  for (const g of WIDTH_GROUPS) runPeerSuites(g.suites, g.read);

  it('agrees with the peers on every case, through the function with their semantics', () => {
    const { agree, total } = groupsAgreement(WIDTH_GROUPS);
    expect(agree).toBe(total);
  });
});
