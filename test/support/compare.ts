/**
 * Field-by-field comparison of an output with a fixture's expected JSON, the way
 * ../shared/fixtures/README.md says: numbers, codes and pages exactly; texts after
 * NFKC and whitespace removal; records paired by key (item no, chart title, …);
 * metrics paired by value + unit with lenient labels. Returns every miss with its path.
 */
const IGNORE = new Set(['raw', 'source', 'warnings', 'expectedWarnings', 'coverage']);
const IGNORE_PATH = [/\.goal\.text$/];

export const canon = (s: unknown): string =>
  String(s).normalize('NFKC').replace(/\s+/g, '').replace(/[。.]+$/, '');

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const KEYS: Record<string, (o: any) => unknown> = {
  items: (o) => o.no,
  sheets: (o) => o.target && canon(o.target.code),
  charts: (o) => canon(o.title),
  tables: (o) => canon(o.title),
  rows: (o) => o.asOf,
  breakdown: (o) => canon(o.label),
  actuals: (o) => o.fiscalYear,
  reviews: (o) => o.fiscalYear,
  metrics: (o) => `${o.value}${canon(o.unit ?? '')}`,
  counts: (o) => `${o.value}${canon(o.unit ?? '')}`,
};

export interface Comparison {
  total: number;
  matched: number;
  misses: string[];
  /** Records in the output that pair with nothing expected. */
  spurious: string[];
}

export function compareToExpected(expected: unknown, actual: unknown, options: { ignorePage?: boolean } = {}): Comparison {
  const out: Comparison = { total: 0, matched: 0, misses: [], spurious: [] };
  const leaf = (path: string, e: Json, a: unknown) => {
    if (options.ignorePage && /\.page$/.test(path)) return;
    out.total++;
    let ok: boolean;
    if (typeof e === 'number') ok = typeof a === 'number' && Math.abs(a - e) < 1e-6;
    else if (typeof e === 'string') {
      const ce = canon(e);
      const ca = a == null ? '' : canon(a);
      ok = ce === ca;
      if (!ok && /\.(metrics|counts)\[[^\]]*\]\.label$/.test(path) && ca) ok = ce.includes(ca) || ca.includes(ce);
    } else ok = e === a;
    if (ok) out.matched++;
    else out.misses.push(`${path}: expected ${JSON.stringify(e)} got ${JSON.stringify(a)}`);
  };
  const walk = (path: string, e: Json, a: unknown) => {
    const name = path.split('.').pop()!.replace(/\[.*$/, '');
    if (IGNORE.has(name) || IGNORE_PATH.some((r) => r.test(path))) return;
    if (Array.isArray(e)) {
      const arr = Array.isArray(a) ? (a as unknown[]) : [];
      if (e.every((x) => x === null || typeof x !== 'object')) {
        const pool = arr.map((x) => canon(x ?? ''));
        for (const x of e) {
          out.total++;
          const i = pool.indexOf(canon(x));
          if (i >= 0) {
            out.matched++;
            pool.splice(i, 1);
          } else out.misses.push(`${path}: missing ${JSON.stringify(x)}`);
        }
        for (const extra of pool) out.spurious.push(`${path}: unexpected ${JSON.stringify(extra)}`);
        return;
      }
      const key = KEYS[name];
      const used = new Set<number>();
      e.forEach((x, i) => {
        let j: number;
        if (key) {
          const k = key(x);
          j = arr.findIndex((y, jj) => !used.has(jj) && y != null && key(y) === k);
        } else j = i < arr.length ? i : -1;
        if (j >= 0) used.add(j);
        walk(`${path}[${key ? String(key(x)) : i}]`, x, j >= 0 ? arr[j] : undefined);
      });
      if (key) arr.forEach((y, j) => { if (!used.has(j)) out.spurious.push(`${path}[${String(key(y))}]: unexpected record`); });
      return;
    }
    if (e !== null && typeof e === 'object') {
      const obj = a !== null && typeof a === 'object' ? (a as Record<string, unknown>) : undefined;
      for (const k of Object.keys(e)) walk(`${path}.${k}`, e[k]!, obj?.[k]);
      return;
    }
    leaf(path, e, a);
  };
  walk('$', expected as Json, actual);
  return out;
}

/** A document's warnings as the golden tests check them: code and page, in order. */
export const warningsOf = (doc: { warnings: ReadonlyArray<{ code: string; page: number | null }> }) => doc.warnings.map((w) => ({ code: w.code, page: w.page }));

/** The warnings a fixture's expected JSON lists (none when it lists none). */
export const expectedWarningsOf = (want: { expectedWarnings?: Array<{ code: string; page: number | null }> }) => want.expectedWarnings ?? [];
