import type { LayoutPage } from '../layout/types.js';
import type { ControlCharacters } from './control-chars.js';

/** One page of a text input: lines as extracted (not yet normalized). */
export interface TextPage {
  /** 1-based page number when the text had form feeds, otherwise null. */
  page: number | null;
  lines: string[];
}

/** A text input split into pages at form feeds. */
export interface TextDocument {
  format: 'text';
  pages: TextPage[];
  /** Number of pages when the text had form feeds, otherwise null. */
  pageCount: number | null;
  /** Control characters removed from the text, if any. */
  controlCharacters?: ControlCharacters;
}

/** A PDF read page by page into positioned text, ruling-line tables and blocks. */
export interface LayoutDocument {
  format: 'pdf';
  pageCount: number;
  pages: LayoutPage[];
  /** Control characters removed from the text runs, if any. */
  controlCharacters?: ControlCharacters;
}

export type SourceDocument = TextDocument | LayoutDocument;
