// Round 24: the UN General Assembly's resolutions on Russia's war against Ukraine (events.json, 'unga-resolution-...'),
// told with the day of the vote: "The UN General Assembly on February 24 supported a resolution initiated by Ukraine
// and European countries" (held-out 22 pa055, 25 February 2025), "On 2 March 2022, the General Assembly adopted a
// resolution demanding that Russia withdraw". A day told in the sentence that is the day of a resolution on record
// confirms it. Confirm-only: the Assembly debates for days before it votes, drafts are tabled and put to the vote on
// other days, and it adopts other resolutions, so a day that is no resolution's is never flagged.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { EventRecord } from '../../facts/schema';
import { findDates } from '../dates';
import { memoByFacts } from '../memo';
import { describeEvent, eventSupported } from './event-confirmed';

const RESOLUTION_RE = /\bresolution\b/i;
// The Assembly's vote, told as done: "adopted", "passed", "approved", "supported", "backed", "voted for/in favour".
const VOTED_RE = /\b(?:adopted|passed|approved|supported|backed|endorsed|voted)\b/;
// Not done, or not yet: "failed to pass", "will vote", "is expected to adopt", "a draft to be put to the vote".
const NOT_DONE_RE =
  /\b(?:not|n['\u2019]t|never|failed|will|would|expected|set\s+to|due\s+to|plans?\s+to|draft\s+to\s+be|rejected|vetoed)\b/i;
const WAR_RE = /\bUkrain|\bRussia/;
const UN_RE = /\b(?:United Nations|U\.N\.|UN)\b/;
const COUNCIL_RE = /\bSecurity\s+Council\b|\bHuman\s+Rights\s+Council\b/i;
const CONTEXT_REACH = 600;

const resolutions = memoByFacts((facts, _: 'all'): readonly EventRecord[] =>
  facts.base.events.filter((e) => e.id.startsWith('unga-resolution-') && e.status === 'held'),
);

/** A Ukraine resolution of the General Assembly told with its day: supported, never flagged. */
export function ungaResolutions(doc: Doc): Annotation[] {
  const records = resolutions(doc.facts, 'all');
  const out: Annotation[] = [];
  if (!records.length) return out;
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    // Round 25: "The United Nations on Wednesday passed a resolution condemning Russia's invasion of Ukraine" (held-out 23
    // ra013): the UN named for its Assembly, where no Security Council is named before the vote ("which holds a permanent
    // seat on the Security Council" after it is another clause).
    const named = UN_RE.exec(text);
    const at =
      text.indexOf('General Assembly') >= 0
        ? text.indexOf('General Assembly')
        : named && !COUNCIL_RE.test(text.slice(0, VOTED_RE.exec(text)?.index ?? text.length))
          ? named.index
          : -1;
    if (at < 0 || !RESOLUTION_RE.test(text) || !VOTED_RE.test(text) || NOT_DONE_RE.test(text)) continue;
    if (!WAR_RE.test(doc.text.slice(Math.max(0, sentence.start - CONTEXT_REACH), sentence.end))) continue;
    for (const d of findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf })) {
      if (d.granularity !== 'day' || d.first !== d.last) continue;
      const e = records.find((r) => r.start === d.first);
      if (!e || e.start > doc.asOf) continue;
      const start = sentence.start + at;
      const span = d.start < start ? { start: d.start, end: start + 'General Assembly'.length } : { start, end: d.end };
      out.push(eventSupported(doc, e, span, `${e.name}: adopted on ${describeEvent(doc, e).when}.`));
      break;
    }
  }
  return out;
}
