import { ERA_YEAR_PATTERN, ERAS, eraYearNumber, findEra, normalizeWidth } from '../../normalize/index.js';
import { ESTIMATE_MARK_CUT_SOURCE, ESTIMATE_MARK_SOURCE, YEAR_ROW_STUB } from './vocabulary.js';

/** An era year as written in these sheets: Ｈ３０, Ｒ１, 平成30年度, 令和元年度, 令和２年度末, 2019年度. */
const ERA_YEAR_SOURCE =
  `(?:(明治|大正|昭和|平成|令和|(?<![A-Za-z])[MTSHR])\\s*${ERA_YEAR_PATTERN}|((?:18|19|20|21)[0-9]{2})(?=\\s*年))\\s*(?:年度末?|年)?`;

export interface EraYearReading {
  /** The text read, whitespace removed (`令和2年度末`). */
  text: string;
  fiscalYear: number | null;
  /** Why the year is not a real one (平成32, 令和0), else null. */
  problem: string | null;
}

/** The earliest and latest fiscal years the schema allows. */
const FIRST_YEAR = 1868;
const LAST_YEAR = 2200;

function read(match: RegExpExecArray): EraYearReading {
  const text = match[0].replace(/\s+/g, '');
  if (match[3]) {
    const year = Number(match[3]);
    return { text, fiscalYear: year, problem: year < FIRST_YEAR || year > LAST_YEAR ? `${text} is out of range` : null };
  }
  const era = findEra(match[1]!);
  const n = eraYearNumber(match[2]!);
  if (!era || n === null || n < 1) return { text, fiscalYear: null, problem: `${text} names no year of an era` };
  const year = era.startYear + n - 1;
  const next = ERAS[ERAS.indexOf(era) + 1];
  if (year > LAST_YEAR) return { text, fiscalYear: null, problem: `${text} is out of range` };
  // Plans written before May 2019 said 平成32年度 for FY2020: the arithmetic is what the writer meant.
  if (next && year > next.startYear) {
    return { text, fiscalYear: year, problem: `${text} is past the end of ${era.name} (read as ${year})` };
  }
  return { text, fiscalYear: year, problem: null };
}

/** The first era year a text names, or null. */
export function findEraYear(text: string): EraYearReading | null {
  const m = new RegExp(ERA_YEAR_SOURCE).exec(normalizeWidth(text));
  return m ? read(m) : null;
}

/** A header row whose last year's estimate mark the cell wrapped (`… R4年度(見込`). */
const CUT_MARK_AT_END = new RegExp(`(${ERA_YEAR_SOURCE})\\s*${ESTIMATE_MARK_CUT_SOURCE}$`);

/**
 * The years of a header row (`Ｈ３０ Ｒ１ Ｒ２`, `平成30年度 令和元年度`, `H30 R元 R2 R3(見込)`)
 * when the line is nothing but years, after the stub's caption if it has one (`項目 R3 R4`); null otherwise. An estimated year's column holds
 * that year's actual; its mark may be cut at the line's end (see ESTIMATE_MARK_TAIL).
 */
export function readYearRow(input: string): EraYearReading[] | null {
  const text = normalizeWidth(input).replace(YEAR_ROW_STUB, '').replace(CUT_MARK_AT_END, '$1');
  const re = new RegExp(`${ERA_YEAR_SOURCE}(?:\\s*${ESTIMATE_MARK_SOURCE})?`, 'g');
  const years: EraYearReading[] = [];
  let rest = '';
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    rest += text.slice(last, m.index);
    years.push(read(m));
    last = m.index + m[0].length;
  }
  rest += text.slice(last);
  return years.length > 0 && rest.trim() === '' ? years : null;
}

/** The source of one era year as a side heading writes it (`H30`, `令和元`), for building header patterns. */
export const ERA_YEAR_BARE_SOURCE = '(?:明治|大正|昭和|平成|令和|[MTSHR])(?:[0-9]{1,2}|元|[〇一二三四五六七八九十]{1,4})';

/** Every era year a text names, in order (the years of a header row worded as a sentence). */
export function findEraYears(text: string): EraYearReading[] {
  return [...normalizeWidth(text).matchAll(new RegExp(ERA_YEAR_SOURCE, 'g'))].map((m) => read(m));
}

/**
 * A line of years each with its figure (`令和3年度：8人、令和4年度：17人`): the pairs, when
 * the line is nothing else (two or more, apart by commas or spaces); null otherwise.
 */
export function readYearFigures(input: string): Array<{ year: EraYearReading; figure: string }> | null {
  const text = normalizeWidth(input);
  const re = new RegExp(`${ERA_YEAR_SOURCE}(?:\\s*${ESTIMATE_MARK_SOURCE})?\\s*[:：]?\\s*([0-9][^\\s、,，]*)`, 'g');
  const pairs: Array<{ year: EraYearReading; figure: string }> = [];
  let rest = '';
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    rest += text.slice(last, m.index);
    pairs.push({ year: read(m), figure: m[4]! });
    last = m.index + m[0].length;
  }
  rest += text.slice(last);
  return pairs.length >= 2 && /^[\s、,，]*$/.test(rest) ? pairs : null;
}
