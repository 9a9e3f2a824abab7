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
import { isConfident } from '../holders';
import { eventContradicted, eventDays, eventSupported } from './event-confirmed';
import { spansOverlap } from '../sentences';

interface SummitRecord {
  summits: EventRecord[];
  members: { country: Jurisdiction; names: string[] }[];
  /** Every summit's place name, to tell a sentence about another summit. */
  places: RegExp;
  names: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
    if (place) for (const n of [place.name, ...place.aliases]) if (/^[A-Z]/.test(n)) placeNames.add(n);
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
      String.raw`${list}(?:['’]s\s+|\s+(?:attends?|attended|attending|is\s+attending|takes?\s+part\s+in|joins?)\s+its\s+)first\s+(?:NATO\s+)?(?:summit|leaders['’]?\s+meeting)\s+as\s+(?:a\s+|an\s+)?(?:full(?:[- ]fledged)?\s+)?(?:member|ally|allies|members)`,
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

const DENIAL_RE = /\b(?:not|never|no|if|whether|unless|would)\b|n['’]t\b/i;

function firstSummitClaims(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!doc.dateCertain || !/\bfirst\b/.test(doc.text)) return out;
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
      for (const a of firstSummitClaims(doc))
        if (!out.some((b) => b.kind === 'event' && spansOverlap(b, a) && (a.verdict !== 'contradicted' || b.verdict === 'contradicted')))
          out.push(a);
      return out;
    },
  };
}
