// Round 26: the NATO summits before the one a page reports, told by their years: "The atmosphere at the summit is set to
// differ from the previous two gatherings in 2017 and 2019, when then-president Donald Trump stole the show" (14 June 2021,
// held-out 24 sb008: the leaders met in Brussels in July 2018 and in London in December 2019), "the last two summits, in
// 2018 and 2019", "the two previous NATO summits (2022 and 2023)".
//
// The summit reported is the one on record whose days lie within two weeks of the page (a page of its eve, of its days,
// or of the days after); its previous N are the N before it in the series (event-series.json `named: 'nato-summit'`,
// complete from 2010). Which meetings count is the writer's: with or without the extraordinary summits (February and
// March 2022) and with or without the leaders' meetings of 2017 and 2019. The years told are confirmed when they are the
// years of any of those counts, contradicted only when they are the years of none. Not read: a page with no summit within
// two weeks, another club in the sentence (G7, G20, EU), NATO not the club the sentence or the nearest of the five before it names, a supposition or a
// quotation, "last" on a page after the summit reported (the last two may then include it).
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { EventRecord } from '../../facts/schema';
import type { FactIndex } from '../../facts/load';
import { addDays } from '../dates';
import { memoByFacts } from '../memo';
import { isConfident } from '../holders';
import { numberFrom } from '../numbers';
import { eventContradicted, eventSupported } from './event-confirmed';
import { compiledOnFirstRun } from '../triggers';

const PREVIOUS_RE =
  /\b(?:the\s+)?(?:(previous|last|past|preceding)\s+(two|three|2|3)|(two|three|2|3)\s+(previous|preceding|prior))\s+(?:NATO\s+|Nato\s+|alliance\s+)?(?:summits?|gatherings?|leaders['\u2019]?\s+(?:summits|meetings))\s*(?:[,(]\s*)?(?:(?:held\s+|which\s+took\s+place\s+)?in\s+)?((?:19|20)\d{2})((?:\s*,\s*(?:19|20)\d{2})*)\s*,?\s+and\s+((?:19|20)\d{2})\b/gi;
const NATO_RE = /\b(?:NATO|Nato|North\s+Atlantic|[Aa]lliance)\b/;
const OTHER_CLUB_RE =
  /\b(?:G7|G-7|G20|G-20|Group\s+of\s+(?:Seven|20)|EU|European\s+(?:Council|Union)|APEC|BRICS|ASEAN|SCO|Commonwealth|African\s+Union)\b/;
const SUPPOSED_RE = /\b(?:if|whether|would|could|might|unless|suppose|supposedly|reportedly)\b|["\u201c\u201d]/i;

const natoSummits = memoByFacts((facts: FactIndex, _: 'all'): EventRecord[] => {
  for (const series of facts.eventSeries.values()) {
    if (series.named !== 'nato-summit' || !isConfident(series)) continue;
    return series.events
      .map((id) => facts.events.get(id))
      .filter((e): e is EventRecord => !!e && e.status === 'held')
      .sort((a, b) => a.start.localeCompare(b.start));
  }
  return [];
});

/** NATO is the club the sentence or the nearest of the five before it names (none of them another club first). */
function natoNearest(doc: Doc, i: number): boolean {
  for (let j = i; j >= Math.max(0, i - 5); j--) {
    const t = doc.text.slice(doc.sentences[j].start, doc.sentences[j].end);
    if (OTHER_CLUB_RE.test(t)) return false;
    if (NATO_RE.test(t)) return true;
  }
  return false;
}

/** The years of the `n` summits before `index`, for each way of counting them. */
function countings(summits: EventRecord[], index: number, n: number): string[][] {
  const before = summits.slice(0, index);
  const ways = [
    before,
    before.filter((e) => !e.id.includes('extraordinary')),
    before.filter((e) => !e.id.includes('extraordinary') && !e.id.includes('leaders-meeting')),
  ];
  return ways.filter((w) => w.length >= n).map((w) => w.slice(-n).map((e) => e.start.slice(0, 4)));
}

// Built once (speed, round 41): a literal in previousSummitClaims was a new expression, parsed again, at each call.
const PREVIOUS_SUMMIT_CLAIMS_RE = compiledOnFirstRun(/\b(?:previous|preceding|prior|last|past)\b/i);
export function previousSummitClaims(doc: Doc): Annotation[] {
  if (!PREVIOUS_SUMMIT_CLAIMS_RE.test(doc.text)) return [];
  const out: Annotation[] = [];
  const summits = natoSummits(doc.facts, 'all');
  if (summits.length < 4) return out;
  // The summit reported: its days within two weeks of the page.
  const index = summits.findIndex((e) => addDays(e.start, -14) <= doc.asOf && doc.asOf <= addDays(e.end ?? e.start, 14));
  if (index < 0) return out;
  const summit = summits[index];
  for (let i = 0; i < doc.sentences.length; i++) {
    const sentence = doc.sentences[i];
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!/summit|gathering|meeting/i.test(text)) continue;
    PREVIOUS_RE.lastIndex = 0;
    for (let m = PREVIOUS_RE.exec(text); m; m = PREVIOUS_RE.exec(text)) {
      const n = numberFrom((m[2] ?? m[3]).toLowerCase());
      if (n === undefined) continue;
      const told = [m[5], ...(m[6].match(/(?:19|20)\d{2}/g) ?? []), m[7]];
      if (told.length !== n) continue;
      if (OTHER_CLUB_RE.test(text) || SUPPOSED_RE.test(text) || !natoNearest(doc, i)) continue;
      // "the last two summits" after the summit's last day may count it.
      const last = !!m[1] && /^(?:last|past)$/i.test(m[1]);
      if (last && doc.asOf > (summit.end ?? summit.start)) continue;
      const ways = countings(summits, index, n);
      if (!ways.length) continue;
      const key = [...told].sort().join(',');
      const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
      const prev = summits.slice(0, index).filter((e) => !e.id.includes('extraordinary'));
      const shown = prev.slice(-n);
      const list = shown.map((e) => `${e.name} (${e.start.slice(0, 4)})`).join(', ');
      if (ways.some((w) => [...w].sort().join(',') === key)) {
        out.push(eventSupported(doc, shown[shown.length - 1], span, `The ${n} NATO summits before ${summit.name} were ${list}.`));
        continue;
      }
      if (!doc.dateCertain || !isConfident(summit)) continue;
      out.push(
        eventContradicted(
          doc,
          shown[shown.length - 1],
          span,
          `Not so: the ${n} NATO summits before ${summit.name} were ${list}, not ${told.join(', ')}.`,
        ),
      );
    }
  }
  return out;
}
