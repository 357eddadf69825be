import { normalizeWidth } from '../../normalize/index.js';
import { canon } from './text.js';

/**
 * Markers of the 目標等の管理シート form and how much each says. The text is read
 * as one string without whitespace, so wrapped captions (`協議会`/`等意見`) and
 * vertical headers (`計`/`画`/`（`/`Ｐ`/`）`) count wherever they stand.
 */
const MARKERS: ReadonlyArray<{ pattern: RegExp; weight: number }> = [
  { pattern: /目標等の管理シート/, weight: 0.35 },
  { pattern: /評価（C）/, weight: 0.15 },
  { pattern: /改善（A）/, weight: 0.15 },
  { pattern: /計画（P）/, weight: 0.1 },
  { pattern: /成果目標|活動指標/, weight: 0.1 },
  { pattern: /協議会等意見/, weight: 0.1 },
  { pattern: /目標設定の考え方/, weight: 0.1 },
  { pattern: /実施状況/, weight: 0.05 },
];

/** 0..1: how surely the lines are a target sheet. */
export function detect(lines: readonly string[]): number {
  const text = canon(normalizeWidth(lines.join('')));
  const score = MARKERS.reduce((sum, m) => sum + (m.pattern.test(text) ? m.weight : 0), 0);
  return Math.min(1, Math.round(score * 100) / 100);
}
