/**
 * The CSV tables of each kind: one flat, tidy table per record type, with the keys
 * that join them (file, item `no` (+ `indicator_n`), sheet target type + code, chart title, table title,
 * tally title).
 * Pure data: no formatting, no encoding (see csv.ts).
 */
import type { KindName } from '../schema/common.js';
import type { ConsultationReportDocument, ExtractedDocument, PlanProgressDocument, TargetSheetDocument } from '../schema/document.js';

/** One cell before formatting: lists hold several values of one field (tags, related plans). */
export type CellValue = string | number | boolean | null | undefined | readonly string[];

export interface TableSpec<D> {
  name: string;
  /** What one row is, for --help and the README. */
  row: string;
  columns: readonly string[];
  /** The columns besides `file` that join a row to its record (indexed in SQLite). */
  keys: readonly string[];
  rows(doc: D): Array<Record<string, CellValue>>;
}

export interface Table {
  name: string;
  columns: readonly string[];
  rows: Array<Record<string, CellValue>>;
}

const documentColumns = ['file', 'kind', 'format', 'pages', 'sha256', 'warnings'] as const;

function documentRow(doc: ExtractedDocument): Record<string, CellValue> {
  return {
    file: doc.source.file,
    kind: doc.kind,
    format: doc.source.format,
    pages: doc.source.pages,
    sha256: doc.source.sha256,
    warnings: doc.warnings.length,
  };
}

const planProgress: Array<TableSpec<PlanProgressDocument>> = [
  {
    name: 'document',
    row: 'the report (one row)',
    keys: [],
    columns: [...documentColumns, 'title'],
    rows: (d) => [{ ...documentRow(d), title: d.title }],
  },
  {
    name: 'items',
    row: 'one plan item (事業)',
    keys: ['no'],
    columns: [
      'file', 'no', 'page', 'section_code', 'section_title', 'subsection_code', 'subsection_title', 'name', 'tags',
      'summary', 'results_fiscal_year', 'results_text', 'plans_fiscal_year', 'plans_text', 'achievement', 'direction',
      'goal_continuing', 'goal_baseline_fiscal_year', 'goal_target_fiscal_year', 'goal_text', 'assessment',
      'related_plans', 'department',
    ],
    rows: (d) =>
      d.items.map((it) => ({
        file: d.source.file,
        no: it.no,
        page: it.page,
        section_code: it.section?.code,
        section_title: it.section?.title,
        subsection_code: it.subsection?.code,
        subsection_title: it.subsection?.title,
        name: it.name,
        tags: it.tags,
        summary: it.summary,
        results_fiscal_year: it.results?.fiscalYear,
        results_text: it.results?.text,
        plans_fiscal_year: it.plans?.fiscalYear,
        plans_text: it.plans?.text,
        achievement: it.achievement,
        direction: it.direction,
        goal_continuing: it.goal?.continuing,
        goal_baseline_fiscal_year: it.goal?.baseline?.fiscalYear,
        goal_target_fiscal_year: it.goal?.target?.fiscalYear,
        goal_text: it.goal?.text,
        assessment: it.assessment,
        related_plans: it.relatedPlans,
        department: it.department,
      })),
  },
  {
    name: 'item-metrics',
    row: "one figure stated in an item's results (実績)",
    keys: ['no'],
    columns: ['file', 'no', 'fiscal_year', 'label', 'value', 'unit', 'raw'],
    rows: (d) =>
      d.items.flatMap((it) =>
        (it.results?.metrics ?? []).map((m) => ({
          file: d.source.file,
          no: it.no,
          fiscal_year: it.results?.fiscalYear,
          label: m.label,
          value: m.value,
          unit: m.unit,
          raw: m.raw,
        })),
      ),
  },
  {
    name: 'goals',
    row: "one baseline or target figure of an item's numeric goal (数値目標)",
    keys: ['no'],
    columns: ['file', 'no', 'point', 'fiscal_year', 'label', 'value', 'unit', 'raw'],
    rows: (d) =>
      d.items.flatMap((it) =>
        (['baseline', 'target'] as const).flatMap((point) => {
          const p = it.goal?.[point];
          return (p?.metrics ?? []).map((m) => ({
            file: d.source.file,
            no: it.no,
            point,
            fiscal_year: p?.fiscalYear,
            label: m.label,
            value: m.value,
            unit: m.unit,
            raw: m.raw,
          }));
        }),
      ),
  },
  {
    name: 'indicators',
    row: 'one outcome indicator (成果指標) of an item',
    keys: ['no', 'indicator_n'],
    columns: ['file', 'no', 'indicator_n', 'label', 'unit', 'rate'],
    rows: (d) =>
      d.items.flatMap((it) =>
        it.indicators.map((ind, i) => ({ file: d.source.file, no: it.no, indicator_n: i + 1, label: ind.label, unit: ind.unit, rate: ind.rate })),
      ),
  },
  {
    name: 'indicator-values',
    row: "one baseline, target or yearly actual value of an item's indicator",
    keys: ['no', 'indicator_n'],
    columns: ['file', 'no', 'indicator_n', 'label', 'point', 'fiscal_year', 'value', 'unit'],
    rows: (d) =>
      d.items.flatMap((it) =>
        it.indicators.flatMap((ind, i) => {
          const points = [
            ...(ind.baseline ? [{ point: 'baseline', ...ind.baseline }] : []),
            ...(ind.target ? [{ point: 'target', ...ind.target }] : []),
            ...ind.actuals.map((a) => ({ point: 'actual', ...a })),
          ];
          return points.map((p) => ({
            file: d.source.file,
            no: it.no,
            indicator_n: i + 1,
            label: ind.label,
            point: p.point,
            fiscal_year: p.fiscalYear,
            value: p.value,
            unit: ind.unit,
          }));
        }),
      ),
  },
  {
    name: 'summaries',
    row: 'one figure of a tally table (達成度別の件数, 評価の集計)',
    keys: ['summary_title'],
    columns: ['file', 'summary_title', 'page', 'label', 'n', 'value'],
    rows: (d) =>
      d.summaries.flatMap((s) =>
        s.rows.flatMap((r) =>
          r.values.map((value, i) => ({ file: d.source.file, summary_title: s.title, page: s.page, label: r.label, n: i + 1, value })),
        ),
      ),
  },
  {
    name: 'scales',
    row: 'one grade of a grade legend the report prints',
    keys: ['field'],
    columns: ['file', 'field', 'grade', 'meaning'],
    rows: (d) =>
      Object.entries(d.scales).flatMap(([field, grades]) =>
        Object.entries(grades).map(([grade, meaning]) => ({ file: d.source.file, field, grade, meaning })),
      ),
  },
];

const targetSheet: Array<TableSpec<TargetSheetDocument>> = [
  {
    name: 'document',
    row: 'the report (one row)',
    keys: [],
    columns: [...documentColumns, 'plan'],
    rows: (d) => [{ ...documentRow(d), plan: d.plan }],
  },
  {
    name: 'sheets',
    row: 'one target sheet (成果目標 or 活動指標)',
    keys: ['target_type', 'target_code'],
    columns: [
      'file', 'target_type', 'target_code', 'target_title', 'page', 'department', 'goal_label', 'goal_value', 'goal_unit',
      'goal_raw', 'goal_fiscal_year', 'goal_deadline', 'goal_note', 'rationale', 'actuals_as_of', 'activity_indicator',
    ],
    rows: (d) =>
      d.sheets.map((s) => ({
        file: d.source.file,
        target_type: s.target.type,
        target_code: s.target.code,
        target_title: s.target.title,
        page: s.page,
        department: s.department,
        goal_label: s.goal?.label,
        goal_value: s.goal?.value,
        goal_unit: s.goal?.unit,
        goal_raw: s.goal?.raw,
        goal_fiscal_year: s.goal?.fiscalYear,
        goal_deadline: s.goal?.deadline,
        goal_note: s.goal?.note,
        rationale: s.rationale,
        actuals_as_of: s.actualsAsOf,
        activity_indicator: s.activityIndicator,
      })),
  },
  {
    name: 'actuals',
    row: 'one yearly actual (実績) of a sheet',
    keys: ['target_type', 'target_code'],
    columns: ['file', 'target_type', 'target_code', 'fiscal_year', 'label', 'value', 'unit', 'raw'],
    rows: (d) =>
      d.sheets.flatMap((s) =>
        s.actuals.map((a) => ({
          file: d.source.file,
          target_type: s.target.type,
          target_code: s.target.code,
          fiscal_year: a.fiscalYear,
          label: a.label,
          value: a.value,
          unit: a.unit,
          raw: a.raw,
        })),
      ),
  },
  {
    name: 'reviews',
    row: 'one yearly review of a sheet: 評価（C） and 改善（A）',
    keys: ['target_type', 'target_code'],
    columns: ['file', 'target_type', 'target_code', 'fiscal_year', 'evaluation', 'improvement', 'council_opinions'],
    rows: (d) =>
      d.sheets.flatMap((s) =>
        s.reviews.map((r) => ({
          file: d.source.file,
          target_type: s.target.type,
          target_code: s.target.code,
          fiscal_year: r.fiscalYear,
          evaluation: r.evaluation,
          improvement: r.improvement,
          council_opinions: r.councilOpinions.length,
        })),
      ),
  },
  {
    name: 'council-opinions',
    row: 'one council opinion (協議会等意見) of a yearly review',
    keys: ['target_type', 'target_code', 'fiscal_year'],
    columns: ['file', 'target_type', 'target_code', 'fiscal_year', 'n', 'opinion'],
    rows: (d) =>
      d.sheets.flatMap((s) =>
        s.reviews.flatMap((r) =>
          r.councilOpinions.map((opinion, i) => ({
            file: d.source.file,
            target_type: s.target.type,
            target_code: s.target.code,
            fiscal_year: r.fiscalYear,
            n: i + 1,
            opinion,
          })),
        ),
      ),
  },
];

const consultationReport: Array<TableSpec<ConsultationReportDocument>> = [
  {
    name: 'document',
    row: 'the report (one row)',
    keys: [],
    columns: [...documentColumns, 'title', 'organization', 'fiscal_year', 'date', 'meeting'],
    rows: (d) => [
      { ...documentRow(d), title: d.title, organization: d.organization, fiscal_year: d.fiscalYear, date: d.date, meeting: d.meeting },
    ],
  },
  {
    name: 'charts',
    row: 'one chart',
    keys: ['chart_title'],
    columns: ['file', 'chart_title', 'page', 'total_value', 'total_unit', 'change', 'overlapping', 'truncated'],
    rows: (d) =>
      d.charts.map((c) => ({
        file: d.source.file,
        chart_title: c.title,
        page: c.page,
        total_value: c.total?.value,
        total_unit: c.total?.unit,
        change: c.change,
        overlapping: c.overlapping ?? false,
        truncated: c.truncated ?? false,
      })),
  },
  {
    name: 'chart-slices',
    row: 'one slice (label with share and/or count) of a chart',
    keys: ['chart_title'],
    columns: ['file', 'chart_title', 'label', 'share', 'count'],
    rows: (d) =>
      d.charts.flatMap((c) =>
        c.breakdown.map((s) => ({ file: d.source.file, chart_title: c.title, label: s.label, share: s.share, count: s.count })),
      ),
  },
  {
    name: 'plan-tables',
    row: 'one row (as-of date) of a table of service plans',
    keys: ['table_title'],
    columns: ['file', 'table_title', 'page', 'as_of', 'as_of_raw', 'self_plans', 'provider_plans', 'total', 'self_plan_rate'],
    rows: (d) =>
      d.tables.flatMap((t) =>
        t.rows.map((r) => ({
          file: d.source.file,
          table_title: t.title,
          page: t.page,
          as_of: r.asOf,
          as_of_raw: r.asOfRaw,
          self_plans: r.selfPlans,
          provider_plans: r.providerPlans,
          total: r.total,
          self_plan_rate: r.selfPlanRate,
        })),
      ),
  },
  {
    name: 'counts',
    row: 'one other stated figure',
    keys: [],
    columns: ['file', 'label', 'value', 'unit', 'raw', 'page', 'share', 'fiscal_year'],
    rows: (d) =>
      d.counts.map((c) => ({
        file: d.source.file,
        label: c.label,
        value: c.value,
        unit: c.unit,
        raw: c.raw,
        page: c.page,
        share: c.share,
        fiscal_year: c.fiscalYear,
      })),
  },
];

/** The table specs of each kind, in the order they are written. */
export const TABLES = {
  'plan-progress': planProgress,
  'target-sheet': targetSheet,
  'consultation-report': consultationReport,
} as const satisfies Record<KindName, ReadonlyArray<TableSpec<never>>>;

export function tableNames(kind: KindName): string[] {
  return TABLES[kind].map((t) => t.name);
}

/** Every table name of any kind (to check --table before anything is read). */
export const ALL_TABLE_NAMES: readonly string[] = [...new Set(Object.values(TABLES).flatMap((ts) => ts.map((t) => t.name)))];

/** The document's tables, all of its kind or only `only`. */
export function tablesOf(doc: ExtractedDocument, only?: string): Table[] {
  const specs = TABLES[doc.kind] as ReadonlyArray<TableSpec<ExtractedDocument>>;
  return specs
    .filter((s) => only === undefined || s.name === only)
    .map((s) => ({ name: s.name, columns: s.columns, rows: s.rows(doc) }));
}
