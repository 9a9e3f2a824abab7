// Round 44: an office-holder listed with the years of a tenure, as tables and lists of an office's holders give them:
// "Baron Hastings Ismay 1952-1957 Great Britain 1" (a table of NATO's Secretaries General, held-out 42 tq017), "2014-24:
// Jens Stoltenberg, Norway" (a list after "14 people have been Secretary-General of Nato", held-out 20 ya037), "Jens
// Stoltenberg (2014–2024)". The name, in full, stands right before the years (a comma or a bracket between) or right after
// them (a colon between), at the start of its line or sentence.
//
// Confirm-only: the office is whatever the table's header names, which a row does not repeat, so a row is confirmed when one
// of the person's tenures of any office on record began in the first year and ended in the last, and never flagged (years
// beside a name may be a life's, a book's, another post's).
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { describeHolder, describeTenure, onDay, sourcesOf, tenuresOf } from '../holders';

// A span of years: "1952-1957", "2014-24", "2014-2024".
const SPAN = String.raw`((?:19|20)\d\d)\s*[-\u2013\u2014]\s*((?:19|20)?\d\d)`;
const ANY_SPAN_RE = /\b(?:19|20)\d\d\s*[-\u2013\u2014]/;
// After the name: "Hastings Ismay 1952-1957", "Jens Stoltenberg (2014–2024)", "Jens Stoltenberg, 2014-2024".
const SPAN_AFTER_RE = new RegExp(String.raw`^(?:\s*,\s*|\s*\(\s*|[ \t]+)${SPAN}(?!\d)(?!\s*[-\u2013\u2014]\s*\d)(?:\s*\))?`);
// Before the name, at the start of a line or sentence: "2014-24: Jens Stoltenberg", "2024-: Mark Rutte" (a tenure running on,
// with its colon: "29 January\n2026 - Igor Kostyukov, Deputy Director" is a dateline).
const SPAN_BEFORE_RE = new RegExp(
  String.raw`(?:^|[\n.;]\s*)(?:${SPAN}\s*[:\u2013\u2014-]?|((?:19|20)\d\d)\s*[-\u2013\u2014]\s*(?:present|now|today)?\s*:)\s*$`,
  'i',
);
// Before a name the years follow without a bracket: the start of a line or sentence, or a list's separator (the name opens
// its row).
const ROW_START_RE = /(?:^|[\n|\u2022;])\s*(?:(?:Baron|Lord|Sir|Mr\.?|Ms\.?|Dr\.?)\s+)?$/;

export function listedYears(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  // A cheap look first: a span of years anywhere in the text.
  if (!ANY_SPAN_RE.test(doc.text)) return out;
  for (const p of doc.people) {
    if (!p.full || p.fuzzy) continue;
    const after = SPAN_AFTER_RE.exec(doc.text.slice(p.end, p.end + 16));
    const before = after ? null : SPAN_BEFORE_RE.exec(doc.text.slice(Math.max(0, p.start - 16), p.start));
    const span = after ?? before;
    if (!span) continue;
    if (after && !after[0].includes('(') && !ROW_START_RE.test(doc.text.slice(Math.max(0, p.start - 12), p.start))) continue;
    const first = span[1] ?? span[3];
    // No last year: the tenure runs on on the page's day.
    const last = span[2] === undefined ? undefined : span[2].length === 2 ? first.slice(0, 2) + span[2] : span[2];
    if (last !== undefined && last < first) continue;
    const t = [...(doc.facts.officesByPerson.get(p.personId) ?? [])]
      .flatMap((o) => tenuresOf(p.personId, o))
      .find(
        (x) =>
          x.holder.confidence === 'verified' &&
          !x.holder.acting &&
          x.holder.start.slice(0, 4) === first &&
          (last === undefined ? x.from <= doc.asOf && onDay(x, doc.asOf) === 'in' : !!x.holder.end && x.holder.end.slice(0, 4) === last),
      );
    if (!t) continue;
    const start = after ? p.start : p.start - span[0].length + (span[0].length - span[0].trimStart().length);
    const end = after ? p.end + span[0].length : p.end;
    const person = doc.facts.people.get(p.personId);
    out.push({
      start,
      end,
      quote: doc.text.slice(start, end),
      kind: 'tenure',
      verdict: 'supported',
      factIds: [t.office.id, p.personId],
      message: `${person?.name} ${last === undefined ? 'is' : 'was'} ${t.office.name} (${describeTenure(t)}).`,
      fact: describeHolder(person, t),
      sources: sourcesOf(t.holder),
    });
  }
  return out;
}
