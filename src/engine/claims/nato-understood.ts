// Round 34 (confirmations). A NATO fact told in a passage that does not name NATO: a paragraph of a page about the
// alliance, or an excerpt of one, says "the 32 member states", "the alliance's 28 members", "Albania and Croatia joined in
// 2009", "Greece and Turkey (1952)", "the current target of 2 per cent of GDP", and the readers of member counts, accessions
// and spending targets, which want NATO named in the sentence or the one before, say nothing (held-out 26-32: about a
// hundred true core quotes unconfirmed, each confirmed once "NATO." stands before it).
//
// The class: the passage's claim is read as if NATO were named just before it, and only a CONFIRMATION of that reading is
// kept, never a red flag (the referent is not certain, so nothing is wrong for it). The wrapped readers still confirm only
// what matches the record on the page's day (a count NATO has on that day, a country's accession year, The Hague's 5%), so a
// count or year of another body is not confirmed unless it is NATO's too. Not read:
//   - a passage naming NATO (the readers had their chance) or another body a count, an accession or a target may be of (the
//     EU and its institutions, the UN, the G7, the Warsaw Pact, a coalition, ...);
//   - a member count the EU had on the same day (28 from July 2013 until NATO's 29th in June 2017), unless the alliance
//     or its allies are named;
//   - a spending figure in a sentence with neither GDP nor defence ("5% by 2035" may be of emissions), the founding year
//     alone ("established in 1949"), the founders with neither 1949 nor a treaty, pact or alliance told;
//   - events (summits and meetings in Brussels, Washington or Bucharest are as often the EU's or another group's), except a NATO
//     meeting whose date and place both match, or a summit named by its city within a year of the page.
// The same for the EU's sanctions packages, the only numbered ones ("its 18th sanctions package against Russia"), in a
// passage that names neither the EU nor another power that sanctions Russia.
import type { ClaimDetector, DetectorContext } from '../detector';
import { buildDoc, type Doc } from '../doc';
import type { Annotation } from '../types';

// NATO by its name: a text naming only the North Atlantic Treaty or Council is read again too ("It was established in 1949
// with the signing of the North Atlantic Treaty").
const NATO_NAMED_RE = /\b(?:NATO|Nato|OTAN)\b/;
// Another body a count, an accession or a target may be of.
const OTHER_BODY_RE =
  /\b(?:club|league|EU|E\.U\.|European\s+(?:Union|Council|Commission|Parliament|Community|Economic\s+Community|Free\s+Trade)|EEC|eurozone|euro\s+(?:area|zone)|Schengen|UN|U\.N\.|United\s+Nations|Security\s+Council|G-?7|G-?8|G-?20|OSCE|OECD|OPEC\+?|BRICS|ASEAN|African\s+Union|Arab\s+League|CSTO|SCO|Shanghai\s+Cooperation|Warsaw\s+Pact|Comecon|CIS|Commonwealth|Council\s+of\s+Europe|Nordic\s+Council|Visegr[aá]d|B9|Bucharest\s+Nine|Three\s+Seas|Joint\s+Expeditionary\s+Force|JEF|AUKUS|Quad|Five\s+Eyes|coalition|Coalition|Ramstein|Contact\s+Group|WHO|WTO|IMF|World\s+Bank|Olympic\w*|World\s+Cup|FIFA|UEFA|Eurovision|Paris\s+Agreement|climate|emissions?)\b/;
const ALLIANCE_WORD_RE = /\b(?:alliance|Alliance|allies|Allies|allied|Allied)\b/;
// Cues that a membership claim may be in the text: a count of members, an accession with its time, the founders.
const MEMBERSHIP_CUE_RE =
  /\b(?:members?|member-states?|membership|allies|allied|alliance|North\s+American|join\w*|accession|acced\w*|enlargement|entered|admitted|found(?:ing|ers?)|original|ratif\w*)\b|\((?:19[4-9]\d|20[0-2]\d)\)|\b(?:1[2-9]|[23]\d|twelve|twenty\S*|thirty\S*)[- ](?:\w+[- ]){0,2}(?:nations?|countries|flags|leaders|capitals|states)\b/i;
const SPENDING_DOMAIN_RE =
  /\b(?:GDP|gross\s+domestic\s+product|GNP|defen[cs]e|military|armed\s+forces|rearmament|security[- ]related|core\s+defen[cs]e)\b/i;
// The EU had 28 members from Croatia's accession (1 July 2013) until the United Kingdom left (31 January 2020); NATO had
// 28 until Montenegro's (5 June 2017).
const EU_28 = { from: '2013-07-01', to: '2020-01-31' };

// A time told with an accession: a year, a month, a year counted from the page's, an ordinal place in line.
const TIME_TOLD_RE =
  /\b(?:(?:19|20)\d\d|January|February|March|April|May|June|July|August|September|October|November|December|(?:last|this|previous)\s+year|years?\s+(?:ago|later|earlier)|\d+(?:st|nd|rd|th)|first|second|third|\w+tieth|\w+teenth|newest|latest|last|member\s+\d+)\b/;
// A target refused, supposed or only proposed to be weighed: the readers with NATO named leave these to their own rules.
const UNSURE_RE = /\b(?:refus\w*|reject\w*|declin\w*|oppos\w*|not|never|could|would|might|may|if|unless|whether|should)\b|n['’]t\b|\?/i;

type Keep = (a: Annotation, doc: Doc) => boolean;
/** What a text must show for the second reading to be tried. */
type Cue = { test(text: string): boolean };
/** The body understood: how it is named, the others a claim may be of, and the sentence that names it before the text. */
interface Understood {
  named: RegExp;
  others: RegExp;
  prefix: string;
}
const NATO: Understood = { named: NATO_NAMED_RE, others: OTHER_BODY_RE, prefix: 'NATO. ' };
// The EU's sanctions packages are the only ones numbered ("its 18th sanctions package against Russia"): read as the EU's
// where the text names no one else who sanctions Russia.
const EU: Understood = {
  named: /\b(?:EU|E\.U\.|European\s+Union|European\s+Council|Council\s+of\s+the\s+(?:EU|European\s+Union))\b/,
  others:
    /\b(?:US|U\.S\.|USA|United\s+States|America\w*|Washington|Treasury|OFAC|White\s+House|UK|U\.K\.|Britain|British|London|Japan\w*|Tokyo|Canad\w*|Ottawa|Australia\w*|Switzerland|Swiss|Norw\w*|G-?7|Ukraine['’]s\s+(?:own\s+)?sanctions|Kyiv['’]s|Zelensk\w+['’]s\s+decree|NSDC)\b/,
  prefix: 'The European Union. ',
};
const PACKAGE_CUE_RE =
  /\bpackages?\b[^.;]{0,80}\b(?:sanction\w*|restrictive\s+measures|against\s+Russia)|\b(?:sanctions?|restrictive\s+measures)\b[^.;]{0,30}\bpackages?\b/i;

/** Sanctions: an EU package by its number or day, confirmed. */
const keepPackage: Keep = (a) => a.kind === 'sanction' && a.factIds.length > 0 && a.factIds.every((id) => id.startsWith('eu-package'));

/** The sanctions readers with the EU understood: a numbered package in a passage that names no one who sanctions. */
export function withPackagesUnderstood(detector: ClaimDetector): ClaimDetector {
  return withNatoUnderstood(detector, PACKAGE_CUE_RE, keepPackage, [], EU);
}

/** Membership: counts, accessions, ratifications, founders (not an event, not the founding year alone). */
const keepMembership: Keep = (a, doc) => {
  if (a.kind !== 'membership') return false;
  if (a.factIds.includes('nato-members')) {
    const n = a.message.match(/NATO had (\d+) members on/)?.[1];
    if (n === '28' && doc.asOf >= EU_28.from && doc.asOf <= EU_28.to && !ALLIANCE_WORD_RE.test(doc.text)) return false;
  }
  const founders = a.factIds.includes('nato-founders') || /\bfound(?:ing|ers?|ed)\b/i.test(a.message);
  if (founders && !/\b(?:1949|alliance|Alliance|treaty|Treaty|pact)\b/.test(doc.text)) return false;
  if (a.factIds.some((id) => id.startsWith('nato-summit') || id === 'nato-founding')) return false;
  // An accession with no time told ("The alliance has just grown to include Sweden") may be of another club's enlargement.
  if (/\bjoined NATO\b/.test(a.message) && !TIME_TOLD_RE.test(sentenceOf(a, doc))) return false;
  return true;
};

/** Spending: a target's figure, in a sentence of GDP or defence. */
const keepFigure: Keep = (a, doc) => {
  if (a.kind !== 'figure') return false;
  // The founding told by the treaty's day or name, not by a year alone ("established in 1949" may be of anything).
  if (a.factIds.includes('nato-founding')) return FOUNDING_TOLD_RE.test(sentenceOf(a, doc));
  if (!a.factIds.some((id) => id.includes('spending'))) return false;
  const sentence = sentenceOf(a, doc);
  return SPENDING_DOMAIN_RE.test(sentence) && !UNSURE_RE.test(sentence);
};

function sentenceOf(a: Annotation, doc: Doc): string {
  const sentence = doc.sentences.find((s) => s.start <= a.start && a.start < s.end);
  return sentence ? doc.text.slice(sentence.start, sentence.end) : a.quote;
}

const FOUNDING_TOLD_RE = /\b(?:4\s+April|April\s+4(?:th)?),?\s+1949\b|\bNorth\s+Atlantic\s+Treaty\b/;
// A summit named by its city ("the Vilnius Summit", "the Washington summit", "Hague Summit Declaration"), not "the B9
// Summit in Bucharest".
const CITY_SUMMIT_RE =
  /\b(?:Vilnius|Madrid|Hague|Washington|Wales|Newport|Warsaw|London|Bucharest|Strasbourg|Kehl|Lisbon|Riga|Istanbul|Prague|Chicago|Ankara|Rome|Madrid|Reykjavik)\s+[Ss]ummit\b/;
// A NATO summit or ministerial named by its place and time.
const EVENT_CUE_RE = /\b(?:summit|ministerial|(?:foreign|defen[cs]e)\s+ministers?|ministers?['’]?\s+meeting)\b/i;

/**
 * Events: a NATO meeting whose date and place both match, or a summit named by its city held within a year of the page,
 * not one in Brussels (the EU's summits are there too).
 */
const keepEvent: Keep = (a, doc) => {
  if (a.kind !== 'event' || !a.factIds.length) return false;
  if (!a.factIds.every((id) => id.startsWith('nato-') && !id.includes('brussels')) || /Brussels|NATO headquarters/.test(a.message))
    return false;
  if (a.message.startsWith('The date and place match the record')) return true;
  // The meeting's own year: the first after the message's colon ("...: NATO Vilnius summit, July 11, 2023 – ...").
  const year = /\b((?:19|20)\d\d)\b/.exec(a.message.slice(a.message.indexOf(':') + 1))?.[1];
  return CITY_SUMMIT_RE.test(a.quote) && year !== undefined && Math.abs(Number(year) - Number(doc.asOf.slice(0, 4))) <= 1;
};

// The text with its body named before it, built once per text and body: the four wrappers of NATO share it (building a
// Doc runs the name matcher and the sentence splitter over the whole text again).
const namedDocs = new WeakMap<Doc, Map<string, Doc>>();
function namedDoc(doc: Doc, prefix: string): Doc {
  let byPrefix = namedDocs.get(doc);
  if (!byPrefix) namedDocs.set(doc, (byPrefix = new Map()));
  let named = byPrefix.get(prefix);
  if (!named) {
    named = buildDoc(prefix + doc.text, doc.lexicon, doc.asOf, doc.dateCertain, undefined, undefined, doc.pageNarration);
    byPrefix.set(prefix, named);
  }
  return named;
}

/**
 * The detector's findings, and where the text names neither NATO nor another body, the confirmations it gives with NATO
 * named just before the text (those `keep` accepts, where the detector found nothing).
 */
export function withNatoUnderstood(
  detector: ClaimDetector,
  cue: Cue,
  keep: Keep,
  triggers: ClaimDetector['triggers'] = [],
  body: Understood = NATO,
): ClaimDetector {
  return {
    kind: detector.kind,
    triggers: [...detector.triggers, ...triggers],
    find(doc: Doc, ctx: DetectorContext) {
      const out = detector.find(doc, ctx);
      if (!cue.test(doc.text) || body.named.test(doc.text) || body.others.test(doc.text)) return out;
      const { prefix } = body;
      const named = namedDoc(doc, prefix);
      for (const f of detector.find(named, ctx)) {
        if (f.verdict !== 'supported' || f.start < prefix.length) continue;
        const a = { ...f, start: f.start - prefix.length, end: f.end - prefix.length };
        if (!keep(a, doc) || out.some((o) => o.start < a.end && a.start < o.end)) continue;
        out.push(a);
      }
      return out;
    },
  };
}

/** The membership readers with NATO understood: a count of members with no body named is a text to read too. */
// The cues with what every kept confirmation also needs in the text (a count or a time, a share, a day or a summit's city),
// so that a passage is built and read again only where a confirmation can come of it (the second reading is the cost).
const NUMBER_TOLD_RE = /\d|\b(?:twelve|sixteen|nineteen|twenty|thirty)\b/i;
const SHARE_TOLD_RE = /%|\bper\s?cent\b|\bpercent\b/i;
const DAY_TOLD_RE =
  /\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tomorrow|yesterday|(?:this|next|last)\s+(?:week|month))\b|\b(?:Vilnius|Madrid|Hague|Washington|Wales|Newport|Warsaw|London|Bucharest|Strasbourg|Kehl|Lisbon|Riga|Istanbul|Prague|Chicago|Ankara|Rome|Reykjavik)\s+[Ss]ummit\b/i;
const both = (cue: RegExp, also: RegExp): Cue => ({ test: (text: string) => cue.test(text) && also.test(text) });

export function withMembershipUnderstood(detector: ClaimDetector): ClaimDetector {
  return withNatoUnderstood(detector, both(MEMBERSHIP_CUE_RE, NUMBER_TOLD_RE), keepMembership, [
    {
      words: ['members', 'member[- ]states', 'member[- ]countries', 'member[- ]nations'],
      marks: ['\\b(?:1[2-9]|[23]\\d|twelve|twenty|thirty)'],
    },
    // The founders: "The original twelve countries in 1949".
    { words: ['original(?:ly)?', 'founding', 'founders?'], marks: ['1949'] },
  ]);
}

/** The readers of events with NATO understood: a meeting told by its place and time. */
export function withEventsUnderstood(detector: ClaimDetector): ClaimDetector {
  return withNatoUnderstood(detector, both(EVENT_CUE_RE, DAY_TOLD_RE), keepEvent);
}

/** The spending readers with NATO understood. */
export function withSpendingUnderstood(detector: ClaimDetector): ClaimDetector {
  // Military spending told with a per cent and no defence word ("lift military spending to 5% of GDP").
  return withNatoUnderstood(
    detector,
    { test: (text: string) => (SPENDING_DOMAIN_RE.test(text) && SHARE_TOLD_RE.test(text)) || FOUNDING_TOLD_RE.test(text) },
    keepFigure,
    [{ words: ['military'], marks: ['%', 'per\\s?cent'] }],
  );
}
