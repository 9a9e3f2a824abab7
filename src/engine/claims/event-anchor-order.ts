// Round 34: an event told as some time after (or before) another whose day is on record, when the event's own day, told
// relative to the page, falls on the other side of it. "Pompeo visits NATO headquarters on Wednesday, one week after
// Biden's inauguration" (held-out 32 ib001, Tuesday 12 January 2021: that Wednesday is 13 January, a week BEFORE the
// inauguration of 20 January), "NATO ministers meet on Thursday, two days after the summit in Vilnius" (written before
// it), "Zelensky spoke to Trump yesterday, a week before Trump's inauguration" (on a page days after it).
//
// Also "since ANCHOR" on a page written before every start or summit of the anchor's (sinceAnchors).
//
// The anchors read: a person's taking office ("X's inauguration", "the inauguration of X", "X takes office", "X is
// sworn in", "X assumes the presidency"; the person's tenure starts on record) and a NATO summit by its place ("the
// summit in Vilnius", "the Vilnius summit"; NATO's summits there). The event's own day: one weekday, "today",
// "tomorrow" or "yesterday" in the sentence, read from the page's day (a bare weekday either way within a week). Only
// the order is judged: contradicted when every reading of the event's day falls before the anchor told as past ("N days
// after") or after the anchor told as ahead ("N days before"), no other start or summit of the anchor's fits, the anchor
// meant is within months of the page, and its record is verified. The size of the gap is never judged.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { matchesIn, sentenceOf } from '../doc';
import { addDays, formatDay, toDays, weekdayOf } from '../dates';
import { sourcesOf, tenuresOf } from '../holders';
import { describeEvent, eventDays } from './event-confirmed';
import { placesAgree } from './place-chain';
import { numberFrom } from '../numbers';
import { execWarm, compiledOnFirstRun, matchesOf } from '../triggers';

// The count before a unit: a number (numberFrom), "a"/"an", or "a few"/"several" taken as three (only the order is judged).
const COUNT_WORDS: Record<string, number> = { a: 1, an: 1, few: 3, several: 3 };
const UNIT: Record<string, number> = { day: 1, week: 7, month: 30 };
const REL_RE =
  /\b(\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:a\s+)?few|several)\s+(day|week|month)s?\s+(after|following|before|ahead\s+of|prior\s+to)\s+/gi;
// Taking office, said of the person in the anchor.
const OFFICE_WORDS_RE =
  /^(?:[\s\S]{0,60}?)\b(?:inauguration|inaugurated|swearing[\s-]in|sworn\s+in|(?:takes?|took|taking|assumes?|assumed|assuming)\s+(?:office|(?:the\s+)?(?:presidency|premiership|power|the\s+helm))|(?:takes?|took|taking)\s+over)\b/i;
const SUMMIT_IN_RE = compiledOnFirstRun(
  /^(?:the\s+)?(?:NATO\s+|Nato\s+|[Aa]lliance['\u2019]s\s+)?(?:leaders['\u2019]?\s+)?[Ss]ummit\s+(?:in|at)\s+(?:[Tt]he\s+)?$/,
);
const SUMMIT_AFTER_RE = compiledOnFirstRun(/^\s+(?:NATO\s+)?[Ss]ummit\b/);
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WHEN_RE =
  /\b(?:(this|next|last|on)\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b|\b(today|tomorrow|yesterday|tonight)\b/gi;
// A hedge, a condition or a wish: the order may be the plan's, not the world's.
const HEDGE_RE = /\b(?:if|whether|unless|would|could|might|should|expected|plann?\w*|hop\w*|wants?|wanted)\b/i;
// Another clause between the event's time and the order told: the time may be another verb's.
const CLAUSE_RE = /\b(?:said|says|say|told|tells|recalled|recalls|noted|added|that|who|which|when|while|where|because|as)\b|[;:]/i;
/** How far from the page the anchor meant may lie (days). */
const NEAR = 120;

/** The days the event's own time may be, read from the page's day; null when none or more than one time is told. */
function eventDaysTold(doc: Doc, text: string, offset: number, skip: { start: number; end: number }): string[] | null {
  let found: string[] | null = null;
  for (const m of matchesOf(WHEN_RE, text)) {
    const at = offset + m.index;
    if (at >= skip.start && at < skip.end) continue;
    if (found) return null;
    const asOf = doc.asOf;
    if (m[3]) {
      const w = m[3].toLowerCase();
      found = [w === 'tomorrow' ? addDays(asOf, 1) : w === 'yesterday' ? addDays(asOf, -1) : asOf];
      continue;
    }
    // A day of the month after the weekday ("Wednesday, January 20") is read by the date readers.
    if (/^,?\s+(?:\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6)))
      return null;
    const wd = WEEKDAYS.indexOf(m[2].toLowerCase());
    if (wd < 0) return null;
    const now = weekdayOf(asOf);
    const ahead = (wd - now + 7) % 7;
    const back = (now - wd + 7) % 7;
    const how = m[1]?.toLowerCase();
    found =
      how === 'next'
        ? [addDays(asOf, ahead || 7), addDays(asOf, ahead + 7)]
        : how === 'last'
          ? [addDays(asOf, -(back || 7)), addDays(asOf, -back - 7)]
          : [addDays(asOf, ahead), addDays(asOf, -back)];
  }
  return found;
}

interface Anchor {
  /** The days the anchor may be (every start, or every summit's days). */
  days: Array<{ first: string; last: string; id: string }>;
  end: number;
  describe: (first: string) => string;
  ids: string[];
  sources: Annotation['sources'];
  fact: string;
}

function personAnchor(doc: Doc, from: number, to: number): Anchor | null {
  const words = execWarm(OFFICE_WORDS_RE, doc.text.slice(from, to));
  if (!words) return null;
  const span = { start: from, end: from + words[0].length };
  const names = matchesIn(doc, { start: from, end: Math.min(to, span.end + 40) }, 'person');
  const ids = new Set<string>();
  for (const n of names) for (const v of n.values) if (v.type === 'person') ids.add(v.id);
  // One person, whose taking office lies near the page.
  const near = [...ids].filter((id) =>
    (doc.facts.officesByPerson.get(id) ?? []).some((o) =>
      tenuresOf(id, o).some((t) => Math.abs(toDays(t.from) - toDays(doc.asOf)) <= NEAR),
    ),
  );
  if (near.length !== 1) return null;
  const id = near[0];
  const tenures = (doc.facts.officesByPerson.get(id) ?? []).flatMap((o) => tenuresOf(id, o));
  const close = tenures.filter((t) => Math.abs(toDays(t.from) - toDays(doc.asOf)) <= NEAR);
  if (close.some((t) => t.holder.confidence !== 'verified' || t.holder.acting || t.from !== t.fromLate)) return null;
  const person = doc.facts.people.get(id);
  const end = Math.max(span.end, ...names.filter((n) => n.start < span.end + 40).map((n) => n.end));
  return {
    days: tenures.map((t) => ({ first: t.from, last: t.fromLate, id: t.office.id })),
    end,
    describe: (first) => {
      const t = tenures.find((x) => x.from === first);
      return `${person?.name ?? id} took office as ${t?.office.name ?? 'office'} on ${formatDay(first)}`;
    },
    ids: [close[0].office.id, id],
    sources: sourcesOf(close[0].holder),
    fact: `${person?.name ?? id}: ${close.map((t) => `${t.office.name} from ${formatDay(t.from)}`).join('; ')}.`,
  };
}

// Built once (speed, round 41): a literal in summitAnchor was a new expression, parsed again, at each call.
const SUMMIT_ANCHOR_RE = /^(?:the\s+)?$/i;
function summitAnchor(doc: Doc, from: number, to: number): Anchor | null {
  for (const p of matchesIn(doc, { start: from, end: to }, 'place')) {
    const lead = doc.text.slice(from, p.start);
    if (!SUMMIT_IN_RE.test(lead) && !(SUMMIT_ANCHOR_RE.test(lead) && SUMMIT_AFTER_RE.test(doc.text.slice(p.end, p.end + 20)))) continue;
    const summits = doc.facts.base.events.filter(
      (e) =>
        e.kind === 'summit' &&
        e.id.startsWith('nato-') &&
        e.place &&
        /^\d{4}-\d\d-\d\d$/.test(e.start) &&
        placesAgree(doc.facts, p.value.id, e.place),
    );
    const close = summits.filter((e) => Math.abs(toDays(e.start) - toDays(doc.asOf)) <= NEAR);
    if (close.length !== 1 || close[0].confidence !== 'verified' || close[0].status !== 'held') return null;
    const e = close[0];
    const end = SUMMIT_IN_RE.test(lead) ? p.end : p.end + SUMMIT_AFTER_RE.exec(doc.text.slice(p.end, p.end + 20))![0].length;
    const now = describeEvent(doc, e);
    return {
      days: summits.map((x) => ({ ...eventDays(x), id: x.id })),
      end,
      describe: () => `${e.name} was held on ${now.when}`,
      ids: [e.id],
      sources: sourcesOf(e),
      fact: now.fact,
    };
  }
  return null;
}

// "since the Vilnius summit" on a page written before it: a time counted from an anchor still ahead. Not "since" as
// "because" (a verb right after the anchor: "since the Vilnius summit is in July").
const SINCE_RE = /\b[Ss]ince\s+/g;
const CAUSAL_AFTER_RE = /^\s*(?:is|are|was|were|will|would|takes|opens|begins|starts|falls|comes|has|had|may|must|can|could|should)\b/i;

/** "Since the Vilnius summit, allies have ..." on a page before any summit there: contradicted. */
function sinceAnchors(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  for (const m of matchesOf(SINCE_RE, doc.text)) {
    const sentence = sentenceOf(doc, m.index);
    const from = m.index + m[0].length;
    const to = Math.min(sentence.end, from + 90);
    const anchor = personAnchor(doc, from, to) ?? summitAnchor(doc, from, to);
    if (!anchor || CAUSAL_AFTER_RE.test(doc.text.slice(anchor.end, anchor.end + 12))) continue;
    if (HEDGE_RE.test(doc.text.slice(sentence.start, sentence.end))) continue;
    // Some start (or summit) of the anchor's on or before the page's day: the time counted is that one.
    if (anchor.days.some((d) => d.first <= doc.asOf)) continue;
    const next = anchor.days.reduce((a, b) => (a.first <= b.first ? a : b));
    out.push({
      start: m.index,
      end: anchor.end,
      quote: doc.text.slice(m.index, anchor.end),
      kind: 'event',
      verdict: 'contradicted',
      factIds: anchor.ids,
      message: `${anchor.describe(next.first)}, after this page's date (${formatDay(doc.asOf)}): nothing can yet have happened since.`,
      fact: anchor.fact,
      sources: anchor.sources,
    });
  }
  return out;
}

// Built once (speed, round 41): a literal in anchorOrders was a new expression, parsed again, at each call.
const ANCHOR_ORDERS_RE = /\bsince\s/i;
/** "on Wednesday, one week after Biden's inauguration" (a week before it): an event told on the wrong side of its anchor. */
export function anchorOrders(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!doc.dateCertain) return out;
  if (ANCHOR_ORDERS_RE.test(doc.text)) out.push(...sinceAnchors(doc));
  for (const m of matchesOf(REL_RE, doc.text)) {
    const sentence = sentenceOf(doc, m.index);
    const anchorFrom = m.index + m[0].length;
    const to = Math.min(sentence.end, anchorFrom + 90);
    const anchor = personAnchor(doc, anchorFrom, to) ?? summitAnchor(doc, anchorFrom, to);
    if (!anchor) continue;
    const said = doc.text.slice(sentence.start, sentence.end);
    if (HEDGE_RE.test(said)) continue;
    const told = eventDaysTold(doc, said, sentence.start, { start: m.index, end: anchor.end });
    if (!told) continue;
    // The event's time in the same clause as the order told: no verb of saying or relative clause between them.
    const when = [...matchesOf(WHEN_RE, said)].find((w) => sentence.start + w.index < m.index || sentence.start + w.index >= anchor.end)!;
    const at = sentence.start + when.index;
    const between = at < m.index ? doc.text.slice(at, m.index) : doc.text.slice(anchor.end, at);
    if (CLAUSE_RE.test(between)) continue;
    const word = m[1].toLowerCase().replace(/^a\s+/, '');
    const count = COUNT_WORDS[word] ?? numberFrom(word);
    const span = count * UNIT[m[2].toLowerCase()];
    const after = /^(?:after|following)$/i.test(m[3]);
    // Any start (or summit) that fits the order for some reading of the event's day, within the gap told and a margin.
    const slack = span + 7 + UNIT[m[2].toLowerCase()] * 2;
    const fits = anchor.days.some((d) =>
      told.some((t) =>
        after ? d.first <= t && toDays(t) - toDays(d.first) <= slack + 400 : t <= d.last && toDays(d.last) - toDays(t) <= slack + 400,
      ),
    );
    if (fits) continue;
    // The anchor meant: the one nearest the event's day.
    const meant = anchor.days.reduce((a, b) =>
      Math.abs(toDays(a.first) - toDays(told[0])) <= Math.abs(toDays(b.first) - toDays(told[0])) ? a : b,
    );
    const start = sentence.start + Math.max(0, said.search(/\S/));
    const end = anchor.end;
    const days = [...new Set(told)].sort().map(formatDay).join(' or ');
    out.push({
      start,
      end,
      quote: doc.text.slice(start, end),
      kind: 'event',
      verdict: 'contradicted',
      factIds: anchor.ids,
      message: `${anchor.describe(meant.first)}; the day told here (${days}) is ${after ? 'before' : 'after'} it, not ${m[0].trim().replace(/\s+(?:after|following|before|ahead\s+of|prior\s+to)$/i, '')} ${after ? 'after' : 'before'}.`,
      fact: anchor.fact,
      sources: anchor.sources,
    });
  }
  return out;
}
