/**
 * The fiscal years of the 実施状況 and 取組予定 columns, from their headers
 * (`平成２８年度の実施状況`, `平成２９年度の取組予定`), wherever they stand.
 */
import { ERAS, findEraIn, parseFiscalYear } from '../../normalize/index.js';
import type { DocumentYears } from './cells.js';
import { ERA_NAMES, ERA_INITIALS, ERA_YEAR_NUMBER } from '../shared/vocabulary.js';
import { PLANS_HEADER_WORDS, PLANS_WITHOUT_YEAR, RESULTS_HEADER_WORDS } from './vocabulary.js';

const YEAR = `((?:${ERA_NAMES}|[${ERA_INITIALS}])?${ERA_YEAR_NUMBER}|[0-9]{4})年度`;
const RESULTS_HEADER = new RegExp(`${YEAR}の?(?:${RESULTS_HEADER_WORDS})`);
const PLANS_HEADER = new RegExp(`${YEAR}の?(?:${PLANS_HEADER_WORDS})`);
/** `～２８年度` over the direction column: the results year when no header names it. */
const DIRECTION_YEAR = new RegExp(`～${YEAR}`);

/**
 * Years from a table's column headers (`令和５年度の成果` over the results), else from
 * the document's whole text (normalized, spaces removed): the plans' year follows the
 * results' when no header names it.
 */
export function headerYears(headers: ReadonlyMap<string, string>, compactText: string): DocumentYears {
  const fallback = documentYears(compactText);
  const year = (field: string) => {
    const header = headers.get(field);
    return header ? parseFiscalYear(header, { defaultEra: fallback.era }) : null;
  };
  const results = year('results') ?? fallback.results;
  const plansHeader = headers.get('plans');
  const plans =
    year('plans') ??
    (plansHeader !== undefined && PLANS_WITHOUT_YEAR.test(plansHeader) ? null : results === fallback.results ? fallback.plans : results === null ? null : results + 1);
  return { results, plans, era: fallback.era };
}

/** Years of the document, read from its whole text (normalized, spaces removed). */
export function documentYears(compactText: string): DocumentYears {
  const era = latestEra(compactText);
  const year = (re: RegExp) => {
    const m = re.exec(compactText);
    return m ? parseFiscalYear(`${m[1]!}年度`, { defaultEra: era }) : null;
  };
  const results = year(RESULTS_HEADER) ?? year(DIRECTION_YEAR);
  const plans = year(PLANS_HEADER) ?? (results === null ? null : results + 1);
  return { results, plans, era };
}

/** The most recent era named in the text: a report's own years are in its latest era. */
function latestEra(text: string): string | undefined {
  let best: string | undefined;
  for (const era of ERAS) {
    if (text.includes(era.name)) best = era.name;
  }
  return best ?? findEraIn(text)?.name;
}
