export { readPdf, readPdfPart, type ReadPdfOptions } from './read.js';
export { loadPdfjs, pdfjsResources } from './pdfjs.js';
export { countPages } from './bounds.js';
