/**
 * Markers of a 計画進捗状況管理表 and how much each says. The lines are read as one
 * string without whitespace, so a wrapped header (`事業\n番号`) still counts; a
 * header whose words come apart in another order (`目的` … `達成` … `状況`) counts
 * for a little less when each word stands on a line of its own.
 */
import { compact } from './lines.js';

interface DetectMarker {
  words: string;
  /** The header's words as printed on separate lines, when it wraps. */
  parts?: string[];
  weight: number;
}

const MARKERS: readonly DetectMarker[] = [
  { words: '進捗状況管理表', weight: 0.2 },
  { words: '目的達成状況', parts: ['目的', '達成', '状況'], weight: 0.15 },
  { words: '事業の方向性', weight: 0.15 },
  { words: '数値目標達成状況', weight: 0.1 },
  { words: '事業番号', parts: ['事業', '番号'], weight: 0.1 },
  { words: '事業概要', weight: 0.1 },
  { words: '所管課', weight: 0.05 },
  { words: '他の分野別計画との関連性', parts: ['他の分野別計', '画との関連性'], weight: 0.05 },
  { words: '取組予定', weight: 0.05 },
  { words: '実施状況', weight: 0.025 },
  { words: '継続実施', weight: 0.025 },
];

/** 0..1: how surely the lines are a plan-progress table. */
export function detect(lines: readonly string[]): number {
  const text = compact(lines.join('\n'));
  const lineSet = new Set(lines.map(compact));
  let score = 0;
  for (const m of MARKERS) {
    if (text.includes(m.words)) score += m.weight;
    else if (m.parts?.every((p) => lineSet.has(p))) score += m.weight * 0.8;
  }
  return Math.min(1, Math.round(score * 1000) / 1000);
}
