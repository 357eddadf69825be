import { peelFigure, readFigureWord } from './figures.js';
import type { TargetSheet } from './schema.js';
import { pageAt, searchFrom, type Stream } from './stream.js';
import { tidySpaces } from './text.js';
import {
  ACTUALS_VALUES_CAPTION,
  GOAL_RATIONALE_LABEL,
  GOAL_TABLE_HEADER,
  GOAL_VALUE_LABEL,
  GOALS_DEADLINE,
  GUIDELINE_TARGET,
  NO_NUMERIC_GOAL,
  NUMBERED_GOAL,
  TARGET_PART_END,
} from './vocabulary.js';
import { findEraYear, findEraYears } from './years.js';

type Actual = TargetSheet['actuals'][number];

/** What ends a target's title: its first numbered part, bracketed caption or goal. */
const TITLE_END = /[(（]\s*[0-9]+\s*[)）]|【|[<＜〈]/;

interface Block {
  no: string;
  text: string;
  at: number;
}

/**
 * A 管理シート of numbered goals (福岡市's form): `基本指針の目標1 <title>`, the goals'
 * deadline `【令和5年度末までの目標】`, label–value blocks `<1><label> 目標値:38人
 * 目標値設定の考え方:…`, then `【実績値】` with a header row of years and one row per
 * goal (`<1><label> 9人 21人 35人`). One sheet per numbered goal, coded `1-1`.
 */
export function readNumberedGoals(stream: Stream): TargetSheet[] {
  const text = stream.text;
  const heads = [...text.matchAll(GUIDELINE_TARGET)];
  const sheets: TargetSheet[] = [];
  heads.forEach((head, k) => {
    const start = head.index + head[0].length;
    const end = heads[k + 1]?.index ?? text.length;
    const partEnd = searchFrom(text, TARGET_PART_END, start, end)?.index ?? end;
    const body = text.slice(start, partEnd);
    const titleEnd = TITLE_END.exec(body)?.index ?? body.length;
    const title = tidySpaces(body.slice(0, titleEnd).trim());
    const actualsAt = ACTUALS_VALUES_CAPTION.exec(body);
    const goalsPart = actualsAt ? body.slice(0, actualsAt.index) : body;
    const deadline = GOALS_DEADLINE.exec(goalsPart);
    const year = deadline ? findEraYear(deadline[1]!) : null;
    const rows = actualsAt ? readRows(body.slice(actualsAt.index + actualsAt[0].length)) : new Map<string, Actual[]>();
    const blocks = numberedBlocks(goalsPart);
    const tabular = GOAL_TABLE_HEADER.test(goalsPart.slice(0, blocks[0]?.at ?? 0));
    for (const block of blocks) {
      const parts = tabular ? goalRow(block.text) : goalBlock(block.text);
      const sheet = parts && readGoal(block.no, parts, { code: head[1]!, title }, year, rows.get(block.no) ?? []);
      if (sheet) sheets.push({ ...sheet, page: pageAt(stream, start + block.at) });
    }
  });
  return sheets;
}

function numberedBlocks(text: string): Block[] {
  const marks = [...text.matchAll(NUMBERED_GOAL)];
  return marks.map((m, k) => ({
    no: m[1] ?? String(m[2]!.charCodeAt(0) - '①'.charCodeAt(0) + 1),
    at: m.index,
    text: text.slice(m.index + m[0].length, marks[k + 1]?.index ?? text.length),
  }));
}

interface GoalParts {
  label: string;
  value: string;
  rationale: string | null;
}

/** `<label> 目標値:38人 目標値設定の考え方:…`: the parts by their labels. */
function goalBlock(text: string): GoalParts | null {
  const valueAt = GOAL_VALUE_LABEL.exec(text);
  if (!valueAt) return null;
  const afterValue = text.slice(valueAt.index + valueAt[0].length);
  const rationaleAt = GOAL_RATIONALE_LABEL.exec(afterValue);
  return {
    label: text.slice(0, valueAt.index),
    value: rationaleAt ? afterValue.slice(0, rationaleAt.index) : afterValue,
    rationale: rationaleAt ? afterValue.slice(rationaleAt.index + rationaleAt[0].length) : null,
  };
}

/**
 * A row under a `区分 目標値 目標値設定の考え方` header: label, the first figure (or the
 * words saying no figure is set), the rationale after it.
 */
function goalRow(text: string): GoalParts | null {
  const words = text.trim().split(/\s+/);
  const at = words.findIndex((w, k) => k > 0 && readFigureWord(w) !== null);
  if (at >= 0) return { label: words.slice(0, at).join(' '), value: words[at]!, rationale: words.slice(at + 1).join(' ') || null };
  const none = NO_NUMERIC_GOAL.exec(text);
  if (!none) return null;
  return { label: text.slice(0, none.index), value: none[0], rationale: text.slice(none.index + none[0].length).trim() || null };
}

function readGoal(
  no: string,
  parts: GoalParts,
  target: { code: string; title: string },
  year: ReturnType<typeof findEraYear>,
  actuals: Actual[],
): Omit<TargetSheet, 'page'> {
  const valueText = parts.value.trim();
  const figure = readFigureWord(valueText.replace(/\s+/g, ''));
  return {
    department: null,
    target: { type: '成果目標', code: `${target.code}-${no}`, title: target.title },
    goal: {
      label: tidySpaces(parts.label.trim()),
      value: figure?.value ?? null,
      unit: figure?.unit ?? null,
      fiscalYear: year?.fiscalYear ?? null,
      deadline: year?.text ?? null,
      note: null,
      ...(figure?.raw || !figure ? { raw: tidySpaces(valueText) } : {}),
    },
    rationale: parts.rationale === null ? null : tidySpaces(parts.rationale.trim()) || null,
    actualsAsOf: null,
    actuals,
    activityIndicator: null,
    reviews: [],
  };
}

/**
 * The actuals table after `【実績値】`: the years named before the first numbered row
 * are its columns (`区分 R3年度 R4年度 R5年度`, or worded `以下は、区分 R3年度 R4年度、
 * R5年度の実績順。`); each row's last figures are its values, one per year.
 */
function readRows(text: string): Map<string, Actual[]> {
  const blocks = numberedBlocks(text);
  const header = text.slice(0, blocks[0]?.at ?? text.length);
  const years = findEraYears(header).filter((y) => y.fiscalYear !== null);
  const rows = new Map<string, Actual[]>();
  if (years.length === 0) return rows;
  for (const block of blocks) {
    const words = block.text.trim().split(/\s+/);
    const glued = words.length >= years.length ? peelFigure(words[words.length - years.length]!) : null;
    if (glued) words.splice(words.length - years.length, 1, glued.before, glued.figure);
    const figures = words.slice(-years.length).map(readFigureWord);
    if (words.length <= years.length || figures.some((f) => f === null)) continue;
    const label = tidySpaces(words.slice(0, -years.length).join(' '));
    rows.set(
      block.no,
      years.map((y, k) => ({ fiscalYear: y.fiscalYear!, label, value: figures[k]!.value, unit: figures[k]!.unit, ...(figures[k]!.raw ? { raw: figures[k]!.raw } : {}) })),
    );
  }
  return rows;
}
