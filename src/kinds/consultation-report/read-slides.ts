import type { ParseContext } from '../types.js';
import { readCharts } from './charts.js';
import { readCounts } from './counts.js';
import { UsedLines } from './lines.js';
import type { ConsultationReportFields, PlanTable } from './model.js';
import type { Slide } from './slides.js';
import { readTables } from './tables.js';
import { readTitleSlide } from './title.js';

/**
 * A deck read slide by slide. Tables go first (their rows are the least ambiguous
 * lines): those the input already has as grids, then those in the text; then
 * charts; counts come from whatever text is left, so no figure is reported twice.
 */
export function readSlides(
  slides: readonly Slide[],
  ctx: ParseContext,
  gridTables: (used: UsedLines) => PlanTable[] = () => [],
): ConsultationReportFields {
  const used = new UsedLines();
  const head = readTitleSlide(slides, used, ctx);
  const tables = [...gridTables(used), ...readTables(slides, used, ctx)].sort((a, b) => (a.page ?? 0) - (b.page ?? 0));
  const charts = readCharts(slides, used);
  const counts = readCounts(slides, used, charts, ctx);
  return { ...head, charts, tables, counts };
}
