// Round 31: a US senator named by the state they sit for, after the name: "J.D. Vance, the outspoken Senator from Ohio"
// (February 2025, held-out 29 me005: he had left the Senate for the vice presidency), "Marco Rubio, a Republican senator
// from Florida", "Lindsey Graham, the senior senator of South Carolina". The state makes the senate the US Senate, as a
// country's name makes a minister that country's; the words between the article and "senator" may describe the person
// ("outspoken", "hawkish") or the seat ("junior", "Republican"), but not the time ("former", "then": title-former.ts).
// Judged as title.ts judges any title (the page's day, the narrated time, the handover's days).
import type { Annotation } from '../types';
import { sentenceOf, type Doc } from '../doc';
import { titleAnnotation } from './title';
import { insideQuotes } from '../sentences';

const OFFICE_ID = 'us-senator';
const US_STATES =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|' +
  'Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|' +
  'New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|' +
  'South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming';
// After the name: ", the outspoken Senator from Ohio", ", a Republican senator from Florida". "Georgia" is a state here
// only after "senator from/of", where the country would not stand.
const SENATOR_FROM_RE = new RegExp(
  String.raw`^,[ \t]+(the|a|an)[ \t]+((?:[\p{L}.-]+[ \t]+){0,3}?)(?:U\.S\.[ \t]+|US[ \t]+)?senator[ \t]+(?:from|of|for)[ \t]+(?:the[ \t]+state[ \t]+of[ \t]+)?(?:${US_STATES})\b`,
  'iu',
);
// Words before "senator" that tell another time or another seat: not read here.
const OTHER_TIME_RE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:former|ex|then|late|onetime|one-time|retired|previous|past|future|next|incoming|outgoing|would-be|erstwhile|longtime|long-time|state)(?:[^\p{L}]|$)`,
  'iu',
);

// A sentence that tells of the person's move from the Senate, or of its time, is told of that time: "Trump picked J.D.
// Vance, a senator from Ohio, as his running mate", "Marco Rubio, a senator from Florida at the time, ...". Confirm-only.
// A year, a past time or a while named anywhere in the sentence, too: "At the 2024 convention, J.D. Vance, the senator
// from Ohio, spoke", "Last summer ...", "when". A quotation may be of its own time.
const MOVE_OR_TIME_RE =
  /\b(?:(?:19|20)\d\d|last[ \t]+(?:year|summer|spring|autumn|fall|winter|month|week|time)|ago|earlier|once|when|while|during|former|picked|picks|chose|chosen|choose|named|nominated|nominee|selected|tapped|running[ \t]+mate|confirmed|sworn|before[ \t]+becoming|went[ \t]+on|later|at[ \t]+the[ \t]+time|back[ \t]+then|then|until|vice[ \t]+president|secretary[ \t]+of[ \t]+state|elected|campaign)\b/i;

export function senatorFromStateTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  // Cheap pretest: the word at all.
  if (!doc.folded.includes('senator ')) return out;
  const office = doc.facts.offices.get(OFFICE_ID);
  if (!office) return out;
  for (const person of doc.people) {
    if (!person.full || person.fuzzy || doc.text.charCodeAt(person.end) !== 44) continue;
    const m = SENATOR_FROM_RE.exec(doc.text.slice(person.end, person.end + 90));
    if (!m || OTHER_TIME_RE.test(m[2])) continue;
    // "a senator from Ohio" of someone with no senate seat on record: nothing to say either way.
    if (!(doc.facts.officesByPerson.get(person.personId) ?? []).includes(office)) continue;
    const end = person.end + m[0].length;
    const sentence = sentenceOf(doc, person.start);
    const from = Math.min(sentence.start, person.start);
    const told =
      MOVE_OR_TIME_RE.test(doc.text.slice(from, Math.max(sentence.end, end))) || insideQuotes(doc.text.slice(from, person.start));
    const annotation = titleAnnotation(doc, {
      start: person.start,
      end,
      person,
      senses: [{ office, loose: false }],
      explicit: true,
      modifier: 'none',
      ...(told ? { soft: true, softReason: 'The sentence tells of a move from the Senate, of another time or a quotation' } : {}),
    });
    if (annotation) out.push(annotation);
  }
  return out;
}
