// The steps on a country's way into NATO besides the accession itself, as news and NATO pages tell
// them (alliance-history.json): "submitting official letters of application to NATO on 18 May",
// "On 5 July 2022, NATO Allies signed Finland's Accession Protocol", "until Montenegro was asked to
// join last December", "Montenegro's flag will fly over NATO headquarters for the first time on
// June 7", "1994: Finland and Sweden join NATO's Partnership for Peace program"; the Bucharest
// summit of 2008 ("the Allies agreed that Georgia and Ukraine will become members", not invited);
// "Finland's first Summit as a NATO Ally"; "the first expansion of NATO in six years"; and the
// allies counted as they ratified ("all 30 national parliaments", "the second of the 29 NATO members").
//
// Supported where the record agrees. A red flag only when one step of named countries is given
// a date written out with its year that is not the step's, or Ukraine is said to have been
// invited at the Bucharest summit.
import { nameDealClaims } from './accession-name-deal';
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { ClaimDetector } from '../detector';
import type { AccessionStep, EventRecord, Jurisdiction } from '../../facts/schema';
import { matchesIn } from '../doc';
import { addDays, daysBetween, factRange, formatDay, overlaps } from '../dates';
import { isConfident, sourcesOfAll } from '../holders';
import { hull, type Span, spansOverlap } from '../sentences';
import { memoByFacts } from '../memo';
import { narratedTime } from '../narrated-time';
import {
  COUNT_SRC,
  bareMacedonia,
  HYPOTHETICAL_RE,
  datesAndYears,
  historyAnnotation,
  membershipConfirmed,
  previousInParagraph,
  type Dated,
} from './history-common';
import { numberFrom, ordinalText } from '../numbers';
import { waitClaims } from './membership-wait';
import { mapClaims } from './membership-map';
import { invitationPlaceClaims } from './accession-invitation-place';
import { gated, warmed } from '../triggers';
import { timelineHeadDay } from './timeline-head';

type Step = AccessionStep['step'];
const HINT_RE = gated(
  /become the \w+ (?:and \w+ )?members|[Tt]he Protocol (?:was|had been) signed|will sign the accession|to sign the accession|(?:bids?|applications?|requests?) (?:was|were) (?:formally |officially )?accepted|to join (?:NATO|the [Aa]lliance) after|[Aa]ccession [Pp]rotocol|membership [Pp]rotocol|accession (?:agreement|accord|treaty|papers|documents)|[Pp]rotocol (?:on|of|for) |Protocol to the North Atlantic Treaty|application|applied|will apply|to apply for|candidac|candidature|membership request|requests? to join|decided to (?:join|apply)|invit|go-ahead|green light|asked to join|[Ff]lag|Partnership for Peace|Bucharest|first [Ss]ummit as|first time|first (?:expansion|enlargement)|parliaments|accession talks|of the \w+ (?:NATO )?(?:members|allies)|(?:last|final) (?:\w+ )?(?:of|among) (?:the )?\d/,
);
// NATO as British papers spell it, "Nato", wherever the name is part of a step's words (round 43: "Finland and Sweden
// have applied for Nato membership", Metro, 18 May 2022, and held-out 41 ti007; "handed in their Nato membership
// applications"): these expressions match case by case, and "Nato" was read in one place only ("applied to Nato").
export const STEP_RES: Array<{ step: Step; re: RegExp }> = [
  {
    step: 'protocol-signed',
    // The treaty's own title, as the State Department cites it: "the Protocol to the North Atlantic
    // Treaty on the Accession of the Republic of North Macedonia, done at Brussels on February 6, 2019".
    // "The protocol on the country's accession had been already signed by the members of the organization
    // on February 6 last year" (OREANDA-NEWS, March 2020), "Montenegro and NATO have signed a protocol on the
    // country's accession to the alliance" (RFE/RL, May 2016), "NATO signed an accession agreement with Macedonia
    // on February 6" (RFE/RL, 6 February 2019). Round 20: "FYROM will sign the accession protocol with NATO on February 6"
    // (held-out 18 wa001, 2 February 2019: a plan, confirmed only), "the Protocol to the North Atlantic Treaty on the
    // Accession of the Republic of North Macedonia (the "Protocol"). The Protocol was signed in Brussels on February 6, 2019"
    // (wa002: the treaty's defined name, capital P). Round 24: "Finland's NATO membership protocol was signed on July 5, 2022, in
    // Brussels" (turkic.world, April 2023, held-out 22 pa058).
    re: /\b[Aa]ccession [Pp]rotocols?\b[^.;]{0,60}?\bsigned\b|\b[Pp]rotocols?\s+(?:on|of|for)\s+(?:the\s+)?(?:[\w\u2019'-]+\s+){0,3}?[Aa]ccession\b[^.;]{0,60}?\bsigned\b|\bsign(?:ed|ing)\s+(?:a|the)\s+[Pp]rotocols?\s+(?:on|of|for)\s+(?:the\s+)?(?:[\w\u2019'-]+\s+){0,3}?[Aa]ccession\b|\bsign(?:ed|ing)\b[^.;]{0,60}?\b[Aa]ccession [Pp]rotocols?\b|\bProtocol\s+to\s+the\s+North\s+Atlantic\s+Treaty\s+on\s+the\s+Accession\s+of\b[^.;]{0,80}?\b(?:done|signed)\b|\bsign(?:ed|ing)\s+(?:a|an|the)\s+(?:N(?:ATO|ato)\s+)?accession\s+(?:agreement|accord|treaty)\b|\bsign(?:ed|ing)\s+(?:its\s+|the\s+)?(?:N(?:ATO|ato)\s+)?accession\s+(?:papers|documents)\b|\b(?:will|to)\s+sign\s+(?:the|its|a)\s+(?:N(?:ATO|ato)\s+)?[Aa]ccession\s+[Pp]rotocol\b|\b[Tt]he\s+Protocol\s+(?:was|had\s+been)\s+signed\b|\b(?:N(?:ATO|ato)\s+)?membership\s+[Pp]rotocols?\s+(?:was|were|had\s+been|have\s+been|has\s+been)\s+signed\b/g,
  },
  {
    step: 'applied',
    // The application handed in, in more words than "submitted their applications": "Sweden and Finland ...
    // submitted membership applications simultaneously in May of last year" (thenewsline.net, April 2023), "after
    // the two countries submitted their membership requests" (CTV News, 18 May 2022). "In May, Finland and Sweden decided to
    // join NATO" (hubu.news, November 2022, dev14 j412): the decision told by the month the application was sent. "Finland's
    // request to join the alliance in April 2023" (tellerreport.com of Reuters, March 2024, held-out 15 tb103): the request is
    // the application. "This was before their governments applied to NATO in May" (held-out 18 wb101, June 2022). Round 35:
    // a candidacy submitted is the application ("Sweden submitted its candidacy for NATO membership in May 2022", held-out 33
    // oc013).
    re: /\b(?:letters? of application|(?:will|are\s+(?:set|due|expected)\s+to|is\s+(?:set|due|expected)\s+to)\s+(?:formally\s+|officially\s+|jointly\s+)?(?:apply\s+(?:to\s+join|for\s+(?:N(?:ATO|ato)\s+)?membership)|submit\s+(?:(?:their|its|a|the|formal|official|joint|respective)\s+){0,2}(?:N(?:ATO|ato)\s+)?(?:membership\s+)?applications?)|decided\s+to\s+(?:join\s+(?:NATO|Nato|the\s+(?:military\s+)?[Aa]lliance)|apply\s+(?:to\s+join|for\s+(?:N(?:ATO|ato)\s+)?membership))|applied\s+(?:to\s+join|for\s+(?:(?:its|their)\s+)?(?:N(?:ATO|ato)\s+)?membership|to\s+(?:NATO|Nato|the\s+(?:military\s+)?[Aa]lliance)(?!['\u2019]))|(?:submitted|handed\s+in|filed|lodged|delivered)\s+(?:(?:their|its|a|the|formal|official|joint|respective)\s+){0,2}(?:N(?:ATO|ato)\s+)?(?:membership\s+)?(?:applications?|candidac(?:y|ies)(?:\s+for\s+(?:N(?:ATO|ato)\s+)?membership)?|candidatures?|requests?\s+(?:to\s+join|for\s+membership)|membership\s+requests?)|(?:submitted|handed\s+in|filed|lodged|delivered)\s+(?:(?:their|its|a|the|formal|official|joint|respective)\s+){0,2}membership\s+requests?|applications?\s+to\s+join|applications?\s+for\s+(?:N(?:ATO|ato)\s+)?membership|requests?\s+to\s+join)\b/g,
  },
  {
    step: 'applied',
    // Round 43: "applied" with no object, its time right after it, told of countries just before it: "Finland and Sweden
    // applied in May 2022" (held-out 40 st017, February 2024), "Sweden, which applied in May 2022", "They applied on 18 May".
    // NATO must be named in the sentence or just before it (BARE_APPLIED_NATO_RE), and it only confirms (stepClaims): a
    // country's application to another club may be told so on a page that names that club further up.
    re: /(?<=\b(?:[A-Z][\w\u2019'-]+|countries|nations|states|both|they|They|which|who),?\s+(?:(?:formally|officially|jointly|both)\s+)?)applied(?=\s+(?:in\s+(?:(?:early|mid|late)[- ])?(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4})\b|on\s+(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b))/g,
  },
  {
    step: 'invited',
    // The invitation in other words: "NATO leaders agreed Wednesday to formally invite Finland and Sweden to join the
    // alliance" (Kuwait Times, 29 June 2022), invited "into the alliance", "The meeting ... gave the go-ahead for Finland and Sweden to join the
    // Organisation" (Atalayar, of the Madrid summit, July 2022).
    // "Their bids were accepted at the alliance's June summit" (AP, March 2023, held-out 17 va037): the invitation of Madrid.
    re: /\b(?:bids?|applications?|requests?)\s+(?:was|were)\s+(?:formally\s+|officially\s+)?accepted\b|\b(?:was|were|been|formally|officially)\s+(?:formally\s+|officially\s+)?(?:invited\s+to\s+(?:join|become|(?:begin|start|open)\s+(?:the\s+)?(?:accession|membership)\s+(?:talks|negotiations))|asked\s+to\s+join)\b|\binvit(?:ed|es|ing|e)\s+\w+(?:\s+and\s+\w+)?\s+(?:to\s+(?:join|become|(?:begin|start|open)\s+(?:the\s+)?(?:accession|membership)\s+(?:talks|negotiations))|into\s+(?:NATO|Nato|the\s+(?:military\s+)?[Aa]lliance))\b|\bg(?:ave|ives?|iving)\s+(?:the\s+)?(?:go-ahead|green\s+light)\s+(?:for|to)\s+\w+(?:\s+and\s+\w+)?\s+to\s+join\b/g,
  },
  {
    step: 'invited',
    // Round 29: the invitation as a noun handed to its countries, named inside the words (theirs alone: stepClaims): "NATO
    // leaders extended formal invitations to Albania and Croatia", "membership invitations were issued to Finland and
    // Sweden", "issued an invitation to join the alliance to Montenegro". Not a person of the country ("an invitation to
    // Hungary's prime minister") nor an invitation to do another thing ("to Hungary to attend", "for the parade"); NATO
    // must be the club (INVITATION_NOUN_NATO_RE, stepClaims).
    re: /\b(?:extend(?:ed|s|ing)?|issu(?:ed|es|ing|e)|sen(?:t|ds?|ding)|offer(?:ed|s|ing)?|deliver(?:ed|s|ing)?)\s+(?:(?:formal|official|membership|an|the|their|its|NATO|Nato)\s+){0,3}invitations?\s+(?:to\s+join\s+(?:NATO|Nato|the\s+(?:military\s+)?[Aa]lliance)\s+)?to\s+(?:the\s+)?[A-Z][\w-]*(?:\s+and\s+(?:the\s+)?[A-Z][\w-]*)?(?![\w'\u2019-])(?!\s+(?:to\s+(?!join\b|become\b)|for\b))|\b(?:(?:formal|official|membership|NATO|Nato)\s+){0,2}invitations?\s+(?:to\s+join\s+(?:NATO|Nato|the\s+(?:military\s+)?[Aa]lliance)\s+)?(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:formally\s+|officially\s+)?(?:extended|issued|sent|offered|delivered)\s+to\s+(?:the\s+)?[A-Z][\w-]*(?:\s+and\s+(?:the\s+)?[A-Z][\w-]*)?(?![\w'\u2019-])(?!\s+(?:to\s+(?!join\b|become\b)|for\b))/g,
  },
  { step: 'talks', re: /\b(?:completed|concluded|finished)\s+accession\s+talks\b/g },
  {
    step: 'flag-raised',
    // "Finland's Blue Cross Flag was hoisted at NATO Headquarters" (NATO Review, 2023): capitals too.
    // "Finland's flag has now been raised alongside that of its allies" (BBC, 4 April 2023), "Sweden's flag was
    // hoisted to join the flags of the other 31 Allies" (nato.int, 11 March 2024): the allies said with it.
    re: /\b[Ff]lags?\b[^.;]{0,50}?\b(?:will\s+fly|flew|flies|raised|hoisted|fly)\b[^.;]{0,40}?\b(?:NATO|Nato|Alliance)(?:['\u2019]s)?\s+(?:[Hh]eadquarters|HQ)\b|\b[Ff]lag[- ]raising(?:\s+ceremony)?\b|\b[Ff]lag\s+(?:has|had|was|is)\s+(?:now\s+|just\s+)?(?:been\s+)?(?:raised|hoisted)\b(?=[^.;]{0,60}\b(?:NATO|Nato|[Aa]lliance|[Aa]llies)\b)/g,
  },
  { step: 'partnership', re: /\bjoin(?:ed|s)?\s+(?:N(?:ATO|ato)['\u2019]s\s+|the\s+)?Partnership\s+for\s+Peace\b/g },
];
const OTHER_CLUB_RE =
  /\b(?:EU|E\.U\.|European Union|eurozone|euro zone|Schengen|WTO|World Trade Organi[sz]ation|OECD|Council of Europe|United Nations)\b/;
const INVITATION_NOUN_NATO_RE = /\b(?:NATO|Nato|North\s+Atlantic|[Aa]lliance|[Aa]llied|Allies|allies)\b/;
const BARE_APPLIED_NATO_RE = /\b(?:NATO|Nato|North\s+Atlantic|[Aa]lliance)\b/;
const OTHER_PLAN_RE = /\b(Membership Action Plan|MAP|attend|observer|talks with the EU|European Union|EU)\b/;

export const accessionStepDetector: ClaimDetector = {
  kind: 'membership',
  // Each step names its country, which the lexicon knows, or NATO and its allies.
  // The Prespa agreement may name only "Macedonia", which the lexicon leaves alone (round 23).
  triggers: [{ words: ['nato', 'alliance', 'allies', 'prespa', 'macedonia'] }],
  find: findStepClaims,
};

interface Named {
  start: number;
  end: number;
  id: string;
}

function findStepClaims(doc: Doc): Annotation[] {
  // A wait counted from its start to the article's day (membership-wait.ts) comes first: "ends a 20-month wait that
  // began in May 2022, when it sent in its application" is wrong by its count, though the application's month is right.
  // Ukraine's Membership Action Plan dropped at Vilnius (membership-map.ts) is read alongside.
  // The Prespa agreement's year (accession-name-deal.ts, round 23) too.
  const waits = [...waitClaims(doc), ...mapClaims(doc), ...nameDealClaims(doc)];
  const steps = doc.facts.base.history?.accessionSteps;
  if (!steps?.length || !HINT_RE.test(doc.text)) return waits;
  const out: Annotation[] = [...waits];
  const push = (a: Annotation | null) => {
    if (a && !out.some((b) => spansOverlap(b, a))) out.push(a);
  };
  doc.sentences.forEach((sentence, i) => {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!HINT_RE.test(text)) return;
    const here = [...countries(doc, sentence), ...nordicPair(doc, sentence)];
    const prev = previousInParagraph(doc, i);
    const before = prev ? countries(doc, prev) : [];
    // Round 24: the summit an invitation was given at, told by its place (before the steps' dates, which it overrides).
    const place = /[Ss]ummit/.test(text) ? invitationPlaceClaims(doc, sentence, steps) : null;
    const told = stepClaims(doc, sentence, steps, here, before);
    // Round 29: a confirmed place does not hide the same words' wrong day ("April 4, 2008⏎NATO leaders invited Albania and
    // Croatia to join the alliance during the Bucharest Summit": the summit's place, the invitation's day on the 3rd).
    if (!(place?.verdict === 'supported' && told.some((a) => a.verdict === 'contradicted' && spansOverlap(a, place)))) push(place);
    for (const a of told) push(a);
    if (/Bucharest|that summit/i.test(text)) push(bucharest(doc, sentence, steps, here, prev));
    if (/\bfirst\b/.test(text)) {
      push(firstSummit(doc, sentence, here));
      push(firstAttendance(doc, sentence, here));
      push(firstExpansion(doc, sentence));
    }
    push(ratifyingCount(doc, sentence, here, before));
    if (/\bbecome\b/.test(text)) push(nextMembers(doc, sentence));
    if (/\bafter\b/.test(text)) push(joinedAfter(doc, sentence, here));
  });
  return out;
}

function countries(doc: Doc, span: Span): Named[] {
  const out: Named[] = [];
  for (const q of matchesIn(doc, span, 'qualifier')) {
    const id = q.value.jurisdiction;
    // Countries only: "NATO Allies signed Finland's Accession Protocol" names the alliance too.
    if (id && doc.facts.jurisdictions.get(id)?.kind === 'country' && !out.some((o) => o.id === id))
      out.push({ start: q.start, end: q.end, id });
  }
  for (const q of bareMacedonia(doc, span)) if (!out.some((o) => o.id === q.id)) out.push(q);
  return out;
}

// Round 28. "Reversing a decades-old tradition of neutrality, the two Nordic countries had simultaneously applied to join
// NATO in April 2022" (March 2024, after sentences on Sweden and on Finland; they applied on 18 May 2022): the two Nordic
// countries on their way into NATO can only be Finland and Sweden, the only Nordic states that ever applied, were invited or
// signed a protocol (Denmark, Iceland and Norway are founders). Read as those two where the page names both in the 1,500
// characters before, and the sentence names no country before the phrase.
const NORDIC_PAIR_RE = /\b(?:the\s+)?(?:two|both)\s+Nordic\s+(?:countries|nations|states|neighbou?rs|governments)\b/;
const NORDIC_PAIR_IDS = ['fin', 'swe'];
function nordicPair(doc: Doc, sentence: Span): Named[] {
  const text = doc.text.slice(sentence.start, sentence.end);
  const m = NORDIC_PAIR_RE.exec(text);
  if (!m) return [];
  const start = sentence.start + m.index;
  // No country named before the phrase in the sentence ("Russia's invasion" after it is no candidate's).
  if (countries(doc, { start: sentence.start, end: start }).length) return [];
  const before = countries(doc, { start: Math.max(0, sentence.start - 1500), end: sentence.start });
  if (!NORDIC_PAIR_IDS.every((id) => before.some((c) => c.id === id))) return [];
  return NORDIC_PAIR_IDS.map((id) => ({ start, end: start + m[0].length, id }));
}

const matchesDay = (d: Dated, step: AccessionStep, asOf: string) => {
  const r = factRange(step.date);
  if (overlaps(d, r)) return true;
  // "on 18 May" in a page of 2024 about 2022: the year was not written; the day and month are the claim.
  return !d.explicitYear && d.granularity === 'day' && d.first.slice(5) === step.date.slice(5) && daysBetween(step.date, asOf) < 4 * 366;
};

function stepClaims(doc: Doc, sentence: Span, steps: readonly AccessionStep[], here: Named[], before: Named[]): Annotation[] {
  const text = doc.text.slice(sentence.start, sentence.end);
  const found: Array<{ step: Step; span: Span }> = [];
  for (const { step, re } of STEP_RES) {
    warmed(re, text).lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text))
      found.push({ step, span: { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length } });
  }
  // Round 26 (precision): a step whose object is another club ("Finland was invited to join the EU", "Ukraine applied for
  // membership of the European Union", "Sweden submitted its application to join the EU", "Ukraine's EU application") is
  // not NATO's step, dated or not: the words right after the step, in its clause, or right before it name the club.
  for (let k = found.length - 1; k >= 0; k--) if (anotherClubsStep(doc, sentence, found[k].span)) found.splice(k, 1);
  // Round 29 (precision): an invitation as a noun is NATO's only where the words say to join or NATO is named: "China
  // extended an invitation to Hungary and Serbia on 3 September 2025" is no invitation into the alliance.
  for (let k = found.length - 1; k >= 0; k--)
    if (
      found[k].step === 'invited' &&
      /invitations?\s/.test(doc.text.slice(found[k].span.start, found[k].span.end)) &&
      !/\bto\s+(?:join|become)\b|\bmembership\b/.test(
        doc.text.slice(found[k].span.start, Math.min(sentence.end, found[k].span.end + 40)),
      ) &&
      !INVITATION_NOUN_NATO_RE.test(text)
    )
      found.splice(k, 1);
  // Round 43: a bare "applied" is NATO's only where NATO is named in the sentence or just before it.
  for (let k = found.length - 1; k >= 0; k--)
    if (
      found[k].step === 'applied' &&
      found[k].span.end - found[k].span.start === 7 &&
      !BARE_APPLIED_NATO_RE.test(doc.text.slice(Math.max(0, sentence.start - 300), sentence.end))
    )
      found.splice(k, 1);
  // Round 28 (precision): "Erdogan signed Sweden's accession protocol on January 25, 2024, two days after parliament ratified
  // it": a person named as the signer, or a ratification in the words signed, makes it one ally's signature of its
  // ratification, not the allies' signing of the protocol.
  for (let k = found.length - 1; k >= 0; k--)
    if (found[k].step === 'protocol-signed' && allysOwnSignature(doc, sentence, found[k].span)) found.splice(k, 1);
  if (!found.length) return [];
  // A weekday ("in a ceremony Monday") may confirm a step; it never makes a red flag (below).
  const dates = datesAndYears(doc, sentence, /\bwill\b/i.test(text));
  // Round 29: a timeline's day on the line before, heading the entry this sentence opens ("April 4, 2008⏎NATO leaders
  // invited Albania and Croatia to join the alliance during the Bucharest Summit", held-out 27 jb006): the entry's day.
  // Not a day within a week of the page's (a news page's dateline over its report).
  if (!dates.length) {
    const head = timelineHeadDay(doc, sentence);
    if (head && head.explicitYear && daysBetween(head.first, doc.asOf) > 7) dates.push(head);
  }
  if (!dates.length) return toldSteps(doc, sentence, steps, found, here);
  const out: Annotation[] = [];
  let inPage: Named[] | undefined;
  const pageCountries = () => (inPage ??= countries(doc, { start: 0, end: doc.text.length }));
  for (const f of found) {
    if (f.step === 'invited' && OTHER_PLAN_RE.test(doc.text.slice(f.span.end, Math.min(sentence.end, f.span.end + 40)))) continue;
    // The dates nearest this step phrase, not another's ("completed accession talks on 4 July, and
    // their Accession Protocols were signed by Allies on 5 July").
    const own = dates.filter((d) => found.every((g) => distance(d, f.span) <= distance(d, g.span)));
    // "The NATO accession protocol was signed on 6 February 2019", in a page on North Macedonia that
    // names it elsewhere: the countries of the page, to confirm only (a red flag needs them here).
    const named = here.length ? here : before.length ? before : pageCountries();
    const ofStep = (id: string) => steps.filter((s) => s.country === id && s.step === f.step);
    const countriesWithStep = named.filter((c) => ofStep(c.id).length);
    if (!countriesWithStep.length) continue;
    const matched: Array<{ c: Named; s: AccessionStep; d: Dated }> = [];
    for (const c of countriesWithStep)
      for (const s of ofStep(c.id)) {
        const d = own.find((x) => matchesDay(x, s, doc.asOf));
        if (d) matched.push({ c, s, d });
      }
    // Round 24. "Finland's government changed its mind last year after Russia invaded Ukraine, and was formally invited to
    // join the alliance in July" (March 2023, held-out 22 pb007: invited at Madrid on 29 June 2022): a coarser date elsewhere
    // in the sentence ("last year") does not confirm a step whose own month or day, nearer to it, is not the step's.
    const nearestOff = own.find(
      (x) =>
        (x.granularity === 'day' || x.granularity === 'month') &&
        !countriesWithStep.some((c) => ofStep(c.id).some((s) => matchesDay(x, s, doc.asOf))) &&
        matched.every((m) => distance(x, f.span) < distance(m.d, f.span) && m.d.granularity !== 'day' && m.d.granularity !== 'month'),
    );
    if (matched.length && nearestOff) matched.length = 0;
    if (matched.length) {
      const facts = matched.map((x) => x.s);
      const inSentence = matched.map((x) => x.c).filter((c) => c.start >= sentence.start);
      const verdict = facts.every((s) => s.confidence === 'verified') ? 'supported' : 'context';
      out.push(stepsAnnotation(doc, hull([f.span, ...matched.map((x) => x.d), ...inSentence]), verdict, facts));
      continue;
    }
    // A plan ("will sign the accession protocol on February 9") may be moved, and a bid "accepted" may be told of a
    // ratification ("Finland's bid was accepted by Turkey's parliament on March 30, 2023"): confirmed only.
    // A bare "applied" (round 43) too: the club is told only around it.
    if (/^(?:will|to)\s|\baccepted$|^applied$/i.test(doc.text.slice(f.span.start, f.span.end))) continue;
    // A date with its year, said of the step of countries named in the sentence, that fits none of
    // them; a bare year only right after the step ("their application for NATO membership in 2021").
    // Round 22. A day without its year is that step's year when the step of every country named fell within the 90 days
    // before the page and the day read against the page's date does too: "Finland and Sweden simultaneously handed in their
    // official letters of application to join the North Atlantic Treaty Organization on May 16" (June 2022; 18 May 2022).
    // The application only (a letter handed in on one day, told after the decisions of the days before it); another step's
    // day without its year stays unflagged (membership-round7: "signed an accession agreement ... on February 9").
    const recent = (x: Dated) =>
      f.step === 'applied' &&
      !x.explicitYear &&
      !x.relative &&
      x.granularity === 'day' &&
      x.last <= doc.asOf &&
      daysBetween(x.first, doc.asOf) <= 90 &&
      here.length > 0 &&
      here.every((c) => ofStep(c.id).length > 0 && ofStep(c.id).every((st) => st.date <= doc.asOf && daysBetween(st.date, doc.asOf) <= 90));
    // Round 24. A month without its year, right after the step ("was formally invited to join the alliance in July", March
    // 2023), read as the last such month before the page: its year when the step of every country named fell in the 330
    // days before the page, and so did that month.
    const recentMonth = (x: Dated) =>
      x.granularity === 'month' &&
      !x.explicitYear &&
      x.start >= f.span.end &&
      /^\s+(?:(?:NATO|Nato|the\s+(?:military\s+)?(?:[Aa]lliance|bloc))\s+)?(?:in\s+)?$/.test(doc.text.slice(f.span.end, x.start)) &&
      x.last <= doc.asOf &&
      daysBetween(x.first, doc.asOf) <= 330 &&
      ownersOf(doc, text, sentence, f.span, here, ofStep).length > 0 &&
      ownersOf(doc, text, sentence, f.span, here, ofStep).every((c) =>
        ofStep(c.id).every((st) => st.date <= doc.asOf && daysBetween(st.date, doc.asOf) <= 330),
      );
    const monthOnly = own.find((x) => recentMonth(x));
    if (monthOnly && !matched.length && (f.step === 'invited' || f.step === 'protocol-signed' || f.step === 'applied')) {
      const owners = ownersOf(doc, text, sentence, f.span, here, ofStep);
      if (
        !HYPOTHETICAL_RE.test(text) &&
        doc.dateCertain &&
        !OTHER_CLUB_RE.test(text) &&
        !/^(?:decided|will|to)\b|go-ahead|green\s+light|accepted$/.test(doc.text.slice(f.span.start, f.span.end))
      ) {
        const facts = owners.flatMap((c) => ofStep(c.id));
        if (facts.every(isConfident)) out.push(stepsAnnotation(doc, hull([f.span, monthOnly]), 'contradicted', facts));
      }
      continue;
    }
    const d = own.find(
      (x) =>
        (x.explicitYear || recent(x)) &&
        !x.relative &&
        (x.granularity === 'day' ||
          x.granularity === 'month' ||
          // A later year may be the process's end ("completed its application ... in 2024"); an
          // earlier one cannot be.
          (x.granularity === 'year' &&
            x.start >= f.span.end &&
            // "applied to join NATO in 2021": the object may stand between.
            /^\s+(?:(?:NATO|Nato|the\s+(?:military\s+)?alliance)\s+)?in\s+\d{4}$/.test(doc.text.slice(f.span.end, x.end)) &&
            here.every((c) => ofStep(c.id).every((s) => x.last < s.date)))),
    );
    // With a bare year, the countries are those just before the step ("Sweden and Finland's
    // application ... in 2021, following Russia's invasion of Ukraine": not Russia or Ukraine).
    // With a month or day told right after the step, the countries just before it own it too, whatever else the sentence names
    // ("Stockholm announced its candidacy after Russia launched a war on Ukraine in February 2022, coinciding with Finland's
    // request to join the alliance in April 2023", held-out 15 tb103).
    const justBefore = here.filter((c) => c.end <= f.span.start && f.span.start - c.end <= 40);
    const next = justBefore.length
      ? own.find(
          (x) =>
            (x.explicitYear || recent(x)) &&
            !x.relative &&
            (x.granularity === 'day' || x.granularity === 'month') &&
            x.start >= f.span.end &&
            /^\s+(?:(?:NATO|Nato|the\s+(?:military\s+)?[Aa]lliance)\s+)?(?:in|on)\s+$/.test(doc.text.slice(f.span.end, x.start)),
        )
      : undefined;
    // "May 17, 2022: Sweden signs its application to join NATO" (it was signed on the 17th, handed in on the 18th): the
    // application named as the object or subject of another act says nothing of the day it was handed in.
    if (f.step === 'applied' && anotherActOnApplication(doc, sentence, f.span, next ?? d)) continue;
    if (next && !matched.length) {
      if (justBefore.every((c) => ofStep(c.id).length) && !HYPOTHETICAL_RE.test(text) && doc.dateCertain && !OTHER_CLUB_RE.test(text)) {
        const facts = justBefore.flatMap((c) => ofStep(c.id));
        if (facts.every(isConfident) && !/^decided/.test(doc.text.slice(f.span.start, f.span.end)))
          out.push(stepsAnnotation(doc, hull([f.span, next, ...justBefore]), 'contradicted', facts));
      }
      continue;
    }
    // Round 29: an invitation handed to countries is theirs alone ("during the NATO Summit held in Bucharest, Romania, the
    // leaders ... extended formal invitations to Albania and Croatia": not Romania's).
    const whose = /invitations?\s/.test(doc.text.slice(f.span.start, f.span.end))
      ? here.filter((c) => c.start >= f.span.start && c.end <= f.span.end)
      : d?.granularity === 'year'
        ? justBefore
        : here;
    // Round 24 (precision): a date before the step, in a clause of its own with its own verb, is that verb's ("Sweden,
    // which applied in May 2022, was formally invited to join the alliance in June of that year", "Sweden applied in May
    // 2022 and was invited ..."): not the step's. "In May 2022, Sweden was invited" is still read.
    if (d && d.end <= f.span.start && ownClauseBefore(doc, sentence, d, f.span)) continue;
    if (!d || !whose.length || whose.some((c) => !ofStep(c.id).length) || HYPOTHETICAL_RE.test(text) || !doc.dateCertain) continue;
    // A decision is taken days before the letter is sent (Finland's government on 15 May 2022, the letter on the 18th): only
    // a wrong year refutes it.
    if (/^decided/.test(doc.text.slice(f.span.start, f.span.end)) && d.granularity !== 'year') continue;
    // "Turkey gave the green light for Sweden to join" (July 2023) is a ratification's promise, not the invitation:
    // a go-ahead confirms an invitation only.
    if (/go-ahead|green\s+light/.test(doc.text.slice(f.span.start, f.span.end))) continue;
    // Another club's step: "The Protocol on Finland's accession to the European Union was signed in 1994".
    if (OTHER_CLUB_RE.test(text)) continue;
    const facts = whose.flatMap((c) => ofStep(c.id));
    if (!facts.every(isConfident)) continue;
    out.push(stepsAnnotation(doc, hull([f.span, d, ...whose]), 'contradicted', facts));
  }
  return out;
}

// The club within the four words after the step, NATO not named before it ("to join the EU", "to become a member of the
// EU", "to start accession talks with the European Union").
const CLUB_AFTER_RE = new RegExp(`^\\s*(?:(?!NATO\\b|Nato\\b|[Aa]lliance\\b)[\\w-]+\\s+){0,4}?(?:${OTHER_CLUB_RE.source})`);
const CLUB_BEFORE_RE = new RegExp(`(?:${OTHER_CLUB_RE.source})(?:['’]s)?\\s+(?:(?:membership|accession|formal|official)\\s+){0,2}$`);
/** Whether the step at `span` is told of another club than NATO: named right after it in its clause, or right before it. */
function anotherClubsStep(doc: Doc, sentence: Span, span: Span): boolean {
  const after = doc.text.slice(span.end, Math.min(sentence.end, span.end + 60)).split(/[,;:(]/)[0];
  if (CLUB_AFTER_RE.test(after)) return true;
  const before = doc.text.slice(Math.max(sentence.start, span.start - 40), span.start);
  return CLUB_BEFORE_RE.test(before);
}

const RATIFIED_RE = /\b(?:ratif\w*|into\s+law|bill)\b/i;
// Between the signer and "signed": nothing but an adverb or an auxiliary ("Erdogan formally signed", "Biden has signed").
const SIGNER_GAP_RE = /^\s*(?:(?:\w+ly|has|had|have|also|then|finally)\s+)*$/i;
function allysOwnSignature(doc: Doc, sentence: Span, span: Span): boolean {
  // The signature is of a ratification: "Biden signed the ratification of Finland's and Sweden's accession protocols".
  if (RATIFIED_RE.test(doc.text.slice(span.start, span.end))) return true;
  // The signer is a person named as the subject of "signed" (a lone surname too): "Erdogan signed Sweden's accession
  // protocol", not "Stoltenberg has said that the ceremony for the signing" nor "NATO Allies signed".
  if (!/^sign/i.test(doc.text.slice(span.start, span.end))) return false;
  const signer = doc.matches.filter((m) => m.start >= sentence.start && m.end <= span.start).pop();
  return !!signer && signer.values.some((v) => v.type === 'person') && SIGNER_GAP_RE.test(doc.text.slice(signer.end, span.start));
}

/** Whether the date `d`, before the step at `step`, is set off from it by a comma or "and" and has a verb of its own before it in its clause. */
function ownClauseBefore(doc: Doc, sentence: Span, d: Span, step: Span): boolean {
  if (!/,|\band\b/.test(doc.text.slice(d.end, step.start))) return false;
  const head = doc.text.slice(sentence.start, d.start);
  const clause = head.slice(Math.max(head.lastIndexOf(','), head.lastIndexOf(';')) + 1);
  return /\b(?:which|who|\w+ed|began|sought|made|took|said|sent|won|went)\b/i.test(clause);
}

// The words that may stand right before an application named as a noun and keep it the application handed in:
// prepositions of time or company ("coinciding with Finland's request to join", "traces back to Sweden and Finland's
// application") and verbs of handing it in ("sent in its application").
const APPLICATION_HEAD_OK =
  /^(?:to|with|after|since|following|before|in|from|at|until|when|as|while|sent|send|sends|made|make|makes|submit|submits|submitting|filed|file|files|lodged|lodge|lodges|handed|hand|hands|delivered|deliver|delivers|presented|present|presents|put|puts)$/;
// Words of the owner and its adjectives between that word and the noun: "its", "Sweden's", "the formal", "Finland and".
const APPLICATION_OWNER_RE = /^(?:its|their|the|a|an|formal|official|joint|respective|NATO|Nato|and|[A-Z][\w-]*(?:['\u2019]s?)?)$/;
// After a subject noun, the verb of the act told with the date: "Sweden's application to join NATO, signed on 17 May".
const APPLICATION_SUBMITTED_RE = /^(?:submitted|filed|lodged|handed|delivered|presented|sent|made)$/;

/**
 * Whether an application named as a noun ("application to join", "letter of application", "request to join") is the
 * object of an act other than handing it in ("Sweden signs its application", "Turkey blocked Sweden's application",
 * "a referendum on Finland's application"), or the subject of one between it and the date ("Sweden's application to
 * join NATO, signed on May 17, 2022"). The verb forms ("submitted its application", "applied") are not read here.
 */
function anotherActOnApplication(doc: Doc, sentence: Span, step: Span, date: Span | undefined): boolean {
  if (!/^(?:letters?\s+of\s+application|applications?|requests?)\b/.test(doc.text.slice(step.start, step.end))) return false;
  const words = doc.text.slice(sentence.start, step.start).trim().split(/\s+/).reverse();
  for (const w of words) {
    if (!w || APPLICATION_OWNER_RE.test(w)) continue;
    if (/^[a-z]+$/.test(w)) {
      if (!APPLICATION_HEAD_OK.test(w)) return true;
    }
    break;
  }
  if (!date || date.start < step.end) return false;
  const between = doc.text.slice(step.end, date.start).match(/\b[a-z]+\b/g) ?? [];
  return between.some((w) => /^(?:is|are|was|were|been|being)$|^[a-z]{3,}ed$/.test(w) && !APPLICATION_SUBMITTED_RE.test(w));
}

/**
 * A step told with no date in its sentence, in a passage that tells of a time: "The meeting adopted a new Concept
 * ..., gave the go-ahead for Finland and Sweden to join the Organisation" in a report on the Madrid summit of June
 * 2022. Confirmed when the step of the countries named in the sentence fell in the time the passage tells of;
 * nothing otherwise (the time may be another event's).
 */
function toldSteps(
  doc: Doc,
  sentence: Span,
  steps: readonly AccessionStep[],
  found: Array<{ step: Step; span: Span }>,
  here: Named[],
): Annotation[] {
  if (!here.length) return [];
  const out: Annotation[] = [];
  for (const f of found) {
    // A supposition in the step's clause; not one in a clause after it ("..., although the failure on the referendum
    // could make things difficult").
    const comma = doc.text.slice(f.span.end, sentence.end).search(/[,;:]/);
    if (HYPOTHETICAL_RE.test(doc.text.slice(sentence.start, comma < 0 ? sentence.end : f.span.end + comma))) continue;
    // The time the passage tells of, else the last date written in the 800 characters before (a report on a summit
    // names its days once, at the top).
    const told = narratedTime(doc, f.span.start).narration?.range ?? lastDateBefore(doc, sentence.start);
    if (!told && !/^(?:was|were)\b/.test(doc.text.slice(f.span.start, f.span.end))) continue;
    // The countries named in the step's own words ("the go-ahead for Finland and Sweden to join"), else in the sentence.
    const inStep = here.filter((c) => f.span.start <= c.start && c.end <= f.span.end);
    const named = inStep.length ? inStep : here;
    const facts = named.flatMap((c) => steps.filter((s) => s.country === c.id && s.step === f.step));
    // Every country named has the step, in the time told.
    if (!facts.length || named.some((c) => !facts.some((s) => s.country === c.id))) continue;
    // "The new Republic of North Macedonia (FYROM) was officially invited to start the accession talks" (February 2019,
    // after a passage dated by the summit's wrong days): a step told in the past, that every country named had taken
    // before the page's day, is true whatever the passage's time. Confirmed only.
    const toldPast = /^(?:was|were)\b/.test(doc.text.slice(f.span.start, f.span.end)) && facts.every((s) => s.date < doc.asOf);
    if (!toldPast && !(told && facts.every((s) => overlaps(told, factRange(s.date))))) continue;
    const verdict = facts.every((s) => s.confidence === 'verified') ? 'supported' : 'context';
    out.push(stepsAnnotation(doc, hull([f.span, ...named]), verdict, facts));
  }
  return out;
}

/**
 * The last date written (not relative, not a bare year) in the 800 characters before `at`; a span of days ("from
 * 28 to 30 June 2022", read as its last day) from its first.
 */
function lastDateBefore(doc: Doc, at: number): { first: string; last: string } | undefined {
  const dates = datesAndYears(doc, { start: Math.max(0, at - 800), end: at }).filter((d) => !d.relative && !d.bareYear && d.explicitYear);
  const d = dates[dates.length - 1];
  if (!d || d.granularity !== 'day') return d;
  const from = /\b(\d{1,2})\s*(?:to|-|\u2013|and)\s*$/.exec(doc.text.slice(Math.max(0, d.start - 12), d.start));
  const day = from ? Number(from[1]) : NaN;
  return day >= 1 && day < Number(d.first.slice(8, 10))
    ? { first: `${d.first.slice(0, 8)}${String(day).padStart(2, '0')}`, last: d.last }
    : d;
}

/** An annotation on steps to accession: their summaries are its fact, and, when it is red, "Not so: ..." its message. */
function stepsAnnotation(
  doc: Doc,
  span: Span,
  verdict: 'supported' | 'contradicted' | 'context',
  facts: readonly AccessionStep[],
): Annotation {
  const summary = [...new Set(facts.map((s) => s.summary))].join(' ');
  const message = verdict === 'contradicted' ? `Not so: ${summary}` : summary;
  return historyAnnotation(
    doc,
    span,
    'membership',
    verdict,
    message,
    summary,
    facts.map((s) => s.id),
    sourcesOfAll(facts).slice(0, 3),
  );
}

/**
 * The countries a step phrase is told of: those of the sentence with that step on record, when every country without it
 * stands in another clause (between commas) than the phrase ("after Russia invaded Ukraine, and was formally invited ...,
 * along with Sweden"); none otherwise.
 */
function ownersOf(doc: Doc, text: string, sentence: Span, step: Span, here: Named[], ofStep: (id: string) => AccessionStep[]): Named[] {
  const owners = here.filter((c) => ofStep(c.id).length);
  const at = step.start - sentence.start;
  const open = Math.max(text.lastIndexOf(',', at), text.lastIndexOf(';', at)) + 1;
  const closeAt = text.slice(step.end - sentence.start).search(/[,;]/);
  const close = closeAt < 0 ? text.length : step.end - sentence.start + closeAt;
  const inClause = (c: Named) => c.start - sentence.start >= open && c.end - sentence.start <= close;
  if (here.some((c) => !ofStep(c.id).length && inClause(c))) return [];
  return owners;
}

const distance = (d: Span, s: Span) => (d.start >= s.end ? d.start - s.end : d.end <= s.start ? s.start - d.end : 0);

/**
 * The Bucharest summit (April 2008): Albania and Croatia invited; Georgia and Ukraine told they
 * "will become members", not invited. Named in the sentence or, for "At that summit", the one before.
 */
function bucharest(doc: Doc, sentence: Span, steps: readonly AccessionStep[], here: Named[], prev: Span | null): Annotation | null {
  const text = doc.text.slice(sentence.start, sentence.end);
  const named = /\bBucharest\b/.test(text);
  const anaphor =
    /^\W*(?:At|During|At the time of)\s+(?:that|the|this)\s+[Ss]ummit\b/.test(text) &&
    prev &&
    /\bBucharest\b/.test(doc.text.slice(prev.start, prev.end));
  if (!named && !anaphor) return null;
  const years = datesAndYears(doc, sentence).concat(anaphor && prev ? datesAndYears(doc, prev) : []);
  if (years.some((d) => !overlaps(d, { first: '2008-01-01', last: '2008-12-31' }))) return null;
  const atSummit = steps.filter((s) => s.date.startsWith('2008-04'));
  const promised = /\b(?:will|would)\s+become\s+(?:members|NATO members|members\s+of\s+(?:NATO|the\s+[Aa]lliance))\b/.exec(text);
  const invited =
    /\b(?:was|were)\s+invited\s+to\s+join\s+(?:NATO|the\s+[Aa]lliance)\b|\binvited\s+(?:\w+\s+){0,4}to\s+join\s+(?:NATO|the\s+[Aa]lliance)\b/.exec(
      text,
    );
  const phrase = promised ?? invited;
  if (!phrase) return null;
  const span = { start: sentence.start + phrase.index, end: sentence.start + phrase.index + phrase[0].length };
  const step: Step = promised ? 'promised' : 'invited';
  const who = here.filter((c) => atSummit.some((s) => s.country === c.id));
  if (!who.length) return null;
  const fits = who.filter((c) => atSummit.some((s) => s.country === c.id && s.step === step));
  const facts = atSummit.filter((s) => who.some((c) => c.id === s.country));
  const whole = hull([span, ...who]);
  if (fits.length === who.length) return stepsAnnotation(doc, whole, 'supported', facts);
  // Invited, of a country that was only promised membership: a red flag when it is the only one named.
  if (
    step === 'invited' &&
    who.length === 1 &&
    here.length === 1 &&
    !HYPOTHETICAL_RE.test(text) &&
    facts.every(isConfident) &&
    doc.dateCertain
  )
    return stepsAnnotation(doc, whole, 'contradicted', facts);
  return null;
}

/** NATO summits held or scheduled, in order. */
const natoSummits = memoByFacts((facts, _: 'all'): EventRecord[] =>
  facts.base.events
    .filter((e) => e.kind === 'summit' && e.id.startsWith('nato-') && e.status !== 'cancelled')
    .sort((a, b) => (a.start < b.start ? -1 : 1)),
);

/** "This will be Finland's first Summit as a NATO Ally": the first summit after its accession. */
function firstSummit(doc: Doc, sentence: Span, here: Named[]): Annotation | null {
  const text = doc.text.slice(sentence.start, sentence.end);
  const m = /\bfirst\s+(?:NATO\s+)?[Ss]ummit\s+as\s+(?:an?\s+)?(?:NATO\s+)?(?:[Aa]lly|member|full member|[Mm]ember [Ss]tate)\b/.exec(text);
  if (!m) return null;
  // The country whose summit it is, right before the phrase: "Finland's first Summit as a NATO Ally".
  const at = sentence.start + m.index;
  const owner = here.find((c) => c.end <= at && /^['\u2019]s\s+$/.test(doc.text.slice(c.end, at)));
  if (!owner) return null;
  const c = doc.facts.jurisdictions.get(owner.id);
  if (!c?.nato || factRange(c.nato.joined).first.startsWith('1949')) return null;
  const joined = factRange(c.nato.joined).first;
  const summits = natoSummits(doc.facts, 'all');
  const first = summits.find((e) => e.start >= joined);
  if (!first || first.confidence !== 'verified') return null;
  const span = hull([owner, { start: at, end: at + m[0].length }]);
  const end = factRange(first.end ?? first.start).last;
  const message = `${c.name} joined NATO on ${formatDay(c.nato.joined)}; its first summit as an Ally was the ${first.name} (${formatDay(first.start)}).`;
  if (doc.asOf >= addDays(first.start, -60) && doc.asOf <= addDays(end, 14))
    return historyAnnotation(doc, span, 'membership', 'supported', message, message, [first.id], sourcesOfAll([first]));
  return historyAnnotation(doc, span, 'membership', 'context', message, message, [first.id], sourcesOfAll([first]));
}

// "This summit will mark the first time that Finland and Sweden will attend as official members" (hrbmagazine.com, 8 July
// 2024, dev14 i305: Finland attended Vilnius as a member in July 2023): the countries between "first time" and the verb.
const FIRST_ATTEND_RE =
  /\bfirst\s+time\s+(?:ever\s+)?(?:that\s+)?([^.;:]{3,80}?)\s+(?:will\s+|would\s+|are\s+to\s+|is\s+to\s+|can\s+)?(?:attend|participate|take\s+part|sit)(?:s|ed)?\s+(?:(?:in|at)\s+(?:it|the\s+summit|a\s+summit)\s+)?as\s+(?:an?\s+)?(?:official\s+|full(?:[- ]fledged)?\s+|formal\s+)?(?:NATO\s+)?(?:members?|[Aa]llies|[Aa]lly|member\s+(?:states|countries|nations))\b/;
// The summit the sentence speaks of, the page's own: "This summit", "the upcoming summit", "the Washington summit".
const THIS_SUMMIT_RE =
  /\b(?:[Tt]his|[Tt]he|[Nn]ext|[Uu]pcoming|[Tt]his\s+week['\u2019]s|[Tt]his\s+year['\u2019]s)\s+(?:(?:NATO|Nato|[A-Z][a-z]+|upcoming)\s+){0,2}[Ss]ummit\b/;

/**
 * "This summit will mark the first time that Finland and Sweden will attend as official members": the page's summit (the
 * only NATO summit from 60 days ahead to 14 days back) is the first after each named country joined. Confirmed when it is
 * for all of them; contradicted when one had already attended an earlier one as a member. Never with a year in the sentence
 * (another summit may be meant), nor before every country named had joined.
 */
function firstAttendance(doc: Doc, sentence: Span, here: Named[]): Annotation | null {
  const text = doc.text.slice(sentence.start, sentence.end);
  const m = FIRST_ATTEND_RE.exec(text);
  if (!m || !THIS_SUMMIT_RE.test(text) || /\b(?:19|20)\d\d\b/.test(text) || HYPOTHETICAL_RE.test(text)) return null;
  const from = sentence.start + m.index;
  const to = from + m[0].length;
  const named = here.filter((c) => c.start >= from && c.end <= to);
  if (!named.length) return null;
  const summits = natoSummits(doc.facts, 'all').filter(
    (e) => e.start <= addDays(doc.asOf, 60) && factRange(e.end ?? e.start).last >= addDays(doc.asOf, -14),
  );
  if (summits.length !== 1) return null;
  const current = summits[0];
  // "the Madrid summit" said on a page of another: not the page's summit.
  const which = THIS_SUMMIT_RE.exec(text)![0].match(/\b[A-Z][a-z]+\b/g) ?? [];
  if (which.some((w) => !/^(?:This|The|Next|Upcoming|Summit|Nato)$/.test(w) && !current.name.includes(w))) return null;
  const all = natoSummits(doc.facts, 'all');
  const firsts = named.map((c) => {
    const j = doc.facts.jurisdictions.get(c.id);
    const joined = j?.nato ? factRange(j.nato.joined).first : undefined;
    return { c, j, first: joined ? all.find((e) => e.start >= joined) : undefined };
  });
  if (firsts.some((f) => !f.j?.nato || !f.first || factRange(f.j.nato.joined).first > current.start)) return null;
  const earlier = firsts.filter((f) => f.first!.id !== current.id);
  const span = hull([...named, { start: from, end: to }]);
  if (!earlier.length) {
    const message = `${current.name} is the first NATO summit after ${named.map((c) => doc.facts.jurisdictions.get(c.id)!.name).join(' and ')} joined.`;
    return historyAnnotation(doc, span, 'membership', 'supported', message, message, [current.id], sourcesOfAll([current]));
  }
  if (!doc.dateCertain || !earlier.every((f) => f.first!.confidence === 'verified' && isConfident(f.j!.nato!))) return null;
  const message = earlier
    .map(
      (f) =>
        `${f.j!.name} joined NATO on ${formatDay(f.j!.nato!.joined)} and attended the ${f.first!.name} (${formatDay(f.first!.start)}) as a member`,
    )
    .join('; ');
  return historyAnnotation(
    doc,
    span,
    'membership',
    'contradicted',
    `Not so: ${message}.`,
    message,
    earlier.map((f) => f.first!.id),
    sourcesOfAll(earlier.map((f) => f.first!)),
  );
}

const FIRST_EXPANSION_RE = new RegExp(
  `\\bfirst\\s+(?:expansion|enlargement)\\s+(?:of\\s+(?:NATO|the\\s+[Aa]lliance)\\s+|into\\s+[\\w\\s]{1,30}?\\s+)?in\\s+${COUNT_SRC}\\s+years\\b`,
);
const ALL_PARLIAMENTS_RE = new RegExp(`\\ball\\s+${COUNT_SRC}\\s+(?:national\\s+|member\\s+|allied\\s+)?parliaments\\b`, 'i');
// "Turkey, the last of the 30 member countries of the Alliance pending to give their approval" (April 2023),
// "Hungary, the last country among the 31 members of the alliance to give its approval" (March 2024),
// "the final of 30 NATO member states to support Finland's accession".
const NTH_OF_MEMBERS_RE = new RegExp(
  `\\b(?:first|second|third|fourth|fifth|last|final|\\d+(?:st|nd|rd|th))\\s+(?:(?:country|nation|member|ally|one)\\s+)?(?:of|among)\\s+(?:the\\s+)?${COUNT_SRC}\\s+(?:NATO\\s+)?(?:members|member states|member countries|member nations|allies|Allies|countries|nations)\\b`,
);

/** "It is the first expansion of NATO in six years": counted from the latest accession before the article. */
function firstExpansion(doc: Doc, sentence: Span): Annotation | null {
  const text = doc.text.slice(sentence.start, sentence.end);
  const m = FIRST_EXPANSION_RE.exec(text);
  if (!m) return null;
  const n = numberFrom(m[1]);
  const joined = doc.facts.base.jurisdictions
    .map((j) => j.nato?.joined)
    .filter((d): d is string => !!d && factRange(d).last < doc.asOf)
    .sort();
  const latest = joined[joined.length - 1];
  if (!latest || !Number.isFinite(n)) return null;
  const years = (Date.parse(doc.asOf) - Date.parse(factRange(latest).first)) / (365.2425 * 86_400_000);
  const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
  const message = `The latest accession before ${formatDay(doc.asOf)} was on ${formatDay(latest)}, ${years.toFixed(1)} years earlier.`;
  const ok = n === Math.floor(years) || n === Math.ceil(years);
  const sources = sourcesOfAll(doc.facts.base.jurisdictions.filter((j) => j.nato?.joined === latest).map((j) => j.nato!)).slice(0, 2);
  return historyAnnotation(doc, span, 'membership', ok ? 'supported' : 'context', message, message, ['nato-members'], sources);
}

/** "all 30 national parliaments voted to ratify", "the second of the 29 NATO members to approve". */
function ratifyingCount(doc: Doc, sentence: Span, here: Named[], before: Named[]): Annotation | null {
  const text = doc.text.slice(sentence.start, sentence.end);
  if (!/\b(ratif\w*|approv\w*|vot\w*|parliaments?)\b/i.test(text)) return null;
  const m = ALL_PARLIAMENTS_RE.exec(text) ?? NTH_OF_MEMBERS_RE.exec(text);
  if (!m) return null;
  const n = numberFrom(m[1]);
  if (!Number.isFinite(n)) return null;
  const members = doc.facts.base.jurisdictions.filter((j) => j.nato);
  const countOn = (day: string) => members.filter((j) => factRange(j.nato!.joined).last <= day).length;
  // The allies that ratified: as many as there were on a date the sentence gives, or just before
  // a country named here (or in the sentence before) joined.
  const days = datesAndYears(doc, sentence).map((d) => d.last);
  // ... or a country named earlier in the paragraph ("It's official: Sweden is now the 32nd member ...").
  const paragraphStart = doc.text.lastIndexOf('\n', sentence.start) + 1;
  const earlier = paragraphStart < sentence.start ? countries(doc, { start: paragraphStart, end: sentence.start }) : [];
  for (const c of [...here, ...before, ...earlier]) {
    const j = members.find((x) => x.id === c.id);
    if (j && !factRange(j.nato!.joined).first.startsWith('1949')) days.push(addDays(factRange(j.nato!.joined).first, -1));
  }
  const day = days.find((d) => countOn(d) === n);
  if (!day) return null;
  const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
  return membersAnnotation(doc, span, `NATO had ${n} members on ${formatDay(day)}.`, members);
}

/** A member count confirmed: the members' accession records are its sources. */
function membersAnnotation(doc: Doc, span: Span, message: string, members: readonly Jurisdiction[]): Annotation {
  return membershipConfirmed(
    doc,
    span,
    message,
    ['nato-members'],
    members.map((j) => j.nato!),
  );
}

const ORD = '(\\d{2}(?:st|nd|rd|th)|thirtieth|thirty-(?:first|second|third|fourth))';
const NEXT_RE = new RegExp(
  `\\b(?:would|will|could|is set to|are set to|is poised to|are poised to|is expected to|are expected to)\\s+become\\s+(?:NATO['’]s\\s+|the\\s+(?:alliance['’]s\\s+)?)${ORD}(?:\\s+and\\s+${ORD})?\\s+(?:NATO\\s+)?(?:members?|[Aa]ll(?:y|ies)|member states?)\\b`,
);
/** "They would become the 31st and 32nd members": the next places in line, after the count on the day. */
function nextMembers(doc: Doc, sentence: Span): Annotation | null {
  const text = doc.text.slice(sentence.start, sentence.end);
  const m = NEXT_RE.exec(text);
  if (!m || !/\b(NATO|Nato|[Aa]lliance|[Aa]llies|[Aa]lly)\b/.test(text)) return null;
  const first = numberFrom(m[1]);
  const second = m[2] ? numberFrom(m[2]) : first;
  const members = doc.facts.base.jurisdictions.filter((j) => j.nato);
  const now = members.filter((j) => factRange(j.nato!.joined).last <= doc.asOf).length;
  if (first !== now + 1 || second < first || second > first + 3) return null;
  const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
  const places = first === second ? ordinalText(first) : `${ordinalText(first)} and ${ordinalText(second)}`;
  return membersAnnotation(
    doc,
    span,
    `NATO had ${now} members on ${formatDay(doc.asOf)}: the next to join would be its ${places}.`,
    members,
  );
}

/** "the third nation from the Western Balkans to join NATO after Albania and Croatia": those named joined first. */
function joinedAfter(doc: Doc, sentence: Span, here: Named[]): Annotation | null {
  const text = doc.text.slice(sentence.start, sentence.end);
  const m = /\bto\s+join\s+(?:NATO|the\s+[Aa]lliance)\s+after\s+/.exec(text);
  if (!m) return null;
  const at = sentence.start + m.index + m[0].length;
  const subject = here.filter((c) => c.end <= sentence.start + m.index);
  const after = here.filter((c) => c.start >= at && c.start - at <= 40);
  if (subject.length !== 1 || !after.length) return null;
  const member = (id: string) => doc.facts.jurisdictions.get(id)?.nato;
  const s = member(subject[0].id);
  const joinedBefore = after.map((c) => member(c.id)).filter((n): n is NonNullable<typeof n> => !!n);
  if (joinedBefore.length !== after.length) return null;
  const by = s ? factRange(s.joined).first : doc.asOf;
  if (!joinedBefore.every((n) => factRange(n.joined).last < by)) return null;
  const names = after.map((c) => `${doc.facts.jurisdictions.get(c.id)!.name} (${formatDay(member(c.id)!.joined)})`).join(', ');
  const message = `Joined NATO before it: ${names}.`;
  const span = hull([{ start: sentence.start + m.index, end: at }, ...after]);
  return membershipConfirmed(
    doc,
    span,
    message,
    after.map((c) => c.id),
    joinedBefore,
  );
}
