import type { Metric, Warning } from '../schema/common.js';
import type { ParserCode } from '../validate/codes.js';
import type { LayoutDocument, TextDocument } from '../input/types.js';
import type { KindName } from '../schema/common.js';
import type { Profile } from '../profile/schema.js';

/** What a parser may do besides returning records: report and measure. */
export interface ParseContext {
  /** Record something not understood or not consistent; never replaces data. */
  warn(code: ParserCode, message: string, page: number | null): void;
  /**
   * Number-with-counter figures stated in a sentence (kuromoji-backed).
   * Returns [] when metrics are disabled (--no-metrics).
   */
  extractMetrics(text: string): Metric[];
  /** The user's extra words (`--profile`), which the kind adds to its own vocabulary. */
  profile?: Profile;
}

/**
 * One document kind: how to recognise it and how to read it from text or from a
 * PDF layout. Both parse functions return the kind's fields (no source, no warnings).
 */
export interface KindModule<Fields> {
  name: KindName;
  /** 0 (surely not) … 1 (surely this kind), from the document's own markers. */
  detect(lines: readonly string[], profile?: Profile): number;
  /**
   * Why a text of this kind cannot be read as given (a pdftotext mode that regroups
   * the kind's tables by columns), or null; absent when every text mode reads.
   */
  textProblem?(pages: readonly (readonly string[])[]): string | null;
  /** What to give instead when a text of this kind yields no records (a form its text cannot show), or null. */
  emptyTextHint?(pages: readonly (readonly string[])[]): string | null;
  /**
   * What a document of this kind is about (a consultation report: disability consultation
   * support), when its form's words are also printed by documents of other topics: a
   * forced kind the detection did not find surely needs it. Absent: the form's words suffice.
   */
  subject?: RegExp;
  /** Whether parsing wants ctx.extractMetrics (so the dictionary is loaded first). */
  usesMetrics: boolean;
  parseText(doc: TextDocument, ctx: ParseContext): Fields;
  parseLayout(doc: LayoutDocument, ctx: ParseContext): Fields;
}

export type { Warning };
