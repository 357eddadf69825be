import type { ParseContext } from '../types.js';
import { readCharts } from './charts.js';
import { readTextLegendPies } from './legend-pies.js';
import { readTextMonthCharts } from './month-charts.js';
import { joinContinued, type TablePiece } from './continued-tables.js';
import { readCounts } from './counts.js';
import { readFigureTables } from './figure-tables.js';
import { UsedLines } from './lines.js';
import type { Chart, ConsultationReportFields, PlacedCount } from './model.js';
import type { Slide } from './slides.js';
import { readSeriesCharts } from './series-charts.js';
import { readTables } from './tables.js';
import { readTitleSlide } from './title.js';
import { readYearTables } from './year-tables.js';

/**
 * A deck read slide by slide. Tables go first (their rows are the least ambiguous
 * lines): those the input already has as grids, then those in the text, a table a
 * page break cut put together again (continued-tables.ts), then small tables of
 * figures with a share column or over the years, and charts of figures over the
 * years; then charts (those only the page's geometry can read first); counts come from those tables and whatever text is left, so
 * no figure is reported twice.
 */
export function readSlides(
  slides: readonly Slide[],
  ctx: ParseContext,
  gridTables: (used: UsedLines) => TablePiece[] = () => [],
  gridCounts: (reportYear: number | null) => Map<number, PlacedCount[]> = () => new Map(),
  seriesCharts: (used: UsedLines) => Map<number, PlacedCount[]> = (used) => readSeriesCharts(slides, used, ctx),
  placedCharts: (used: UsedLines) => Chart[] = (used) => [...readTextLegendPies(slides, used), ...readTextMonthCharts(slides, used)],
): ConsultationReportFields {
  const used = new UsedLines();
  const head = readTitleSlide(slides, used, ctx);
  const tables = joinContinued([...gridTables(used), ...readTables(slides, used, ctx)].sort((a, b) => (a.table.page ?? 0) - (b.table.page ?? 0)));
  const tableCounts = gridCounts(head.fiscalYear);
  for (const found of [readFigureTables(slides, used, ctx, head.fiscalYear), readYearTables(slides, used, ctx), seriesCharts(used)]) {
    for (const [s, counts] of found) tableCounts.set(s, [...(tableCounts.get(s) ?? []), ...counts]);
  }
  const charts = [...placedCharts(used), ...readCharts(slides, used)].sort((a, b) => (a.page ?? 0) - (b.page ?? 0));
  const counts = readCounts(slides, used, charts, ctx, tableCounts);
  return { ...head, charts, tables, counts };
}
