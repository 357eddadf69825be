/**
 * Issue 9's bar: the ported peer cases, all groups together, agree with the
 * peers' own expected answers at 98% or more. The counts are the README's
 * ("Normalizer as a library"), so a change in them shows here first.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { groupsAgreement } from './support/peer-cases.js';
import { ERA_GROUPS } from './support/peers/eras.js';
import { NUMERAL_GROUPS } from './support/peers/numerals.js';
import { WIDTH_GROUPS } from './support/peers/width.js';

describe('peer agreement over numerals, eras and widths', () => {
  const groups = { numerals: NUMERAL_GROUPS, eras: ERA_GROUPS, widths: WIDTH_GROUPS } as const;

  it('is 98% or more, every miss a documented choice', () => {
    const all = groupsAgreement([...NUMERAL_GROUPS, ...ERA_GROUPS, ...WIDTH_GROUPS]);
    expect(all.agree / all.total).toBeGreaterThanOrEqual(0.98);
    expect(all.total - all.agree).toBe(all.choices);
  });

  it('counts as the README says', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const [name, g] of Object.entries(groups)) {
      const { agree, total } = groupsAgreement(g);
      expect(readme, name).toContain(`${name} ${agree} of ${total}`);
    }
    const all = groupsAgreement([...NUMERAL_GROUPS, ...ERA_GROUPS, ...WIDTH_GROUPS]);
    expect(readme).toContain(`${all.agree} of ${all.total} ported cases`);
    expect(readme).toContain(`${all.choices} documented choices`);
  });
});
