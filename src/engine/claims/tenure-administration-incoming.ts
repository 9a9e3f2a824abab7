// Round 43: an administration told as still to come after its president took office: "The timing suggests the incoming
// Trump administration is actively working on diplomatic solutions before taking office" (held-out 41 to005, 6 December
// 2025: Trump had been president again since 20 January). The class: "the incoming NAME administration", "NAME's incoming
// administration", "the incoming NAME team", "NAME's transition team", "the NAME transition team", each the subject of a
// verb of the page's present ("is", "are", "has", "says", "wants", ...).
//
// Outdated when NAME is the surname of exactly one US president on record, whose term running on the page's day began
// more than STALE_DAYS before it (so the words cannot be a page dated a few weeks after it was written, or "incoming"
// said loosely of a term's first weeks), the record is verified and the page's date certain; and the sentence tells of
// the page's own time: no year, no other time ("then", "at the time", "when"), no narration of the past, no quotation,
// no hypothetical. Confirmed when the president's next term begins within ELECT_DAYS after the page's day ("the incoming
// Trump administration is weighing" in December 2024). A past tense ("the incoming Trump administration signalled") tells
// of its own time and is never read; nor is the phrase after a preposition ("picked by the incoming Trump
// administration"), whose sentence's subject is another.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { sentenceOf } from '../doc';
import { daysBetween, formatDay } from '../dates';
import { isConfident, onDay, tenuresOf } from '../holders';
import { foldKey } from '../normalize';
import { narratedTime } from '../narrated-time';
import { insideQuotes } from '../sentences';
import { tenureNote } from './tenure-note';

const OFFICE = 'us-president';
// The president's name is group 1 or group 2; the verb of the present follows.
const PRESENT_VERB = String.raw`(?:(?:now|still|also|reportedly|already|actively|currently|quietly)\s+)?(?:is|are|has|have|says|wants|plans|hopes|intends|insists|seeks|aims|weighs|considers|expects|signals|promises|vows|pledges|favou?rs|prefers|opposes|supports|backs|argues|warns|believes|looks|appears|seems)\b`;
const INCOMING_RE = new RegExp(
  String.raw`\b(?:[Tt]he\s+incoming\s+([A-Z][a-z]+)\s+(?:[Aa]dministration|team|White\s+House)|([A-Z][a-z]+)['\u2019]s\s+(?:incoming\s+(?:[Aa]dministration|team)|transition\s+team)|[Tt]he\s+([A-Z][a-z]+)\s+transition\s+team)\s+${PRESENT_VERB}`,
  'g',
);
/** Days into a term after which "incoming" said in the page's present is stale. */
const STALE_DAYS = 60;
/** Days before a term within which an administration is the incoming one. */
const ELECT_DAYS = 120;
const YEAR_RE = /\b(?:19|20)\d\d\b/;
const OTHER_TIME_RE =
  /\b(?:then|once|at\s+the\s+time|back\s+then|in\s+those\s+(?:days|weeks|months)|last\s+(?:year|winter|December|November)|recounts?|recalls?|memoir|book)\b|\bwhen\s+(?!(?:it|he|they)\s+takes\s+office)/i;
const PREPOSITION_BEFORE_RE = /\b(?:of|from|in|under|by|with|to|for|at|than|like|about|against|on|into|within|after|before)\s+$/i;
const HYPOTHETICAL_BEFORE_RE = /\b(?:if|whether|unless|would|could|should|might)\s+$/i;

/**
 * The one holder of the office with the surname written ("the Trump administration"), with that holder's tenures of it, when
 * every one of them is confidently on record; null for no holder, two holders of the name (a Bush's) or an unsure record.
 * Read by both administration readers (tenure-administration.ts too).
 */
export function soleHolderOfSurname(
  doc: Doc,
  office: NonNullable<ReturnType<Doc['facts']['offices']['get']>>,
  written: string,
): { personId: string; tenures: ReturnType<typeof tenuresOf> } | null {
  const surname = foldKey(written);
  const holders = [...new Set(office.holders.map((h) => h.person))].filter((id) =>
    doc.facts.people.get(id)?.surnames.some((s) => foldKey(s) === surname),
  );
  if (holders.length !== 1) return null;
  const tenures = tenuresOf(holders[0], office);
  if (!tenures.length || !tenures.every((t) => isConfident(t.holder))) return null;
  return { personId: holders[0], tenures };
}

export function incomingAdministrations(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  // Most texts say neither word: one look at the folded text first.
  if (!doc.dateCertain || !(doc.folded.includes('incoming') || doc.folded.includes('transition team'))) return out;
  const office = doc.facts.offices.get(OFFICE);
  if (!office) return out;
  INCOMING_RE.lastIndex = 0;
  for (let m = INCOMING_RE.exec(doc.text); m; m = INCOMING_RE.exec(doc.text)) {
    const name = m[1] ?? m[2] ?? m[3];
    const before = doc.text.slice(Math.max(0, m.index - 14), m.index);
    if (PREPOSITION_BEFORE_RE.test(before) || HYPOTHETICAL_BEFORE_RE.test(before)) continue;
    const sole = soleHolderOfSurname(doc, office, name);
    if (!sole) continue;
    const { personId, tenures } = sole;
    const sentence = sentenceOf(doc, m.index);
    const said = doc.text.slice(sentence.start, sentence.end);
    if (
      YEAR_RE.test(said) ||
      OTHER_TIME_RE.test(said) ||
      insideQuotes(doc.text.slice(sentence.start, m.index)) ||
      /["\u201c\u201d]/.test(said)
    )
      continue;
    const told = narratedTime(doc, m.index);
    if (told.narration || told.historicalPage) continue;
    const person = doc.facts.people.get(personId);
    const start = m.index;
    const end = m.index + m[0].length;
    const next = tenures.find((t) => t.from > doc.asOf && daysBetween(doc.asOf, t.from) <= ELECT_DAYS);
    if (next) {
      out.push(
        tenureNote(doc, {
          start,
          end,
          verdict: 'supported',
          factIds: [OFFICE, personId],
          message: `${person?.name ?? personId} was to take office as ${office.name} on ${formatDay(next.from)}: on ${formatDay(doc.asOf)} the ${name} administration was the incoming one.`,
          tenure: next,
        }),
      );
      continue;
    }
    const current = tenures.find((t) => onDay(t, doc.asOf) === 'in');
    if (!current || daysBetween(current.fromLate, doc.asOf) <= STALE_DAYS) continue;
    out.push(
      tenureNote(doc, {
        start,
        end,
        verdict: 'outdated',
        factIds: [OFFICE, personId],
        message: `${person?.name ?? personId} had taken office as ${office.name} on ${formatDay(current.holder.start)}, long before ${formatDay(doc.asOf)}: the ${name} administration was no longer an incoming one.`,
        tenure: current,
      }),
    );
  }
  return out;
}
