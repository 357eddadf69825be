import { layoutSettings } from '../layout/settings.js';
import type { ReadPdfOptions } from '../input/pdf/read.js';

export { inspectHtml, EAGER_PAGES, type InspectInput } from './html.js';
export { LAZY_PAGE } from './assets.js';

/** How inspect reads a PDF: as extraction does, also keeping the run extents and loose rules it draws. */
export const withGeometry = (options: ReadPdfOptions): ReadPdfOptions => ({ ...options, settings: layoutSettings({ ...options.settings, keepGeometry: true }) });
