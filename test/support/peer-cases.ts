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
}

export interface PeerSuite<T> {
  /** Repository and path of the suite the cases come from. */
  source: string;
  cases: ReadonlyArray<PeerCase<T>>;
}

/** One vitest case per ported case, checking the documented answer (the peer's unless a choice is noted). */
export function runPeerSuites<T>(suites: ReadonlyArray<PeerSuite<T>>, read: (input: string) => T): void {
  for (const suite of suites) {
    describe(suite.source, () => {
      it.each(suite.cases.map((c) => [c.input, c] as const))('%j', (_input, c) => {
        expect(read(c.input)).toEqual(c.choice ? c.choice.ours : c.peer);
      });
    });
  }
}

/** Share of cases answered exactly as the peer's suite expects (choices count as misses). */
export function peerAgreement<T>(suites: ReadonlyArray<PeerSuite<T>>, read: (input: string) => T): { agree: number; total: number } {
  let agree = 0;
  let total = 0;
  for (const suite of suites) {
    for (const c of suite.cases) {
      total += 1;
      if (Object.is(JSON.stringify(read(c.input)), JSON.stringify(c.peer))) agree += 1;
    }
  }
  return { agree, total };
}
