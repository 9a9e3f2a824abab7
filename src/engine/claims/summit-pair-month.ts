// Round 43: a two leaders' summit told at its place with a month that is not its own. "The former president's April summit
// in Alaska finished without a deal" (held-out 41 tk004, 18 October 2025: Trump and Putin met at Joint Base
// Elmendorf-Richardson, Anchorage, on 15 August 2025), "Trump's April summit with Putin in Alaska", "the Alaska summit in
// April", "the April Anchorage summit", "their summit in Helsinki in June" (July 2018), "Trump met Putin in Alaska in April",
// and a season none of its days fits in either hemisphere, two weeks either side ("the spring summit in Alaska").
//
// The place and the two leaders say which summit is meant: a held, verified summit on record of the two (each named in the
// sentence or the two before it) at the place said or within it, ended before the page, the only summit of the two at that
// place on record. Two heads of state meet at a summit of their own seldom and never unreported, so a second one of the
// same two at the same place that the record lacks is not a doubt worth keeping. Contradicted when none of the days of any
// meeting on record at that place (of anyone) falls in the month told, in the year told or, with none told, in either year
// it may mean (the page's year, for a month not after the page's, and the year before).
// Never for a summit to come, a plan or a change ("originally", "postponed"), nor a summit of many (NATO's, the G7's: their
// own readers), nor with a day told ("the August 15 summit": the event readers').
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { Span } from '../sentences';
import { matchesIn } from '../doc';
import { addDays, MONTH_NAMES } from '../dates';
import { isConfident } from '../holders';
import { memoByFacts } from '../memo';
import { describeEvent, eventContradicted, eventDays } from './event-confirmed';
import { placeChain } from './place-chain';
// The seasons' days and a summit's months are reckoned as summit-placed-time.ts reckons them, the one place that does.
import { heldInMonth, inSeason, type Season } from './summit-placed-time';
import { compiledOnFirstRun } from '../triggers';

const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December)`;
const YEAR = String.raw`((?:19|20)\d\d)`;
const NOUN = String.raw`(?:summit|meeting|talks)`;
// Whose summit: "the", "their", "his", "Trump's", "the former president's".
const OWNER = String.raw`(?:[Tt]he|[Tt]heir|[Hh]is|[Hh]er|[A-Z][\w.-]*['\u2019]s|president['\u2019]s|leader['\u2019]s)`;
// "the April summit in", "Trump's April 2025 summit with Putin in", "their August meeting at the".
const MONTH_BEFORE_PLACE_RE = compiledOnFirstRun(
  new RegExp(
    String.raw`\b${OWNER}\s+${MONTH}(?:\s+${YEAR})?\s+(?:(?:bilateral|face-to-face|in-person|presidential)\s+)?${NOUN}\s+(?:with\s+(?:[A-Z][\w.'\u2019-]*\s+){1,3})?(?:in|at)\s+(?:the\s+)?$`,
  ),
);
// "the April Alaska summit", "Trump's August 2025 Anchorage summit": the month before the place, the noun after it.
const MONTH_BEFORE_NAME_RE = new RegExp(String.raw`\b${OWNER}\s+${MONTH}(?:\s+${YEAR})?\s+$`);
const NOUN_AFTER_RE = new RegExp(String.raw`^\s+${NOUN}\b`);
// "the Alaska summit in April", "the summit in Alaska in April 2025", "their meeting in Helsinki in June".
const OWNER_BEFORE_RE = new RegExp(String.raw`\b${OWNER}\s+$`);
const NOUN_BEFORE_PLACE_RE = new RegExp(
  String.raw`\b${OWNER}\s+(?:(?:bilateral|face-to-face|in-person|presidential)\s+)?${NOUN}\s+(?:with\s+(?:[A-Z][\w.'\u2019-]*\s+){1,3})?(?:in|at)\s+(?:the\s+)?$`,
);
// "met Putin in", "met in", "hosted Russian President Vladimir Putin at", "sat down with Putin in", "held talks with Putin in".
const MET_BEFORE_PLACE_RE =
  /\b(?:met|hosted|welcomed|received|sat\s+down\s+with|held\s+(?:a\s+)?(?:summit|talks)\s+with)\s+(?:(?:[A-Z][\w.'\u2019-]*|the|with)\s+){0,5}(?:in|at)\s+(?:the\s+)?$/;
const MONTH_AFTER_RE = new RegExp(String.raw`^\s+(?:${NOUN}\s+)?in\s+${MONTH}(?:,?\s+${YEAR})?\b(?![\s,]*\d|['\u2019])`);
// A plan, a wish, a change of date, a hypothesis or a summit to come: the month may be another's than the summit held.
const HEDGE_RE =
  /\b(?:would|could|should|might|if|whether|plann?\w*|propos\w*|wanted|wants?|hop(?:e|ed|es|ing)|original\w*|initial\w*|postpone\w*|reschedul\w*|delay\w*|moved|expected|scheduled|slated|set\s+to|was\s+to|were\s+to|due|next|upcoming|will|another|second|first|cancel\w*|call\w*\s+off)\b/i;
const PAIR_SUMMIT_GATE_RE = compiledOnFirstRun(/[Ss]ummit|[Mm]eeting|[Tt]alks|\b(?:met|hosted|welcomed|received|sat\s+down)\b/);
// A month's or a season's name (the season as SEASON_BEFORE_PLACE_RE reads it, any case).
const MONTH_GATE_RE = compiledOnFirstRun(
  /January|February|March|April|May|June|July|August|September|October|November|December|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter/,
);
const MONTHS = MONTH_NAMES.map((m) => m.toLowerCase());
/** How far back the summit meant may lie: two years before the page. */
const REACH_DAYS = 730;

/**
 * The fact base's bilateral summits, named by their two leaders ("Trump–Putin summit in Alaska", "Biden–Putin summit in
 * Geneva"; its first two participants), held and confident, with a place. Not a summit of a format or a coalition ("Normandy
 * format summit in Paris", "Coalition of the Willing summit in Paris"): their hosts meet the same others at home often.
 */
export const pairSummits = memoByFacts((facts, _: 'all') =>
  facts.base.events.filter((e) => {
    if (e.kind !== 'summit' || e.status !== 'held' || !isConfident(e) || !e.place || e.participants.length < 2) return false;
    const [a, b] = e.participants.map((id) => facts.people.get(id)?.surnames ?? []);
    return a.some((x) => b.some((y) => e.name.includes(`${x}–${y}`) || e.name.includes(`${y}–${x}`)));
  }),
);

/** The two leaders' summits that ended in the two years before a day, by day (a page's): most days have none. */
const recentPairSummits = memoByFacts((facts, asOf: string) => {
  const reach = addDays(asOf, -REACH_DAYS);
  return pairSummits(facts, 'all').filter((e) => eventDays(e).last < asOf && eventDays(e).last >= reach);
}, 512);

interface Told {
  /** Told with a verb ("met Putin in Alaska in April"): both leaders must be named in the sentence itself. */
  verb?: boolean;
  /** A season instead of a month ("the spring summit in Alaska"); `month` is then -1. */
  season?: Season;
  month: number;
  year: number | null;
  start: number;
  end: number;
}

/** The month told with the place, by the forms above; null when none or when a day follows it. */
function toldAt(doc: Doc, sentence: Span, place: { start: number; end: number }): Told | null {
  const lead = doc.text.slice(Math.max(sentence.start, place.start - 90), place.start);
  const rest = doc.text.slice(place.end, Math.min(sentence.end, place.end + 40));
  const told = (m: RegExpExecArray, at: number, end: number): Told => ({
    month: MONTHS.indexOf(m[1].toLowerCase()),
    year: m[2] ? +m[2] : null,
    start: at,
    end,
  });
  let m = MONTH_BEFORE_PLACE_RE.exec(lead);
  if (m) return told(m, place.start - m[0].length, place.end);
  const season = SEASON_BEFORE_PLACE_RE.exec(lead);
  if (season) {
    const name = season[1].toLowerCase();
    return {
      month: -1,
      year: null,
      season: name === 'fall' ? 'autumn' : (name as Season),
      start: place.start - season[0].length,
      end: place.end,
    };
  }
  if (NOUN_AFTER_RE.test(rest) && (m = MONTH_BEFORE_NAME_RE.exec(lead))) {
    return told(m, place.start - m[0].length, place.end + NOUN_AFTER_RE.exec(rest)![0].length);
  }
  const after = MONTH_AFTER_RE.exec(rest);
  if (!after) return null;
  // "Trump met Putin in Alaska in April", "Trump and Putin met in Anchorage in April": a meeting verb of the two before the
  // place, the month right after it (the two leaders are then both to be named in the sentence: pairNamedIn).
  const verb = MET_BEFORE_PLACE_RE.exec(lead);
  if (verb && !/^\s+(?:summit|meeting|talks)\b/.test(after[0]))
    return { ...told(after, place.start - verb[0].length, place.end + after[0].length), verb: true };
  // "the Alaska summit in April" (the noun after the place) or "the summit in Alaska in April" (before it).
  const nounAfter = /^\s+(?:summit|meeting|talks)\b/.test(after[0]);
  const owner = nounAfter ? OWNER_BEFORE_RE.exec(lead) : NOUN_BEFORE_PLACE_RE.exec(lead);
  if (!owner) return null;
  return told(after, place.start - owner[0].length, place.end + after[0].length);
}

// "the spring summit in Alaska", "Trump's summer summit with Putin in Anchorage".
const SEASON_BEFORE_PLACE_RE = compiledOnFirstRun(
  new RegExp(
    String.raw`\b${OWNER}\s+(spring|summer|autumn|fall|winter)\s+${NOUN}\s+(?:with\s+(?:[A-Z][\w.'\u2019-]*\s+){1,3})?(?:in|at)\s+(?:the\s+)?$`,
    'i',
  ),
);
/** "The April summit in Alaska" (August 2025): a two leaders' summit at its place told with a month none of its days had. */
export function pairSummitMonths(doc: Doc): Annotation[] {
  if (!doc.dateCertain) return [];
  const out: Annotation[] = [];
  const summits = pairSummits(doc.facts, 'all');
  // Most pages are dated far from any two leaders' summit, or name neither leader: nothing to read, no sentence looked at.
  const recent = recentPairSummits(doc.facts, doc.asOf);
  if (!recent.length || !MONTH_GATE_RE.test(doc.text)) return out;
  const onPage = new Set(doc.people.map((x) => x.personId));
  if (!recent.some((e) => onPage.has(e.participants[0]) && onPage.has(e.participants[1]))) return out;
  for (let i = 0; i < doc.sentences.length; i++) {
    const sentence = doc.sentences[i];
    const said = doc.text.slice(sentence.start, sentence.end);
    if (!PAIR_SUMMIT_GATE_RE.test(said) || !MONTH_GATE_RE.test(said)) continue;
    const places = matchesIn(doc, sentence, 'place');
    if (!places.length) continue;
    for (const p of places) {
      const told = toldAt(doc, sentence, p);
      if (!told) continue;
      if (HEDGE_RE.test(said)) break;
      // The two leaders, each named in the sentence or the two before it.
      const from = doc.sentences[Math.max(0, i - 2)].start;
      const named = new Set(
        doc.people.filter((x) => x.start >= (told.verb ? sentence.start : from) && x.end <= sentence.end).map((x) => x.personId),
      );
      const meant = recent.filter(
        (e) => placeChain(doc.facts, e.place!).includes(p.value.id) && named.has(e.participants[0]) && named.has(e.participants[1]),
      );
      if (meant.length !== 1 || meant[0].confidence !== 'verified') continue;
      const e = meant[0];
      const pair = e.participants.slice(0, 2);
      // The only summit of the two at the place on record.
      if (
        summits.some(
          (x) => x !== e && placeChain(doc.facts, x.place!).includes(p.value.id) && pair.every((id) => x.participants.includes(id)),
        )
      )
        continue;
      const pageYear = +doc.asOf.slice(0, 4);
      const years = told.year !== null ? [told.year] : told.month <= +doc.asOf.slice(5, 7) - 1 ? [pageYear, pageYear - 1] : [pageYear - 1];
      // Any meeting on record at the place in the month told: the words may be that one's.
      const atPlace = doc.facts.base.events.filter(
        (x) => x.place && x.kind !== 'call' && placeChain(doc.facts, x.place).includes(p.value.id),
      );
      if (told.season) {
        // A season of the two years before the page: any meeting on record at the place in it, the summit's own included.
        const reach = addDays(doc.asOf, -REACH_DAYS);
        if (atPlace.some((x) => eventDays(x).last >= reach && inSeason(x, told.season!))) continue;
      } else if (atPlace.some((x) => heldInMonth(x, told.month, years))) continue;
      const { when, place } = describeEvent(doc, e);
      const month = told.season ? `the ${told.season}` : `${MONTH_NAMES[told.month]}${told.year !== null ? ` ${told.year}` : ''}`;
      out.push(
        eventContradicted(
          doc,
          e,
          { start: told.start, end: told.end },
          `Not in ${month}: ${e.name} was held on ${when}${place ? `, ${place.replace(/\.$/, '')}` : ''}.`,
        ),
      );
      break;
    }
  }
  return out;
}
