import { fromText } from '../../document/from-text.js';
import type { TextDocument } from '../../input/types.js';
import type { ParseContext } from '../types.js';
import { readDocument, type TargetSheetFields } from './read-document.js';

/** Read target sheets from text as pdftotext (or a PDF viewer's copy, or a テキスト版) gives it. */
export function parseText(doc: TextDocument, ctx: ParseContext): TargetSheetFields {
  return readDocument(fromText(doc), ctx);
}
