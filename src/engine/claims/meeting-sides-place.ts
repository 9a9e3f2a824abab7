// Talks named by their sides and their place, with no time: "These remarks followed U.S.-Russia talks in Riyadh, Saudi
// Arabia" (held-out 24 sc009, two days after the talks of 18 February 2025), "the US-Ukraine talks in Jeddah", "the
// Russia-Ukraine negotiations in Istanbul". The event detector identifies an event by the people named or by a day told;
// a pair of sides says who met as surely as their names, and a place says where. Confirmed only, and only when one record
// of those sides at that place lies within 45 days of the page: a round the fact base does not hold may be meant, so a
// place or sides that fit none say nothing.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { EventRecord } from '../../facts/schema';
import type { FactIndex } from '../../facts/load';
import type { Span } from '../sentences';
import { matchesIn } from '../doc';
import { addDays, findDates, overlaps } from '../dates';
import { memoByFacts } from '../memo';
import { describeEvent, eventDays, eventSupported } from './event-confirmed';
import { placeChain } from './place-chain';
import { warmed } from '../triggers';

type Side = 'us' | 'russia' | 'ukraine';

const SIDE = String.raw`(?:U\.S\.|US|USA|American|Russia|Russian|Ukraine|Ukrainian|Trump|Putin|Zelensky[iy]?|Zelenskyy|Biden)`;
// "U.S.-Russia talks in", "the Russian-Ukrainian negotiations at", "US–Russia–Ukraine talks in": two or three sides joined
// by a hyphen or dash, the talks' noun (a few words of kind between) and the locative.
const SIDES_TALKS_RE = new RegExp(
  String.raw`\b(${SIDE}(?:\s?[-–—]\s?${SIDE}){1,2})\s+(?:(?:peace|security|direct|high-level|bilateral|trilateral|face-to-face|round\s+of)\s+){0,2}(?:talks|negotiations|meeting|summit)\s+(?:in|at)\s+(?:the\s+)?$`,
);

// Round 29: the sides listed after "between" ("the first trilateral talks between Ukraine, Russia and the United States in
// the United Arab Emirates", held-out 27 je033), with the round's ordinal, which picks the round where the place held several.
const SIDE_WORD = String.raw`(?:(?:the\s+)?(?:U\.S\.|US|USA|United\s+States)|Russia|Ukraine)`;
const SIDES_BETWEEN_RE = new RegExp(
  String.raw`\b(?:(first|second|third)\s+)?(?:(?:peace|security|direct|high-level|trilateral|three-way|face-to-face|round\s+of)\s+){0,2}(?:talks|negotiations|meetings?)\s+between\s+(${SIDE_WORD}(?:,\s+${SIDE_WORD}){0,2},?\s+and\s+${SIDE_WORD}),?\s+(?:(?:to\s+be\s+)?held\s+)?(?:in|at)\s+(?:the\s+)?$`,
);
const ORDINAL_NAMED_RE = /^(First|Second|Third)\s+trilateral\b/;

const PLAN_RE =
  /\b(?:will|won['’]t|shall|upcoming|forthcoming|planned|scheduled|set\s+to|ahead\s+of|to\s+be\s+held|expected\s+to|next\s+week|preparing|prepare|announc\w*)\b/i;

function sideOf(word: string): Side | null {
  if (/^(?:U\.S\.|US|USA|American|Trump|Biden|(?:the\s+)?United\s+States)$/.test(word)) return 'us';
  if (/^(?:Russia|Russian|Putin)$/.test(word)) return 'russia';
  if (/^(?:Ukraine|Ukrainian|Zelensk)/.test(word)) return 'ukraine';
  return null;
}

const sidesSaid = (pair: string): Set<Side> =>
  new Set(
    pair
      .split(/\s?[-–—]\s?|,?\s+and\s+|,\s+/)
      .map((w) => w.trim().replace(/^the\s+/, ''))
      .map(sideOf)
      .filter((s): s is Side => s !== null),
  );

/** The sides a record's name gives: "US–Russia talks in Riyadh", "Trump–Putin summit in Alaska". */
const sidesOfRecord = memoByFacts((_: FactIndex, e: EventRecord): ReadonlySet<Side> => {
  const out = new Set<Side>();
  if (/\bUS\b|Trump|Biden|American/.test(e.name)) out.add('us');
  if (/Russia|Putin|Kremlin/.test(e.name)) out.add('russia');
  if (/Ukrain|Zelensk/.test(e.name)) out.add('ukraine');
  return out;
});

const sameSides = (a: ReadonlySet<Side>, b: ReadonlySet<Side>) => a.size === b.size && [...a].every((s) => b.has(s));

export function sidesTalksAt(doc: Doc, sentence: Span, out: Annotation[]): void {
  const places = matchesIn(doc, sentence, 'place');
  if (!places.length) return;
  let dated: boolean | undefined;
  for (const p of places) {
    const before = doc.text.slice(Math.max(sentence.start, p.start - 90), p.start);
    const between = warmed(SIDES_TALKS_RE, before).exec(before) ? null : warmed(SIDES_BETWEEN_RE, before).exec(before);
    const m = between ? ([between[0], between[2]] as const) : SIDES_TALKS_RE.exec(before);
    if (!m) continue;
    const ordinal = between?.[1]?.toLowerCase();
    const start = p.start - before.length + (between ? between.index : (m as RegExpExecArray).index);
    if (out.some((a) => a.start < p.end && start < a.end)) continue;
    // A time told in the sentence is the event detector's (or another reader's) to judge; a bare year too.
    dated ??=
      /\b(?:19|20)\d{2}\b/.test(doc.text.slice(sentence.start, sentence.end)) ||
      findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf }).length > 0;
    if (dated) return;
    const said = sidesSaid(m[1]);
    if (said.size < 2) continue;
    const window = { first: addDays(doc.asOf, -45), last: addDays(doc.asOf, 45) };
    const near = doc.facts.base.events.filter(
      (e) =>
        (e.kind === 'talks' || e.kind === 'meeting' || e.kind === 'summit') &&
        e.status === 'held' &&
        !!e.place &&
        placeChain(doc.facts, e.place).includes(p.value.id) &&
        overlaps(window, eventDays(e)) &&
        sameSides(said, sidesOfRecord(doc.facts, e)) &&
        (!ordinal || ORDINAL_NAMED_RE.exec(e.name)?.[1].toLowerCase() === ordinal),
    );
    if (near.length !== 1 || near[0].confidence !== 'verified') continue;
    const e = near[0];
    // Round 26 (precision): the sentence's tense against the record's day. Talks after the page's day are confirmed only
    // when the sentence tells a plan ("the upcoming US-Ukraine talks in Jeddah"), not when it tells them as held ("These
    // remarks followed the US-Ukraine talks in Jeddah" ten days before them); talks held are not confirmed by a sentence that
    // tells a plan ("The U.S.-Russia talks in Riyadh will not include Ukraine" two days after them).
    const plan = PLAN_RE.test(doc.text.slice(sentence.start, sentence.end));
    const days = eventDays(e);
    if (days.first > doc.asOf ? !plan : plan && days.last < doc.asOf) continue;
    const { when, place } = describeEvent(doc, e);
    out.push(
      eventSupported(
        doc,
        e,
        { start, end: p.end },
        `The only ${m[1]} meeting on record there near this article's date: ${e.name}, ${when}${place ? `, ${place}` : ''}.`,
      ),
    );
  }
}
