/**
 * Every tolerance of the layout pipeline, in one place (the way pdfplumber keeps
 * DEFAULT_TABLE_SETTINGS). Lengths named `…Em` are multiples of a font size: the
 * run's own size for text, the page's typical (median) text size for ruling lines,
 * so the same settings work for A3 spreadsheets and 16:9 slides alike.
 */
export interface LayoutSettings {
  // ── text runs → lines ─────────────────────────────────────────────
  /** Runs are on one line when their vertical centres differ by less than this. */
  lineCenterToleranceEm: number;
  /** A gap this wide between two Latin letters/digits is a word space. */
  latinSpaceEm: number;
  /** A gap this wide is a space whatever the script (Japanese text has no spaces otherwise). */
  wideSpaceEm: number;
  /** A gap this wide splits a baseline into separate lines (side-by-side columns, chart labels). */
  columnGapEm: number;
  /** Runs whose baselines differ by more than this are separate texts when a word-wide gap parts them. */
  baselineToleranceEm: number;
  /** Runs drawn twice at the same place (fake bold, shadows) are kept once within this. */
  duplicateToleranceEm: number;

  // ── vertical text ────────────────────────────────────────────────
  /** Stacked one-glyph lines belong to one column when their centres differ by less than this. */
  verticalCenterToleranceEm: number;
  /** Largest gap between two glyphs of one vertical column. */
  verticalMaxGapEm: number;
  /** Fewest glyphs that make a vertical column (fewer is just short lines). */
  verticalMinGlyphs: number;

  // ── ruling lines → tables ────────────────────────────────────────
  /** A filled rectangle no thicker than this is a ruling line. */
  ruleMaxThicknessEm: number;
  /** Edges shorter than this are ignored (tick marks, dots). */
  edgeMinLengthEm: number;
  /** Parallel edges this close are snapped onto one line. */
  snapToleranceEm: number;
  /** Collinear edges with a gap up to this are joined (dashed or per-cell border pieces). */
  joinToleranceEm: number;
  /** An edge reaching this close to another one touches it. */
  intersectionToleranceEm: number;
  /** Share of a cell side that must be ruled for it to count as a border. */
  borderCoverage: number;
  /** Fewest grid rows and columns that make a table (a frame or a chart's gridlines are not one). */
  minTableRows: number;
  minTableColumns: number;
  /** Fewest cells with text that make a table; sparser grids (chart frames) give their text back to the page. */
  minTextCells: number;
  /**
   * A table ruled only across (word processors' lines under each row, no vertical rules): at
   * least this many horizontal rules of one extent, at least this long, make one; its columns
   * are the gutters (at least `openTableGutterEm` wide) that text leaves free in all but
   * `openTableSpanShare` of its rows.
   */
  openTableMinRules: number;
  openTableMinWidthEm: number;
  openTableGutterEm: number;
  openTableSpanShare: number;
  /**
   * A table without any rule (text placed at its columns): a header line of at least
   * `unruledMinColumns` pieces (runs closer than `unruledPieceGapEm` are one piece), at least
   * `unruledMinRows` rows under it, its lines no further apart than `unruledMaxLineGapEm`.
   */
  unruledMinColumns: number;
  unruledMinRows: number;
  unruledPieceGapEm: number;
  unruledMaxLineGapEm: number;

  // ── blocks ───────────────────────────────────────────────────────
  /** Lines whose vertical gap is below this (in the smaller font size) may share a block. */
  blockLineGapEm: number;
  /** Lines side by side with a gap below this may share a block. */
  blockSideGapEm: number;
  /** Lines whose font sizes differ by more than this ratio start a new block. */
  blockFontRatio: number;

  // ── reading order ────────────────────────────────────────────────
  /** Lines/tables whose tops differ by less than this are read left to right. */
  rowToleranceEm: number;

  // ── repeated page furniture ──────────────────────────────────────
  /** Only text within this fraction of the page height from the top or bottom edge can be furniture. */
  furnitureMarginBand: number;
  /** Repeats must sit at the same relative height within this fraction of the page height. */
  furniturePositionTolerance: number;
  /** Fewest pages a header/footer must repeat on. */
  furnitureMinPages: number;
  /** …and the least share of the document's pages. */
  furnitureMinShare: number;

  // ── rows continued on the next page ──────────────────────────────
  /** Column edges of two tables match when they differ by less than this fraction of the table width. */
  continuedColumnTolerance: number;

  // ── what is kept for a picture of the page ───────────────────────
  /**
   * Keep each line's run extents (TextLine.runs) and the ruling lines outside tables
   * (LayoutPage.rules), which only a drawing of the page needs (inspect): off for
   * extraction, since a long report's layout stays in memory until it is parsed.
   */
  keepGeometry: boolean;
}

export const DEFAULT_LAYOUT_SETTINGS: Readonly<LayoutSettings> = Object.freeze({
  lineCenterToleranceEm: 0.3,
  latinSpaceEm: 0.15,
  wideSpaceEm: 0.4,
  columnGapEm: 3,
  baselineToleranceEm: 0.15,
  duplicateToleranceEm: 0.1,

  verticalCenterToleranceEm: 0.35,
  verticalMaxGapEm: 1.2,
  verticalMinGlyphs: 3,

  ruleMaxThicknessEm: 0.3,
  edgeMinLengthEm: 0.3,
  snapToleranceEm: 0.3,
  joinToleranceEm: 0.3,
  intersectionToleranceEm: 0.3,
  borderCoverage: 0.8,
  minTableRows: 1,
  minTableColumns: 2,
  minTextCells: 2,
  openTableMinRules: 4,
  openTableMinWidthEm: 20,
  openTableGutterEm: 0.5,
  openTableSpanShare: 1 / 3,
  unruledMinColumns: 5,
  unruledMinRows: 3,
  unruledPieceGapEm: 1,
  unruledMaxLineGapEm: 4,

  blockLineGapEm: 0.8,
  blockSideGapEm: 1,
  blockFontRatio: 1.3,

  rowToleranceEm: 0.5,

  furnitureMarginBand: 0.1,
  furniturePositionTolerance: 0.015,
  furnitureMinPages: 2,
  furnitureMinShare: 0.5,

  continuedColumnTolerance: 0.01,

  keepGeometry: false,
});

/** Defaults with some settings overridden. */
export function layoutSettings(overrides: Partial<LayoutSettings> = {}): LayoutSettings {
  return { ...DEFAULT_LAYOUT_SETTINGS, ...overrides };
}
