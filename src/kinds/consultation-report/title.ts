import { canBeTitle } from '../shared/title.js';
import { parseDate, parseFiscalYear } from '../../normalize/index.js';
import type { ParseContext } from '../types.js';
import { headingOf } from './chart-parts.js';
import { compact, isBlank, type UsedLines } from './lines.js';
import type { ConsultationReportFields } from './model.js';
import type { Slide } from './slides.js';
import { DOCUMENT_TITLE, HANDOUT_MARK, HANDOUT_MARK_BEFORE_TITLE, MEETING_WORDS, ORGANIZATION_NAME, REPORT_WORDS } from './vocabulary.js';

type TitleFields = Pick<ConsultationReportFields, 'title' | 'organization' | 'fiscalYear' | 'date' | 'meeting'>;

/** Without slide breaks the title slide is read from the deck's first lines. */
const TITLE_WINDOW = 12;
const ERA_YEAR = /(?:令和|平成|[RH])\s*(?:\d{1,2}|元)\s*年度|(?:19|20)\d{2}\s*年度/;
const REPORT = new RegExp(REPORT_WORDS);
const MEETING = new RegExp(MEETING_WORDS);
const FILE_MARK = new RegExp(HANDOUT_MARK);
const FILE_MARK_BEFORE_TITLE = new RegExp(HANDOUT_MARK_BEFORE_TITLE);
const ORGANIZATION = new RegExp(ORGANIZATION_NAME);

/**
 * The title slide: organisation (its lines joined), the report line with its
 * fiscal year (`令和４年度報告会`), the meeting date and the meeting it was given at.
 */
export function readTitleSlide(slides: readonly Slide[], used: UsedLines, ctx: ParseContext): TitleFields {
  const slide = slides[0];
  const none: TitleFields = { title: null, organization: null, fiscalYear: null, date: null, meeting: null };
  if (!slide) return none;
  const window: number[] = [];
  for (let i = 0; i < slide.lines.length && (slide.page !== null || window.length < TITLE_WINDOW); i++) {
    const line = slide.lines[i]!;
    if (headingOf(line)) break;
    if (!isBlank(line) && canBeTitle(line)) window.push(i);
  }
  // a text version prints the file mark on the title's line: `参考資料1-1 大阪府…について`
  const text = (i: number) => compact(slide.lines[i]!.trim().replace(FILE_MARK_BEFORE_TITLE, ''));
  const first = window.find((i) => !FILE_MARK.test(text(i)));
  const report =
    window.find((i) => ERA_YEAR.test(text(i)) && REPORT.test(text(i))) ??
    window.find((i) => REPORT.test(text(i))) ??
    (first !== undefined && DOCUMENT_TITLE.test(text(first)) ? first : undefined);
  if (report === undefined) return none;
  // `令和５年度` / `報告会` on two lines: the year line before is part of the report line
  const before = window[window.indexOf(report) - 1];
  const yearLine = !ERA_YEAR.test(text(report)) && before !== undefined && ERA_YEAR.exec(text(before))?.index === 0 ? before : undefined;

  let date: string | null = null;
  const dateLine = window.find((i) => i !== report && i !== yearLine && parseDate(text(i)) !== null);
  if (dateLine !== undefined) {
    const parsed = parseDate(text(dateLine))!;
    if (parsed.ok) date = parsed.iso;
    else ctx.warn('era-date-invalid', parsed.reason, slide.page);
  }
  const meetingLine = window.find((i) => i !== report && i !== dateLine && MEETING.test(text(i)));
  const start = yearLine ?? report;
  const orgLines = window.filter((i) => i < start && i !== dateLine && i !== meetingLine && !FILE_MARK.test(text(i)));

  const reportText = (yearLine === undefined ? '' : text(yearLine)) + text(report);
  const era = ERA_YEAR.exec(reportText);
  const reportPart = era ? reportText.slice(era.index) : reportText;
  const named = [...orgLines.map(text), era ? reportText.slice(0, era.index) : ''].join('') || null;
  // `令和５年度 ○○市基幹相談支援センター報告会`: the organisation stands after the year
  const inside = era ? reportText.slice(era.index + era[0].length).replace(/(?:の|・)?(?:活動|事業|実績)?報告.*$/, '') : '';
  // a report titled by its programme (`令和6年度 ○○市相談支援事業 実績報告書`) names the office that wrote it under the title
  const signedBy = named === null ? window.find((i) => i > report && i !== dateLine && i !== meetingLine && ORGANIZATION.test(text(i))) : undefined;
  const organization = named ?? (signedBy === undefined ? inside || null : text(signedBy));

  for (const i of [report, ...(yearLine === undefined ? [] : [yearLine]), ...orgLines, ...(dateLine === undefined ? [] : [dateLine]), ...(meetingLine === undefined ? [] : [meetingLine]), ...(signedBy === undefined ? [] : [signedBy])]) {
    used.add(0, i);
  }
  return {
    title: named ? `${named} ${reportPart}` : reportPart,
    organization,
    fiscalYear: parseFiscalYear(reportText),
    date,
    meeting: meetingLine === undefined ? null : text(meetingLine),
  };
}
