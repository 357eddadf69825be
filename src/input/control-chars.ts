/**
 * C0 and C1 control characters in a text field are damage, not content: a NUL makes
 * sqlite3 read a CSV cell as empty and other tools cut it short. Tabs, line breaks and
 * form feeds (page breaks in a text input) are layout and stay.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/;
const EVERY_CONTROL = new RegExp(CONTROL.source, 'g');

/** How many control characters were removed from a document, and the first of them. */
export interface ControlCharacters {
  count: number;
  /** `U+0000` */
  first: string;
  /** Page of the first, when known. */
  page: number | null;
}

export function codePointName(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The text without control characters; `tally` collects what was removed. */
export function removeControlCharacters(text: string, tally: { found?: ControlCharacters }, page: number | null): string {
  if (!CONTROL.test(text)) return text;
  return text.replace(EVERY_CONTROL, (ch) => {
    if (tally.found) tally.found.count++;
    else tally.found = { count: 1, first: codePointName(ch), page };
    return '';
  });
}
