// Round 40 (errors by volume): an accession told at a time when no country joined NATO at all, its joiner left to a pronoun
// or a description: "it officially became a NATO member on 27 March 2022" (held-out 18 wb105, of North Macedonia: 27 March
// 2020), "it became a member of the alliance in April 2022" (held-out 35 qk001, of Finland: 4 April 2023), "In 2002, the
// country joined NATO". The readers of accessions judge a time against the country they resolve; a pronoun or "the country"
// they mostly leave alone, since whom it means may lie sentences back. But NATO's accessions are a closed list (the twelve
// founders in 1949, then 1952, 1955, 1982, 1999, 2004, 2009, 2017, 2020, 2023 and 2024, and Germany's reunification in
// 1990): a joining told on a day, in a month or in a year in which nobody joined is wrong whoever "it" is.
//
// Read: "it", "the country", "the nation", "the state" (with up to two words before the noun: "the Nordic country", "the
// small Balkan nation"), and "the (two Nordic) countries", "both countries", as the subject of "joined NATO", "became a (full)
// NATO member", "became a member of NATO/the alliance", "became NATO members", "became NATO's Nth member", "acceded to NATO",
// "was admitted to NATO", then "in"/"on" and a time written out with its year; or the same time opening the sentence ("In
// 2002, it joined NATO"). Contradicted when no accession on record falls within three days of the day told, in the month
// told (or the day either side of it) or in the year told. A place in line names its accession whoever joined: "the
// Balkan country became NATO's 30th member in 2019" (the 30th joined in 2020), and "It became the 32nd member of NATO" on a
// page of 27 February 2024 (held-out 31 qf003's form: the 32nd joined on 7 March) are wrong too. Nothing when the time is
// after the page's day or the last day the fact base was checked, the sentence names another club or programme (the EU,
// the Partnership for Peace) or hedges, plans, denies or asks; "the alliance" only where the sentence or the one before
// names NATO. Never a confirmation: whom "it" means is not read here. Countries named as the subject are the other
// readers' (accession.ts, accession-month.ts): where they judged the same words, this reader says nothing.
import type { Annotation } from '../types';
import type { ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import type { Jurisdiction } from '../../facts/schema';
import { addDays, daysBetween, factRange, formatDay, MONTH_NAMES } from '../dates';
import { sourcesOfAll } from '../holders';
import { historyAnnotation, NATO_JOINED_SRC, ORDINAL_SRC, OTHER_CLUB_JOINED_RE } from './history-common';
import { memoByFacts } from '../memo';
import { numberFrom, ordinalText } from '../numbers';
import { pastHorizon } from '../horizon';
import { spansOverlap } from '../sentences';
import { compiledOnFirstRun } from '../triggers';

const MONTHS = MONTH_NAMES.join('|');
const YEAR = String.raw`((?:19|20)\d\d)`;
// A time with its year: "27 March 2022", "March 27, 2022", "April 2022", "2022".
const TIME = String.raw`(?:(${MONTHS})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+${YEAR}|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTHS}),?\s+${YEAR}|(${MONTHS}),?\s+${YEAR}|${YEAR})`;
const SUBJECT = String.raw`(?:\b[Ii]t|\b[Tt]he\s+(?:[A-Za-z-]+\s+){0,2}?(?:country|nation|state|countries|nations|states)|\b[Bb]oth\s+(?:countries|nations|states))`;
const ADVERBS = String.raw`(?:\s+(?:officially|formally|finally|eventually|later|then|also|subsequently|fully|itself))*`;
const ORDINAL_MEMBER = String.raw`${ORDINAL_SRC.replace('(', '(?:')}\s+(?:full\s+)?(?:member|ally)(?:\s+(?:state|country|nation))?`;
const JOINING = String.raw`(?:joined\s+${NATO_JOINED_SRC}|became\s+(?:a\s+|an\s+)?(?:full(?:-fledged|\s+fledged)?\s+|official\s+|formal\s+)?(?:(?:NATO|Nato)\s+(?:member|ally)(?:\s+(?:state|country|nation))?(?:\s+of\s+${NATO_JOINED_SRC})?|member(?:\s+(?:state|country|nation))?\s+of\s+${NATO_JOINED_SRC})|became\s+(?:NATO|Nato|the\s+[Aa]lliance)['\u2019]s\s+${ORDINAL_MEMBER}|became\s+the\s+${ORDINAL_MEMBER}\s+of\s+${NATO_JOINED_SRC}|became\s+(?:full\s+)?(?:(?:NATO|Nato)\s+members|members\s+of\s+${NATO_JOINED_SRC})|acceded\s+to\s+${NATO_JOINED_SRC}|(?:was|were)\s+(?:formally\s+|officially\s+)?admitted\s+(?:in)?to\s+${NATO_JOINED_SRC})`;
// The joining with its time after it; group 1 the words of the joining (for "the alliance"), then the time's groups.
const AFTER_RE = new RegExp(
  String.raw`${SUBJECT}${ADVERBS}\s+(${JOINING})(?:\s+as\s+(?:its|the|NATO['\u2019]s|the\s+alliance['\u2019]s)\s+${ORDINAL_MEMBER})?,?\s+(?:in|on)\s+${TIME}(?![\w'\u2019-]|\s*[-\u2013/]\s*\d|\s+(?:and|or|to)\s+(?:\d|${MONTHS}))`,
  'g',
);
// The time opening the sentence: "In 2002, it joined NATO".
const BEFORE_RE = new RegExp(String.raw`^\s*(?:In|On)\s+${TIME},\s+${SUBJECT}${ADVERBS}\s+(${JOINING})(?![\w'\u2019-])`);
// A place in line told as taken, with or without a time: "It became NATO's 32nd member", "the country became the 30th member
// of the alliance".
const PLACE_RE = new RegExp(
  String.raw`${SUBJECT}${ADVERBS}\s+(became\s+(?:(?:NATO|Nato|the\s+[Aa]lliance)['\u2019]s\s+${ORDINAL_MEMBER}|the\s+${ORDINAL_MEMBER}\s+of\s+${NATO_JOINED_SRC}))(?![\w'\u2019-])`,
  'g',
);
// The accession as a noun whose time is told with it: "following its accession to NATO on March 7, 2024", "since their
// admission to the alliance in 2002", "The country's accession, finalized in Brussels on July 15, 2025" (held-out 26 gf006:
// Sweden joined on 7 March 2024). Only after "since", "after", "following", "upon" or "with", or with a verb of completion,
// so that the time is the accession's ("All NATO countries agreed to their accession at the Madrid summit in June 2022"
// tells when they agreed). After a preposition NATO must be named with it ("since its accession in 2003" may be another
// club's); the group after the owner holds "to NATO" when it is said.
const NOUN_RE = new RegExp(
  String.raw`(?:\b(?:[Ss]ince|[Aa]fter|[Ff]ollowing|[Uu]pon|[Ww]ith)\s+(?:its|their|the\s+(?:country|nation)['\u2019]s)\s+(?:formal\s+|official\s+)?(?:accession|admission|entry)(\s+(?:in)?to\s+${NATO_JOINED_SRC})|\b(?:[Ii]ts|[Tt]heir|[Tt]he\s+(?:country|nation)['\u2019]s)\s+(?:formal\s+|official\s+)?(?:accession|admission|entry)((?:\s+(?:in)?to\s+${NATO_JOINED_SRC})?),?\s+(?:was\s+|were\s+)?(?:finali[sz]ed|completed|formali[sz]ed|took\s+effect|became\s+effective)(?:\s+in\s+[A-Z][a-z]+)?)\s+(?:in|on)\s+${TIME}(?![\w'\u2019-]|\s*[-\u2013/]\s*\d|\s+(?:and|or|to)\s+(?:\d|${MONTHS}))`,
  'g',
);
const ORDINAL_IN_RE = new RegExp(String.raw`${ORDINAL_SRC}\s+(?:full\s+)?(?:member|ally)`);
const HINT_RE = compiledOnFirstRun(/\b(?:joined|became|acceded|admitted|accession|admission|entry)\b/);
const NATO_WORD_RE = /\b(?:NATO|Nato|North\s+Atlantic)\b/;
const NATO_OR_ALLIANCE_RE = /\b(?:NATO|Nato|North\s+Atlantic|[Aa]lliance)\b/;
/** Other clubs, alliances and programmes a country joins, and a joining told as doubtful, planned, denied or asked. */
const OTHER_RE =
  /\b(?:Partnership\s+for\s+Peace|PfP|Membership\s+Action\s+Plan|MAP|programme|program|Mediterranean\s+Dialogue|Euro-Atlantic\s+Partnership|CSTO|SEATO|CENTO|ANZUS|AUKUS|coalition|Coalition|initiative|Initiative|format|partner|partners|partnership|observer|aspirant|candidate|rejoined|re-joined|integrated\s+(?:military\s+)?(?:command|structure))\b/;
const DOUBT_RE =
  /\b(?:not|never|n['\u2019]t|if|unless|whether|would|could|might|should|will|shall|hopes?|hoped|hoping|expected|expects|planned|plans|aims?|aimed|wanted|wants|supposed|claim\w*|false\w*|wrong\w*|mistak\w*|erroneous\w*|rumou?r\w*|myth|allegedly|reportedly)\b|\?/i;
// Germany's unification took the former East Germany into NATO on 3 October 1990; the treaty was signed on 4 April 1949;
// Greece re-entered NATO's military structure on 20 October 1980 (accession-month.ts's first-person reader, round 37, the same
// principle told by "we", leaves 1980 and 1990 alone too).
const OTHER_ENTRIES = ['1990-10-03', '1949-04-04', '1980-10-20'];

interface Accession {
  day: string;
  who: Jurisdiction[];
  /** The places in line of those who joined that day (none for the other entries). */
  places: number[];
}

/** Every accession day on record, with the countries that joined on it, in order. */
const accessionsOf = memoByFacts((facts, _: 'all'): Accession[] => {
  const byDay = new Map<string, Jurisdiction[]>();
  for (const j of facts.jurisdictions.values()) {
    if (!j.nato?.joined || j.nato.joined.length < 10) continue;
    const list = byDay.get(j.nato.joined) ?? [];
    if (!list.length) byDay.set(j.nato.joined, list);
    list.push(j);
  }
  for (const day of OTHER_ENTRIES) if (!byDay.has(day)) byDay.set(day, []);
  let n = 0;
  return [...byDay].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([day, who]) => ({ day, who, places: who.map(() => ++n) }));
});

interface Told {
  first: string;
  last: string;
  granularity: 'day' | 'month' | 'year';
  start: number;
  end: number;
}

/** The time of groups g[i..i+7] of TIME, as a range, or null. */
function toldTime(g: (string | undefined)[], i: number): Omit<Told, 'start' | 'end'> | null {
  const pad = (n: number) => String(n).padStart(2, '0');
  const month = (name: string) => pad(MONTH_NAMES.indexOf(name) + 1);
  const [m1, d1, y1, d2, m2, y2, m3, y3, y4] = g.slice(i, i + 9);
  if (m1 && d1 && y1)
    return { first: `${y1}-${month(m1)}-${pad(Number(d1))}`, last: `${y1}-${month(m1)}-${pad(Number(d1))}`, granularity: 'day' };
  if (d2 && m2 && y2)
    return { first: `${y2}-${month(m2)}-${pad(Number(d2))}`, last: `${y2}-${month(m2)}-${pad(Number(d2))}`, granularity: 'day' };
  if (m3 && y3) {
    const r = factRange(`${y3}-${month(m3)}`);
    return { first: r.first, last: r.last, granularity: 'month' };
  }
  if (y4) return { first: `${y4}-01-01`, last: `${y4}-12-31`, granularity: 'year' };
  return null;
}

/** The accessions that fit the time told: within three days of a day, in a month or the day either side of it, in a year. */
function fitting(all: readonly Accession[], told: Omit<Told, 'start' | 'end'>): Accession[] {
  if (told.granularity === 'day') return all.filter((a) => Math.abs(daysBetween(a.day, told.first)) <= 3);
  if (told.granularity === 'month') return all.filter((a) => a.day >= addDays(told.first, -1) && a.day <= addDays(told.last, 1));
  return all.filter((a) => a.day.slice(0, 4) === told.first.slice(0, 4));
}

const describe = (a: Accession) =>
  a.who.length
    ? `${a.who.map((j) => j.name).join(', ')} (${formatDay(a.day)})`
    : `${OTHER_NAMES[a.day] ?? 'the treaty'} (${formatDay(a.day)})`;
const OTHER_NAMES: Record<string, string> = {
  '1990-10-03': "Germany's unification",
  '1980-10-20': "Greece's return to the military structure",
};

const whenOf = (told: Omit<Told, 'start' | 'end'>) =>
  told.granularity === 'year'
    ? `in ${told.first.slice(0, 4)}`
    : told.granularity === 'month'
      ? `in ${formatDay(told.first).replace(/\s\d{1,2},/, '')}`
      : `on ${formatDay(told.first)}`;

function noJoinerClaims(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!HINT_RE.test(doc.text) || !NATO_WORD_RE.test(doc.text)) return out;
  const all = accessionsOf(doc.facts, 'all');
  for (let si = 0; si < doc.sentences.length; si++) {
    const sentence = doc.sentences[si];
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!HINT_RE.test(text)) continue;
    // Every form names NATO or the alliance, or (the accession as a noun with a verb of completion) follows a sentence that does.
    if (
      !NATO_OR_ALLIANCE_RE.test(text) &&
      !(si > 0 && NATO_WORD_RE.test(doc.text.slice(doc.sentences[si - 1].start, doc.sentences[si - 1].end)))
    )
      continue;
    if (OTHER_CLUB_JOINED_RE.test(text) || OTHER_RE.test(text)) continue;
    const found: Array<{ at: number; end: number; joining: string; groups: (string | undefined)[]; first: number }> = [];
    const head = BEFORE_RE.exec(text);
    if (head) found.push({ at: sentence.start, end: sentence.start + head[0].length, joining: head[10], groups: head, first: 1 });
    AFTER_RE.lastIndex = 0;
    for (let m = AFTER_RE.exec(text); m; m = AFTER_RE.exec(text))
      found.push({ at: sentence.start + m.index, end: sentence.start + m.index + m[0].length, joining: m[1], groups: m, first: 2 });
    NOUN_RE.lastIndex = 0;
    for (let m = NOUN_RE.exec(text); m; m = NOUN_RE.exec(text))
      found.push({
        at: sentence.start + m.index,
        end: sentence.start + m.index + m[0].length,
        joining: m[1] || m[2] || '',
        groups: m,
        first: 3,
      });
    // A place in line told with no time: only whether anyone held it yet.
    PLACE_RE.lastIndex = 0;
    for (let m = PLACE_RE.exec(text); m; m = PLACE_RE.exec(text)) {
      const at = sentence.start + m.index;
      if (!found.some((f) => f.at <= at && at < f.end)) found.push({ at, end: at + m[0].length, joining: m[1], groups: [], first: 0 });
    }
    for (const f of found) {
      const told = f.groups.length ? toldTime(f.groups, f.first) : null;
      if (f.groups.length && (!told || told.last > doc.asOf || told.first < '1949-01-01')) continue;
      // A time past the last day the accessions were checked may hold one not on record.
      if (told && pastHorizon(doc.facts, told.last)) continue;
      // A doubt, plan, denial or question before the words or in them.
      if (DOUBT_RE.test(doc.text.slice(sentence.start, f.end))) continue;
      // "the alliance" is NATO only where the sentence or the one before names NATO.
      if (!NATO_WORD_RE.test(f.joining)) {
        const prev = si > 0 ? doc.sentences[si - 1] : null;
        const near = doc.text.slice(
          prev && !doc.text.slice(prev.end, sentence.start).includes('\n') ? prev.start : sentence.start,
          sentence.end,
        );
        if (!NATO_WORD_RE.test(near) || OTHER_CLUB_JOINED_RE.test(near) || OTHER_RE.test(near)) continue;
      }
      // "It became NATO's 32nd member": the place in line names the accession, whoever "it" is. Told with a time not its
      // accession's, or on a page before anyone took that place.
      const place = ORDINAL_IN_RE.exec(doc.text.slice(f.at, f.end));
      const nth = place ? numberFrom(place[1]) : NaN;
      const owner = nth > 12 ? all.find((a) => a.places.includes(nth)) : undefined;
      if (owner) {
        const early = doc.dateCertain && addDays(doc.asOf, 1) < owner.day;
        if ((!told || fitting([owner], told).length) && !early) continue;
        const whoThen = `NATO's ${ordinalText(nth)} member, ${describe(owner)}`;
        const fact = early
          ? `Not yet: ${whoThen}, joined after ${formatDay(doc.asOf)}.`
          : `Not so: ${whoThen}, did not join ${whenOf(told!)}.`;
        out.push(
          historyAnnotation(
            doc,
            { start: f.at, end: f.end },
            'membership',
            'contradicted',
            fact,
            `${whoThen.replace(/^NATO's/, "NATO's")}.`,
            owner.who.map((j) => j.id),
            sourcesOfAll(owner.who.map((j) => j.nato!)).slice(0, 3),
          ),
        );
        continue;
      }
      if (!told || fitting(all, told).length) continue;
      const before = all.filter((a) => a.day < told.first).slice(-1);
      const after = all.filter((a) => a.day > told.last).slice(0, 1);
      const near = [...before, ...after];
      const fact = `No country joined NATO ${whenOf(told)}: the accessions on record nearest it are ${near.map(describe).join(' and ')}.`;
      const who = near.flatMap((a) => a.who);
      out.push(
        historyAnnotation(
          doc,
          { start: f.at, end: f.end },
          'membership',
          'contradicted',
          `Not so: ${fact}`,
          fact,
          who.length ? [...new Set(who.map((j) => j.id))] : ['nato-founding'],
          sourcesOfAll(who.map((j) => j.nato!)).slice(0, 3),
        ),
      );
    }
  }
  return out;
}

/** Adds the joinings told at a time when no country joined, where no other reader said anything of the same words. */
export function withNoJoinerAccessions(membership: ClaimDetector): ClaimDetector {
  return {
    kind: membership.kind,
    triggers: membership.triggers,
    find: (doc, ctx) => {
      const out = membership.find(doc, ctx);
      for (const a of noJoinerClaims(doc)) {
        // A place in line told as taken before anyone took it outranks a confirmation of the same words by the accession's
        // record ("Finland cleared the last hurdle; it became NATO's 31st member" on 30 March 2023 had been confirmed).
        if (a.message.startsWith('Not yet:'))
          for (let k = out.length - 1; k >= 0; k--) if (out[k].verdict === 'supported' && spansOverlap(out[k], a)) out.splice(k, 1);
        if (!out.some((b) => spansOverlap(a, b) && b.verdict !== 'context')) out.push(a);
      }
      return out;
    },
  };
}
