// A handover of an office told by its day: "The recipient of the October 1 ceremonial handoff ...
// was former Dutch Prime Minister Mark Rutte", "On October 1, NATO Secretary General Jens
// Stoltenberg will officially hand over his position to his successor, Mark Rutte", "will formally
// pass the reins of the military alliance to his successor, Mark Rutte, on October 1". The handover
// is an event on record (NATO's Secretary General, 1 October 2024); the tenure detectors read who
// succeeded whom, not the ceremony's day.
//
// Only confirmed: a day in the sentence that is a handover's on record, with the office's body
// (NATO, its Secretary General, the alliance) named in the sentence or just before it. Another day
// says nothing: other offices change hands too.
//
// NATO's military posts change hands at a "change of command" ceremony (held-out 26 ge004: "Admiral Bauer's tenure as NATO
// CMC draws to a close, with the change of command scheduled for this Friday, 17 January 2025"): the ceremony's day is the
// day the next holder took office, on record as the holder's start (changeOfCommand).
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { EventRecord } from '../../facts/schema';
import type { FactIndex } from '../../facts/load';
import { hull } from '../sentences';
import { daysBetween, factRange, findDates, formatDay, overlaps, weekdayOf } from '../dates';
import { memoByFacts } from '../memo';
import { eventSupported } from './event-confirmed';
import { gated } from '../triggers';
import { isConfident, sourcesOf } from '../holders';

// Round 35: the successor's side of it, "He will take over his duties on October 1st" (held-out 33 od030, June 2024), "Rutte
// takes over on Oct. 1" (od031), "will assume the post on 1 October", "officially took office on Tuesday": the handover's day
// told of the one who takes over (the body named in the sentence or before, as for the handover itself).
const HANDOVER_HINT_RE = gated(
  /hand(?:ed|s|ing)?[ -]?(?:over|off)\b|\b(?:reins|baton|gavel)\b|\bt(?:ake|akes|aking|ook)\s+over\b|\bassum(?:e|es|ed|ing)\s+(?:his|her|the)\s+(?:duties|post|role|office|position)|took\s+office/i,
);
const HANDOVER_RE =
  /\b(?:(?:ceremonial\s+)?(?:handover|hand-over|handoff|hand-off)(?:\s+ceremony)?|hand(?:ed|s|ing)?\s+over|(?:pass|passed|passes|passing|hand|handed|hands|handing)\s+(?:over\s+)?the\s+(?:reins|baton|gavel)|(?:take|takes|taking|took|will\s+take)\s+over(?:\s+(?:(?:his|her|the)\s+(?:duties|post|role|job|position|office)|(?:as\s+)?(?:NATO|Nato|the\s+alliance['\u2019]s)\s+(?:chief|head|leader|Secretary[- ]General)|as\s+(?:the\s+)?(?:new\s+)?(?:NATO\s+|alliance\s+)?(?:chief|head|leader|Secretary[- ]General)))?|(?:assume|assumes|assumed|assuming)\s+(?:his|her|the)\s+(?:duties|post|role|office|position)|took\s+office)\b/i;
// A day told of the handover by its weekday ("The handover on Tuesday", held-out 33 od032, a page of the day before): the
// weekday right after the noun, counted from the page's day. Confirmed only, as every day here.
const WEEKDAY_AFTER_NOUN_RE = /^(?:\s+(?:ceremony\s+)?(?:on|this|next)\s+)(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
// Words of another change at the body: "took over the rotating presidency", "take over Ukraine's ..." are no handover.
const NOT_THE_OFFICE_RE = /\b(?:presidency|chairmanship|command\s+of|control|territory|region|city|village)\b/i;
const BODY_RE = /\b(?:NATO|Nato|Secretary[- ]General|[Aa]lliance)\b/;

const handovers = memoByFacts((facts: FactIndex, _: 'all'): EventRecord[] =>
  facts.base.events.filter((e) => e.id.includes('handover') && e.status === 'held' && e.confidence === 'verified'),
);

// The commands whose handovers are told as a "change of command", by how a page names them.
const COMMANDS: ReadonlyArray<{ office: string; re: RegExp }> = [
  {
    office: 'nato-military-committee-chair',
    re: /\b(?:CMC|[Cc]hair(?:man)?\s+of\s+(?:the\s+)?(?:NATO\s+)?Military\s+Committee|(?:NATO\s+)?Military\s+Committee['\u2019]s\s+[Cc]hair(?:man)?)\b/,
  },
  { office: 'nato-saceur', re: /\b(?:SACEUR|Supreme\s+Allied\s+Commander(?:\s+for)?\s+Europe|Allied\s+Command\s+Operations|SHAPE)\b/ },
];
const CHANGE_RE = /\bchange[- ]of[- ]command\b/i;
// The whole text's test, by its words first (triggers.ts): most pages hold none.
const CHANGE_GATE = gated(CHANGE_RE);

/** "the change of command scheduled for this Friday, 17 January 2025", the command named in the sentence or just before. */
function changeOfCommand(doc: Doc, out: Annotation[]): void {
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    const m = CHANGE_RE.exec(text);
    if (!m) continue;
    const around = doc.text.slice(Math.max(0, sentence.start - 400), sentence.end);
    // One command named: a page about two may tell of either's ceremony.
    const named = COMMANDS.filter((c) => c.re.test(around));
    if (named.length !== 1) continue;
    const office = doc.facts.offices.get(named[0].office);
    if (!office) continue;
    const days = findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf }).filter(
      (d) => d.granularity === 'day' && !d.relative,
    );
    if (days.length !== 1) continue;
    const day = days[0];
    const holder = office.holders.find((h) => isConfident(h) && [h.start, ...(h.altStart ?? [])].includes(day.first));
    if (!holder) continue;
    const word = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
    const span = Math.max(day.start, word.start) - Math.min(day.end, word.end) <= 40 ? hull([word, day]) : word;
    const name = doc.facts.people.get(holder.person)?.name ?? holder.person;
    out.push({
      start: span.start,
      end: span.end,
      quote: doc.text.slice(span.start, span.end),
      verdict: 'supported',
      kind: 'tenure',
      factIds: [office.id, holder.person],
      message: `The day matches the record: ${name} took office as ${office.name} on ${formatDay(holder.start)}.`,
      fact: `${name}: ${office.name}, from ${formatDay(holder.start)}`,
      sources: sourcesOf(holder),
    });
  }
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function handoverClaims(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (CHANGE_GATE.test(doc.text)) changeOfCommand(doc, out);
  if (!HANDOVER_HINT_RE.test(doc.text)) return out;
  const records = handovers(doc.facts, 'all');
  if (!records.length) return out;
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!HANDOVER_HINT_RE.test(text)) continue;
    const m = HANDOVER_RE.exec(text);
    if (!m) continue;
    if (!BODY_RE.test(text) && !BODY_RE.test(doc.text.slice(Math.max(0, sentence.start - 400), sentence.start))) continue;
    const takeOver = !/^hand|handover|hand-over|handoff|hand-off|reins|baton|gavel/i.test(m[0]);
    // "took over" of a presidency, a city or control is none of the body's handovers.
    if (takeOver && NOT_THE_OFFICE_RE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    const afterNoun = m.index + m[0].length;
    const weekday = /^(?:handover|hand-over|handoff|hand-off)/i.test(m[0]) ? WEEKDAY_AFTER_NOUN_RE.exec(text.slice(afterNoun)) : null;
    const days = findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf }).filter(
      (d) => d.granularity === 'day' && !d.relative,
    );
    if (weekday && !days.length) {
      // The weekday's day within six days of the page's, either way (a page of the eve or the morning after).
      const name = /(\w+)$/.exec(weekday[0])![1];
      const e = records.find((r) => WEEKDAYS[weekdayOf(r.start)] === name && Math.abs(daysBetween(doc.asOf, r.start)) <= 6);
      if (e) {
        const start = sentence.start + m.index;
        const span = { start, end: sentence.start + afterNoun + weekday[0].length };
        out.push(
          eventSupported(doc, e, span, `The day matches the record: ${e.name}, ${name}, ${formatDay(e.start)}.`, { fact: e.summary }),
        );
      }
      continue;
    }
    for (const e of records) {
      const used = days.filter((d) => overlaps(d, factRange(e.start)));
      if (!used.length || used.length < days.length) continue;
      const word = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
      // The day joins the span only when it is next to the phrase: the names between carry their own title claims.
      const span = hull([word, ...used.filter((d) => Math.max(d.start, word.start) - Math.min(d.end, word.end) <= 20)]);
      const where = e.place ? doc.facts.places.get(e.place)?.name : undefined;
      out.push(
        eventSupported(doc, e, span, `The day matches the record: ${e.name}, ${formatDay(e.start)}${where ? `, ${where}` : ''}.`, {
          fact: e.summary,
        }),
      );
      break;
    }
  }
  return out;
}
