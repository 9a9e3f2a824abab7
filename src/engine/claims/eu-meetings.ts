// Meetings of the European Council and of the EU's foreign ministers (eu-meetings.json): "the summit of EU leaders in
// Brussels" (23 June 2022), "EU leaders meeting in Brussels on Thursday", "at the European Council on 26-27 June", "the
// meeting of EU foreign ministers on February 23", "EU foreign ministers met in Luxembourg". The records are kept out of
// the events list, so the readers of NATO's and others' meetings never take an EU summit in Brussels for theirs; they
// are read here only, by whose meeting the words name (the EU's leaders or its foreign ministers) and the days or place
// told with them. Confirm-only: the record does not hold every gathering of EU leaders or ministers (videoconferences,
// the Foreign Affairs Council's trade and defence sessions, summits with other countries), so a day or place that fits
// none is no proof of a slip; words that fit one record are confirmed, anything else says nothing.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { ClaimDetector } from '../detector';
import type { EventRecord } from '../../facts/schema';
import type { FactIndex } from '../../facts/load';
import { matchesIn } from '../doc';
import { spansOverlap, type Span } from '../sentences';
import { addDays, factRange, overlaps, type DateMention, type DayRange } from '../dates';
import { memoByFacts } from '../memo';
import { datesIn } from './clauses';
import { placesAgree } from './place-chain';
import { eventDays, eventSupported } from './event-confirmed';
import { compiledOnFirstRun, testWarm, warmed } from '../triggers';

type Body = 'leaders' | 'foreign';

const EU = String.raw`(?:EU|E\.U\.|European\s+Union|EU-27|EU27|EU\s+27)(?:['\u2019]s)?`;
// "EU leaders", "EU heads of state and government", "leaders of the EU's 27 member states", "the EU summit",
// "a summit of EU leaders", "the European Council summit", "at the European Council" (not its president, chief, conclusions).
const LEADERS_RE = new RegExp(
  String.raw`\b${EU}\s+(?:leaders|heads\s+of\s+state\s+(?:and|or)\s+(?:of\s+)?government|summit)\b|\bleaders\s+of\s+the\s+(?:EU|European\s+Union)(?:['\u2019]s)?(?:\s+27)?(?:\s+member\s+(?:states|countries))?\b|\bEuropean\s+Council(?:\s+(?:summit|meeting))?\b(?!\s+(?:[Pp]resident|[Cc]hief|[Cc]onclusions|[Ss]ecretariat|[Dd]ecision|[Rr]egulation|[Dd]irective))|\b[Ss]pecial\s+European\s+Council\b`,
  'g',
);
// "EU foreign ministers", "EU foreign affairs ministers", "the foreign ministers of the EU", "the Foreign Affairs Council".
const FOREIGN_RE = new RegExp(
  String.raw`\b${EU}\s+(?:foreign(?:\s+affairs)?\s+ministers|[Mm]inisters\s+(?:of|for)\s+[Ff]oreign\s+[Aa]ffairs)\b|\bforeign\s+ministers\s+of\s+the\s+(?:EU|European\s+Union)\b|\bForeign\s+Affairs\s+Council\b(?!\s*\(?\s*(?:[Tt]rade|[Dd]efen[cs]e|[Dd]evelopment))`,
  'g',
);
// The words must tell of a meeting: the body's own name ("the European Council", "the Foreign Affairs Council", "the EU
// summit") is one; the leaders or ministers need a verb or noun of meeting near them.
const MEETING_WORD_RE = /\b(?:meet|meets|met|meeting|meetings|summit|summits|gather\w*|convene\w*|talks|session|retreat|dinner)\b/i;
const NAMED_MEETING_RE = /Council|summit/;
// Not a meeting of the body: its member states' doings, a body or post of the EU ("EU leaders' decision"), another club's.
const OTHER_CLUB_RE =
  /\b(?:NATO|Nato|G7|G-7|G20|G-20|Western\s+Balkans|ASEAN|African\s+Union|AU|CELAC|China|Canada|Japan|Ukraine|Moldova|Gulf|GCC|Arab\s+League|European\s+Political\s+Community|EPC|Euro\s+[Ss]ummit)[-\u2013\s]+(?:EU\s+)?(?:summit|leaders|ministers|meeting)\b|\bEU[-\u2013](?:[A-Z]\w+)\s+summit\b/;
// Told as a wish, a condition or a question: "if EU leaders meet ...", "EU leaders could meet".
const HYPOTHETICAL_RE = /\b(?:if|unless|whether|could|might|should|would)\b/i;
const CONDITION_BEFORE_RE = /\b(?:if|unless|whether)\b/i;
const LUXEMBOURG_RE = /\bin\s+Luxembourg\b(?!\s*['\u2019]s)/;

const records = memoByFacts((facts: FactIndex, body: Body): readonly EventRecord[] =>
  [...facts.euMeetings.values()].filter((e) =>
    body === 'leaders' ? e.id.startsWith('european-council-') : e.id.startsWith('eu-foreign-ministers-'),
  ),
);

/** The days the record's meeting took, with the other days sources give for it. */
const daysOf = (e: EventRecord): DayRange[] => [eventDays(e), ...(e.altDates ?? []).map(factRange)];

interface Phrase extends Span {
  body: Body;
}

// "The European Union failed to reach an agreement on its latest sanctions package ... during Monday’s foreign ministers’
// meeting in Brussels" (February 2026): the foreign ministers' meeting of a sentence that names the EU as the actor and
// no other club (NATO's, the G7's, a format's ministers meet too). Read as the EU's foreign ministers.
const BARE_FOREIGN_RE = /\bforeign\s+ministers['\u2019]?\s+(?:meeting|gathering|talks|session)\b/g;
const EU_ACTOR_RE = /\b(?:EU|E\.U\.|European\s+Union)\b/;
const NOT_EU_RE = compiledOnFirstRun(
  /\b(?:NATO|Nato|North\s+Atlantic|[Aa]llied|[Aa]lliance|G7|G-7|G20|G-20|OSCE|Weimar|Nordic|Baltic|E3|Quint|Contact\s+Group|BRICS|ASEAN|Council\s+of\s+Europe|Arab|African|Gulf)\b/,
);

function phrases(text: string, sentence: Span): Phrase[] {
  const s = text.slice(sentence.start, sentence.end);
  const out: Phrase[] = [];
  if (testWarm(EU_ACTOR_RE, s) && !NOT_EU_RE.test(s)) {
    warmed(BARE_FOREIGN_RE, s).lastIndex = 0;
    for (let m = BARE_FOREIGN_RE.exec(s); m; m = BARE_FOREIGN_RE.exec(s))
      out.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, body: 'foreign' });
  }
  for (const [re, body] of [
    [LEADERS_RE, 'leaders'],
    [FOREIGN_RE, 'foreign'],
  ] as const) {
    warmed(re, s).lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s))
      out.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, body });
  }
  return out.sort((a, b) => a.start - b.start);
}

// Built once (speed, round 41): a literal in withEuMeetings was a new expression, parsed again, at each call.
const WITH_EU_MEETINGS_RE = /\bEU\b|E\.U\.|European Council|European Union|Foreign Affairs Council/;
/** The EU meetings chain: the event detector's findings, with the EU's meetings added where nothing else read the words. */
export function withEuMeetings(detector: ClaimDetector): ClaimDetector {
  return {
    kind: detector.kind,
    triggers: [
      ...detector.triggers,
      // "EU leaders", "the European Council", "EU foreign ministers", "the EU summit" name the EU, which the lexicon
      // matches (its qualifiers "EU", "European"), so they need no trigger word; the Foreign Affairs Council may be named alone.
      { words: [String.raw`Foreign\s+Affairs\s+Council`] },
    ],
    find(doc, ctx) {
      const out = detector.find(doc, ctx);
      if (!doc.facts.euMeetings?.size || !WITH_EU_MEETINGS_RE.test(doc.text)) return out;
      for (const a of euMeetingClaims(doc)) {
        // What another reader said of the same words stands: a red flag, or a confirmation of its own record.
        if (out.some((b) => spansOverlap(b, a))) continue;
        out.push(a);
      }
      return out;
    },
  };
}

// Built once (speed, round 41): a literal in euMeetingClaims was a new expression, parsed again, at each call.
const EU_MEETING_CLAIMS_RE = /\bEU\b|E\.U\.|European|Foreign Affairs/;
function euMeetingClaims(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!EU_MEETING_CLAIMS_RE.test(text)) continue;
    const found = phrases(doc.text, sentence);
    if (!found.length) continue;
    if (OTHER_CLUB_RE.test(text)) continue;
    // One body per sentence: "EU leaders will discuss what EU foreign ministers agreed" tells of two meetings.
    const bodies = new Set(found.map((p) => p.body));
    if (bodies.size > 1) continue;
    const phrase = found[0];
    // Told as a condition or a question right before the words, or a wish right after them: "if EU leaders meet", "EU
    // leaders could meet"; a modal elsewhere is of what the meeting may bring ("there would be no consensus at the
    // meeting of EU foreign ministers on February 23", za037).
    if (
      CONDITION_BEFORE_RE.test(doc.text.slice(Math.max(sentence.start, phrase.start - 20), phrase.start)) ||
      HYPOTHETICAL_RE.test(doc.text.slice(phrase.end, phrase.end + 25))
    )
      continue;
    const named = NAMED_MEETING_RE.test(doc.text.slice(phrase.start, phrase.end));
    if (!named && !MEETING_WORD_RE.test(text)) continue;
    const a = judgePhrase(doc, sentence, phrase);
    if (a) out.push(a);
  }
  return out;
}

/** The record the sentence's days (or, with none, its place on the page's days) fit, if exactly one. */
function judgePhrase(doc: Doc, sentence: Span, phrase: Phrase): Annotation | null {
  const list = records(doc.facts, phrase.body);
  // Days told near the words: within the sentence, not past a clause of someone's saying.
  const dates = datesIn(doc, sentence, sentence).filter(
    (d) =>
      d.granularity === 'day' &&
      Math.abs(d.start - phrase.end) < 90 &&
      !/\b(?:said|says|told|announced|wrote)\b/.test(between(doc, phrase, d)),
  );
  const places = placesNear(doc, sentence, phrase);
  let fits: EventRecord[];
  let by: DateMention | null = null;
  if (dates.length) {
    // Every day told must be one of the record's: "on 26-27 June" is both, "on Thursday" the weekday resolved.
    fits = list.filter((e) =>
      dates.every(
        (d) => daysOf(e).some((r) => overlaps(d, r)) && (!d.through || daysOf(e).some((r) => overlaps(factRange(d.through!), r))),
      ),
    );
    by = dates[0];
  } else {
    if (!places.length) return null;
    // No day told: the meeting of the page's days, told as under way, just held or about to begin.
    fits = list.filter((e) => overlaps({ first: addDays(doc.asOf, -2), last: addDays(doc.asOf, 2) }, eventDays(e)));
  }
  if (fits.length !== 1) return null;
  const e = fits[0];
  // A place told must be the meeting's; with none on record, a place says nothing either way.
  if (places.length && (!e.place || !places.some((p) => placesAgree(doc.facts, p, e.place!)))) return null;
  if (!by && !places.length) return null;
  const ends = [phrase.end, ...dates.map((d) => d.end), ...places.map(() => phrase.end)];
  const placeEnds = placeSpans(doc, sentence, phrase).map((s) => s.end);
  const span = { start: phrase.start, end: Math.max(...ends, ...placeEnds) };
  return eventSupported(doc, e, span, `${e.name}: on record.`);
}

function between(doc: Doc, phrase: Span, d: Span): string {
  return d.start >= phrase.end ? doc.text.slice(phrase.end, d.start) : doc.text.slice(d.end, phrase.start);
}

/** Places told as where the meeting was: "in X" / "at X" within a few words after the phrase (or before it). */
function placeSpans(doc: Doc, sentence: Span, phrase: Span): Array<Span & { id: string }> {
  const out: Array<Span & { id: string }> = [];
  const from = Math.max(sentence.start, phrase.start - 60);
  const to = Math.min(sentence.end, phrase.end + 60);
  for (const m of matchesIn(doc, { start: from, end: to }, 'place')) {
    const before = doc.text.slice(Math.max(sentence.start, m.start - 4), m.start);
    if (!/\b(?:in|at)\s+$/i.test(before)) continue;
    out.push({ start: m.start, end: m.end, id: m.value.id });
  }
  const after = doc.text.slice(phrase.end, to);
  const lux = LUXEMBOURG_RE.exec(after);
  if (lux && doc.facts.places.has('luxembourg-city')) {
    const start = phrase.end + lux.index + 3;
    out.push({ start, end: start + 'Luxembourg'.length, id: 'luxembourg-city' });
  }
  return out;
}

function placesNear(doc: Doc, sentence: Span, phrase: Span): string[] {
  return placeSpans(doc, sentence, phrase).map((p) => p.id);
}
