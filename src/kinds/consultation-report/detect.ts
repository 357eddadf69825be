import { normalizeWidth } from '../../normalize/index.js';

/**
 * Words a 基幹相談支援センター report deck states, with how much each one says
 * about the kind. 相談支援センター alone is weak: plan tables name the centre too.
 */
const MARKERS: ReadonlyArray<readonly [RegExp, number]> = [
  [/報告会/, 0.2],
  [/相談方法/, 0.15],
  [/相談項目|相談内容/, 0.15],
  [/セルフプラン/, 0.15],
  [/実利用者数?/, 0.15],
  [/前年(?:度)?比/, 0.1],
  [/連絡調整|連携・?調整/, 0.1],
  [/サービス等利用計画/, 0.1],
  [/相談支援センター/, 0.1],
];

/** 0..1 from the markers found; lines are joined without spaces so wrapped words still count. */
export function detect(lines: readonly string[]): number {
  const text = normalizeWidth(lines.join('')).replace(/\s+/g, '');
  const score = MARKERS.reduce((sum, [re, weight]) => (re.test(text) ? sum + weight : sum), 0);
  return Math.min(1, Math.round(score * 100) / 100);
}
