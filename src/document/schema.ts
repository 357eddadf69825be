/**
 * The logical document: what a report says, in reading order, whatever read it
 * (a PDF's layout, pdftotext in any mode, a city's one-line テキスト版). Readers
 * build it from geometry and text alone; kinds map it to fields by their words.
 */
import { z } from 'zod';

export const Box = z.object({ x0: z.number(), y0: z.number(), x1: z.number(), y1: z.number() });
export type Box = z.infer<typeof Box>;

/** A line as printed (widths of a PDF's runs already normalized; text input as given). */
export const Line = z.object({
  text: z.string(),
  /** Set top to bottom: a side header, or a label one glyph per line. */
  vertical: z.literal(true).optional(),
});
export type Line = z.infer<typeof Line>;

const placed = {
  /** 1-based; null for text input without form feeds. */
  page: z.number().int().min(1).nullable(),
  /** Where it stands on the page, from a PDF only. */
  bbox: Box.optional(),
  /** Why the reader is not sure of the structure it gives (cells cut at runs of spaces, a header guessed). */
  unsure: z.string().optional(),
};

export const HeadingBlock = z.object({ type: z.literal('heading'), ...placed, level: z.number().int().min(1), text: z.string() });
export const ProseBlock = z.object({
  type: z.literal('prose'),
  ...placed,
  lines: z.array(Line),
  /** A running header or footer: it repeats at the same height on other pages (from a PDF's layout). */
  furniture: z.literal(true).optional(),
});
export const ListBlock = z.object({ type: z.literal('list'), ...placed, items: z.array(z.string()) });
/** A chart's labels and values as printed, paired by position when the reader could. */
export const ChartBlock = z.object({ type: z.literal('chart'), ...placed, labels: z.array(z.string()), values: z.array(z.string()) });

export const FieldPair = z.object({ label: z.string(), value: z.string() });
/**
 * Label–value pairs: labels in a left column (`担当課   障害福祉課`) or inline
 * (`目標値:38人`). `lines` are the lines the pairs were read from, as printed.
 */
export const FieldsBlock = z.object({
  type: z.literal('fields'),
  ...placed,
  labels: z.enum(['column', 'inline']),
  pairs: z.array(FieldPair),
  lines: z.array(Line),
});

/** A table cell: its text and the tables drawn inside it, in reading order. */
export const TableCell = z.object({
  row: z.number().int().min(0),
  col: z.number().int().min(0),
  rowSpan: z.number().int().min(1),
  colSpan: z.number().int().min(1),
  page: placed.page,
  bbox: Box.optional(),
  get blocks() {
    return z.array(z.union([ProseBlock, TableBlock]));
  },
});

/** Cells row by row, each row's cells left to right; a merged cell once, where it starts. */
export const TableBlock = z.object({
  type: z.literal('table'),
  ...placed,
  /** Rows at the top that head the columns (a merged cell over split ones); null when geometry does not tell. */
  headerRows: z.number().int().min(1).nullable(),
  get cells() {
    return z.array(TableCell);
  },
});

export const Block = z.union([HeadingBlock, ProseBlock, TableBlock, FieldsBlock, ListBlock, ChartBlock]);

export const LogicalPage = z.object({
  /** 1-based; null for text input without form feeds (the whole text is one page). */
  page: z.number().int().min(1).nullable(),
  blocks: z.array(Block),
});

export const LogicalDocument = z.object({ pages: z.array(LogicalPage) });

export type HeadingBlock = z.infer<typeof HeadingBlock>;
export type ProseBlock = z.infer<typeof ProseBlock>;
export type ListBlock = z.infer<typeof ListBlock>;
export type ChartBlock = z.infer<typeof ChartBlock>;
export type FieldPair = z.infer<typeof FieldPair>;
export type FieldsBlock = z.infer<typeof FieldsBlock>;
export type TableCell = z.infer<typeof TableCell>;
export type TableBlock = z.infer<typeof TableBlock>;
export type Block = z.infer<typeof Block>;
export type LogicalPage = z.infer<typeof LogicalPage>;
export type LogicalDocument = z.infer<typeof LogicalDocument>;
