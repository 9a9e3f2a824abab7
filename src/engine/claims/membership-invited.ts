// Round 26 (confirm-only): a country's invitation to join NATO told as a verb, for every country with an invitation on
// record (alliance-history.json accessionSteps, step 'invited': Albania and Croatia at Bucharest, Montenegro in December
// 2015, North Macedonia at Brussels 2018, Finland and Sweden at Madrid 2022):
//  - active: "NATO leaders took a historic decision to invite Finland and Sweden to become members of the Alliance"
//    (d22 da013, 29 June 2022), "the allies invited Montenegro to join NATO";
//  - passive: "Finland and Sweden had been invited to join the Alliance" (held-out 24 sa046);
//  - round 32, a noun: "the invitation of new countries—Finland and Sweden—to join the Alliance";
//  - an apposition: "The foreign ministers of Finland and Sweden (countries already invited to join NATO)" (sa008), the
//    countries in the sentence before the words.
// Every country named for the invitation must have one on record on or before the page's day, the words must name NATO or
// the Alliance as what to join, the sentence must tell no date (a dated invitation is accession-steps.ts's, which judges
// its day), and the clause must tell no plan, wish, condition or denial ("NATO should invite Ukraine to join", "Sweden has not been invited").
// A country with no invitation on record (Ukraine, Georgia) leaves the sentence alone: nothing here is ever flagged.
//
// Türkiye's consent of 28 June 2022 (alliance-history.json milestones, 'turkey-finland-sweden-memorandum'): "after Turkey
// raised your veto on this issue" (held-out 24 sa006, July 2022), "with Turkey having dropped its veto" (sa046), "the
// trilateral memorandum", with Finland or Sweden named in the sentence or the two before. Türkiye let Sweden through again
// in July 2023 (Vilnius), so with no date told only a page of the summer of 2022 or a sentence naming the memorandum or
// Madrid is confirmed; a date told must hold 28 June 2022.
import type { Annotation } from '../types';
import type { ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import { matchesIn } from '../doc';
import { sourcesOf } from '../holders';
import { addDays } from '../dates';
import { spansOverlap, type Span } from '../sentences';
import { datesAndYears, historyAnnotation } from './history-common';

const GATE_RE = /invit|veto|objection|opposition|block|memorandum/i;
// What the country is invited to: NATO or the Alliance, right after the verb of joining.
const TO_NATO =
  '(?:NATO|Nato|the\\s+(?:North\\s+Atlantic\\s+)?(?:(?:military|Atlantic|transatlantic|western|Western)\\s+)?(?:[Aa]lliance|Treaty\\s+Organi[sz]ation))\\b';
const JOIN = `(?:(?:formally|officially)\\s+)?(?:join|become\\s+(?:(?:full(?:-fledged)?|new)\\s+)?(?:a\\s+)?members?\\s+of|accede\\s+to)\\s+${TO_NATO}`;
const ACTIVE_RE = new RegExp(
  `\\b(?:invit(?:e|ed|es|ing)|extend(?:ed|ing|s)?\\s+(?:(?:an?|formal|official)\\s+)*invitations?\\s+to)\\s+([^.;:!?()]{2,80}?)\\s+to\\s+${JOIN}`,
  'g',
);
const PASSIVE_RE = new RegExp(
  `([^.;:!?()]{2,80}?)\\s+(?:had|have|has|were|was|are|is)\\s+(?:(?:already|formally|officially|now|both|just)\\s+)*(?:been\\s+)?(?:(?:formally|officially)\\s+)?invited\\s+to\\s+${JOIN}`,
  'g',
);
const APPOSITION_RE = new RegExp(
  `\\b(?:countries|nations|states|candidates)\\s+(?:(?:already|formally|officially|both|just)\\s+)*invited\\s+to\\s+${JOIN}`,
  'g',
);
// Round 32: the invitation as a noun, the countries after it: "the (previously unplanned) invitation of new countries—Finland
// and Sweden—to join the Alliance" (an analysis of the Madrid summit, July 2022), "the invitations to Finland and Sweden to
// become members of NATO".
const NOUN_RE = new RegExp(
  `\\binvitations?\\s+(?:of|for|to|extended\\s+to|issued\\s+to)\\s+([^.;:!?()]{2,80}?)(?:\\s*[—–]\\s*|\\s+)to\\s+${JOIN}`,
  'g',
);
// A plan, a wish, a condition, a denial.
const NOT_DONE_RE =
  /\b(?:will|would|could|should|might|expected|expects?|set\s+to|plans?|planned|hopes?|hoped|wants?|wanted|seeks?|sought|asks?|asked|urg\w+|call\w*\s+(?:on|for)|if|unless|whether|not|never|no\s+longer|yet|propos\w*|consider\w*|reject\w*|refus\w*|without|before)\b|\?/i;

// Türkiye's consent: its veto or objections dropped, or the memorandum.
const TURKEY = "(?:Turkey|Türkiye|Turkiye|Türkiye|Ankara|Erdo(?:g|ğ)an)(?:['’]s)?";
const VETO_DROPPED_RE = new RegExp(
  `\\b${TURKEY}\\s+(?:(?:has|had|having|finally)\\s+)*(?:dropped|lifted|raised|withdr[ae]w\\w*|removed|ended|abandoned|waived)\\s+(?:its|his|their|your|the)\\s+(?:veto|objections?|opposition|block(?:ade)?)\\b|\\btrilateral\\s+memorandum\\b|\\bmemorandum\\s+(?:of\\s+understanding\\s+)?(?:with|between)\\s+(?:Turkey|Türkiye|Turkiye)\\b`,
  'g',
);
const NORDIC_RE = /\b(?:Finland|Finnish|Sweden|Swedish|Helsinki|Stockholm|Nordic)\b/;

type Step = NonNullable<NonNullable<Doc['facts']['base']['history']>['accessionSteps']>[number];

/** The invitations on record for every country `span` names, or null when one has none (or none is named). */
function invitations(doc: Doc, steps: readonly Step[], span: Span): Step[] | null {
  const ids = [...new Set(matchesIn(doc, span, 'qualifier').map((q) => q.value.jurisdiction))];
  if (!ids.length) return null;
  const out: Step[] = [];
  for (const id of ids) {
    const step = steps.find((s) => s.country === id && s.step === 'invited' && s.date <= doc.asOf);
    if (!step || step.confidence !== 'verified') return null;
    out.push(step);
  }
  return out;
}

function findInvited(doc: Doc): Annotation[] {
  const steps = doc.facts.base.history?.accessionSteps ?? [];
  if (!GATE_RE.test(doc.text)) return [];
  const out: Annotation[] = [];
  doc.sentences.forEach((sentence) => {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!/invit/i.test(text)) return;
    const judge = (m: RegExpExecArray, countriesAt: Span, from = sentence.start + m.index) => {
      const claim = { start: from, end: sentence.start + m.index + m[0].length };
      if (NOT_DONE_RE.test(doc.text.slice(sentence.start, claim.end))) return;
      const records = invitations(doc, steps, countriesAt);
      if (!records) return;
      // A sentence that tells a date is accession-steps.ts's (it confirms the step on its day and flags another): this
      // reads the invitation told with no date, as of the page's day.
      if (datesAndYears(doc, sentence).length) return;
      if (out.some((a) => spansOverlap(a, claim))) return;
      const fact = records.map((r) => r.summary).join(' ');
      out.push(
        historyAnnotation(
          doc,
          claim,
          'membership',
          'supported',
          `On record: ${fact}`,
          fact,
          records.map((r) => r.id),
          sourcesOf(...records),
        ),
      );
    };
    for (const re of [ACTIVE_RE, NOUN_RE]) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const at = sentence.start + m.index + m[0].indexOf(m[1]);
        judge(m, { start: at, end: at + m[1].length });
      }
    }
    PASSIVE_RE.lastIndex = 0;
    for (let m = PASSIVE_RE.exec(text); m; m = PASSIVE_RE.exec(text)) {
      // The subject: the words right before the verb, from the clause's start.
      const lead = m[1];
      let from = 0;
      for (const x of lead.matchAll(/,|["\u201c\u201d]|\b(?:that|after|as|when|since|because|said|says|while)\b/g))
        from = x.index + x[0].length;
      const at = sentence.start + m.index + from;
      // The claim starts at its subject ("Finland and Sweden had been invited ...", not "Guerini said he was happy that").
      judge(
        m,
        { start: at, end: sentence.start + m.index + lead.length },
        at + (lead.slice(from).length - lead.slice(from).trimStart().length),
      );
    }
    APPOSITION_RE.lastIndex = 0;
    for (let m = APPOSITION_RE.exec(text); m; m = APPOSITION_RE.exec(text)) {
      // "Finland and Sweden (countries already invited to join NATO)": the countries before the bracket.
      const before = text.slice(0, m.index);
      if (!/\(\s*$/.test(before)) continue;
      const open = before.lastIndexOf('(');
      const from = Math.max(0, before.lastIndexOf(',', open), before.lastIndexOf(' of ', open));
      judge(m, { start: sentence.start + from, end: sentence.start + open });
    }
  });
  vetoDropped(doc, out);
  return out;
}

/** Türkiye's consent of 28 June 2022 told as its veto dropped or the memorandum signed (confirm-only). */
function vetoDropped(doc: Doc, out: Annotation[]): void {
  const memo = doc.facts.base.history?.milestones?.find((x) => x.id === 'turkey-finland-sweden-memorandum');
  if (!memo || memo.confidence !== 'verified' || doc.asOf < memo.date || !/veto|objection|opposition|block|memorandum/i.test(doc.text))
    return;
  doc.sentences.forEach((sentence, i) => {
    const text = doc.text.slice(sentence.start, sentence.end);
    VETO_DROPPED_RE.lastIndex = 0;
    for (let m = VETO_DROPPED_RE.exec(text); m; m = VETO_DROPPED_RE.exec(text)) {
      const claim = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
      if (!NORDIC_RE.test(doc.text.slice(doc.sentences[Math.max(0, i - 2)].start, sentence.end))) continue;
      if (NOT_DONE_RE.test(doc.text.slice(sentence.start, claim.end))) continue;
      // The dates of the claim's own clause ("..., which has suffered from the Russian invasion since February 24, and an
      // agreement was reached ..., after Turkey raised your veto": sa006).
      const lead = text.slice(0, m.index);
      const tail = text.slice(m.index + m[0].length);
      const cut = tail.search(/[,;]/);
      const clause = {
        start: sentence.start + Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), 0),
        end: cut < 0 ? sentence.end : claim.end + cut,
      };
      const dates = datesAndYears(doc, clause);
      if (dates.some((d) => memo.date < d.first || memo.date > d.last)) continue;
      const named = /memorandum|Madrid/i.test(text);
      if (!dates.length && !named && doc.asOf > addDays(memo.date, 94)) continue;
      if (out.some((a) => spansOverlap(a, claim))) continue;
      out.push(
        historyAnnotation(doc, claim, 'membership', 'supported', `On record: ${memo.summary}`, memo.summary, [memo.id], sourcesOf(memo)),
      );
    }
  });
}

export const invitedDetector: ClaimDetector = {
  kind: 'membership',
  // "invited to join NATO": NATO or the alliance is a word of the other membership readers' triggers.
  triggers: [{ words: ['nato', 'alliance'] }],
  find: findInvited,
};
