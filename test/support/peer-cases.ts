/**
 * Test cases ported from other libraries' suites, as data. `peer` is what the
 * library's own test expects; where this project answers differently on
 * purpose, `choice` says what it answers and why (README "Normalizer as a library").
 */
import { describe, expect, it } from 'vitest';

export interface PeerCase<T> {
  input: string;
  peer: T;
  choice?: { ours: T; why: string };
  /** The call that mirrors the peer's (a function or option of ours with its semantics), when not the suite's default. */
  via?: { call: string; read: (input: string) => T };
}

export interface PeerSuite<T> {
  /** Repository and path of the suite the cases come from. */
  source: string;
  cases: ReadonlyArray<PeerCase<T>>;
}

/** Suites read through one default call (a case's `via` overrides it). */
export interface PeerGroup<T> {
  name: string;
  suites: ReadonlyArray<PeerSuite<T>>;
  read: (input: string) => T;
}

/** Cases agreeing with the peer over several groups (numerals, eras, widths), and how many are documented choices. */
export function groupsAgreement(groups: ReadonlyArray<PeerGroup<unknown>>): { agree: number; total: number; choices: number } {
  let agree = 0;
  let total = 0;
  let choices = 0;
  for (const g of groups) {
    const a = peerAgreement(g.suites, g.read);
    agree += a.agree;
    total += a.total;
    choices += g.suites.reduce((sum, suite) => sum + suite.cases.filter((c) => c.choice).length, 0);
  }
  return { agree, total, choices };
}

/** One vitest case per ported case, checking the documented answer (the peer's unless a choice is noted). */
export function runPeerSuites<T>(suites: ReadonlyArray<PeerSuite<T>>, read: (input: string) => T): void {
  for (const suite of suites) {
    describe(suite.source, () => {
      it.each(suite.cases.map((c) => [c.input, c.via?.call ?? '', c] as const))('%j %s', (_input, _call, c) => {
        expect((c.via?.read ?? read)(c.input)).toEqual(c.choice ? c.choice.ours : c.peer);
      });
    });
  }
}

/** Share of cases answered exactly as the peer's suite expects, through the case's own call if it has one (choices count as misses). */
export function peerAgreement<T>(suites: ReadonlyArray<PeerSuite<T>>, read: (input: string) => T): { agree: number; total: number } {
  let agree = 0;
  let total = 0;
  for (const suite of suites) {
    for (const c of suite.cases) {
      total += 1;
      if (Object.is(JSON.stringify((c.via?.read ?? read)(c.input)), JSON.stringify(c.peer))) agree += 1;
    }
  }
  return { agree, total };
}
