// An opposition's leader named by the title of the time before an election: "The leader of the UK's opposition party, Sir
// Keir Starmer" five days into his premiership (held-out 32 ig001, July 2024), "Polish opposition leader Donald Tusk" in
// 2024, "Friedrich Merz, Germany's main opposition leader," in the autumn of 2025. Whoever heads the country's government
// leads no opposition, whichever party is meant, so no list of opposition leaders is needed: flagged when, on the page's
// day, the person headed the government of the country named (of any country, with none named) on a verified record begun
// days before, within the office's horizon. title.ts reads the offices of an opposition's leader the fact base keeps
// (the United Kingdom's, Germany's); this reads the forms it does not ("the leader of Britain's main opposition party,
// NAME", with the party's name between) and every other country. Nothing is said of anyone else: who led an opposition is
// not on record; the offices the fact base keeps confirm their holders of the day. Inside the narrated time's re-judging
// (title-forms.ts), so "In 2023, opposition leader Keir Starmer met Biden" is judged in 2023; a sentence telling of the
// time in opposition ("Before the election, ...") is left alone.
import type { Annotation } from '../types';
import type { Doc, PersonMention } from '../doc';
import { countriesNamed } from '../doc';
import { onDay, sourcesOf, tenuresOf, type Tenure } from '../holders';
import { pastHorizon } from '../horizon';
import { addDays, daysBetween, formatDay } from '../dates';
import { spanIndexAt } from '../sentences';
import { OPPOSITION_TIME_RE } from './title-shadow';

// Speed (round 45): built once from a string (see letter-classes.ts); a literal here was parsed again at each call.
/** A match that begins with its boundary character (not a letter nor a hyphen), to step over. */
const NON_LETTER_NOR_HYPHEN_FIRST_RE = new RegExp(String.raw`^[^\p{L}-]`, 'u');

// "main", "largest", ... and the party's name between "opposition" and "party" ("the opposition Labour Party").
const MAIN = String.raw`(?:(?:main|chief|largest|biggest|principal|official|centre-right|center-right|centre-left|center-left|conservative|liberal|right-wing|left-wing)[ \t]+)?`;
const PARTY = String.raw`(?:[ \t]+(?:[A-Z][\p{L}-]*[ \t]+){0,3}(?:[Pp]arty|bloc|camp|alliance|coalition))?`;
// The country: a possessive or a demonym or "the".
const COUNTRY = String.raw`(?:(?:(?:the[ \t]+)?[A-Z][\p{L}.]*(?:[ \t]+[A-Z][\p{L}]*)?['\u2019]s|the[ \t]+[A-Z][\p{L}.]*|[A-Z][\p{L}.]*|the)[ \t]+)?`;
const HONORIFIC = String.raw`(?:(?:Sir|Dame|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)[ \t]+)?`;
// Before the name: "opposition leader NAME", "Britain's main opposition leader, NAME", "the leader of the UK's
// opposition party, Sir NAME", "the leader of the opposition Labour Party, NAME".
const BEFORE_RE = new RegExp(
  String.raw`(?:^|[^\p{L}-])(?:${COUNTRY}${MAIN}[Oo]pposition${PARTY}[ \t]+[Ll]eader|[Ll]eader[ \t]+of[ \t]+${COUNTRY}${MAIN}[Oo]pposition${PARTY}),?[ \t]+${HONORIFIC}$`,
  'u',
);
// After the name, as an apposition: ", the opposition leader,", ", leader of Poland's main opposition party."
const AFTER_RE = new RegExp(
  String.raw`^,[ \t]+(?:(?:the|a)[ \t]+)?(?:${COUNTRY}${MAIN}[Oo]pposition${PARTY}[ \t]+[Ll]eader|[Ll]eader[ \t]+of[ \t]+${COUNTRY}${MAIN}[Oo]pposition${PARTY})(?=[ \t]*[,.;:)\n]|[ \t]+(?:and|who|said|says|told|has|had|is|was|will|would)\b)`,
  'u',
);
// A time word before the phrase, "as" (in that role), or "turned" after "leader" ("opposition leader turned prime minister").
const EARLIER_BEFORE_RE = /(?:former|formerly|ex|then|one[ -]time|onetime|erstwhile|previous|past|longtime|long-time|veteran)[ \t-]*$/i;
const AS_BEFORE_RE = new RegExp(String.raw`(?:^|[^\p{L}])(?:as|when|while|was|were)[ \t]+$`, 'iu');
const TURNED_AFTER_RE = /^[ \t]*(?:-|,)?[ \t]*turned\b/i;
/** Days into the premiership before the opposition's title is called wrong: stories filed around a change of government lag. */
const SETTLED_DAYS = 3;
/** A premiership this recent makes the title stale (the campaign's), not a mix-up of people. */
const RECENT_DAYS = 365;

export function oppositionLeaderTitles(doc: Doc): Annotation[] {
  if (!doc.folded.includes('opposition') || !doc.dateCertain) return [];
  const out: Annotation[] = [];
  for (const p of doc.people) {
    if (p.fuzzy || !(p.full || p.namedInFull)) continue;
    const claim = phraseBefore(doc, p) ?? phraseAfter(doc, p);
    if (!claim) continue;
    const sentence = doc.sentences[spanIndexAt(doc.sentences, claim.start)];
    if (sentence && OPPOSITION_TIME_RE.test(doc.text.slice(sentence.start, sentence.end))) continue;
    const named = countriesNamed(doc, claim.start, claim.end);
    const t = headedGovernment(doc, p, named);
    const person = doc.facts.people.get(p.personId);
    const name = person?.name ?? p.personId;
    if (!t) {
      // "The leader of the UK's opposition party, Rishi Sunak" in September 2024: the opposition's office on record.
      const led = ledOpposition(doc, p, named);
      if (led)
        out.push({
          start: claim.start,
          end: claim.end,
          quote: doc.text.slice(claim.start, claim.end),
          verdict: 'supported',
          kind: 'title',
          factIds: [led.office.id, p.personId],
          message: `${name} was ${led.office.name} on ${formatDay(doc.asOf)}.`,
          fact: `${name}: ${led.office.name}, since ${formatDay(led.holder.start)}`,
          sources: sourcesOf(led.holder),
        });
      continue;
    }
    const recent = daysBetween(t.holder.start, doc.asOf) <= RECENT_DAYS;
    out.push({
      start: claim.start,
      end: claim.end,
      quote: doc.text.slice(claim.start, claim.end),
      verdict: recent ? 'outdated' : 'contradicted',
      kind: 'title',
      factIds: [t.office.id, p.personId],
      message: `${name} was ${t.office.name} on ${formatDay(doc.asOf)} (since ${formatDay(t.holder.start)}); the head of the government leads no opposition.`,
      fact: `${name}: ${t.office.name}, since ${formatDay(t.holder.start)}`,
      sources: sourcesOf(t.holder),
    });
  }
  return out;
}

function phraseBefore(doc: Doc, p: PersonMention): { start: number; end: number } | null {
  const from = Math.max(0, p.start - 110);
  const before = doc.text.slice(from, p.start);
  if (!before.toLowerCase().includes('opposition')) return null;
  const m = BEFORE_RE.exec(before);
  if (!m) return null;
  const start = from + m.index + (NON_LETTER_NOR_HYPHEN_FIRST_RE.test(m[0]) ? 1 : 0);
  if (blockedBefore(doc, start)) return null;
  return { start, end: p.end };
}

function phraseAfter(doc: Doc, p: PersonMention): { start: number; end: number } | null {
  const after = doc.text.slice(p.end, p.end + 110);
  const m = AFTER_RE.exec(after);
  if (!m) return null;
  if (TURNED_AFTER_RE.test(after.slice(m[0].length))) return null;
  if (blockedBefore(doc, p.start)) return null;
  return { start: p.start, end: p.end + m[0].length };
}

function blockedBefore(doc: Doc, start: number): boolean {
  const before = doc.text.slice(Math.max(0, start - 16), start);
  return EARLIER_BEFORE_RE.test(before) || AS_BEFORE_RE.test(before);
}

/** The person's premiership of the page's day (of a country the phrase names, if any), sure and begun days before. */
function headedGovernment(doc: Doc, p: PersonMention, named: ReadonlySet<string>): Tenure | null {
  for (const office of doc.facts.officesByPerson.get(p.personId) ?? []) {
    if (office.headOf !== 'government' && office.headOf !== 'state-and-government') continue;
    if (named.size && !named.has(office.jurisdiction)) continue;
    for (const t of tenuresOf(p.personId, office)) {
      if (onDay(t, doc.asOf) !== 'in') continue;
      if (t.holder.confidence !== 'verified' || t.holder.acting || t.holder.disputed) continue;
      if (t.fromLate > addDays(doc.asOf, -SETTLED_DAYS)) continue;
      if (pastHorizon(doc.facts, doc.asOf, { office: office.id })) continue;
      return t;
    }
  }
  return null;
}

/** The opposition's office on record (the UK's, Germany's) the person held on the page's day, of the country named if any. */
function ledOpposition(doc: Doc, p: PersonMention, named: ReadonlySet<string>): Tenure | null {
  for (const office of doc.facts.officesByPerson.get(p.personId) ?? []) {
    if (!office.roles.some((r) => r.includes('opposition'))) continue;
    if (named.size && !named.has(office.jurisdiction)) continue;
    if (pastHorizon(doc.facts, doc.asOf, { office: office.id })) continue;
    const t = tenuresOf(p.personId, office).find((x) => onDay(x, doc.asOf) === 'in' && x.holder.confidence === 'verified');
    if (t) return t;
  }
  return null;
}
