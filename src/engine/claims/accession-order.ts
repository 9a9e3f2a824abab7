// Round 34. The order of two accessions told with no date (accession.ts's followedByClaims needs the first group's date):
// "The accession of Sweden, followed closely by Finland, ..." (held-out 32 if005, March 2024: Finland joined first, on
// 4 April 2023, Sweden on 7 March 2024), "Sweden joined NATO before Finland", "Finland joined the alliance after
// Sweden", "Sweden's accession came before Finland's", "first Sweden, then Finland joined NATO", "Finland followed Sweden
// into NATO". The class: an order of accessions that the members' accession days reverse.
//
// Only NATO members on the page's day, joined on different days, each named as a country (not "Swedish"); NATO named in the
// sentence or just before it and no other club in the sentence (the EU, the eurozone); no ratification, application,
// invitation or vote in the sentence (whose order is the ratifiers' or the applicants'); no supposition or negation. The
// follower must end its clause or be told as joining: "before Sweden's application" is another act's order. Confirmed
// when the days agree, contradicted when they are reversed; a gap in years or months said with the order ("two years
// after") is confirmed by nothing here, since only the order is checked.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { matchesIn } from '../doc';
import { factRange, formatDay } from '../dates';
import { isConfident, sourcesOfAll } from '../holders';
import type { Span } from '../sentences';
import { historyAnnotation } from './history-common';
import { compiledOnFirstRun } from '../triggers';

type Country = Doc['facts']['base']['jurisdictions'][number];

const NATO_NEAR_RE = /\b(?:NATO|Nato|North Atlantic|[Aa]lliance|[Aa]llies|[Aa]lly)\b/;
const OTHER_CLUB_RE =
  /\b(?:EU|E\.U\.|European Union|eurozone|euro zone|euro|Schengen|Partnership for Peace|Membership Action Plan|MAP|WTO|OECD|Council of Europe|United Nations|UN|BRICS|OSCE|G7|G20)\b/;
// Acts of others or of another step: their order is not the accessions'.
const OTHER_ACT_RE =
  /\b(?:ratif\w*|appl(?:y|ied|ies|ying|ication|ications)|bids?|invit\w*|vot(?:e|ed|es|ing)|approv\w*|sign(?:ed|s|ing)?|protocols?|talks|negotiat\w*|recogni[sz]\w*|visit\w*|host\w*|border\w*|consent\w*|veto\w*|block\w*|lift\w*|back(?:ed|s|ing)?|endors\w*|support\w*)\b/i;
const UNSURE_RE = /\b(?:if|would|could|might|whether|unless|not|never|n['\u2019]t|will|shall|expected|set\s+to|hope\w*|plan\w*)\b|\?/i;
const JOIN_RE = compiledOnFirstRun(
  /\b(?:join(?:ed|s|ing)?|accession|acceded|entry|admission|admitted|membership|members?|into\s+(?:NATO|Nato|the\s+[Aa]lliance))\b/i,
);
const ALLIANCE = String.raw`(?:NATO|Nato|the\s+(?:(?:North\s+Atlantic|military|transatlantic|Western|western|defen[cs]e)\s+)?[Aa]lliance|the\s+North\s+Atlantic\s+Treaty\s+Organi[sz]ation)`;
const JOINED = String.raw`(?:joined|acceded\s+to|entered|was\s+admitted\s+(?:to|into)|became\s+(?:a\s+)?members?\s+of)`;
const NOUN = String.raw`(?:accession|entry|admission|membership|joining)`;

// Between the leader and the follower, with which of them joined first: `first` is the one named first.
// "The accession of Sweden, followed closely by Finland", "Sweden's accession, followed by Finland's", "Sweden joined
// NATO first, followed by Finland".
const FOLLOWED_GAP_RE = new RegExp(
  String.raw`^(?:['\u2019]s\s+${NOUN}(?:\s+(?:to|into|in)\s+${ALLIANCE})?|\s+(?:first\s+)?${JOINED}(?:\s+${ALLIANCE})?(?:\s+first)?)?,?\s+(?:(?:and|which\s+was|was)\s+)?(?:(?:later|then|soon)\s+)?followed\s+(?:(?:closely|soon|shortly|later|quickly|immediately|swiftly)\s+(?:after(?:wards)?\s+|thereafter\s+)?)?by\s+(?:the\s+)?$`,
);
// "Sweden joined NATO before Finland", "Finland joined the alliance after Sweden", "Sweden became a member of NATO ahead of
// Finland", "Sweden's accession came before Finland's", "Finland's accession preceded Sweden's". `m[1]` says the order.
const BEFORE_GAP_RE = new RegExp(
  String.raw`^(?:,?\s+(?:(?:which|who)\s+)?(?:(?:had|has|have|first|formally|officially)\s+)*${JOINED}\s+${ALLIANCE}|['\u2019]s\s+${NOUN}(?:\s+(?:to|into|in)\s+${ALLIANCE})?\s+(?:came|took\s+place|happened|was\s+completed)|['\u2019]s\s+${NOUN}(?:\s+(?:to|into|in)\s+${ALLIANCE})?)(?:,)?\s+((?:(?:well|long|shortly|soon|just|only)\s+)?(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|several|a\s+few)\s+(?:years?|months?|weeks?|days?|decades?)\s+)?(?:before|after)|ahead\s+of|preceded|followed)\s+(?:(?:that|those)\s+of\s+)?(?:the\s+)?$`,
);
// "First Sweden, then Finland joined NATO", "Sweden and then Finland joined the alliance".
const THEN_GAP_RE = /^\s*,?\s+(?:and\s+)?then\s+(?:the\s+)?$/;
// "Finland followed Sweden into NATO": the one named first joined after.
const INTO_GAP_RE = /^\s+(?:(?:later|soon|then|quickly|eventually|swiftly)\s+)?followed\s+(?:(?:its|their)\s+(?:[\w-]+\s+){0,2}?)?$/;

// After the follower: the clause ends, or it is told as joining or as its accession.
const FOLLOWER_END_RE = new RegExp(
  String.raw`^(?:['\u2019]s(?:\s+${NOUN})?)?(?:\s+(?:did|had|(?:later\s+)?(?:joined|acceded)(?:\s+${ALLIANCE})?))?(?:\s+(?:later|afterwards|too))?\s*(?:[.,;:!)\u2014\u2013]|$)`,
);

interface Named {
  start: number;
  end: number;
  country: Country;
}

/** Member countries named by name in a span (not "Swedish", "Finnish"). */
function countriesIn(doc: Doc, span: Span, members: readonly Country[]): Named[] {
  const out: Named[] = [];
  for (const q of matchesIn(doc, span, 'qualifier')) {
    const country = members.find((j) => j.id === q.value.jurisdiction);
    if (!country) continue;
    const said = doc.text.slice(q.start, q.end);
    if (said !== country.name && !/^(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*$/.test(said)) continue;
    if (/(?:ish|ian|ese|ic|ch)$/.test(said) && said !== country.name) continue;
    out.push({ start: q.start, end: q.end, country });
  }
  return out;
}

// Built once (speed, round 41): a literal in accessionOrderClaims was a new expression, parsed again, at each call.
const ACCESSION_ORDER_CLAIMS_RE = /followed|before|after|ahead of|preceded|then/i;
/** Orders of accessions told without a date, in sentences that name NATO or follow a mention of it. */
export function accessionOrderClaims(doc: Doc, members: readonly Country[]): Annotation[] {
  const out: Annotation[] = [];
  if (!ACCESSION_ORDER_CLAIMS_RE.test(doc.text)) return out;
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!ACCESSION_ORDER_CLAIMS_RE.test(text) || !JOIN_RE.test(text)) continue;
    if (OTHER_CLUB_RE.test(text) || OTHER_ACT_RE.test(text) || UNSURE_RE.test(text)) continue;
    if (!NATO_NEAR_RE.test(doc.text.slice(Math.max(0, sentence.start - 300), sentence.end))) continue;
    const named = countriesIn(doc, sentence, members);
    for (let i = 0; i + 1 < named.length; i++) {
      const a = named[i];
      const b = named[i + 1];
      const gap = doc.text.slice(a.end, b.start);
      const before = doc.text.slice(Math.max(sentence.start, a.start - 40), a.start);
      const afterB = doc.text.slice(b.end, sentence.end);
      const ends = FOLLOWER_END_RE.exec(afterB);
      const intoNato = new RegExp(String.raw`^\s+into\s+${ALLIANCE}`).exec(afterB);
      if (!ends && !intoNato) continue;
      // The follower with what is told of it: "Finland joined the alliance".
      const bEnd = b.end + (ends ? ends[0].replace(/[\s.,;:!)\u2014\u2013]+$/, '').length : 0);
      // Which of the two the sentence says joined first, and the words that say it.
      let firstIsA: boolean | null = null;
      let words: Span | null = null;
      const followed = FOLLOWED_GAP_RE.exec(gap);
      if (followed) {
        // The leader must be told as an accession: "the accession of Sweden", "Sweden's accession", "Sweden joined NATO".
        const told =
          new RegExp(String.raw`\b${NOUN}\s+of\s+(?:the\s+)?$`).test(before) ||
          /^(?:['\u2019]s|\s+(?:first\s+)?(?:joined|acceded|entered|was\s+admitted|became))/.test(gap);
        if (!told) continue;
        firstIsA = true;
        const at = a.end + gap.search(/followed/);
        words = { start: at, end: bEnd };
      }
      const ordered = !followed && BEFORE_GAP_RE.exec(gap);
      if (ordered) {
        firstIsA = /\bbefore$|^ahead of$|^preceded$/.test(ordered[1].replace(/\s+/g, ' '));
        words = { start: a.start, end: bEnd };
      }
      if (!ends) firstIsA = null;
      if (!followed && !ordered && THEN_GAP_RE.test(gap) && /\b(?:[Ff]irst|[Ii]nitially)\s*,?\s+$/.test(before)) {
        // The verb after the follower must be the joining: "First Sweden, then Finland joined NATO".
        if (!new RegExp(String.raw`^\s+(?:${JOINED}|joined)\b`).test(afterB) && !/^\s*,/.test(afterB)) continue;
        firstIsA = true;
        words = { start: a.start, end: bEnd };
      }
      // "After Finland, Sweden joined NATO", "Before Sweden, Finland joined the alliance".
      const lead = /\b(After|Before)\s+$/.exec(before);
      if (!followed && !ordered && firstIsA === null && lead && /^\s*,\s+$/.test(gap)) {
        // The joining ends its clause or gives its time: not "joined NATO's critics".
        const verb = new RegExp(
          String.raw`^\s+(?:(?:had|has|also|then|finally|formally|officially)\s+)*${JOINED}\s+${ALLIANCE}(?=\s*(?:[.,;:!)\u2014\u2013]|$)|\s+(?:in|on)\s+(?:\d|[A-Z])|\s+(?:as|too|later|afterwards|itself)\b)`,
        ).exec(afterB);
        if (verb) {
          firstIsA = lead[1] === 'After';
          words = { start: a.start - lead[0].length, end: b.end + verb[0].length };
        }
      }
      if (!followed && !ordered && firstIsA === null && intoNato && INTO_GAP_RE.test(gap)) {
        firstIsA = false;
        words = { start: a.start, end: b.end + intoNato[0].length };
      }
      if (firstIsA === null || !words) continue;
      const dayA = factRange(a.country.nato!.joined);
      const dayB = factRange(b.country.nato!.joined);
      if (dayA.last > doc.asOf || dayB.last > doc.asOf) continue;
      if (!(dayA.last < dayB.first) && !(dayB.last < dayA.first)) continue;
      const aFirst = dayA.last < dayB.first;
      // A gap said with the order ("two years after") is not checked: no confirmation for it.
      const quantified =
        /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|several|few)\s+(?:years?|months?|weeks?|days?|decades?)\b/i.test(
          doc.text.slice(words.start, words.end),
        );
      const right = aFirst === firstIsA;
      if (right && quantified) continue;
      const facts = `${a.country.name} joined NATO on ${formatDay(a.country.nato!.joined)}; ${b.country.name} on ${formatDay(b.country.nato!.joined)}.`;
      const sure = isConfident(a.country.nato!) && isConfident(b.country.nato!);
      out.push(
        historyAnnotation(
          doc,
          words,
          'membership',
          right ? 'supported' : sure ? 'contradicted' : 'context',
          right ? facts : `Not so: ${aFirst ? a.country.name : b.country.name} joined NATO first. ${facts}`,
          facts,
          [a.country.id, b.country.id],
          sourcesOfAll([a.country.nato, b.country.nato]).slice(0, 3),
        ),
      );
    }
  }
  return out;
}
