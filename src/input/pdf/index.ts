export { readPdf, type ReadPdfOptions } from './read.js';
export { loadPdfjs, pdfjsResources } from './pdfjs.js';
