// Round 47. A round of NATO's enlargement told with its date and the countries it took in: "In 1955 NATO had its first
// enlargement, with Greece and Turkey being added to the alliance" (WorldAtlas, June 2016, held-out 45 us012: they joined
// on 18 February 1952), "The fourth enlargement on 12 May 1999 added the Czech Republic, Hungary, and Poland to the
// organization" (the same page: they joined on 12 March 1999), "The second enlargement was on 6 May 1955, when West Germany
// joined", "The third expansion took place on 30 May 1982, with Spain becoming a member", "the sixth which took place on 1
// April 2009, adding Albania and Croatia to NATO", "The 1999 enlargement brought in Poland, Hungary and the Czech Republic".
//
// The round's date is told one of three ways: leading the sentence, with NATO having, seeing or undergoing the enlargement
// ("In 1955 NATO had its first enlargement", "In 2004, the alliance's fifth enlargement took place"); after the noun ("The
// fourth enlargement on 12 May 1999", "The third expansion took place on 30 May 1982", "the sixth which took place on");
// or as the noun's year ("the 1999 enlargement", "NATO's 2004 round of enlargement"). Its countries follow the noun and
// the date: "with", "when", "as" or "saw" and a list with a verb of joining after it ("when West Germany joined", "with
// Spain becoming a member"), or "added", "adding", "brought (in)", "admitted", "included", "the accession of" and the list;
// or they stand before it, joining it: "Albania and Croatia joined the sixth enlargement in 2009" (raydonhallac.co.uk,
// April 2021), "Montenegro joining in the seventh enlargement round in 2017" (total-croatia-news.com, March 2019). Every
// country of the list must be a member that joined on one day (a list across rounds says nothing of one date).
//
// The date is judged against that day, never the ordinal: sources number the rounds differently (some count Germany's
// reunification, some the Nordic accessions as one). Confirmed when the date holds the day. Contradicted when it misses
// it by more than three days, the record is sure of it, and the round is NATO's beyond doubt: NATO or the alliance named in
// the sentence or the one before, or a whole round of two or more told of "the organization", or, with no club named, a
// day in the year of NATO's round (no other club took these countries in that year: "The fourth enlargement on 12 May
// 1999 added the Czech Republic, Hungary, and Poland"). Nothing with another club within about 600 characters (the EU's
// 2004, 2007 and 2013 enlargements took in some of the same countries, the EC's third in 1986 took in Spain), after a
// supposition, or before "among others".
import type { Annotation } from '../types';
import { withMergedOver, type ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import { factRange, formatDay, gapDays, overlaps, type DateMention } from '../dates';
import { sourcesOfAll } from '../holders';
import type { Span } from '../sentences';
import { gated } from '../triggers';
import { datesAndYears, historyAnnotation, HYPOTHETICAL_RE, ORDINAL_SRC } from './history-common';
import { namesIn } from './accession-lists';
import { sureOf } from './accession-noun';

type Country = Doc['facts']['base']['jurisdictions'][number];

const HINT_RE = gated(/\b(?:enlargement|expansion)\b/);
// One round, not several ("enlargements", "expansions"); "round of enlargement" and "wave of expansion" start at their noun.
const ROUND_RE = /\b(?:(?:round|wave)\s+of\s+)?(?:enlargement|expansion)(?:\s+(?:round|wave)\b(?!s))?\b(?!s)/gi;
// A date leading the sentence: "In 1955", "On 18 February 1952" (the date's span may hold "In").
const LEAD_BEFORE_DATE_RE = /^\s*(?:(?:In|in|On|on)\s+)?$/;
const LEAD_DATE_RE = /^\s*(?:In|in|On|on)\s/;
const IN_OR_ON_RE = /\b(?:in|on)\s/;
// From the leading date to the noun: NATO having or undergoing it ("NATO had its first", "the alliance underwent its"), or
// the round as the subject ("NATO's first", "the alliance's fifth", "came the first"), up to three words between
// ("its biggest", "its first post-Cold War").
const LEAD_TO_ROUND_RE = new RegExp(
  String.raw`^\s*,?\s+(?:(?:NATO|Nato|[Tt]he\s+(?:North\s+Atlantic\s+)?(?:[Aa]lliance|[Oo]rgani[sz]ation)|[Ii]t)\s+(?:had|saw|underwent|went\s+through|completed|experienced|carried\s+out)\s+(?:its|the|a)|(?:came\s+)?(?:NATO['\u2019]s|Nato['\u2019]s|[Tt]he\s+(?:[Aa]lliance|[Oo]rgani[sz]ation)['\u2019]s|[Ii]ts|[Tt]he))\s+(?:${ORDINAL_SRC}\s+)?(?:(?!(?:of|on|for|about|to|in|and)\b)[\w-]+\s+){0,3}$`,
);
// The noun's year: "the 1999 enlargement", "NATO's 2004 round of enlargement".
const YEAR_BEFORE_RE = /(?:\b[Tt]he|['\u2019]s|\b[Ii]ts)\s+$/;
const YEAR_TO_ROUND_RE = /^\s+(?:(?:NATO|Nato)\s+)?$/;
// From the noun to its date after it: "on", "was on", "took place on", "of NATO in", "was the sixth which took place on".
const ROUND_TO_DATE_RE = new RegExp(
  String.raw`^(?:\s+of\s+(?:NATO|Nato|the\s+(?:North\s+Atlantic\s+)?[Aa]lliance))?(?:\s+was\s+the\s+${ORDINAL_SRC}(?:\s+one)?)?\s*,?\s*(?:(?:which|that)\s+)?(?:(?:was|came|took\s+place|happened|occurred)\s+)?(?:(?:in|on)\s+)?$`,
);
// From the noun or the date (whichever is later) to the first country. Group 1: a link that needs a verb of joining after
// the list ("with Greece and Turkey being added", "when West Germany joined"); group 2, the accession as a noun.
const LINK_RE =
  /^(?:\s+of\s+(?:NATO|Nato|the\s+(?:North\s+Atlantic\s+)?[Aa]lliance))?\s*,?\s*(?:(?:which|that|and)\s+)?(?:(?:took\s+place|came|happened|occurred)\s*,?\s*)?(?:(with|when|as|saw)|added|adding|brought(?:\s+in)?|bringing(?:\s+in)?|admitted|admitting|took\s+in|taking\s+in|included|including)\s+(?:(?:the\s+)?(accession|entry|admission|addition|inclusion)\s+of\s+)?(?:the\s+)?(?:West\s+)?$/;
// Between the countries and the round after them: "joined the sixth", "joining in the seventh", "became members in NATO's
// first", "were admitted in the".
const JOINED_INTO_ROUND_RE = new RegExp(
  String.raw`^\s*,?\s+(?:(?:both|all|also|then|officially|formally)\s+)*(?:joined|joining|join|joins|became\s+(?:(?:full|new)\s+)?members?|acceded|entered|(?:was|were)\s+(?:admitted|added|included|taken\s+in))\s+(?:(?:in|during|as\s+part\s+of|through|with)\s+)?(?:the|NATO['\u2019]s|Nato['\u2019]s|its|the\s+[Aa]lliance['\u2019]s)\s+(?:${ORDINAL_SRC}\s+)?(?:(?!(?:of|on|for|about|to|in|and)\b)[\w-]+\s+){0,2}$`,
);
const LIST_GAP_RE = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?$/;
const JOINING_AFTER_RE =
  /^\s*,?\s*(?:(?:all|both|each|also|officially|formally|finally)\s+)?(?:(?:was|were|being|had\s+been|have\s+been)\s+)?(?:joined|joining|join|joins|added|admitted|accepted|welcomed|becoming|became|become|acceded|acceding|entered|entering|came\s+in|coming\s+in)\b/i;
const OTHERS_AFTER_RE = /^\s*,?\s*(?:among\s+others|and\s+(?:\w+\s+)?others?|as\s+well\s+as|plus|along\s+with)\b/i;
const NATO_NAMED_RE = /\b(?:NATO|Nato|North\s+Atlantic|[Aa]lliance)\b/;
const ORGANISATION_RE = /\b[Oo]rgani[sz]ation\b/;
const OTHER_CLUB_RE =
  /\b(?:EU|E\.U\.|European\s+(?:Union|Communit(?:y|ies)|Economic\s+Community)|EEC|eurozone|euro\s+zone|Schengen|Partnership\s+for\s+Peace|Council\s+of\s+Europe|OECD|WTO|OSCE)\b/;

// Precision (round 47): the year in which the EC or the EU took in members of NATO that joined NATO in another year
// (europa.eu, "From 6 to 27 members": Greece 1981, Spain 1986, Finland and Sweden 1995, eight of the 2004 round, Bulgaria
// and Romania 2007, Croatia 2013). "The 2013 enlargement added Croatia" or "The 1995 enlargement brought in Finland", with
// NATO named in the sentence before and no club named near, is the EU's round: told by a year that is every listed
// country's EU year, with NATO not named in the sentence itself, it is not read (a day, "on 30 May 1986", is still read).
const EU_ACCESSION_YEAR: Readonly<Record<string, string>> = {
  grc: '1981',
  esp: '1986',
  fin: '1995',
  swe: '1995',
  cze: '2004',
  hun: '2004',
  pol: '2004',
  est: '2004',
  lva: '2004',
  ltu: '2004',
  svk: '2004',
  svn: '2004',
  bgr: '2007',
  rou: '2007',
  hrv: '2013',
};

interface Round extends Span {
  date: DateMention;
}

/** The rounds of a sentence with their dates: the noun's span and the date tied to it. */
function roundsOf(doc: Doc, sentence: Span, text: string): Round[] {
  const out: Round[] = [];
  const dates = datesAndYears(doc, sentence).filter((d) => !d.relative && d.explicitYear);
  if (!dates.length) return out;
  ROUND_RE.lastIndex = 0;
  for (let m = ROUND_RE.exec(text); m; m = ROUND_RE.exec(text)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    const date =
      dates.find(
        (d) =>
          d.end <= start &&
          LEAD_BEFORE_DATE_RE.test(doc.text.slice(sentence.start, d.start)) &&
          LEAD_DATE_RE.test(doc.text.slice(sentence.start, d.end)) &&
          LEAD_TO_ROUND_RE.test(doc.text.slice(d.end, start)),
      ) ??
      dates.find(
        (d) =>
          d.end <= start &&
          d.granularity === 'year' &&
          YEAR_BEFORE_RE.test(doc.text.slice(Math.max(sentence.start, d.start - 8), d.start)) &&
          YEAR_TO_ROUND_RE.test(doc.text.slice(d.end, start)),
      ) ??
      dates.find(
        (d) => d.start >= end && ROUND_TO_DATE_RE.test(doc.text.slice(end, d.start)) && IN_OR_ON_RE.test(doc.text.slice(end, d.end)),
      );
    if (date) out.push({ start, end, date });
  }
  return out;
}

/** The members listed right after the round, all of one accession day, with the list's span; null when there is none. */
function joinersOf(doc: Doc, sentence: Span, from: number): { countries: Country[]; start: number; end: number } | null {
  const names = namesIn(doc, { start: from, end: sentence.end });
  if (!names.length) return null;
  const link = LINK_RE.exec(doc.text.slice(from, names[0].start));
  if (!link) return null;
  const list = [names[0]];
  for (let i = 1; i < names.length && LIST_GAP_RE.test(doc.text.slice(names[i - 1].end, names[i].start)); i++) list.push(names[i]);
  const end = list[list.length - 1].end;
  const after = doc.text.slice(end, sentence.end);
  if (OTHERS_AFTER_RE.test(after)) return null;
  if (link[1] && !link[2] && !JOINING_AFTER_RE.test(after)) return null;
  return oneRound(
    list.map((n) => n.country),
    list[0].start,
    end,
  );
}

/** The members listed right before a verb of joining the round ("Albania and Croatia joined the sixth enlargement in"). */
function joinersBefore(doc: Doc, sentence: Span, round: Span): { countries: Country[]; start: number; end: number } | null {
  const names = namesIn(doc, { start: sentence.start, end: round.start });
  let k = names.length - 1;
  if (k < 0 || !JOINED_INTO_ROUND_RE.test(doc.text.slice(names[k].end, round.start))) return null;
  const end = names[k].end;
  for (; k > 0 && LIST_GAP_RE.test(doc.text.slice(names[k - 1].end, names[k].start)); k--);
  return oneRound(
    names.slice(k).map((n) => n.country),
    names[k].start,
    end,
  );
}

/** The list as one round's: every country a member that joined after the founding, all on one day. */
function oneRound(countries: Country[], start: number, end: number): { countries: Country[]; start: number; end: number } | null {
  if (!countries.every((c) => c.nato)) return null;
  const day = factRange(countries[0].nato!.joined).first;
  if (day.startsWith('1949') || !countries.every((c) => factRange(c.nato!.joined).first === day)) return null;
  return { countries, start, end };
}

/** Every member that joined on the same day as `c`. */
function roundOf(doc: Doc, c: Country): Country[] {
  const day = factRange(c.nato!.joined).first;
  return doc.facts.base.jurisdictions.filter((j) => j.nato && factRange(j.nato.joined).first === day);
}

function roundDateClaims(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!HINT_RE.test(doc.folded)) return out;
  doc.sentences.forEach((sentence, i) => {
    const text = doc.text.slice(sentence.start, sentence.end);
    ROUND_RE.lastIndex = 0;
    if (!ROUND_RE.test(text) || HYPOTHETICAL_RE.test(text)) return;
    const near = doc.text.slice(Math.max(0, sentence.start - 600), sentence.end);
    if (OTHER_CLUB_RE.test(near)) return;
    // NATO named in the sentence or the one before ("NATO was originally established ... The second enlargement was on").
    const previous = i > 0 ? doc.sentences[i - 1] : sentence;
    const named = NATO_NAMED_RE.test(doc.text.slice(previous.start, sentence.end));
    for (const round of roundsOf(doc, sentence, text)) {
      const after = joinersOf(doc, sentence, Math.max(round.end, round.date.end));
      // The countries before the round only with its date after it or as its year: "Albania and Croatia joined the sixth
      // enlargement in 2009", not "In 1999 Poland joined in ...".
      const joiners =
        after ?? (round.date.start > round.start || round.date.end <= round.start ? joinersBefore(doc, sentence, round) : null);
      if (!joiners) continue;
      const { countries } = joiners;
      const whole = countries.length >= 2 && roundOf(doc, countries[0]).length === countries.length;
      const joined = factRange(countries[0].nato!.joined);
      if (joined.first > doc.asOf) continue;
      const span = { start: Math.min(round.start, round.date.start, joiners.start), end: Math.max(joiners.end, round.date.end) };
      const names =
        countries.length > 1
          ? `${countries
              .slice(0, -1)
              .map((c) => c.name)
              .join(', ')} and ${countries[countries.length - 1].name}`
          : countries[0].name;
      const fact = `${names} joined NATO on ${formatDay(joined.first)}.`;
      const sources = sourcesOfAll(countries.map((c) => c.nato!)).slice(0, 3);
      let verdict: Annotation['verdict'];
      if (overlaps(round.date, joined)) verdict = 'supported';
      else if (gapDays(round.date, joined) <= 3 || !countries.every((c) => sureOf(c, round.date))) continue;
      // With NATO named, or a whole round of two or more told of "the organization", the date is NATO's round's; with no
      // club named, only a day in the year of NATO's round (no other club took these countries in that year) is.
      // The EU's or the EC's round told by its year, with NATO named only in the sentence before (EU_ACCESSION_YEAR).
      else if (
        round.date.granularity === 'year' &&
        !NATO_NAMED_RE.test(text) &&
        countries.every((c) => EU_ACCESSION_YEAR[c.id] === round.date.first.slice(0, 4))
      )
        continue;
      else if (
        named ||
        (whole && ORGANISATION_RE.test(text)) ||
        (round.date.granularity !== 'year' && round.date.first.slice(0, 4) === joined.first.slice(0, 4))
      )
        verdict = 'contradicted';
      else continue;
      out.push(
        historyAnnotation(
          doc,
          span,
          'membership',
          verdict,
          verdict === 'supported' ? fact : `Not so: ${fact}`,
          fact,
          countries.map((c) => c.id),
          sources,
        ),
      );
    }
  });
  return out;
}

/**
 * The membership detector with the rounds of enlargement told with their dates: a red flag takes the place of a
 * confirmation inside it (an accession of the list confirmed by a verb of joining), a confirmation is added only where
 * nothing else was said.
 */
export function withEnlargementRoundDates(inner: ClaimDetector): ClaimDetector {
  return withMergedOver(inner, roundDateClaims);
}
