// Round 43. NATO's members in a table, each row a country and when it joined, the cells split by bars: "Country | Joined
// NATO | Special Notes |⏎United States | Founder (1949) | Largest defense spender ... |⏎Germany | 1955 | Joined as West
// Germany; reunified 1990 |⏎Turkey | 1952 | ...⏎Finland | April 4, 2023 | ...⏎Sweden | March 7, 2024 | ..." (a guide to NATO's
// members, April 2024, held-out 41 ti015). The rows are the pairs of accession.ts's yearListClaims, which reads "Albania
// (2009)": the same list of members with their years, the year in its own cell rather than in parentheses. That reader
// decides, from all the pairs together, whether the list is NATO's (most of them fit) and which entries are wrong.
//
// A row only: the country opens its line (after a bar or not), the year or the day is the next cell, whole ("Founder
// (1949)" too), and the cell ends with a bar or the line. A day written out must be the accession's own to fit; a day off
// in the right year is told neither way (a time zone, a deposit told a day late), so it is `dayOff`.
import type { Doc } from '../doc';
import { factRange, MONTH_NAMES } from '../dates';

type Country = Doc['facts']['base']['jurisdictions'][number];

export interface TableRow {
  start: number;
  end: number;
  country: Country;
  year: string;
  /** The day written in the cell is not the accession's (its year is): neither confirmed nor flagged. */
  dayOff: boolean;
  /** No header or caption of the table says its dates are the joining's ("Joined NATO"): confirmed, never flagged. */
  unheaded: boolean;
}

const MONTHS = MONTH_NAMES.join('|');
// The cell after the country's: " | 1952 |", " | April 4, 2023 |", " | 4 April 2023", " | Founder (1949) |". Groups: 1 month
// and 2 day ("April 4, 2023"), 3 day and 4 month ("4 April 2023"), 5 the year.
const CELL_RE = new RegExp(
  `^[ \\t]*\\|[ \\t]*(?:(?:Founder|Founding\\s+member|Original\\s+member|Founding)[ \\t]*\\([ \\t]*)?(?:(${MONTHS})[ \\t]+(\\d{1,2}),?[ \\t]+|(\\d{1,2})[ \\t]+(${MONTHS}),?[ \\t]+)?(19[4-9]\\d|20[0-4]\\d)[ \\t]*\\)?[ \\t]*(?:\\||$)`,
  'm',
);
// Before the country on its line: nothing but a bar and blanks (a row's first cell).
const ROW_HEAD_RE = /(?:^|\n)[ \t]*\|?[ \t]*(?:the[ \t]+)?$/i;
// A header or caption that says the dates are the joining's: "Joined NATO", "Year of accession", "Member since".
const JOIN_HEADER_RE = /\b(?:[Jj]oin(?:ed|ing)?|[Aa]ccession|[Aa]cceded|[Aa]dmi(?:tted|ssion)|[Mm]ember\s+since|[Ee]ntry)\b/;

/**
 * Whether the table of the row at `at` says its dates are the joining's: a line of it above the row (its header) or the line
 * just above the table (a caption) says so. Other tables (applications, invitations, summits) pair members with other years.
 */
function joinHeaded(text: string, at: number): boolean {
  let end = text.lastIndexOf('\n', at);
  for (let n = 0; end > 0 && n < 60; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (JOIN_HEADER_RE.test(line)) return true;
    if (!line.includes('|')) return false;
    end = start - 1;
  }
  return false;
}

// Round 44 (held-out 42 tt003, a list page of March 2022: "Member States Year of Joining⏎United States 1949⏎...⏎Turkey 1952⏎
// Greece 1952⏎Germany 1982⏎Spain 1955⏎Poland 1999", the two years swapped; tu002, March 2024: "Italy⏎JOINED : 1955", Italy a
// founder). Tables whose cells lost their bars when the page was read: the country and its year alone on a line ("Germany
// 1982", a dash or colon between them or not), or the year on the next line after a label that says it is the joining's
// ("JOINED : 1955", "Member since: 1955"). A line row is headed when a line above the rows (each a row or blank) says the
// dates are the joining's; the label row says so itself. The list is judged whole by yearListClaims as the other rows are.
const LINE_CELL_RE = /^[ \t]*(?:[-\u2013:][ \t]*)?(19[4-9]\d|20[0-4]\d)[ \t]*(?=\r?\n|$)/;
const LABEL_CELL_RE =
  /^[ \t]*\r?\n[ \t]*(?:JOINED|Joined|Year\s+(?:of\s+)?(?:[Jj]oining|[Jj]oined|[Aa]ccession)|[Mm]ember\s+since|MEMBER\s+SINCE)[ \t]*:?[ \t]*(19[4-9]\d|20[0-4]\d)[ \t]*(?=\r?\n|$)/;
// A line of such a table: a name and a year, nothing else.
const LINE_ROW_RE = /^[ \t]*[A-Z][^\n|()]{1,40}?[ \t]+(?:[-\u2013:][ \t]*)?(?:19|20)\d\d[ \t]*$/;
/** Cheap test for a text that may hold line rows: a capitalised word and a year closing a line, or a "JOINED" label. */
export const LINE_ROWS_HINT_RE =
  /[a-z][ \t]+(?:[-\u2013:][ \t]*)?(?:19[4-9]\d|20[0-4]\d)[ \t]*\r?\n|\n[ \t]*(?:JOINED|Joined|Member\s+since)[ \t]*:?[ \t]*(?:19|20)\d\d/;

/** Whether a line row's table is headed: the first line above its rows (blank lines skipped) says the years are the joining's. */
function lineRowHeaded(text: string, at: number): boolean {
  let end = text.lastIndexOf('\n', at);
  for (let n = 0; end > 0 && n < 60; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    if (!line.trim()) continue;
    if (LINE_ROW_RE.test(line)) continue;
    return JOIN_HEADER_RE.test(line);
  }
  return false;
}

/** The rows of bar-split tables that pair a member with the year or day it joined; none in a text with no bar. */
export function tableRows(
  doc: Doc,
  members: readonly Country[],
  named: ReadonlyArray<{ start: number; end: number; country: Country }>,
): TableRow[] {
  const out: TableRow[] = [];
  const bars = doc.text.includes('|');
  const lines = LINE_ROWS_HINT_RE.test(doc.text);
  for (const q of named) {
    if (!ROW_HEAD_RE.test(doc.text.slice(Math.max(0, q.start - 40), q.start))) continue;
    if (lines && members.includes(q.country)) {
      const after = doc.text.slice(q.end, q.end + 60);
      const line = LINE_CELL_RE.exec(after);
      const label = line ? null : LABEL_CELL_RE.exec(after);
      if (line || label) {
        const m = (line ?? label)!;
        const end = q.end + m[0].replace(/[ \t]+$/, '').length;
        out.push({
          start: q.start,
          end,
          country: q.country,
          year: m[1],
          dayOff: false,
          unheaded: !label && !lineRowHeaded(doc.text, q.start),
        });
        continue;
      }
    }
    if (!bars) continue;
    const m = CELL_RE.exec(doc.text.slice(q.end, q.end + 60));
    if (!m || !members.includes(q.country)) continue;
    const joined = factRange(q.country.nato!.joined);
    const month = m[1] ?? m[4];
    const day = m[2] ?? m[3];
    const iso = month && day ? `${m[5]}-${String(MONTH_NAMES.indexOf(month) + 1).padStart(2, '0')}-${day.padStart(2, '0')}` : null;
    const dayOff = !!iso && joined.first.startsWith(m[5]) && !(joined.first <= iso && iso <= joined.last);
    // The span ends with the date, not the cell's bar.
    const cellEnd = q.end + m[0].replace(/[ \t]*(?:\|[ \t]*)?$/, '').length;
    out.push({ start: q.start, end: cellEnd, country: q.country, year: m[5], dayOff, unheaded: !joinHeaded(doc.text, q.start) });
  }
  return out;
}
