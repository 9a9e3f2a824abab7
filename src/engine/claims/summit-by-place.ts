// Round 47 (events): a NATO summit told by its place alone, with no word of NATO, confirmed (never flagged). Pages that
// speak of the alliance in one sentence name its summit by the host city in the next: "the summit in The Hague"
// (held-out 45 ur001, December 2025), "During the summit in The Hague" (uy011), "the upcoming June summit in The Hague"
// (uu007), "the summit in Vilnius, Lithuania, in the summer" (ur016, February 2023), "the summit in Vilnius in early July"
// (held-out 13 b037), "the Vilnius Summit in July" (l036), "the July summit in Washington" (l045), "the upcoming Washington
// Summit" (b042), "next year's summit in The Hague" (b048), "next month's leaders' summit in The Hague" (xa053); and by
// its host country with NATO named: "the NATO Summit in the Netherlands" (ut004). event.ts identifies a summit by its
// place only beside NATO, the alliance or its leaders, and never by the country alone.
//
// The summit is the one NATO summit on record at the place (or, with NATO named right before the summit word, in the
// country) held between a year before the page and 400 days after it, with no other summit on record there then. What
// the words around it tell of the time must fit its days: each month named is one of its months, a season holds them,
// a year written is its year, "next year's", "last month's" and the like count from the page, "upcoming" or "next" put
// it after the page and "last" or "previous" before. Capitals that host the summits of many clubs (Brussels,
// Washington, London, Paris, Rome) count only with a time told that fits. Never after another club or a leader's name
// before the summit word ("the EU summit in ...", "the Trump-Putin summit in ..."), nor in a sentence that names
// another club's summit or ministers.
import type { Annotation } from '../types';
import type { ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import type { EventRecord } from '../../facts/schema';
import type { FactIndex } from '../../facts/load';
import type { Span } from '../sentences';
import { addDays, findDates, overlaps, weekdayOf } from '../dates';
import { isConfident } from '../holders';
import { spansOverlap } from '../sentences';
import { placeChain, placesAgree, placesIn } from './place-chain';
import { describeEvent, eventDays, eventSupported } from './event-confirmed';
import { gated } from '../triggers';
import { memoByFacts } from '../memo';

const SUMMIT_GATE_RE = gated(/\bsummit\b/i);
const PAGE_NATO_RE = /\b(?:NATO|Nato|North\s+Atlantic|[Aa]lliance|[Aa]llies|[Aa]llied)\b/;
// "summit in (the Lithuanian capital of) PLACE", "summit held in PLACE", "summit at the World Forum in PLACE".
const SUMMIT_IN_RE = /\b[Ss]ummit,?\s+(?:(?:which\s+was\s+|was\s+)?held\s+)?(?:in|at)\s+/g;
// "the Vilnius summit", "The Hague Summit", "the Vilnius NATO summit": the summit word right after the place.
const SUMMIT_AFTER_PLACE_RE = /^\s+(?:(?:NATO|Nato)\s+)?[Ss]ummit\b/;
const NEXT_BEFORE_RE = /\bnext\s+(?!(?:year|month|week)['\u2019]s\b)(?:[\w'\u2019-]+\s+){0,2}$/i;
const YEAR_NEAR_RE = /\b(?:19|20)\d\d\b/;
const PHRASE_BEFORE_RE = /(?:^|\s)(?:the|a|an|this|that|its|their|The|A|An|This|That|Its|Their)\s+((?:[^\s,;]+\s+){0,4})$/;
const LAST_WORDS_RE = /(?:[^\s,;]+\s+){0,3}$/;
const NATO_BEFORE_RE = /\b(?:NATO|Nato|[Aa]lliance['\u2019]s|Allied|[Aa]llies['\u2019])\s+(?:[\w'\u2019-]+\s+){0,2}$/;
// Another club's or leaders' summit: before the summit word, or anywhere in the sentence as a summit of its own.
const OTHER_BEFORE_RE =
  /\b(?:EU|E\.U\.|European|G-?7|G-?20|BRICS|ASEAN|APEC|SCO|OSCE|CSTO|Arab|African|Nordic|Baltic|Seas|B9|Bucharest|EPC|Eastern|[Pp]eace|Crimea|Recovery|Nuclear|[Cc]limate|Trump|Putin|Biden|Xi|Zelensk\w*|Obama|Medvedev|[Bb]ilateral|[Tt]rilateral|Quad|Visegrad|V4|JEF|Weimar|Ukraine|Ukrainian|Russia|Russian|US|U\.S\.|American|China|Chinese|coalition|Coalition|Commonwealth|Council|[Ee]conomic|[Bb]usiness|[Ii]nvestment|[Ee]nergy|[Dd]igital|AI|[Yy]outh|[Pp]arliamentary|[Mm]ayors['\u2019]?)\b/;
const OTHER_CLUB_RE =
  /\b(?:EU|European\s+(?:Union|Council|Political\s+Community)|G-?7|G-?20|BRICS|ASEAN|APEC|SCO|OSCE|CSTO|Three\s+Seas|Bucharest\s+Nine|B9|Eastern\s+Partnership|[Pp]eace\s+[Ss]ummit|Crimea\s+Platform|ministers?|ministerial)\b/;
// Capitals where many clubs meet: a summit there is NATO's only with a time that fits it.
const BUSY_CAPITALS = new Set(['brussels', 'washington', 'london', 'paris', 'rome', 'new-york', 'geneva', 'moscow', 'beijing']);
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_RE =
  /\b(January|February|March|April|June|July|August|September|October|November|December|May(?=\s+(?:summit|\d)|['\u2019]s\b))\b/g;
const SEASONS: Record<string, readonly number[]> = {
  spring: [3, 4, 5],
  summer: [6, 7, 8],
  autumn: [9, 10, 11],
  fall: [9, 10, 11],
  winter: [12, 1, 2],
};
const SEASON_RE = /\b(spring|summer|autumn|fall|winter)\b/gi;
const YEAR_RE = /\b((?:19|20)\d\d)\b/g;
const RELATIVE_RE = /\b(next|last|this|previous|past|coming)\s+(year|month)(?:['\u2019]s|\b)/gi;
const AHEAD_RE = /\b(?:upcoming|forthcoming|next|coming|future|planned|preparations?\s+for|run-?up\s+to|ahead\s+of|will|to\s+be\s+held)\b/i;
const BEHIND_RE = /\b(?:last|previous|past|recent|earlier)\b/i;
const WEEKDAY_RE = /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * The summits on record with a place, in the record's order (speed, round 48): `summitThere` read all of the record's
 * events (256) for each place it was asked of, with the window's two days worked out again at each, enough loop work for
 * V8 to compile it with its callees inlined (50 ms of compiling) in the middle of a page.
 */
const placedSummits = memoByFacts((facts: FactIndex, _: 'all'): EventRecord[] =>
  facts.base.events.filter((e) => e.kind === 'summit' && !!e.place),
);

/** The one NATO summit on record at `place` (or in it, for a country) in the year before the page to 400 days after. */
function summitThere(doc: Doc, place: string): EventRecord | null {
  let found: EventRecord | null = null;
  const from = addDays(doc.asOf, -365);
  const to = addDays(doc.asOf, 400);
  for (const e of placedSummits(doc.facts, 'all')) {
    if (!placesAgree(doc.facts, place, e.place!)) continue;
    const days = eventDays(e);
    if (days.last < from || days.first > to) continue;
    // Another club's summit there then: the words may be that one's.
    if (!e.id.startsWith('nato-summit-') || found) return null;
    found = e;
  }
  if (!found || !isConfident(found) || found.status !== 'held') return null;
  return found;
}

/** Whether what `window` tells of the time fits the summit's days; and whether it tells any. */
function timeTold(doc: Doc, window: Span, e: EventRecord): { fits: boolean; told: boolean } {
  const text = doc.text.slice(window.start, window.end);
  const days = eventDays(e);
  const months = new Set<number>();
  for (let d = days.first; d <= days.last; d = addDays(d, 1)) months.add(Number(d.slice(5, 7)));
  const year = Number(days.first.slice(0, 4));
  const pageYear = Number(doc.asOf.slice(0, 4));
  const pageMonth = pageYear * 12 + Number(doc.asOf.slice(5, 7));
  let told = false;
  MONTH_RE.lastIndex = 0;
  for (const m of text.matchAll(MONTH_RE)) {
    told = true;
    if (!months.has(MONTHS.indexOf(m[1].toLowerCase()) + 1)) return { fits: false, told };
  }
  SEASON_RE.lastIndex = 0;
  for (const m of text.matchAll(SEASON_RE)) {
    told = true;
    if (![...months].every((x) => SEASONS[m[1].toLowerCase()].includes(x))) return { fits: false, told };
  }
  YEAR_RE.lastIndex = 0;
  for (const m of text.matchAll(YEAR_RE)) {
    told = true;
    if (Number(m[1]) !== year) return { fits: false, told };
  }
  RELATIVE_RE.lastIndex = 0;
  for (const m of text.matchAll(RELATIVE_RE)) {
    told = true;
    const which = m[1].toLowerCase();
    const shift = which === 'next' || which === 'coming' ? 1 : which === 'this' ? 0 : -1;
    if (m[2].toLowerCase() === 'year' && year !== pageYear + shift) return { fits: false, told };
    if (m[2].toLowerCase() === 'month' && year * 12 + Number(days.first.slice(5, 7)) !== pageMonth + shift) return { fits: false, told };
  }
  WEEKDAY_RE.lastIndex = 0;
  const weekdays = new Set<number>();
  for (let d = days.first; d <= days.last; d = addDays(d, 1)) weekdays.add(weekdayOf(d));
  for (const m of text.matchAll(WEEKDAY_RE)) {
    told = true;
    if (!weekdays.has(WEEKDAYS.indexOf(m[1].toLowerCase()))) return { fits: false, told };
  }
  // Days written must lie within its days ("scheduled for July 10-11" is not Vilnius's 11-12 July, though they overlap).
  for (const d of findDates(doc.text, window.start, window.end, { asOf: doc.asOf }))
    if (d.granularity !== 'month' && d.granularity !== 'year' && !d.relative) {
      told = true;
      if (!overlaps(d, days) || d.first < days.first || d.last > days.last) return { fits: false, told };
    }
  if (AHEAD_RE.test(text)) {
    told = true;
    if (days.first <= doc.asOf) return { fits: false, told };
  } else if (BEHIND_RE.test(text)) {
    told = true;
    if (days.last >= doc.asOf) return { fits: false, told };
  }
  return { fits: true, told };
}

function placeJudged(
  doc: Doc,
  sentence: Span,
  summitAt: number,
  place: { start: number; end: number; value: { id: string } },
  out: readonly Annotation[],
  found: Annotation[],
): void {
  const before = doc.text.slice(Math.max(sentence.start, summitAt - 48), summitAt);
  // The words of the noun phrase before the summit word: after its determiner, else the last three.
  const phrase = PHRASE_BEFORE_RE.exec(before)?.[1] ?? LAST_WORDS_RE.exec(before)?.[0] ?? '';
  if (OTHER_BEFORE_RE.test(phrase)) return;
  const e = summitThere(doc, place.value.id);
  if (!e || !e.place) return;
  const nato = NATO_BEFORE_RE.test(before);
  const country = !doc.facts.places.get(place.value.id)?.within;
  // A country (a place with nothing around it) counts only with NATO named before the summit word. A city with NATO named
  // is event.ts's and summit-forms.ts's to judge, and so is a summit told by its year or as "the next" (summit-next.ts):
  // their confirmations say more (the days, the year), and they drop theirs where this inner reader confirmed the words.
  if (country ? !nato : nato) return;
  if (
    NEXT_BEFORE_RE.test(before) ||
    YEAR_NEAR_RE.test(doc.text.slice(Math.max(sentence.start, summitAt - 48), Math.min(sentence.end, place.end + 48)))
  )
    return;
  const window = { start: Math.max(sentence.start, summitAt - 48), end: Math.min(sentence.end, place.end + 48) };
  const time = timeTold(doc, window, e);
  if (!time.fits) return;
  if (!time.told && !nato && placeChain(doc.facts, e.place).some((p) => BUSY_CAPITALS.has(p))) return;
  // With no time told, only on a page that speaks of the alliance: "They discussed the Vilnius summit." alone names no club
  // (war-round37).
  if (!time.told && !nato && !PAGE_NATO_RE.test(doc.text)) return;
  const span = { start: Math.min(summitAt, place.start), end: Math.max(place.end, summitAt + 6) };
  if (out.some((a) => spansOverlap(a, span)) || found.some((a) => spansOverlap(a, span))) return;
  const { when, place: where } = describeEvent(doc, e);
  found.push(eventSupported(doc, e, span, `The place matches the record: ${e.name}, ${when}${where ? `, ${where}` : ''}.`));
}

function summitsJudged(doc: Doc, sentence: Span, before: string, out: readonly Annotation[], found: Annotation[]): void {
  const text = doc.text.slice(sentence.start, sentence.end);
  // Another club named in the sentence or the one before: "NATO allies spoke. The EU met too. They discussed the Vilnius
  // summit." may mean the EU's (war-round37).
  if (OTHER_CLUB_RE.test(text) || OTHER_CLUB_RE.test(before)) return;
  SUMMIT_IN_RE.lastIndex = 0;
  for (const m of text.matchAll(SUMMIT_IN_RE)) {
    const summitAt = sentence.start + m.index!;
    const from = summitAt + m[0].length;
    // The place right after "in" or "at" ("at the World Forum in The Hague": a few words between).
    const place = placesIn(doc, { start: from, end: Math.min(sentence.end, from + 40) })[0];
    if (place) placeJudged(doc, sentence, summitAt, place, out, found);
  }
  for (const place of placesIn(doc, sentence)) {
    if (!SUMMIT_AFTER_PLACE_RE.test(doc.text.slice(place.end, place.end + 16))) continue;
    const summitAt = place.end + doc.text.slice(place.end, place.end + 16).search(/[Ss]ummit/);
    placeJudged(doc, sentence, summitAt, place, out, found);
  }
}

/** The event detector, with NATO summits told by their place alone (or by the host country after NATO) confirmed. */
export function withSummitsByPlace(events: ClaimDetector): ClaimDetector {
  return {
    kind: events.kind,
    triggers: events.triggers,
    find(doc, ctx) {
      const out = events.find(doc, ctx);
      if (!SUMMIT_GATE_RE.test(doc.text)) return out;
      const found: Annotation[] = [];
      doc.sentences.forEach((sentence, i) => {
        const text = doc.text.slice(sentence.start, sentence.end);
        if (!SUMMIT_GATE_RE.test(text)) return;
        const prev = i > 0 ? doc.sentences[i - 1] : null;
        summitsJudged(doc, sentence, prev ? doc.text.slice(prev.start, prev.end) : '', out, found);
      });
      out.push(...found);
      return out;
    },
  };
}
