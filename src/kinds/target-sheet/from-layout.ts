import { fromLayout } from '../../document/from-layout.js';
import type { LayoutDocument } from '../../input/types.js';
import type { ParseContext } from '../types.js';
import { readDocument, type TargetSheetFields } from './read-document.js';

/**
 * Read target sheets from a PDF's layout. The form is a ruled table: each row has a
 * caption cell (担当部局, 目標値, 評価（C）…) and the cell right of it, the review rows
 * share a vertical year cell, and the actuals are a table inside the goal cell; the
 * logical document gives them in that order, to the same reading as text input.
 */
export function parseLayout(doc: LayoutDocument, ctx: ParseContext): TargetSheetFields {
  return readDocument(fromLayout(doc), ctx);
}
