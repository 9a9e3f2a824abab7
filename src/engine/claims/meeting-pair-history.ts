// Round 41 (confirmations): a meeting of two people confirmed by its record, while the sentence tells it as the pair's first
// meeting or tells the pair as not having met since it. The record matched the time or place; the claim is about the
// meetings of the two around it, which the record also holds.
// - "Trump and Putin met for the first time in Alaska" (2025: they had met in Helsinki in 2018 and Osaka in 2019): a meeting
//   told as the first of the two while an earlier meeting of the same two is on record is not confirmed (context). Never
//   flagged: "for the first time in Alaska", "on US soil", "as presidents" may qualify it.
// - "Trump and Putin have not met in person since 2018" (October 2025: they met in Alaska on 15 August 2025): the time after
//   "since" is the last meeting's; a later meeting of the two on record, before the page, makes the present perfect wrong.
//   Contradicted when the sentence names exactly those two, the later meeting is verified and held in person, and the page's
//   date is certain; a past perfect ("had not met since") narrates another time and is only withheld.
// Asked once, of confirmations of events only, after the detectors ran (index.ts).
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { EventRecord } from '../../facts/schema';
import { sentenceOf } from '../doc';
import { addDays, formatDay } from '../dates';
import { isConfident } from '../holders';
import { eventDays } from './event-confirmed';
import { compiledOnFirstRun } from '../triggers';

const FIRST_RE = compiledOnFirstRun(
  /\b(?:for\s+the\s+(?:very\s+)?first\s+time|first\s+(?:ever\s+)?met|(?:their|the)\s+first[\s-]+(?:ever\s+)?(?:in-person\s+|face-to-face\s+|direct\s+|bilateral\s+)?(?:meeting|encounter|summit))\b/i,
);
// "the first time since 2019", "for the first time in six years", "as presidents", "this year", "on US soil": a first of
// another kind.
const FIRST_QUALIFIED_RE =
  /^[^.;]{0,30}?\b(?:since|in\s+(?:over\s+|more\s+than\s+|almost\s+|nearly\s+|about\s+)?(?:a|an|two|three|four|five|six|seven|eight|nine|ten|\d+|several|many)\s+(?:\w+\s+)?(?:years?|months?|decades?)|as\s+(?:presidents?|leaders?|heads?)|this\s+year|on\s+\w+\s+soil|in\s+(?:the\s+)?(?:United\s+States|U\.?S\.?|America|Russia|Europe)|in\s+person\s+since|while|after)\b/i;
const NOT_SINCE_RE = compiledOnFirstRun(
  /\b(ha(?:ve|s|d))(?:\s+not|n['\u2019]t)\s+(?:yet\s+|even\s+)?(?:met|seen\s+each\s+other|sat\s+down|held\s+(?:a\s+)?(?:talks|summit|meeting))\b(?:\s+(?:in\s+person|face[\s-]to[\s-]face|one[\s-]on[\s-]one|each\s+other|again))?\s+since\s/i,
);

const inPerson = (e: EventRecord) => e.kind !== 'call' && e.status === 'held';

/** Reads, in place, the confirmations of meetings that the pair's history on record belies. */
export function withholdPairHistory(doc: Doc, found: Annotation[]): void {
  for (let i = 0; i < found.length; i++) {
    const a = found[i];
    if (a.verdict !== 'supported' || a.kind !== 'event' || !a.factIds[0]) continue;
    const e = doc.facts.events.get(a.factIds[0]);
    if (!e || e.participants.length < 2) continue;
    const sentence = sentenceOf(doc, a.start);
    const text = doc.text.slice(sentence.start, sentence.end);
    const first = text.includes('first') ? FIRST_RE.exec(text) : null;
    const notSince = !first && text.includes('since') ? NOT_SINCE_RE.exec(text) : null;
    if (!first && !notSince) continue;
    // Everyone the sentence names (a lone surname too: "Trump and Putin"), and those of them at the meeting.
    const named = new Set<string>();
    for (const m of doc.matches) {
      if (m.start < sentence.start || m.end > sentence.end) continue;
      for (const v of m.values) if (v.type === 'person') named.add(v.id);
    }
    const ids = [...named].filter((id) => e.participants.includes(id));
    if (ids.length < 2) continue;
    const ofPair = (x: EventRecord) => x !== e && inPerson(x) && ids.every((id) => x.participants.includes(id));
    const days = eventDays(e);
    if (first) {
      if (FIRST_QUALIFIED_RE.test(text.slice(first.index + first[0].length))) continue;
      const earlier = doc.facts.base.events.filter((x) => ofPair(x) && eventDays(x).last < days.first).sort(byStart)[0];
      if (!earlier) continue;
      found[i] = {
        ...a,
        verdict: 'context',
        message: `Not confirmed as the first meeting of the two: ${earlier.name}, ${formatDay(earlier.start)}, came before. On record: ${a.fact}`,
      };
      continue;
    }
    const m = notSince!;
    const later = doc.facts.base.events
      .filter((x) => ofPair(x) && eventDays(x).first > days.last && eventDays(x).last <= addDays(doc.asOf, -1))
      .sort(byStart);
    if (!later.length) continue;
    const last = later[later.length - 1];
    const firm =
      m[1].toLowerCase() !== 'had' &&
      doc.dateCertain &&
      isConfident(last) &&
      named.size === 2 &&
      ids.length === 2 &&
      !/\b(?:until|before|prior\s+to)\b/i.test(text.slice(m.index));
    found[i] = {
      ...a,
      verdict: firm ? 'contradicted' : 'context',
      message: firm
        ? `The two met after that: ${last.name}, ${formatDay(last.start)}.`
        : `Not confirmed: the two met after that (${last.name}, ${formatDay(last.start)}). On record: ${a.fact}`,
    };
  }
}

const byStart = (x: EventRecord, y: EventRecord) => (x.start < y.start ? -1 : x.start > y.start ? 1 : 0);
