// Round 43: a side's leader told as arriving at talks his delegation held without him. "This operation coincides with Russian
// President Vladimir putin's arrival in Istanbul for the second round of ceasefire negotiations with ukraine" (held-out 41
// tn005, 1 June 2025: Putin never went to the Istanbul talks of 2025; Vladimir Medinsky led Russia's delegation on 2 June),
// "Putin arrived in Istanbul for the talks", "Zelensky, who flew to Istanbul for the negotiations".
//
// Only for a series of talks between two sides that the fact base holds complete, with its place (event-series.json: the
// Russia–Ukraine direct talks in Istanbul, 2025), and the round the page reports (the one round from three days before the
// page to three days after it), whose participants are the delegations' heads on record. The person is the head of state or
// government, on the round's day, of one of the sides, not among the round's participants or attendees, and the subject of
// the arrival (right before "arrived"/"flew", or "X's arrival") or of "attended"/"took part in", at the series' place, a place
// within it or one around it that is not a country: a country is no slip ("Zelensky arrived in Turkey", who met Erdogan in
// Ankara on 15 May). The same for a two leaders' summit the page reports (summit-pair-month.ts pairSummits: "Zelensky arrived
// in Alaska for the summit", 15 August 2025), of any country's leader but the host country's. Never when the arrival is denied,
// awaited, hoped for, asked for or put as a condition ("Zelensky said he would wait for Putin's arrival in Istanbul",
// "Putin did not arrive", "no sign of Putin's arrival").
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { EventRecord, EventSeries } from '../../facts/schema';
import { matchesIn } from '../doc';
import { addDays } from '../dates';
import { isConfident, onDay, tenuresOf } from '../holders';
import { memoByFacts } from '../memo';
import { describeEvent, eventContradicted, eventDays } from './event-confirmed';
import { placeChain } from './place-chain';
import { pairSummits } from './summit-pair-month';

const ABSENT_LEADER_GATE_RE = /\b(?:arriv\w*|flew|landed|travell?ed|attended|took\s+part|participated)\b/;
// Right before the place: "'s arrival in", "arrived in", "flew to", "landed in", "travelled to".
const ARRIVAL_BEFORE_RE =
  /(?:(['\u2019]s?\s+)arrival|\b(?:arrived|landed|flew(?:\s+in)?|travell?ed|has\s+arrived|had\s+arrived))\s+(?:in|into|to|at)\s+(?:the\s+)?$/;
const TALKS_RE = /\b(?:talks|negotiations|round|summit)\b/i;
// "attended the Alaska summit", "took part in the summit in Alaska": the place told with "summit" after it, or before it.
const ATTENDED_BEFORE_RE = /\b(?:attended|took\s+part\s+in|participated\s+in)\s+(?:the\s+)?(?:(summit|talks)\s+(?:in|at)\s+(?:the\s+)?)?$/;
const ATTENDED_RE = /^\s*(?:summit|talks)\b/;
// Denied, awaited, wished, asked for, conditional or reported as a plan: the arrival is not told as a fact.
const NOT_TOLD_RE =
  /\b(?:not|no|never|without|n['\u2019]t|wait\w*|await\w*|expect\w*|hop(?:e|ed|es|ing)|want\w*|demand\w*|urg\w*|challeng\w*|invit\w*|insist\w*|if|whether|would|could|might|may|possible|possibly|rumou?r\w*|speculat\w*|instead|rather|absence|absent|refus\w*|declin\w*|snub\w*|skip\w*|reject\w*|plan\w*|ready|will|dar\w*|await)\b/i;
/** Between the person and the arrival: a title or a relative clause's start, no other clause. */
const SUBJECT_GAP_RE = /^(?:\s*,?\s*(?:who|which)?\s*(?:has|had)?\s*|['\u2019]s?\s*)$/;

const sidedSeries = memoByFacts((facts, _: 'all') => {
  const out: { series: EventSeries; rounds: EventRecord[] }[] = [];
  for (const series of facts.eventSeries.values()) {
    if (!series.sides?.length || !series.place || !isConfident(series)) continue;
    const rounds = series.events.map((id) => facts.events.get(id)).filter((e): e is EventRecord => !!e && e.status === 'held');
    if (rounds.length) out.push({ series, rounds });
  }
  return out;
});

/** Whether the person heads the state or government of one of the sides on the day. */
function leadsSide(doc: Doc, personId: string, sides: readonly string[], day: string): boolean {
  return (doc.facts.officesByPerson.get(personId) ?? []).some(
    (o) => !!o.headOf && sides.includes(o.jurisdiction) && tenuresOf(personId, o).some((t) => onDay(t, day) === 'in'),
  );
}

/**
 * Whether the person heads the state or government, on the day, of a country other than the host's (the countries around the
 * place, by name): the host greets a summit's guests ("Swiss President Guy Parmelin welcomed Biden and Putin in Geneva").
 */
function leadsGuestCountry(doc: Doc, personId: string, place: string, day: string): boolean {
  const around = new Set(placeChain(doc.facts, place).map((id) => doc.facts.places.get(id)?.name));
  return (doc.facts.officesByPerson.get(personId) ?? []).some(
    (o) =>
      !!o.headOf &&
      !around.has(doc.facts.jurisdictions.get(o.jurisdiction)?.name) &&
      tenuresOf(personId, o).some((t) => onDay(t, day) === 'in'),
  );
}

/** The record reported on a day (from three days before it to three after): the only one of the list. */
function reported(asOf: string, events: readonly EventRecord[]): EventRecord | undefined {
  const from = addDays(asOf, -3);
  const to = addDays(asOf, 3);
  const near = events.filter((e) => eventDays(e).last >= from && eventDays(e).first <= to);
  return near.length === 1 && near[0].confidence === 'verified' && near[0].participants.length ? near[0] : undefined;
}

interface Reported {
  event: EventRecord;
  /** The place of the series, or of the summit. */
  place: string;
  /** The talks' sides, for a series; none for a two leaders' summit (any guest country's leader is absent). */
  sides?: readonly string[];
}

/** The rounds of talks and the two leaders' summits a page of the day may report: most days have none. */
const reportedOn = memoByFacts((facts, asOf: string): Reported[] => {
  const out: Reported[] = [];
  for (const { series, rounds } of sidedSeries(facts, 'all')) {
    const round = reported(asOf, rounds);
    if (round) out.push({ event: round, place: series.place!, sides: series.sides! });
  }
  const summit = reported(asOf, pairSummits(facts, 'all'));
  if (summit) out.push({ event: summit, place: summit.place! });
  return out;
}, 512);

/**
 * "Putin's arrival in Istanbul for the second round of talks" (June 2025): a side's leader at talks he did not attend. Round 43
 * too: a third country's leader at a two leaders' summit ("Zelensky arrived in Alaska for the summit", "Zelensky attended the
 * Alaska summit", August 2025: not invited; the summit's "3+3" format is on record).
 */
export function absentLeaders(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!doc.dateCertain) return out;
  const judged = reportedOn(doc.facts, doc.asOf);
  if (!judged.length) return out;
  for (const sentence of doc.sentences) {
    const said = doc.text.slice(sentence.start, sentence.end);
    if (!ABSENT_LEADER_GATE_RE.test(said) || !TALKS_RE.test(said) || NOT_TOLD_RE.test(said)) continue;
    for (const p of matchesIn(doc, sentence, 'place')) {
      // The record's place, a place within it, or one around it that is not a country ("arrived in Alaska" of Anchorage's
      // summit; "arrived in Turkey" is no slip about talks in Istanbul).
      const j = judged.find(
        (x) =>
          placeChain(doc.facts, p.value.id).includes(x.place) ||
          (!!doc.facts.places.get(p.value.id)?.within && placeChain(doc.facts, x.place).includes(p.value.id)),
      );
      if (!j) continue;
      const lead = doc.text.slice(Math.max(sentence.start, p.start - 40), p.start);
      const attended = ATTENDED_BEFORE_RE.exec(lead);
      const nounAfter = ATTENDED_RE.exec(doc.text.slice(p.end, p.end + 10));
      const verb = ARRIVAL_BEFORE_RE.exec(lead) ?? (attended && (attended[1] || nounAfter) ? attended : null);
      if (!verb) continue;
      const verbAt = p.start - verb[0].length;
      // The subject: the last person named before the verb, nothing but a possessive or "who" between.
      const who = doc.people.filter((x) => x.start >= sentence.start && x.end <= verbAt).pop();
      const possessive = verb === attended ? 0 : (verb[1]?.length ?? 0);
      if (!who || !SUBJECT_GAP_RE.test(doc.text.slice(who.end, verbAt + possessive))) continue;
      const id = who.personId;
      const e = j.event;
      if (e.participants.includes(id) || e.attendees?.includes(id)) continue;
      if (j.sides ? !leadsSide(doc, id, j.sides, e.start) : !leadsGuestCountry(doc, id, e.place!, e.start)) continue;
      const name = doc.facts.people.get(id)?.name ?? doc.text.slice(who.start, who.end);
      const heads = e.participants.map((x) => doc.facts.people.get(x)?.name ?? x).join(', ');
      const { when, place } = describeEvent(doc, e);
      const at = `${e.name} (${when}${place ? `, ${place.replace(/\.$/, '')}` : ''})`;
      out.push(
        eventContradicted(
          doc,
          e,
          { start: who.start, end: p.end + (verb === attended && !attended[1] && nounAfter ? nounAfter[0].length : 0) },
          j.sides
            ? `${name} did not attend ${at}: the delegations were led by ${heads}.`
            : `${name} did not attend ${at}: its participants on record were ${heads}.`,
        ),
      );
      break;
    }
  }
  return out;
}
