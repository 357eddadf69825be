/**
 * How wide a text shows in a spreadsheet column, in the units of a column width (the
 * width of one Latin digit): a full-width character (kanji, kana, full-width forms, and
 * the symbols Japanese fonts draw full-width: ○△□, ①, ※) counts two.
 */
const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x00d7, 0x00d7], // ×
  [0x1100, 0x115f], // Hangul Jamo
  [0x2010, 0x2027], // ‐ ― ‘’ “” † ‥ …
  [0x203b, 0x203b], // ※
  [0x2190, 0x21ff], // arrows
  [0x2460, 0x24ff], // ① Ⓐ
  [0x2500, 0x27bf], // box drawing, ■□▲△○◎, ☆ ✓
  [0x2e80, 0x303e], // CJK radicals, 、。「」
  [0x3041, 0x33ff], // kana, ㈱
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK
  [0xa000, 0xa4cf], // Yi
  [0xac00, 0xd7a3], // Hangul
  [0xf900, 0xfaff], // CJK compatibility
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xff60], // full-width forms
  [0xffe0, 0xffe6], // ￥ ￠
  [0x20000, 0x3fffd], // CJK extensions B–G (𠮷)
];

export function charWidth(codePoint: number): 1 | 2 {
  return WIDE.some(([from, to]) => codePoint >= from && codePoint <= to) ? 2 : 1;
}

/** The width of the widest line of a text. */
export function displayWidth(text: string): number {
  let widest = 0;
  for (const line of text.split('\n')) {
    let width = 0;
    for (const ch of line) width += charWidth(ch.codePointAt(0)!);
    widest = Math.max(widest, width);
  }
  return widest;
}
