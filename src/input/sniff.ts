/** Bytes a PDF may carry before its `%PDF-` header (the spec tolerates leading junk). */
const HEADER_WINDOW = 1024;

/** Whether bytes are a PDF by their header; cheap enough to decide PDF or text before loading pdf.js. */
export function hasPdfHeader(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, HEADER_WINDOW)).includes('%PDF-', 0, 'latin1');
}
