import type { TextDocument } from '../../input/types.js';
import type { ParseContext } from '../types.js';
import type { ConsultationReportFields } from './model.js';
import { readSlides } from './read-slides.js';
import { splitSlides } from './slides.js';

/** A deck as plain text (pdftotext, copy and paste): slides from form feeds or wide gaps. */
export function parseText(doc: TextDocument, ctx: ParseContext): ConsultationReportFields {
  return readSlides(splitSlides(doc), ctx);
}
