// A party's leader told with words about the party between: "The leader of the hard-right,
// anti-immigration Reform UK party Nigel Farage called for general elections" (June 2026), "the
// leader of the centre-right Conservative Party, Kemi Badenoch". The lexicon matches "leader of
// Reform UK" or "Reform UK leader" only as written; the adjectives in between hid the office.
//
// The party's name (capitalised words before "party") is looked up as "<name> leader", one of the
// office's roles. The claim is judged by title.ts's rules as a bare role (a name that never held
// the office says nothing: another country's party of that name may be meant).
import type { Annotation } from '../types';
import type { Doc, PersonMention } from '../doc';
import { foldKey } from '../normalize';
import { titleAnnotation, type TitleClaim } from './title';

// Before the name: "leader of the", lower-case words about the party (with commas and hyphens), the
// party's capitalised name, "party", an optional comma. Not "chairman": a British party's chairman
// is another post than its leader (Richard Tice chaired Reform UK before he led it).
const PARTY_LEADER_RE = new RegExp(
  String.raw`\b(leader|head)[ \t]+of[ \t]+the[ \t]+((?:[a-z][a-z-]*,?[ \t]+){0,5})((?:[A-Z][\p{L}]*[ \t]+){0,3}[A-Z][\p{L}]*)[ \t]+[Pp]arty[ \t]*,?[ \t]*$`,
  'u',
);
// Words before the phrase that make it another office or time.
const BLOCKING_BEFORE_RE = /(?:^|[^a-z])(?:former|ex|then|outgoing|acting|interim|deputy|vice|new|next|future|previous|late)[ \t-]+$/;

export function partyLeaderTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  for (const person of doc.people) {
    if (!person.full) continue;
    // Cheap pretest, before any slice: "party" or "Party" (and a comma or spaces) right before the name.
    const arty = doc.text.lastIndexOf('arty', person.start);
    if (arty < 0 || person.start - arty > 8) continue;
    const before = doc.text.slice(Math.max(0, person.start - 120), person.start);
    const claim = partyLeaderBefore(doc, person, before);
    const annotation = claim && titleAnnotation(doc, claim);
    if (annotation) out.push(annotation);
  }
  return out;
}

function partyLeaderBefore(doc: Doc, person: PersonMention, before: string): TitleClaim | null {
  const m = PARTY_LEADER_RE.exec(before);
  if (!m) return null;
  const party = foldKey(m[3]);
  const senses = (doc.lexicon.roles.get(`${party} leader`) ?? doc.lexicon.roles.get(`${party} party leader`) ?? []).filter((s) => !s.loose);
  if (!senses.length) return null;
  const start = person.start - before.length + m.index;
  if (BLOCKING_BEFORE_RE.test(doc.folded.slice(Math.max(0, start - 16), start))) return null;
  return { start, end: person.end, person, senses, explicit: false, modifier: 'none' };
}
