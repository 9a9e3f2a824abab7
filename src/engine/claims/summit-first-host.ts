// "It will be the first time that the summit will be held in the West European country" (the 2025 summit, in The
// Hague), "the first NATO summit ever hosted by the Netherlands", "Lithuania hosts a NATO summit for the first time":
// a NATO summit said to be the first at a place. The summit is the one at that place around the page's date (to come,
// or held in the last two months); the claim is confirmed when no NATO summit on record was held there before it, and
// contradicted when one was ("the first time Spain hosts a NATO summit", of Madrid 2022: Madrid 1997).
//
// The record lacks some summits of the 1970s to 2000s (Bonn 1982, Rome 1991, Strasbourg-Kehl 2009, several in
// Brussels, London 1977, Washington 1978), all in countries that either have no summit after them on record (so no
// summit of the page is found there) or have an earlier one on record too: no claim is confirmed for want of them.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { EventRecord } from '../../facts/schema';
import type { FactIndex } from '../../facts/load';
import type { Span } from '../sentences';
import { addDays, formatDay } from '../dates';
import { isConfident, onDay, tenuresOf } from '../holders';
import { memoByFacts } from '../memo';
import { describeEvent, eventContradicted, eventDays, eventSupported } from './event-confirmed';
import { placeChain, placesAgree, placesIn } from './place-chain';
import { narratedTime } from '../narrated-time';
import { spansOverlap } from '../sentences';
import { execWarm, gated, compiledOnFirstRun } from '../triggers';

// "the first time that the summit will be held in", "the first time a NATO summit is hosted by", "the first NATO
// summit ever held in", "the first summit to be hosted by".
const FIRST_AT_RE =
  /\bfirst\s+(?:time\s+(?:that\s+|ever\s+)?(?:an?\s+|the\s+)?(?:NATO\s+|Nato\s+|[Aa]lliance\s+)?summit\s+(?:will\s+be|is\s+being|is|has\s+been|was|would\s+be|had\s+been)\s+|(?:NATO\s+|Nato\s+)?summit\s+(?:ever\s+)?(?:to\s+be\s+)?)(?:held|hosted|organi[sz]ed|taking\s+place)\s+(?:in|by)\s+/g;
// "Lithuania hosts a NATO summit for the first time", "the Netherlands will host the summit for the first time".
const HOSTS_FIRST_RE =
  /^\s+(?:will\s+|is\s+to\s+|is\s+set\s+to\s+)?host(?:s|ed|ing)?\s+(?:a|the|an)\s+(?:NATO\s+|Nato\s+)?summit\s+for\s+the\s+first\s+time\b/;
const FIRST_TIME_RE = /\bfirst\s+time\s+(?:ever\s+)?(?:that\s+)?/g;
// "has hosted the high-stakes military alliance gathering", "hosts a NATO summit", "will host the alliance's summit".
const HOSTED_AFTER_RE =
  /^\s+(?:has\s+|had\s+|will\s+|would\s+|is\s+)?(?:ever\s+)?host(?:s|ed|ing)?\s+(?:the|a|an|this|its)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:summit|gathering)\b/;
// "in the West European country", "by the Baltic nation": the country named just before.
const COUNTRY_ANAPHOR_RE = /^the\s+(?:[\w-]+\s+){0,3}?(?:country|nation|kingdom)\b(?!s)/;
// "the first summit held in Spain since 1997", "in 25 years": a first of a period, not ever.
const SINCE_AFTER_RE = /^[\s,]*(?:since|in\s+(?:\d+|a|[a-z]+)\s+(?:years|decades)|for\s+(?:\d+|[a-z]+)\s+(?:years|decades))\b/i;
const NATO_RE = /\b(?:NATO|Nato|[Aa]lliance|[Aa]llied)\b/;
const OTHER_CLUB_RE = /\b(?:EU|European\s+Council|G7|G-7|G20|G-20|BRICS|ASEAN|APEC|Eastern\s+Partnership|Nuclear\s+Security)\b/;

/** NATO summits by every place in their chain (the venue, its city, its country). */
const summitsByPlace = memoByFacts((facts: FactIndex, _: 'all'): Map<string, EventRecord[]> => {
  const out = new Map<string, EventRecord[]>();
  for (const e of facts.base.events) {
    if (e.kind !== 'summit' || !e.id.startsWith('nato-') || !e.place) continue;
    for (const p of placeChain(facts, e.place)) {
      const list = out.get(p);
      if (list) list.push(e);
      else out.set(p, [e]);
    }
  }
  for (const list of out.values()) list.sort((a, b) => (a.start < b.start ? -1 : 1));
  return out;
});

// Built once (speed, round 41): a literal in firstHostClaims was a new expression, parsed again, at each call.
const FIRST_HOST_CLAIMS_RE = /summit/i;
export function firstHostClaims(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const ordinal = doc.text.includes('first') || ORDINAL_SUMMIT_RE.test(doc.text);
  if (!ordinal) return out;
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (FIRST_BY_HINT_RE.test(text)) {
      const a = firstChairedBy(doc, sentence, text);
      if (a) out.push(a);
    }
    if (!FIRST_HOST_CLAIMS_RE.test(text)) continue;
    if (TERM_HINT_RE.test(text)) {
      const a = summitOfTerm(doc, sentence, text);
      if (a) out.push(a);
    }
    if (!text.includes('first')) continue;
    if (OTHER_CLUB_RE.test(text) || !NATO_RE.test(doc.text.slice(Math.max(0, sentence.start - 400), sentence.end))) continue;
    FIRST_AT_RE.lastIndex = 0;
    for (let m = FIRST_AT_RE.exec(text); m; m = FIRST_AT_RE.exec(text)) {
      const at = sentence.start + m.index + m[0].length;
      const place = placeAt(doc, sentence, at);
      if (!place) continue;
      const a = judge(doc, { start: sentence.start + m.index, end: place.end }, place.id, place.end);
      if (a) out.push(a);
    }
    // "marking the first time the country has hosted the high-stakes military alliance gathering" (held-out 11 y094),
    // "the first time Lithuania hosts a NATO summit": the place after "first time", then the verb of hosting.
    FIRST_TIME_RE.lastIndex = 0;
    for (let m = FIRST_TIME_RE.exec(text); m; m = FIRST_TIME_RE.exec(text)) {
      const at = sentence.start + m.index + m[0].length;
      const place = placeAt(doc, sentence, at);
      if (!place) continue;
      const hosted = HOSTED_AFTER_RE.exec(doc.text.slice(place.end, sentence.end));
      if (!hosted) continue;
      const end = place.end + hosted[0].length;
      const a = judge(doc, { start: sentence.start + m.index, end }, place.id, end);
      if (a && !out.some((b) => spansOverlap(b, a))) out.push(a);
    }
    if (/for\s+the\s+first\s+time/.test(text))
      for (const p of placesIn(doc, sentence)) {
        const hosts = HOSTS_FIRST_RE.exec(doc.text.slice(p.end, sentence.end));
        if (!hosts) continue;
        const a = judge(doc, { start: p.start, end: p.end + hosts[0].length }, p.value.id, p.end + hosts[0].length);
        if (a) out.push(a);
      }
  }
  return out;
}

/** The place right at `at`: named ("the Netherlands"), or "the West European country" for the last country named before it. */
function placeAt(doc: Doc, sentence: Span, at: number): { id: string; end: number } | null {
  const named = placesIn(doc, { start: at, end: Math.min(sentence.end, at + 60) }).find(
    (p) => p.start - at <= 4 && /^(?:the\s+)?$/i.test(doc.text.slice(at, p.start)),
  );
  if (named) return { id: named.value.id, end: named.end };
  const anaphor = COUNTRY_ANAPHOR_RE.exec(doc.text.slice(at, Math.min(sentence.end, at + 60)));
  if (!anaphor) return null;
  const before = placesIn(doc, { start: Math.max(0, sentence.start - 400), end: at }).filter(
    (p) => !doc.facts.places.get(p.value.id)?.within,
  );
  const last = before[before.length - 1];
  return last ? { id: last.value.id, end: at + anaphor[0].length } : null;
}

function judge(doc: Doc, span: Span, placeId: string, after: number): Annotation | null {
  if (SINCE_AFTER_RE.test(doc.text.slice(after, after + 30))) return null;
  const summits = summitsByPlace(doc.facts, 'all').get(placeId) ?? [];
  // The page's summit there: one to come, or one held in the last two months.
  const current = summits.find((e) => e.status !== 'cancelled' && eventDays(e).last >= addDays(doc.asOf, -60));
  if (!current || current.start > addDays(doc.asOf, 730)) return null;
  const earlier = summits.filter((e) => e.status === 'held' && eventDays(e).last < current.start);
  const name = doc.facts.places.get(placeId)?.name ?? placeId;
  if (!earlier.length) {
    if (current.confidence !== 'verified' && current.status === 'held') return null;
    return eventSupported(doc, current, span, `${current.name} is the first NATO summit on record held in ${name}.`);
  }
  const before = earlier[earlier.length - 1];
  if (!isConfident(before) || !doc.dateCertain) return null;
  const { when } = describeEvent(doc, before);
  return eventContradicted(
    doc,
    before,
    span,
    `${current.name} is not the first NATO summit in ${name}: ${before.name} was held there on ${when || formatDay(before.start)}.`,
  );
}

/**
 * "This will be his first NATO summit since beginning his second term as president" (held-out 11 y095, Trump at The
 * Hague, June 2025), "his first NATO summit since returning to the White House", "the second NATO summit of her term":
 * the NATO summit of the page (under way, just held or the next to come) counted among those held since the leader
 * named in the sentence or just before took the office held on the page's day. Contradicted when the count fits
 * neither with nor without the extraordinary summits (some count some of them); a count that fits is confirmed by the
 * tenure reader.
 */
const TERM_HINT_RE = /\b(?:term|office|White\s+House|power)\b/;
const SUMMIT_OF_TERM_RE =
  /\b(?:his|her)\s+(first|second|third|fourth)\s+(?:NATO\s+|Nato\s+)?summit\s+(?:since\s+(?:beginning|starting|taking|returning\s+to|entering|re-entering)\s+(?:his\s+second\s+term|her\s+second\s+term|office|the\s+White\s+House|power)|of\s+(?:his|her)\s+(?:second\s+)?term|since\s+(?:his|her)\s+return\s+to\s+(?:office|power|the\s+White\s+House))/;
const ORDINALS = ['first', 'second', 'third', 'fourth'];
const ORDINAL_SUMMIT_RE = gated(/\b(?:second|third|fourth)\s+(?:NATO\s+|Nato\s+)?summit\b/);

function summitOfTerm(doc: Doc, sentence: Span, text: string): Annotation | null {
  const m = execWarm(SUMMIT_OF_TERM_RE, text);
  if (!m) return null;
  const at = sentence.start + m.index;
  const n = ORDINALS.indexOf(m[1].toLowerCase()) + 1;
  // The leader: the last person named before the words, in the sentence or the one before, who heads a state or
  // government on the page's day.
  const people = doc.people.filter((p) => p.end <= at && p.start >= Math.max(0, sentence.start - 400)).reverse();
  let from: string | null = null;
  for (const p of people) {
    for (const office of doc.facts.officesByPerson.get(p.personId) ?? []) {
      if (!office.headOf) continue;
      const t = tenuresOf(p.personId, office).find((x) => onDay(x, doc.asOf) === 'in');
      if (t && t.from === t.fromLate) from = t.from;
    }
    if (from) break;
  }
  if (!from) return null;
  const summits = [...summitsByPlace(doc.facts, 'all').values()].flat();
  const unique = [...new Set(summits)].sort((a, b) => (a.start < b.start ? -1 : 1));
  const current = unique.find((e) => e.status !== 'cancelled' && eventDays(e).last >= addDays(doc.asOf, -10));
  if (!current || current.start > addDays(doc.asOf, 60) || current.start < from) return null;
  const since = unique.filter((e) => e.status === 'held' && e.start >= from! && e.start < current.start);
  const regular = since.filter((e) => !e.id.includes('extraordinary'));
  const span = { start: at, end: at + m[0].length };
  const { when } = describeEvent(doc, current);
  // A count that fits is the tenure reader's to confirm ("the first NATO summit after ... took office").
  // Any count between the two fits: some count the in-person extraordinary summits and not the virtual ones.
  if (n - 1 >= regular.length && n - 1 <= since.length) return null;
  if (!isConfident(current) || !doc.dateCertain) return null;
  return eventContradicted(
    doc,
    current,
    span,
    `${current.name} (${when}) is not the ${m[1].toLowerCase()} NATO summit since ${formatDay(from)}: ${regular.length ? `${regular.length} ordinary ones were` : 'none was'} held between.`,
  );
}

// "This is a very special meeting: it will be the first one hosted by Mark Rutte" (held-out 12 g208, of the Washington
// summit on its first day, 9 July 2024; Rutte took office on 1 October 2024): the summit under way, or about to open,
// said to be the first one a Secretary General hosts, chairs or leads. A summit (the word, in the sentence or the few
// before it, on a page that names NATO) held while that person was not Secretary General is contradicted; the first
// summit of their tenure is confirmed. Only a person who held the office at some time: "hosted by Joe Biden" is the host
// country's leader, and left alone.
const FIRST_BY_HINT_RE = compiledOnFirstRun(/\bfirst\b[^.;]*\b(?:hosted|chaired|led|presided)\s+(?:over\s+)?by\b/);
const FIRST_BY_RE =
  /\bfirst\s+(?:NATO\s+|Nato\s+)?(?:summit|one|meeting\s+of\s+(?:NATO\s+)?leaders)\s+(?:to\s+be\s+)?(?:hosted|chaired|led|presided\s+over)\s+by\s+(?:(?:NATO\s+|Nato\s+|the\s+new\s+|new\s+)?Secretary[- ]General\s+)?$/i;
const SG_OFFICE = 'nato-secretary-general';

function firstChairedBy(doc: Doc, sentence: Span, text: string): Annotation | null {
  if (OTHER_CLUB_RE.test(text)) return null;
  const window = doc.text.slice(Math.max(0, sentence.start - 400), sentence.end);
  if (!/summit/i.test(window) || !NATO_RE.test(doc.text)) return null;
  const office = doc.facts.offices.get(SG_OFFICE);
  if (!office) return null;
  for (const p of doc.people) {
    if (p.start < sentence.start || p.end > sentence.end) continue;
    const m = FIRST_BY_RE.exec(doc.text.slice(Math.max(sentence.start, p.start - 90), p.start));
    if (!m) continue;
    const tenures = tenuresOf(p.personId, office);
    if (!tenures.length) continue;
    const summits = [...new Set([...summitsByPlace(doc.facts, 'all').values()].flat())].sort((a, b) => (a.start < b.start ? -1 : 1));
    const current = summits.find((e) => e.status !== 'cancelled' && eventDays(e).last >= addDays(doc.asOf, -2));
    if (!current || current.start > addDays(doc.asOf, 30)) return null;
    const span = { start: Math.max(sentence.start, p.start - m[0].length), end: p.end };
    // The summit meant is the page's own: no other year or place in the sentence ("the Warsaw summit, the first one
    // chaired by ..."), and the passage not a narration of another time.
    const year = current.start.slice(0, 4);
    if ((text.match(/\b(?:19|20)\d{2}\b/g) ?? []).some((y) => y !== year)) return null;
    if (placesIn(doc, sentence).some((q) => !placesAgree(doc.facts, q.value.id, current.place ?? ''))) return null;
    if (narratedTime(doc, span.start).narration) return null;
    const during = tenures.find((t) => onDay(t, current.start) === 'in');
    const { when } = describeEvent(doc, current);
    const name = doc.text.slice(p.start, p.end);
    if (during) {
      const earlier = summits.some((e) => e.status === 'held' && e.start < current.start && onDay(during, e.start) === 'in');
      return earlier
        ? null
        : eventSupported(doc, current, span, `${current.name} (${when}) was the first NATO summit of ${name}'s term as Secretary General.`);
    }
    if (!isConfident(current) || !doc.dateCertain) return null;
    const first = tenures.map((t) => t.from).sort()[0];
    return eventContradicted(
      doc,
      current,
      span,
      `${name} was not Secretary General of NATO at ${current.name} (${when})${first > current.start ? `: the term began on ${formatDay(first)}` : ''}.`,
    );
  }
  return null;
}
