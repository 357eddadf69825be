/**
 * Geometry shared by the layout pipeline and the kinds that read it.
 * Coordinates are PDF points with the origin at the page's top-left and y growing
 * downwards (flipped from PDF user space), so "above" means a smaller y.
 */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** One text item from the PDF, already normalized for width (see normalize/width). */
export interface TextRun {
  text: string;
  box: Box;
  fontSize: number;
  /** Written top to bottom (dir ttb, or a one-glyph-wide column). */
  vertical: boolean;
  /** Rotated text that reads bottom to top (a 90° counter-clockwise label). */
  upward?: boolean;
}

/**
 * Where one text run of a line stands: the stretch of the line's text it drew and how
 * far along the line its glyphs reach. Kept only with LayoutSettings.keepGeometry.
 */
export interface RunExtent {
  /** Offsets of the run's text in TextLine.text (UTF-16 code units), start inclusive, end exclusive. */
  start: number;
  end: number;
  /**
   * Where the first glyph starts and the last one ends along the line: x of a horizontal
   * line, y of a vertical one (`from` below `to` for text read upwards).
   */
  from: number;
  to: number;
}

/** Runs that share a baseline (or a column, for vertical text), in reading order. */
export interface TextLine {
  text: string;
  box: Box;
  vertical: boolean;
  /** The largest font size among the line's runs (titles stand out by it). */
  fontSize?: number;
  /** The runs the line was joined from, in its text's order (only with LayoutSettings.keepGeometry). */
  runs?: RunExtent[];
}

/** A ruled cell: its text lines top to bottom, row/col indexes into the table grid. */
export interface Cell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  box: Box;
  lines: TextLine[];
  /** Lines joined with "\n" (layout breaks, not yet joined into paragraphs). */
  text: string;
}

export interface Table {
  box: Box;
  /** Index in LayoutPage.tables of the table whose cell holds this one (a table drawn inside a cell). */
  nestedIn?: number;
  /** Grid boundaries: rows.length - 1 rows, cols.length - 1 columns. */
  rowEdges: number[];
  colEdges: number[];
  cells: Cell[];
}

/** Text outside tables grouped by proximity (slide text, chart labels). */
export interface Block {
  box: Box;
  lines: TextLine[];
  text: string;
}

export interface LayoutPage {
  /** 1-based. */
  page: number;
  width: number;
  height: number;
  /** Every text line on the page in reading order, repeated headers/footers removed. */
  lines: TextLine[];
  tables: Table[];
  /** Text not inside any table, grouped by proximity. */
  blocks: Block[];
  /**
   * Header/footer/legend lines that repeat across pages, removed from `lines` and `blocks`
   * (a repeat stays in place on the first page it appears on, so the document still reads whole).
   */
  furniture?: TextLine[];
  /**
   * Ruling lines on no table's grid (underlines, frames of charts and notes, rules
   * between sections), as boxes of zero thickness. Only with LayoutSettings.keepGeometry.
   */
  rules?: Box[];
}

/**
 * What the layout step reads from one page: positioned text runs and painted
 * axis-aligned rectangles (a stroked line segment is a rectangle of zero thickness).
 * Same coordinate system as Box.
 */
export interface PageContent {
  /** 1-based. */
  page: number;
  width: number;
  height: number;
  runs: TextRun[];
  rects: Box[];
}
