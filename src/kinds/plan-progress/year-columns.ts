/**
 * Columns a table prints once a year side by side (`進捗状況` over `27年度` / `28年度`),
 * for the PDF and the テキスト版 readers alike.
 */
import { normalizeWidth, parseFiscalYear } from '../../normalize/index.js';
import { ERA_INITIALS, ERA_NAMES, ERA_YEAR_NUMBER } from '../shared/vocabulary.js';
import type { PlanField } from './vocabulary.js';

/**
 * A column printed once a year side by side (進捗状況 over `27年度` / `28年度`): the report's
 * year is the latest, and that column is the field's; the earlier years' are history.
 */
export function latestYearColumns(fields: Map<PlanField, number[]>, headers: Map<PlanField, string>, header: (col: number) => string): void {
  for (const [field, cols] of fields) {
    if (field === 'direction' || cols.length < 2) continue;
    const byStem = new Map<string, Array<{ col: number; year: number }>>();
    for (const col of cols) {
      const text = normalizeWidth(header(col));
      const year = parseFiscalYear(text, { defaultEra: '令和' });
      if (year === null) continue;
      const stem = text.replace(HEADER_YEAR, '');
      byStem.set(stem, [...(byStem.get(stem) ?? []), { col, year }]);
    }
    const earlier = [...byStem.values()].flatMap((group) => {
      if (new Set(group.map((g) => g.year)).size < 2) return [];
      const latest = Math.max(...group.map((g) => g.year));
      return group.filter((g) => g.year < latest).map((g) => g.col);
    });
    if (earlier.length === 0) continue;
    const kept = cols.filter((c) => !earlier.includes(c));
    fields.set(field, kept);
    headers.set(field, header(kept[0]!));
  }
}
// an era's year needs no 年 (`R5実績`, `R6実績`); a bare number does (`27年度`)
const HEADER_YEAR = new RegExp(`(?:(?:${ERA_NAMES}|[${ERA_INITIALS}])${ERA_YEAR_NUMBER}(?![0-9])(?:年度?)?|${ERA_YEAR_NUMBER}年度?)末?`, 'g');
