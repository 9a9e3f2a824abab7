// A NATO summit told as a new member's first: "It's the first big meeting with new NATO members: Sweden and Finland"
// (held-out 14 o114, 8 July 2024, of the Washington summit: Finland, a member since 4 April 2023, had attended Vilnius in
// July 2023), "Sweden's first summit as a full member", "Finland attends its first NATO summit as a member"; round 32:
// "It was the first Summit with new members Finland and Sweden" (a capital S, as pages write the summit's name).
//
// The summit told of is the page's: the one summit of the complete record (event-series.json, `named: 'nato-summit'`)
// within ten days of the page's certain date, with no other year or summit place in the sentence. A member's first
// summit is the record's first on or after its accession day (the jurisdictions' `nato.joined`). Confirmed when that is
// the page's summit for every country named; contradicted when it was an earlier one for any.
import type { Annotation } from '../types';
import type { ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import type { EventRecord, Jurisdiction } from '../../facts/schema';
import type { FactIndex } from '../../facts/load';
import { factRange, formatDay, gapDays, toDays } from '../dates';
import { memoByFacts } from '../memo';
import { isConfident, onDay, tenuresOf } from '../holders';
import { eventContradicted, eventDays, eventSupported } from './event-confirmed';
import { type Span, spansOverlap } from '../sentences';

interface SummitRecord {
  summits: EventRecord[];
  members: { country: Jurisdiction; names: string[] }[];
  /** Every summit's place name, to tell a sentence about another summit. */
  places: RegExp;
  names: string;
}

// Built once (speed, round 41): a literal in escape was a new expression, parsed again, at each call.
const ESCAPE_RE = /[.*+?^${}()|[\]\\]/g;
const escape = (s: string) => s.replace(ESCAPE_RE, '\\$&');

// Built once (speed, round 41): a literal in record was a new expression, parsed again, at each call.
const RECORD_RE = /^[A-Z]/;
const record = memoByFacts((facts: FactIndex, _: 'all'): SummitRecord | null => {
  const series = [...facts.eventSeries.values()].find((s) => s.named === 'nato-summit' && isConfident(s));
  if (!series) return null;
  const summits = series.events
    .map((id) => facts.events.get(id))
    .filter((e): e is EventRecord => !!e && e.status === 'held')
    .sort((a, b) => toDays(eventDays(a).first) - toDays(eventDays(b).first));
  const members = [...facts.jurisdictions.values()]
    .filter((j) => j.kind === 'country' && j.nato && isConfident(j.nato) && factRange(j.nato.joined).first >= series.from)
    .map((country) => ({ country, names: [country.name] }));
  const placeNames = new Set<string>();
  for (const e of summits) {
    const place = e.place ? facts.places.get(e.place) : undefined;
    if (place) for (const n of [place.name, ...place.aliases]) if (RECORD_RE.test(n)) placeNames.add(n);
  }
  const places = new RegExp(`\\b(?:${[...placeNames].map(escape).join('|') || '(?!)'})\\b`);
  const names = members.flatMap((m) => m.names.map(escape)).join('|');
  return { summits, members, places, names };
});

function patterns(names: string) {
  const country = `(?:${names})`;
  const list = `(${country}(?:\\s*(?:,|and|&)\\s*${country})*)`;
  return [
    // "the first (big) meeting with new NATO members: Sweden and Finland", "the first summit for Finland and Sweden".
    new RegExp(
      String.raw`\bfirst\s+(?:(?:big|major|ever|full)\s+)?(?:NATO\s+)?(?:[Ss]ummit|[Mm]eeting)\s+(?:with|for|including|attended\s+by)\s+(?:the\s+|its\s+)?(?:(?:two\s+)?new(?:est)?\s+)?(?:NATO\s+)?(?:(?:members?|allies|ally|member\s+(?:states|countries))\s*[:,]?\s*)?${list}`,
      'g',
    ),
    // "Sweden's first summit as a full member", "Finland attends its first NATO summit as an ally".
    new RegExp(
      String.raw`${list}(?:['\u2019]s\s+|\s+(?:attends?|attended|attending|is\s+attending|takes?\s+part\s+in|joins?)\s+its\s+)first\s+(?:NATO\s+)?(?:summit|leaders['\u2019]?\s+meeting)\s+as\s+(?:a\s+|an\s+)?(?:full(?:[- ]fledged)?\s+)?(?:member|ally|allies|members)`,
      'g',
    ),
    // Round 33: "It was the first summit Sweden attended as a full member of the alliance" (Washington, July 2024), "the
    // first NATO summit at which Finland took part as an ally": the member after the summit, told by what it did there.
    new RegExp(
      String.raw`\bfirst\s+(?:NATO\s+)?(?:[Ss]ummit|leaders['\u2019]?\s+meeting)\s+(?:that\s+|which\s+|at\s+which\s+|in\s+which\s+)?${list}\s+(?:has\s+|had\s+)?(?:attended|attends|took\s+part(?:\s+in)?|takes\s+part(?:\s+in)?|participated(?:\s+in)?|participates(?:\s+in)?)\s+as\s+(?:a\s+|an\s+)?(?:full(?:[- ]fledged)?\s+)?(?:member|ally)`,
      'g',
    ),
    // "From Finland's point of view, ... we attended the meeting as a full member for the first time" (held-out 14 o101):
    // "we" is the one member the sentence names.
    new RegExp(
      String.raw`\b(?:${list}|[Ww]e)\s+(?:attended|took\s+part\s+in|participated\s+in|sat\s+at)\s+(?:the|this|its|our)\s+(?:NATO\s+)?(?:meeting|summit|table)\s+as\s+(?:a\s+|an\s+)?(?:full(?:[- ]fledged)?\s+)?(?:member|ally)\s+for\s+the\s+first\s+time`,
      'g',
    ),
  ];
}

const DENIAL_RE = /\b(?:not|never|no|if|whether|unless|would)\b|n['\u2019]t\b/i;

// Built once (speed, round 41): a literal in firstSummitClaims was a new expression, parsed again, at each call.
const FIRST_SUMMIT_CLAIMS_RE = /\bfirst\b/;
function firstSummitClaims(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!doc.dateCertain || !FIRST_SUMMIT_CLAIMS_RE.test(doc.text)) return out;
  const rec = record(doc.facts, 'all');
  if (!rec || !rec.names) return out;
  const page = factRange(doc.asOf);
  const current = rec.summits.filter((e) => gapDays(eventDays(e), page) <= 10);
  if (current.length !== 1 || !isConfident(current[0])) return out;
  const summit = current[0];
  const days = eventDays(summit);
  const summitPlace = summit.place ? doc.facts.places.get(summit.place) : undefined;
  const ownPlaces = new Set(summitPlace ? [summitPlace.name, ...summitPlace.aliases] : []);
  for (const re of patterns(rec.names)) {
    for (const m of doc.text.matchAll(re)) {
      const sentence = doc.sentences.find((s) => s.start <= m.index && m.index < s.end);
      if (!sentence) continue;
      const text = doc.text.slice(sentence.start, sentence.end);
      if (DENIAL_RE.test(text)) continue;
      // Another summit in the sentence: its year, its place.
      const years = [...text.matchAll(/\b(?:19|20)\d{2}\b/g)].map((y) => y[0]);
      if (years.some((y) => y !== days.first.slice(0, 4))) continue;
      const place = rec.places.exec(text);
      if (place && !ownPlaces.has(place[0])) continue;
      // NATO, a summit or the alliance named near: the meeting is NATO's.
      if (!/\b(?:NATO|Nato|[Ss]ummit|[Aa]lliance|[Aa]llies)\b/.test(doc.text.slice(Math.max(0, sentence.start - 400), sentence.end)))
        continue;
      const said = m[1] ?? text;
      const named = rec.members.filter((c) => c.names.some((n) => new RegExp(`\\b${escape(n)}\\b`).test(said)));
      if (m[1] === undefined && named.length !== 1) continue;
      if (!named.length) continue;
      const wrong: string[] = [];
      let judged = true;
      for (const { country } of named) {
        const joined = factRange(country.nato!.joined).first;
        const first = rec.summits.find((e) => eventDays(e).first >= joined);
        if (!first || toDays(joined) > toDays(days.first)) {
          judged = false;
          break;
        }
        if (first.id !== summit.id)
          wrong.push(
            `${country.name} joined NATO on ${formatDay(joined)}; its first summit as a member was ${first.name} (${formatDay(eventDays(first).first)}), not ${summit.name}.`,
          );
      }
      if (!judged) continue;
      const span = { start: m.index, end: m.index + m[0].length };
      const who = named.map((c) => c.country.name).join(' and ');
      out.push(
        wrong.length
          ? eventContradicted(doc, summit, span, wrong.join(' '))
          : eventSupported(
              doc,
              summit,
              span,
              `${summit.name} (${formatDay(days.first)}) was the first NATO summit ${who} attended as a member.`,
            ),
      );
    }
  }
  return out;
}

/** The event detector, with a summit told as a new member's first. */
export function withFirstMemberSummits(events: ClaimDetector): ClaimDetector {
  return {
    kind: events.kind,
    triggers: events.triggers,
    find(doc, ctx) {
      const out = events.find(doc, ctx);
      // A red flag stands beside a confirmation of the summit's day or place on the same words: another claim.
      for (const a of [...firstSummitClaims(doc), ...holderSummitClaims(doc)])
        if (!out.some((b) => b.kind === 'event' && spansOverlap(b, a) && (a.verdict !== 'contradicted' || b.verdict === 'contradicted')))
          out.push(a);
      return out;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Round 33: a summit told as an office holder's first or last. "It was ... the last summit for Jens Stoltenberg as NATO
// Secretary General" (Washington, July 2024), "the first participation of the president of the United States of America,
// Joe Biden, in an allied Summit" (Brussels, June 2021), "The Hague was Mark Rutte's first summit as Secretary General",
// "Trump attends his first NATO summit since returning to office" is another claim (a "since" is left alone).
//
// The holder's first or last summit is read off the complete record of summits (the same series) and the holder's tenure
// that contains the summit told of, in an office whose holder leads a delegation (the US, French and Turkish presidents, the
// UK and Canadian prime ministers, the German chancellor) or chairs (the Secretary General). tenure-succession.ts confirms
// "X's first NATO summit" of any head near the page's summit and never flags; here a first or last is flagged only for the
// chair and the US president, who sat at every summit on record.
// The summit is the one the sentence names by place (and year), else the page's summit (within ten days of a certain date).
// Confirmed when it is the one on record. Contradicted only when the sentence names the summit (the page's summit, taken
// from its date, may not be the one meant), the record's first or last was held by the page's day (so the writer could
// know: "Vilnius will be Stoltenberg's last summit" in spring 2023, before his term was extended, is left alone), the
// tenure starts (for a first) or ends (for a last) inside the record, the summit named is not the holder's first or last,
// and, for a first, the record's first was a regular summit (a leader who first joined an extraordinary video summit may
// call the next regular one "my first").

/** Offices whose holder leads the delegation at NATO summits: a first or last is confirmed for these. */
const SUMMIT_OFFICES = new Set([
  'nato-secretary-general',
  'us-president',
  'fra-president',
  'tur-president',
  'gbr-prime-minister',
  'can-prime-minister',
  'deu-chancellor',
]);
/** Offices whose holder sat at every summit on record (the chair; the US president): only these are flagged. */
const FLAGGED_OFFICES = new Set(['nato-secretary-general', 'us-president']);
const NATO_SUMMIT_WORDS = String.raw`(?:(?:NATO|Nato|[Aa]llied|[Aa]lliance)(?:['\u2019]s)?\s+)?(?:[Ss]ummit|[Ll]eaders['\u2019]?\s+[Mm]eeting)`;
// "the last summit for Jens Stoltenberg", "the first NATO summit chaired by Mark Rutte": the holder follows.
const HOLDER_AFTER_RE = new RegExp(
  String.raw`\b(first|last|final)\s+${NATO_SUMMIT_WORDS}\s+(?:for|of|attended\s+by|chaired\s+by|hosted\s+by|led\s+by|under)\s+`,
  'g',
);
// "the first participation of the president of the United States of America, Joe Biden, in an allied Summit".
const PARTICIPATION_RE = /\b(first|last|final)\s+(?:participation|appearance|attendance)\s+(?:of|by)\s+/g;
const PARTICIPATION_TAIL_RE = new RegExp(String.raw`^,?\s+(?:in|at)\s+(?:an?|the|this|its)\s+${NATO_SUMMIT_WORDS}`);
// "Mark Rutte's first summit", "Stoltenberg's last NATO summit as Secretary General".
const POSSESSIVE_TAIL_RE = new RegExp(String.raw`^['\u2019]s?\s+(?:very\s+)?(first|last|final)\s+${NATO_SUMMIT_WORDS}`);
// "Biden attends his first NATO summit", "Stoltenberg chaired his last summit".
const VERB_TAIL_RE = new RegExp(
  String.raw`^\s+(?:(?:will|is|was)\s+)?(?:attends?|attended|attending|takes?\s+part\s+in|took\s+part\s+in|chairs?|chaired|chairing|hosts?|hosted|hosting)\s+(?:his|her)\s+(?:very\s+)?(first|last|final)\s+${NATO_SUMMIT_WORDS}`,
);
// Another claim than the holder's first or last summit: "first summit since ...", "first in-person summit", "the first
// summit with ...", or a hedge or denial.
const OTHER_FIRST_RE =
  /^\s*(?:since|after|in\s+person|in\s+\w+\s+years|without|with|abroad|outside|as\s+(?:a\s+)?(?:candidate|leader\s+of\s+the\s+opposition))/i;
const HEDGE_RE =
  /\b(?:not|never|if|whether|unless|would|could|might|may|likely|expected|probably|perhaps|possibly|reportedly)\b|n['\u2019]t\b/i;

interface HolderClaim {
  span: Span;
  which: 'first' | 'last';
  personId: string;
  /** "X's first summit", "X attends his first summit": tenure-succession.ts's wordings of a first. */
  possessive: boolean;
}

function holderClaimsIn(doc: Doc, sentence: Span): HolderClaim[] {
  const text = doc.text.slice(sentence.start, sentence.end);
  const people = doc.people.filter((p) => p.start >= sentence.start && p.end <= sentence.end && (p.full || p.namedInFull));
  if (!people.length) return [];
  const out: HolderClaim[] = [];
  const which = (w: string) => (w.toLowerCase() === 'first' ? 'first' : 'last');
  const add = (start: number, end: number, w: string, personId: string, tailFrom: number, possessive = false) => {
    if (which(w) === 'first' && OTHER_FIRST_RE.test(doc.text.slice(tailFrom, sentence.end))) return;
    if (!out.some((c) => c.span.start < end && start < c.span.end))
      out.push({ span: { start, end }, which: which(w), personId, possessive });
  };
  for (const re of [HOLDER_AFTER_RE, PARTICIPATION_RE]) {
    for (const m of text.matchAll(re)) {
      const from = sentence.start + m.index + m[0].length;
      // The holder within a title's length after the words, with nothing but the title between them.
      const p = people.find((q) => q.start >= from && q.start - from <= 70);
      if (!p || !/^(?:[\w.'\u2019-]+,?\s+){0,9}$/.test(doc.text.slice(from, p.start))) continue;
      let end = p.end;
      if (re === PARTICIPATION_RE) {
        const tail = PARTICIPATION_TAIL_RE.exec(doc.text.slice(p.end, sentence.end));
        if (!tail) continue;
        end = p.end + tail[0].length;
      } else if (OTHER_FIRST_RE.test(doc.text.slice(from - 1, from + 12))) continue;
      add(sentence.start + m.index, end, m[1], p.personId, end);
    }
  }
  for (const p of people) {
    const rest = doc.text.slice(p.end, sentence.end);
    const m = POSSESSIVE_TAIL_RE.exec(rest) ?? VERB_TAIL_RE.exec(rest);
    if (m) add(p.start, p.end + m[0].length, m[1], p.personId, p.end + m[0].length, true);
  }
  return out;
}

/** The summit a sentence tells of: named by place (and year), else the page's (`named` false). */
function summitTold(doc: Doc, rec: SummitRecord, sentence: Span): { summit: EventRecord; named: boolean } | null {
  const text = doc.text.slice(sentence.start, sentence.end);
  const years = new Set([...text.matchAll(/\b(?:19|20)\d{2}\b/g)].map((y) => y[0]));
  if (years.size > 1) return null;
  const year = [...years][0];
  const page = factRange(doc.asOf);
  const place = rec.places.exec(text);
  let found: EventRecord[];
  if (place) {
    // The place or one that holds it: "Brussels" is where NATO headquarters is.
    found = rec.summits.filter((e) => {
      for (
        let p = e.place ? doc.facts.places.get(e.place) : undefined, n = 0;
        p && n < 3;
        p = p.within ? doc.facts.places.get(p.within) : undefined, n++
      )
        if ([p.name, ...p.aliases].includes(place[0])) return true;
      return false;
    });
    if (year) found = found.filter((e) => eventDays(e).first.startsWith(year));
    else if (found.length > 1) found = found.filter((e) => gapDays(eventDays(e), page) <= 10);
  } else {
    if (!doc.dateCertain) return null;
    found = rec.summits.filter((e) => gapDays(eventDays(e), page) <= 10);
    if (year) found = found.filter((e) => eventDays(e).first.startsWith(year));
  }
  // A dispute over a summit's days (Madrid: 28 or 29 June) leaves which summit it was, and its order, beyond doubt.
  return found.length === 1 && found[0].confidence === 'verified' ? { summit: found[0], named: !!place || !!year } : null;
}

// Built once (speed, round 41): a literal in holderSummitClaims was a new expression, parsed again, at each call.
const HOLDER_SUMMIT_CLAIMS_RE = /\b(?:first|last|final)\b/i;
const HOLDER_SUMMIT_CLAIMS_RE2 = /summit|leaders['\u2019]? meeting/i;
function holderSummitClaims(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!HOLDER_SUMMIT_CLAIMS_RE.test(doc.text) || !HOLDER_SUMMIT_CLAIMS_RE2.test(doc.text)) return out;
  const rec = record(doc.facts, 'all');
  if (!rec) return out;
  const series = [...doc.facts.eventSeries.values()].find((s) => s.named === 'nato-summit' && isConfident(s));
  if (!series) return out;
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!HOLDER_SUMMIT_CLAIMS_RE.test(text) || !HOLDER_SUMMIT_CLAIMS_RE2.test(text)) continue;
    const claims = holderClaimsIn(doc, sentence);
    if (!claims.length) continue;
    const told = summitTold(doc, rec, sentence);
    if (!told) continue;
    const { summit, named } = told;
    const day = eventDays(summit).first;
    for (const claim of claims) {
      // "Joe Biden's first NATO summit" near the page's summit is tenure-succession.ts's (confirm-only) reading.
      if (!named && claim.which === 'first' && claim.possessive) continue;
      const tenures = (doc.facts.officesByPerson.get(claim.personId) ?? [])
        .filter((o) => SUMMIT_OFFICES.has(o.id))
        .flatMap((o) => tenuresOf(claim.personId, o))
        .filter((t) => isConfident(t.holder) && onDay(t, day) === 'in');
      if (tenures.length !== 1) continue;
      const t = tenures[0];
      // The tenure's end must lie inside the record for a last, its start for a first.
      if (claim.which === 'first' ? t.fromLate < series.from : t.untilLate === null || t.untilLate > series.through) continue;
      const within = rec.summits.filter((e) => onDay(t, eventDays(e).first) === 'in');
      const actual = claim.which === 'first' ? within[0] : within[within.length - 1];
      if (!actual) continue;
      const person = doc.facts.people.get(claim.personId)?.name ?? claim.personId;
      const said = `${person}'s ${claim.which} NATO summit as ${t.office.name} was ${actual.name} (${formatDay(eventDays(actual).first)})`;
      if (actual.id === summit.id) {
        out.push(eventSupported(doc, summit, claim.span, `${said}.`));
        continue;
      }
      // Only a summit the sentence names is said against the record: the page's summit, taken from its date, may not be
      // the one meant (a page dated years after the summit it tells of).
      if (
        !named ||
        HEDGE_RE.test(text) ||
        !FLAGGED_OFFICES.has(t.office.id) ||
        !doc.dateCertain ||
        eventDays(actual).first > doc.asOf ||
        (claim.which === 'first' && /extraordinary/.test(actual.id))
      )
        continue;
      out.push(eventContradicted(doc, actual, claim.span, `${said}, not ${summit.name}.`));
    }
  }
  return out;
}
