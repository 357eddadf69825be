export { compact, squeeze as clean } from '../shared/vocabulary.js';

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
