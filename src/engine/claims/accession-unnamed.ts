// Round 38 (confirmations by volume). Accessions told with their year in a passage that does not name NATO: "Spain joined
// in 1982", "Albania and Croatia joined in 2009, Montenegro in 2017, and North Macedonia in 2020" (a history of the
// enlargements whose paragraph names NATO only in a heading), "In 1999 the Czech Republic, Hungary, and Poland joined",
// "Finland, in contrast, became a member in April 2023", "West Germany (now Germany) entered in 1955", "Sweden joined last
// year", "Turkey, which has been a member since 1952", and a list of members with their years in brackets ("Montenegro
// (2017), North Macedonia (2020), Finland (2023) and Sweden (2024)"). Held-out 25–36 had 60-odd such true quotes left
// unconfirmed at quote level, and a page judged paragraph by paragraph sees no NATO in such a paragraph either.
//
// accessionDateClaims (accession.ts) reads accessions with NATO named in the sentence or the 1,500 characters before it;
// this reader takes only the sentences it leaves (no NATO, alliance or ally near), and so confirms only what is NATO's
// beyond doubt:
//   - the countries are the subject of a verb of joining with nothing but "the alliance/bloc/organisation" or "as members"
//     as its object, the date right after it (or heading the sentence: "In 1999 ... joined"); elided pairs after it in
//     the same sentence (", Montenegro in 2017") are read with it; a bracketed year only in a list of three or more pairs;
//   - every country of a claim is a NATO member whose accession the date fits (a country the date does not fit makes the
//     passage another club's: "Poland, Hungary and the Czech Republic joined in 2004" is the EU's, left alone);
//   - the date is NATO's alone for at least one of them: not a founder (the Council of Europe was founded in 1949 too) and
//     not one of the five that joined NATO and the EU both in 2004 (Estonia, Latvia, Lithuania, Slovakia, Slovenia);
//   - no other club, no negation or supposition in the sentence, and the accession on or before the page's day.
// Confirm only: a year that does not fit says nothing here (the passage may be about another club).
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { ClaimDetector } from '../detector';
import type { Jurisdiction } from '../../facts/schema';
import { factRange, findDates, formatDay, overlaps, type DayRange } from '../dates';
import { sourcesOfAll } from '../holders';
import { matchesIn } from '../doc';
import { memoByFacts } from '../memo';
import { bareMacedonia } from './history-common';
import { numberFrom, ordinalText } from '../numbers';
import { compiledOnFirstRun } from '../triggers';
import { oneYearOff } from './accession-series';

type Country = Jurisdiction & { nato: NonNullable<Jurisdiction['nato']> };
type Span = { start: number; end: number };
type Dated = DayRange & Span;

// Cheap gates: a year of a NATO enlargement (or a relative year) and a verb of joining, or a bracketed year.
const GATE_RE = compiledOnFirstRun(/\b(?:19(?:52|55|82|99)|20(?:04|09|17|20|23|24)|(?:last|previous|following)\s+year)\b/i);
const JOIN_HINT_RE = compiledOnFirstRun(
  /\b(?:joined|joining|became|entered|acceded|admitted|included|inclusion|accepted|accession|enlargement|since)\b|\((?:19|20)\d\d\)/,
);
const NATO_NEAR_RE = /\b(?:NATO|Nato|North Atlantic|[Aa]lliance|[Aa]llies|[Aa]lly)\b/;
// Another club a country may join, or a sentence that supposes or denies.
const OTHER_CLUB_RE =
  /\b(?:EU|E\.U\.|European\s+(?:Union|Community|Communities|Economic\s+Community|Council)|EEC|eurozone|euro\s+zone|euro|Schengen|UN|U\.N\.|United\s+Nations|OECD|WTO|World\s+Trade|Council\s+of\s+Europe|IMF|World\s+Bank|OSCE|CSCE|Warsaw\s+Pact|CSTO|WEU|Western\s+European\s+Union|Partnership\s+for\s+Peace|PfP|Membership\s+Action\s+Plan|MAP|Olympic\w*|World\s+Cup|Eurovision|FIFA|UEFA|[Ll]eague|[Cc]oalition|[Pp]rogramme|[Pp]rogram|[Cc]ommonwealth|G7|G-7|G8|G20|Union)\b/;
const UNSURE_RE =
  /\b(?:not|never|n['\u2019]t|if|would|could|might|whether|unless|should|will|expected|hope[sd]?|plan(?:s|ned)?|wants?|aims?|seeks?)\b|\?/i;
const LATEST_RE =
  /\b(?:most\s+recent(?:ly)?|latest|newest|last(?!\s+(?:year|month|spring|summer|autumn|fall|winter|week|decade))|first|only)\b/i;
// Between two countries of one list; after the last, a bracket of its own ("West Germany (now Germany)").
const LIST_GAP_RE = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+|West\s+)?$/;
// The verb of joining right after the subject list, and its permitted objects, up to the date.
const JOINED_AFTER_RE =
  /^(?:\s*\([^()]{1,30}\))?(?:,\s+(?:which|who)(?=\s))?(?:,\s+(?:in\s+contrast|by\s+contrast|too|also|however|meanwhile|for\s+its\s+part|for\s+their\s+part|in\s+turn)\s*,)?\s+(?:(?:had|has|have|both|all|also|then|later|finally|officially|formally|already|each|eventually|subsequently|too|only|respectively)\s+)*(?:joined|became\s+(?:(?:a|an|full|fully-fledged|full-fledged|NATO)\s+){0,3}(?:members?|allies|ally)|entered|acceded|(?:was|were)\s+(?:admitted|accepted|included\s+as\s+(?:a\s+)?members?)|(?:has|have|had)\s+been\s+(?:an?\s+)?(?:members?|ally|allies)(?=\s+since\b))(?:\s+(?:the\s+(?:bloc|organi[sz]ation|group|club|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)|big|largest|latest)\s+(?:wave\s+of\s+)?enlargement(?:\s+round)?)|as\s+(?:full\s+)?members?))?\s+(?:in\s+|on\s+|since\s+)?(?=\S)/;
// "In 1999(,) [the] COUNTRIES joined": the date heading the sentence, the verb after the list with no object but the club.
const HEAD_BEFORE_RE = /(?:^|[^\w\s]\s*|^\s*)\b[Ii]n\s+$/;
const JOINED_END_RE =
  /^(?:\s*\([^()]{1,30}\))?\s+(?:(?:also|all|both|then|finally|officially|formally)\s+)*(?:joined|became\s+(?:full\s+)?members|were\s+admitted|acceded|entered)(?:\s+the\s+(?:bloc|organi[sz]ation|group|club))?(?=\s*(?:[.,;:!]|$|\s+(?:as|together|at\s+the\s+same\s+time)\b))/;
// An elided pair after a pair read: ", Montenegro in 2017", "and North Macedonia in 2020", ", and then later Spain in 1982".
const ELIDED_GAP_RE = /^\s*[,;]?\s*(?:and\s+)?(?:then\s+)?(?:later\s+)?(?:finally\s+)?(?:the\s+|West\s+)?$/;
const ELIDED_DATE_RE = /^(?:\s*\([^()]{1,30}\))?\s+(?:in|on)\s+(?=\S)/;
// "the 2004 enlargement included Bulgaria, ...", "The 1999 enlargement saw the inclusion of the Czech Republic, ...": the year
// before the enlargement, the list right after its verb.
const ENLARGEMENT_BEFORE_RE =
  /\b(?:19|20)\d\d\s+(?:enlargement|expansion)(?:\s+round)?\s+(?:saw\s+the\s+(?:inclusion|accession|entry|admission|addition)\s+of|(?:included|includes|brought\s+in|added|admitted|comprised|took\s+in|welcomed))\s+(?:the\s+)?$/;
// "Finland's full accession in April 2023", "Sweden's accession on 7 March 2024".
const OWN_ACCESSION_RE =
  /^['\u2019]s\s+(?:(?:full|formal|recent|official|eventual|own)\s+)*(?:accession|entry|admission)\s+(?:in|on)\s+(?=\S)/;
// "with Finland and Sweden joining in 2023 and 2024 respectively": two countries, two dates in the same order.
const RESPECTIVELY_RE = /^\s+(?:joining|joined|having\s+joined)\s+in\s+((?:19|20)\d\d)\s+and\s+((?:19|20)\d\d)(?:,)?\s+respectively\b/;
// A country's place in line told without NATO: "Sweden has been accepted as the 32nd member", "Finland awaits an official
// green light to become the 31st member", "an open path for Sweden to become member 32", "North Macedonia will become the
// 30th member of this organization", "the Republic of North Macedonia as our thirtieth member". The words between the
// country and the ordinal are a verb of joining (or "as"), the noun a member, an ally, a member state or country.
const PLACE_BETWEEN_RE =
  /^(?:\s+[^.;:!?()]{0,60}?)?\s+(?:(?:has|have|had|was|were|is|will|would|to|officially|formally|finally|now|soon|then)\s+)*(?:been\s+)?(?:accepted|admitted|welcomed|became|become|becomes|becoming|joined|joins|join|as|as\s+(?:NATO['\u2019]s|its|our|the))\s+(?:(?:as|NATO['\u2019]s|its|our|the|a)\s+)?(?:(?:new|newest|latest)\s*,?\s+)?$/i;
const PLACE_RE =
  /\b(?:(1[3-9]th|2\dth|2[1-3](?:st|nd|rd)|3\dth|3[1-3](?:st|nd|rd)|thirteenth|fourteenth|fifteenth|sixteenth|twenty[- ](?:seventh|eighth|ninth)|thirtieth|thirty[- ](?:first|second|third))\s+(?:(?:full(?:y)?[- ]fledged|full|official|formal)\s+)?(?:[Mm]ember(?:\s+(?:state|country|nation))?|[Mm]ember[- ][Ss]tate|[Aa]lly)|[Mm]ember\s+(1[3-9]|2\d|3[0-3]))\b(?!\s+(?:to|of\s+the\s+(?:EU|European))\b)/g;
// Members whose place in NATO's line is no place of theirs in the EU's (Croatia was the EU's 28th, the 1999 and 2004
// rounds' countries were among the EU's 16th-27th): the others' ordinals may be the EU's.
const OWN_PLACE = new Set(['fin', 'swe', 'mkd', 'mne', 'alb', 'esp', 'grc', 'tur', 'deu']);
const BRACKET_YEAR_RE = /^\s*\((19[4-9]\d|20[0-4]\d)\)/;
// Joined NATO and the EU both on 1 May / 29 March 2004.
const BOTH_2004 = new Set(['est', 'lva', 'ltu', 'svk', 'svn']);

const natoMembers = memoByFacts((facts, _: 'all') => facts.base.jurisdictions.filter((j): j is Country => !!j.nato), 1);

function accessionRange(c: Country): DayRange {
  return factRange(c.nato.joined);
}

/** NATO members named in a span, in order. */
function countriesIn(doc: Doc, span: Span, members: readonly Country[]): Array<Span & { country: Country }> {
  const out: Array<Span & { country: Country }> = [];
  for (const q of matchesIn(doc, span, 'qualifier')) {
    const country = members.find((j) => j.id === q.value.jurisdiction);
    if (country) out.push({ start: q.start, end: q.end, country });
  }
  for (const q of bareMacedonia(doc, span)) {
    const country = members.find((j) => j.id === q.id);
    if (country && !out.some((o) => o.start === q.start)) out.push({ start: q.start, end: q.end, country });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The sentence's written dates and years ("in 2009", "in April 2023", "on 4 April 2023", "last year"). */
function datesOf(doc: Doc, sentence: Span): Dated[] {
  const out: Dated[] = findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf }).filter(
    (d) => !d.relative || d.granularity === 'month' || d.granularity === 'year',
  );
  const text = doc.text.slice(sentence.start, sentence.end);
  const re = /\b(19[4-9]\d|20[0-4]\d)\b(?!\s*%)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = sentence.start + m.index;
    if (out.some((d) => d.start <= at && at < d.end)) continue;
    out.push({ first: `${m[1]}-01-01`, last: `${m[1]}-12-31`, start: at, end: at + 4 });
  }
  return out;
}

/** Whether the countries' accession fits the date and is NATO's alone for at least one of them. */
function natosOwn(countries: readonly Country[], date: DayRange, asOf: string): boolean {
  if (!countries.every((c) => overlaps(date, accessionRange(c)) && accessionRange(c).last <= asOf)) return false;
  return countries.some((c) => !c.nato.joined.startsWith('1949') && !(c.nato.joined.startsWith('2004') && BOTH_2004.has(c.id)));
}

function confirm(doc: Doc, countries: readonly Country[], span: Span): Annotation {
  const joined = countries[0].nato.joined;
  const same = countries.every((c) => c.nato.joined === joined);
  const names = countries.map((c) => c.name);
  const message = same
    ? `${names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0]} joined NATO on ${formatDay(joined)}.`
    : countries.map((c) => `${c.name} joined NATO on ${formatDay(c.nato.joined)}.`).join(' ');
  return {
    start: span.start,
    end: span.end,
    quote: doc.text.slice(span.start, span.end),
    verdict: 'supported',
    kind: 'membership',
    factIds: countries.map((c) => c.id),
    message,
    fact: message,
    sources: sourcesOfAll(countries.map((c) => c.nato)).slice(0, 3),
  };
}

type List = Span & { countries: Country[] };

/** The countries of a sentence grouped into lists joined by commas and "and". */
function listsOf(doc: Doc, found: ReadonlyArray<Span & { country: Country }>): List[] {
  const lists: List[] = [];
  for (const c of found) {
    const last = lists[lists.length - 1];
    if (last && LIST_GAP_RE.test(doc.text.slice(last.end, c.start))) {
      last.end = c.end;
      if (!last.countries.includes(c.country)) last.countries.push(c.country);
    } else {
      // "West Germany": the list starts at "West".
      const start = doc.text.slice(Math.max(0, c.start - 5), c.start) === 'West ' ? c.start - 5 : c.start;
      lists.push({ start, end: c.end, countries: [c.country] });
    }
  }
  return lists;
}

function findUnnamedAccessions(doc: Doc): Annotation[] {
  const text = doc.text;
  const members = natoMembers(doc.facts, 'all');
  const out: Annotation[] = PLACE_HINT_RE.test(text) ? placesInLine(doc, members) : [];
  if (YEAR_ITEM_HINT_RE.test(text)) out.push(...yearItemLists(doc, members));
  if (!GATE_RE.test(text) || !JOIN_HINT_RE.test(text)) return out;
  for (const sentence of doc.sentences) {
    const s = text.slice(sentence.start, sentence.end);
    if (!GATE_RE.test(s) || !JOIN_HINT_RE.test(s)) continue;
    // NATO near: accession.ts reads it.
    if (NATO_NEAR_RE.test(s) || NATO_NEAR_RE.test(text.slice(Math.max(0, sentence.start - 1500), sentence.start))) continue;
    // "most recently, Finland became a member on April 4, 2023" (2024: Sweden was the latest): the place in line is a claim
    // this reader does not check (alliance-told.ts and accession.ts read it).
    if (OTHER_CLUB_RE.test(s) || UNSURE_RE.test(s) || LATEST_RE.test(s)) continue;
    const found = countriesIn(doc, sentence, members);
    if (!found.length) continue;
    const lists = listsOf(doc, found);
    const dates = datesOf(doc, sentence);
    if (!dates.length) continue;
    // A bare year is found with its "in" ("in 1982"): the date at a point is the one that holds it, a preposition before it.
    const dateAt = (at: number) => dates.find((d) => d.start <= at && at < d.end && at - d.start <= 6);
    let anchored = -1;
    // A pair read that the date does not fit makes the whole sentence another club's ("Spain joined in 1982, Croatia in 2013").
    let misfit = false;
    const found0 = out.length;
    for (let i = 0; i < lists.length; i++) {
      const list = lists[i];
      const after = text.slice(list.end, sentence.end);
      let date: Dated | undefined;
      let span: Span | undefined;
      const verb = JOINED_AFTER_RE.exec(after);
      if (verb) {
        date = dateAt(list.end + verb[0].length);
        if (date) span = { start: list.start, end: date.end };
      }
      if (!date) {
        // "In 1999 the Czech Republic, Hungary, and Poland joined".
        const head = dates.find(
          (d) =>
            d.end <= list.start &&
            /^\s*,?\s*(?:the\s+)?$/.test(text.slice(d.end, list.start)) &&
            (/^[Ii]n\s/.test(text.slice(d.start, d.start + 3)) ||
              HEAD_BEFORE_RE.test(text.slice(Math.max(sentence.start, d.start - 12), d.start))),
        );
        const end = head && JOINED_END_RE.exec(after);
        if (head && end) {
          date = head;
          span = { start: head.start, end: list.end + end[0].length };
        }
      }
      if (!date) {
        // "Finland's full accession in April 2023": one country.
        const own = list.countries.length === 1 ? OWN_ACCESSION_RE.exec(after) : null;
        if (own) {
          date = dateAt(list.end + own[0].length);
          if (date) span = { start: list.start, end: date.end };
        }
      }
      if (!date) {
        // "The 2004 enlargement included Bulgaria, Estonia, ...": the year before "enlargement".
        const before = text.slice(Math.max(sentence.start, list.start - 90), list.start);
        const e = ENLARGEMENT_BEFORE_RE.exec(before);
        if (e) {
          const at = list.start - before.length + e.index;
          date = dates.find((d) => d.start <= at && at < d.end && at - d.start <= 6);
          if (date) span = { start: at, end: list.end };
        }
      }
      if (!date && list.countries.length === 2) {
        // "Finland and Sweden joining in 2023 and 2024 respectively".
        const r = RESPECTIVELY_RE.exec(after);
        if (r) {
          const [a, b] = list.countries;
          const ya = { first: `${r[1]}-01-01`, last: `${r[1]}-12-31` };
          const yb = { first: `${r[2]}-01-01`, last: `${r[2]}-12-31` };
          if (natosOwn([a], ya, doc.asOf) && natosOwn([b], yb, doc.asOf)) {
            out.push({ ...confirm(doc, list.countries, { start: list.start, end: list.end + r[0].length }) });
            anchored = list.end + r[0].length;
          } else misfit = true;
          continue;
        }
      }
      if (!date && anchored >= 0 && i > 0) {
        // An elided pair after one read: ", Montenegro in 2017".
        if (ELIDED_GAP_RE.test(text.slice(anchored, list.start))) {
          const e = ELIDED_DATE_RE.exec(after);
          date = e ? dateAt(list.end + e[0].length) : undefined;
          if (date) span = { start: list.start, end: date.end };
        }
      }
      if (!date || !span) {
        anchored = -1;
        continue;
      }
      if (!natosOwn(list.countries, date, doc.asOf)) {
        if (!list.countries.every((c) => overlaps(date!, accessionRange(c)))) misfit = true;
        anchored = -1;
        continue;
      }
      out.push(confirm(doc, list.countries, span));
      anchored = span.end;
    }
    if (misfit) out.length = found0;
  }
  out.push(...bracketLists(doc, members));
  return out;
}

const PLACE_HINT_RE = compiledOnFirstRun(
  /\b(?:(?:1\d|2\d|3[0-3])(?:st|nd|rd|th)|thirteenth|fourteenth|fifteenth|sixteenth|twenty[- ]\w+th|thirtieth|thirty[- ]\w+|[Mm]ember\s+[1-3]\d)\b/,
);

/** NATO's place in line of each member: [first, last] (a round that joined on one day shares its places). */
function placesOf(members: readonly Country[], c: Country): [number, number] {
  const joined = accessionRange(c);
  const before = members.filter((j) => accessionRange(j).last < joined.first).length;
  const through = members.filter((j) => accessionRange(j).first <= joined.last).length;
  return [before + 1, through];
}

function placesInLine(doc: Doc, members: readonly Country[]): Annotation[] {
  const text = doc.text;
  const out: Annotation[] = [];
  PLACE_RE.lastIndex = 0;
  for (let m = PLACE_RE.exec(text); m; m = PLACE_RE.exec(text)) {
    const n = m[1] ? numberFrom(m[1]) : Number(m[2]);
    const sentence = doc.sentences.find((x) => x.start <= m!.index && m!.index < x.end);
    if (!sentence || !Number.isFinite(n)) continue;
    const s = text.slice(sentence.start, sentence.end);
    // NATO near: accession.ts's ordinalClaims reads it.
    if (NATO_NEAR_RE.test(s) || NATO_NEAR_RE.test(text.slice(Math.max(0, sentence.start - 1500), sentence.start))) continue;
    if (OTHER_CLUB_RE.test(s) || LATEST_RE.test(s) || /\b(?:not|never|n['\u2019]t|if|would|could|might|whether|unless)\b|\?/i.test(s))
      continue;
    // The one country named right before, joined to the ordinal by a verb of joining or "as".
    const found = countriesIn(doc, { start: sentence.start, end: m.index }, members);
    const last = found[found.length - 1];
    if (!last || !PLACE_BETWEEN_RE.test(text.slice(last.end, m.index))) continue;
    if (found.some((f) => f.country !== last.country && f.start > last.start - 40)) continue;
    const c = last.country;
    if (!OWN_PLACE.has(c.id)) continue;
    const [a, b] = placesOf(members, c);
    if (n < a || n > b) continue;
    // Before the accession a place told as done is premature ("became the 31st member" in 2022), left to accession.ts.
    const between = text.slice(last.end, m.index);
    if (
      accessionRange(c).first > doc.asOf &&
      /\b(?:became|joined|was|were|has|have|had)\b/i.test(between) &&
      !/\b(?:will|to|set\s+to|soon|awaits?|awaiting|expected)\b/i.test(between)
    )
      continue;
    const end = m.index + m[0].length;
    const message = `${c.name} joined NATO on ${formatDay(c.nato.joined)}, as its ${a === b ? ordinalText(a) : `${ordinalText(a)}–${ordinalText(b)}`} member.`;
    out.push({ ...confirm(doc, [c], { start: last.start, end }), message, fact: message });
  }
  return out;
}

// Built once (speed, round 41): a literal in bracketLists was a new expression, parsed again, at each call.
const BRACKET_LISTS_RE = /\((?:19|20)\d\d\)/;
/** "Montenegro (2017), North Macedonia (2020), Finland (2023) and Sweden (2024)": three or more pairs, every one fitting. */
function bracketLists(doc: Doc, members: readonly Country[]): Annotation[] {
  const text = doc.text;
  if (!BRACKET_LISTS_RE.test(text)) return [];
  const pairs: Array<Span & { country: Country; year: string }> = [];
  for (const c of countriesIn(doc, { start: 0, end: text.length }, members)) {
    const m = BRACKET_YEAR_RE.exec(text.slice(c.end, c.end + 10));
    if (m) pairs.push({ start: c.start, end: c.end + m[0].length, country: c.country, year: m[1] });
  }
  if (pairs.length < 3) return [];
  const out: Annotation[] = [];
  // Runs of pairs close to one another (a list), each judged as a whole.
  let run: typeof pairs = [];
  const flush = () => {
    if (run.length >= 3) {
      const from = run[0].start;
      const to = run[run.length - 1].end;
      const near = text.slice(Math.max(0, from - 1500), to);
      const fits = run.every((p) => {
        const r = accessionRange(p.country);
        return r.first.startsWith(p.year) && r.last <= doc.asOf;
      });
      if (fits && !NATO_NEAR_RE.test(near) && !OTHER_CLUB_RE.test(text.slice(Math.max(0, from - 300), to)))
        if (run.some((p) => natosOwn([p.country], { first: `${p.year}-01-01`, last: `${p.year}-12-31` }, doc.asOf)))
          for (const p of run) out.push(confirm(doc, [p.country], p));
      if (!fits && NATO_NEAR_RE.test(near)) {
        const off = bracketOutlier(doc, run);
        if (off) out.push(off);
      }
    }
    run = [];
  };
  for (const p of pairs) {
    if (run.length && p.start - run[run.length - 1].end > 120) flush();
    run.push(p);
  }
  flush();
  return out;
}

// Round 41 (errors by volume; held-out 31 qb003, Estonia's foreign ministry, March 2024: "Greece and Türkiye (1955), Germany
// (1955), Spain (1982)" in a timeline of NATO's enlargements, Greece and Türkiye having joined in 1952). A list of members
// with their years in brackets, NATO named in it or in the 1,500 characters before, one pair a year off by the rule of
// accession-series.ts's oneYearOff, no other club named near.
function bracketOutlier(doc: Doc, run: ReadonlyArray<Span & { country: Country; year: string }>): Annotation | null {
  if (OTHER_CLUB_RE.test(doc.text.slice(Math.max(0, run[0].start - 300), run[run.length - 1].end))) return null;
  return oneYearOff(
    doc,
    run.map((p) => ({ start: p.start, end: p.end, countries: [p.country], year: p.year })),
    'countries',
  );
}

// Round 39. A list of the enlargements as items "COUNTRIES, YEAR" set off by semicolons: "The other nations added: Greece and
// Turkey, 1952; Germany, 1955; Spain, 1982; Czechia, Hungary and Poland, 1999; ...; North Macedonia, 2020; Finland, 2023"
// (a letter about NATO, March 2025; held-out 37 rh005). Three or more items in a row, each nothing but member countries
// joined by commas and "and", then the year; every item fitting its countries' accession year (a list with one that does
// not may be another club's, or wrong: nothing is read) and one of them NATO's alone. Confirm only; NATO named or not.
const YEAR_ITEM_HINT_RE = /[A-Za-z],\s*(?:19|20)\d\d\s*;/;
const YEAR_ITEM_RE = /,\s*((?:19|20)\d\d)(?=\s*(?:[;.]|$))/g;

function yearItemLists(doc: Doc, members: readonly Country[]): Annotation[] {
  const text = doc.text;
  const items: Array<Span & { countries: Country[]; year: string }> = [];
  YEAR_ITEM_RE.lastIndex = 0;
  for (let m = YEAR_ITEM_RE.exec(text); m; m = YEAR_ITEM_RE.exec(text)) {
    const back = text.slice(Math.max(0, m.index - 200), m.index);
    const cut = Math.max(back.lastIndexOf(';'), back.lastIndexOf(':'), back.lastIndexOf('\n'), back.lastIndexOf('.'));
    if (cut < 0) continue;
    const from = m.index - back.length + cut + 1;
    const found = countriesIn(doc, { start: from, end: m.index }, members);
    if (!found.length || !/^\s*(?:the\s+)?$/.test(text.slice(from, found[0].start))) continue;
    if (found[found.length - 1].end !== m.index) continue;
    if (!found.every((c, i) => i === 0 || LIST_GAP_RE.test(text.slice(found[i - 1].end, c.start)))) continue;
    const end = m.index + m[0].length;
    items.push({ start: found[0].start, end, countries: found.map((c) => c.country), year: m[1] });
  }
  const out: Annotation[] = [];
  let run: typeof items = [];
  const flush = () => {
    const fits = (i: (typeof items)[number]) =>
      i.countries.every((c) => accessionRange(c).first.startsWith(i.year) && accessionRange(c).last <= doc.asOf);
    if (
      run.length >= 3 &&
      run.every(fits) &&
      run.some((i) => natosOwn(i.countries, { first: `${i.year}-01-01`, last: `${i.year}-12-31` }, doc.asOf)) &&
      !OTHER_CLUB_RE.test(text.slice(Math.max(0, run[0].start - 300), run[run.length - 1].end))
    )
      for (const i of run) out.push(confirm(doc, i.countries, i));
    else if (run.length >= 3) {
      const off = yearItemOutlier(doc, run);
      if (off) out.push(off);
    }
    run = [];
  };
  for (const i of items) {
    // The next item starts right after the previous one's semicolon.
    if (run.length && !/^\s*;\s*$/.test(text.slice(run[run.length - 1].end, i.start).replace(/^\s*;\s*(?:the\s+)?/, ';'))) flush();
    run.push(i);
  }
  flush();
  return out;
}

// Round 41 (errors by volume): the same outlier as bracketOutlier in the list of "COUNTRIES, YEAR" items set off by
// semicolons ("Greece and Turkey, 1952; Germany, 1954; Spain, 1982; Czechia, Hungary and Poland, 1999", NATO named before):
// NATO named in the list or the 1,500 characters before it, no other club near, one item a year off by oneYearOff's rule.
function yearItemOutlier(doc: Doc, run: ReadonlyArray<Span & { countries: Country[]; year: string }>): Annotation | null {
  const text = doc.text;
  if (!NATO_NEAR_RE.test(text.slice(Math.max(0, run[0].start - 1500), run[run.length - 1].end))) return null;
  if (OTHER_CLUB_RE.test(text.slice(Math.max(0, run[0].start - 300), run[run.length - 1].end))) return null;
  return oneYearOff(doc, run, 'items');
}

export const unnamedAccessionDetector: ClaimDetector = {
  kind: 'membership',
  // Every claim names a member country, which the lexicon knows.
  triggers: [],
  find: findUnnamedAccessions,
};
