import { normalizeWidth } from '../../normalize/index.js';

/** A line with widths normalized and layout spaces collapsed. */
export function clean(line: string): string {
  return normalizeWidth(line).replace(/\s+/g, ' ').trim();
}

/** A line with widths normalized and every space removed (for matching words split by layout). */
export function compact(line: string): string {
  return normalizeWidth(line).replace(/\s+/g, '');
}

export function isBlank(line: string): boolean {
  return line.trim() === '';
}

/** Lines of a slide already read as part of a record, so no other reader takes them. */
export class UsedLines {
  private readonly keys = new Set<string>();

  add(slide: number, line: number): void {
    this.keys.add(`${slide}:${line}`);
  }

  has(slide: number, line: number): boolean {
    return this.keys.has(`${slide}:${line}`);
  }
}

/** Japanese or Latin letters: what separates a label from stray brackets and dots. */
export const HAS_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}A-Za-z]/u;
