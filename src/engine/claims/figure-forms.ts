// Spending and force figures the figure detector misses, as real articles give them:
//
// - one part of The Hague's target on its own: "at least 3.5 percent of GDP should be spent on
//   conventional military spending" a sentence after "five percent ... by 2035"; "the 1.5 percent
//   for defence-related spending";
// - the founding year as a leading participle: "Founded in 1949, NATO's primary purpose is ...";
//   told of "It" or "The organization" after a sentence that opens on NATO; the treaty's signing
//   ("signed in Washington, D.C. on 4 April 1949");
// - the forward battlegroups: "four robust and multinational battalions to Estonia, Latvia,
//   Lithuania and Poland" (Warsaw, 2016), "doubling the number of multinational battlegroups to
//   eight" (March 2022);
// - the troops at high readiness of the New Force Model: "well over 300,000" (Madrid, 2022).
//
// These only confirm, or tell the figure of the day. A part of a target said alone, a count of
// battalions or of troops may be one ally's plan, the EU's battlegroups or another force: a wrong
// one is never flagged. Only the founding year said of NATO itself ("Founded in 1950, NATO is")
// can be contradicted.
import type { ForceFigure, NationalSpendingPlan, SpendingTarget } from '../../facts/schema';
import type { Annotation } from '../types';
import { countriesNamed, matchesIn, type Doc } from '../doc';
import type { ClaimDetector } from '../detector';
import { daysBetween, formatDay } from '../dates';
import { isConfident, onDay, recordVerdict, sourcesOf, tenuresOf } from '../holders';
import { numberFrom } from '../numbers';
import { BEYOND_BEFORE_RE, foundingAnnotation, GNP_OWNER, TARGET_YEARS_FACT } from './figure';
import { asOfHorizon, pastHorizon } from '../horizon';
import { aidPledgeClaims } from './spending-aid';
import { spendingEstimateClaims } from './spending-estimates';
import { spendingDemandClaims } from './spending-demands';
import { proposalClaims } from './spending-proposal';
import { haltDeclineClaims, noDeadlineClaims, spendingDeadlineClaims } from './spending-deadline';
import { spansOverlap } from '../sentences';
import { inForceOn } from './target-in-force';
import { asFiller } from '../fillers';
import { compiledOnFirstRun, matchesOf } from '../triggers';
import { namesIn } from './accession-lists';

/** Adds these claims to the figure detector's; the inner detector's findings stay as they are. */
export function withFigureForms(inner: ClaimDetector): ClaimDetector {
  return {
    kind: inner.kind,
    triggers: inner.triggers,
    find(doc, ctx) {
      const own = inner.find(doc, ctx);
      // Money pledged to Ukraine is told with no per cent: read before the gate (aidPledgeClaims has its own).
      const aid = aidPledgeClaims(doc);
      // The Wales guidelines are told with no per cent either (walesGuidelines reads only pages naming Wales).
      const wales = doc.text.includes('Wales') ? walesGuidelines(doc).filter((a) => !own.some((f) => spansOverlap(f, a))) : [];
      let found = aid.length || wales.length ? [...own, ...aid, ...wales] : own;
      // Round 35: the founding told in any form (confirm-only fillers, dropped where any other reader marks the same words),
      // read on its own cheap gate (the year itself).
      const told = doc.text.includes('1949') ? foundingTold(doc) : [];
      // One cheap look at the text before any sentence is read.
      const gate = GATE_RE.test(doc.text);
      // Round 42 (confirmations): a leader's demand on record ("Mr Trump demanded earlier this week that Nato allies commit 5
      // per cent of GDP to defence spending", The Times, 10 January 2025, held-out 40 st025) takes the place of the target
      // reader's context on the same figure ("The 5% target was only adopted on June 25, 2025"): the sentence tells of his
      // demand, not of the allies' target. Only a context gives way; a red flag stays.
      // Round 45: so does a confirmation of the Secretary General's proposal before The Hague (spending-proposal.ts).
      const demands = gate ? [...spendingDemandClaims(doc), ...proposalClaims(doc)] : [];
      if (demands.length && found.some((f) => f.verdict === 'context' && demands.some((d) => spansOverlap(f, d))))
        found = found.filter((f) => f.verdict !== 'context' || !demands.some((d) => spansOverlap(f, d)));
      const extra = !gate
        ? []
        : [
            ...hagueParts(doc),
            ...hagueWhole(doc),
            ...foundedLeading(doc),
            ...foundedPronoun(doc),
            ...foundedCataphora(doc),
            ...treatySigned(doc),
            ...forceFigures(doc),
            ...nationalPlans(doc),
            ...investmentPledge(doc),
            ...ofGnp(doc),
            ...goalSetIn(doc),
            ...goalSince(doc),
            ...reviewYearSaid(doc),
            ...walesTarget(doc),
            ...equipmentShareSaid(doc),
            ...walesDeadlineSaid(doc),
            ...spendingEstimateClaims(doc),
            ...demands,
            ...spendingDeadlineClaims(doc),
            ...noDeadlineClaims(doc),
            ...haltDeclineClaims(doc),
          ].filter((a) => !found.some((f) => spansOverlap(f, a)));
      const firm = extra.length ? [...found, ...extra] : found;
      // A filler gives way to this detector's other readers here already, so that one they cover blocks no reader that
      // wraps this detector (index.ts drops the fillers other detectors cover).
      return told.length ? [...firm, ...told.filter((a) => !firm.some((f) => spansOverlap(f, a)))] : firm;
    },
  };
}

const GATE_RE = compiledOnFirstRun(
  /Investment Pledge|Steadfast Defender|40,000|3\.5|1\.5|and a half|\b2035\b|%|per\s?cent|\bFounded\b|\bEstablished\b|\bFormed\b|\bit was (?:created|set up)\b|\bsigned\b|battle\s?groups?|battalions|300,000|300 000|high[- ]readiness|(?:set|agreed|made|adopted|established)\s+(?:upon\s+)?(?:back\s+)?in\s+(?:19|20)\d{2}/i,
);

type Judged = Omit<Annotation, 'start' | 'end' | 'quote' | 'kind'>;

const sentenceText = (doc: Doc, i: number) => doc.text.slice(doc.sentences[i].start, doc.sentences[i].end);

// ---------------------------------------------------------------------------------------------
// The Hague's parts said alone.

const PART_RE =
  /\b(?:(at\s+least|a\s+minimum\s+of|up\s+to|another|a\s+further|an\s+additional)\s+)?(3\.5|1\.5|three and a half|one and a half)(?:\s*%|[\s-]?percent\b|[\s-]?per[\s-]cent\b)/gi;
// What the part is for, in the words of the figure's phrase.
const CORE_RE = /^[^.;]{0,80}?\b(?:core|conventional|defen[cs]e|military|armed forces|hard)\b/i;
const RELATED_RE =
  /^[^.;]{0,80}?\b(?:defen[cs]e[- ]related|security[- ]related|related|resilience|infrastructure|civil preparedness|broader security|wider security)\b/i;
// The whole target named nearby: "five percent", "5% of GDP", "by 2035", "The Hague".
const HAGUE_NEAR_RE = /\b(?:5|five)\s*(?:%|per\s?cent)|\bby\s+2035\b|\bHague\b/i;
// The whole itself, not the "5%" of a part's "3.5%" or "1.5%".
const WHOLE_NEAR_RE = /(?<![\d.,])\b(?:5|five)\s*(?:%|per\s?cent)|\bby\s+2035\b|\bHague\b/i;
const NATO_NEAR_RE = /\b(?:NATO|Nato|[Aa]llies|[Aa]lliance|member states)\b/;
// "are preparing to endorse", "have thrashed out a compromise deal to dedicate" (the day before The Hague).
const EXPECTED_RE =
  /\b(?:expected|hope to|set to|will|would|should|plan(?:s|ned)?|propos\w*|due to|poised|in the future|aim\w*|prepar(?:e|es|ed|ing) to|ready to|deal|agreement|compromise|consensus|draft|to (?:endorse|adopt|approve))\b/i;

// The whole and both parts in one sentence, in that order: "The 5 percent is divided into 3.5 percent in traditional
// military spending and 1.5 percent in investments" (Rutte in The Hague two days before the summit, w062).
const PCT = '(?:\\s*%|[\\s-]?percent\\b|[\\s-]?per[\\s-]cent\\b)';
const HAGUE_SIGNATURE_RE = new RegExp(
  `(?<![\\d.,])\\b(?:5|five)${PCT}[^.;!?]{0,80}?\\b(?:3\\.5|three and a half)${PCT}[^.;!?]{0,120}?\\b(?:1\\.5|one and a half)${PCT}`,
  'i',
);

/** The sentence right before or after the `i`th holds `re` (the other part of a list, one part a line). */
function otherPartNear(doc: Doc, i: number, re: RegExp): boolean {
  return (i > 0 && re.test(sentenceText(doc, i - 1))) || (i + 1 < doc.sentences.length && re.test(sentenceText(doc, i + 1)));
}

function hagueParts(doc: Doc): Annotation[] {
  if (!/3\.5|1\.5|and a half/.test(doc.text)) return [];
  const hague = doc.facts.base.figures.spendingTargets.find((t) => t.components?.length && t.byYear);
  if (!hague || hague.confidence !== 'verified') return [];
  const horizon = pastHorizon(doc.facts, doc.asOf);
  const day = horizon ?? doc.asOf;
  const out: Annotation[] = [];
  doc.sentences.forEach((sentence, i) => {
    const text = sentenceText(doc, i);
    if (!/3\.5|1\.5|and a half/.test(text)) return;
    // The sentence and the two before it: "By 2035, ... five percent of GDP. Currently, it is two percent. In the future, at least 3.5 percent ...".
    const window = doc.text.slice(doc.sentences[Math.max(0, i - 2)].start, sentence.end);
    // The alliance may be named a sentence further back ("... increase NATO defense spending ..."), or, when the sentence
    // gives the whole and both parts ("The 5 percent is divided into 3.5 percent ... and 1.5 percent", w062), anywhere on
    // the page: the three figures together are The Hague's.
    const signed = HAGUE_SIGNATURE_RE.test(text) && /\b(?:NATO|Nato)\b/.test(doc.text);
    // The two parts as a list after the whole, one a line: "The newly agreed-upon 5% target ... a two-tiered structure:
    // | 3.5% of GDP: Dedicated to core defense spending ... | Up to 1.5% of GDP: Allocated for broader security-related
    // investments" (held-out 21 za061, June 2025): the other part in the sentence before or after, the whole in the
    // window, NATO on the page; each part still needs its purpose below.
    const listed =
      !signed &&
      WHOLE_NEAR_RE.test(doc.text.slice(doc.sentences[Math.max(0, i - 3)].start, sentence.end)) &&
      /\b(?:NATO|Nato)\b/.test(doc.text) &&
      otherPartNear(
        doc,
        i,
        /3\.5|three and a half/.test(text)
          ? /\b(?:1\.5|one and a half)\s*(?:%|per\s?cent)/i
          : /\b(?:3\.5|three and a half)\s*(?:%|per\s?cent)/i,
      );
    if (
      !signed &&
      !listed &&
      (!HAGUE_NEAR_RE.test(window) || !NATO_NEAR_RE.test(doc.text.slice(doc.sentences[Math.max(0, i - 3)].start, sentence.end)))
    )
      return;
    PART_RE.lastIndex = 0;
    for (let m = PART_RE.exec(text); m; m = PART_RE.exec(text)) {
      const value = /^(?:3\.5|three)/i.test(m[2]) ? 3.5 : 1.5;
      const part = hague.components?.find((c) => c.percent === value);
      if (!part) continue;
      const after = text.slice(m.index + m[0].length);
      // What the part is for, unless the whole is split right there ("1.5 percent in investments that can be of military benefit").
      const purpose = value === 3.5 ? CORE_RE : RELATED_RE;
      if (!signed && !purpose.test(after) && !purpose.test(` ${text.slice(0, m.index)}`)) continue;
      const start = sentence.start + m.index;
      // The target in force before it, not a part of the new one: "a significant boost from the current 1.5% target" (a
      // mutation probe of heldout3 m060, of "the current 2% target"), "the previous 3.5%"; "the current" before The Hague.
      const lead = text.slice(Math.max(0, m.index - 40), m.index);
      if (
        /\b(?:old|previous|former|earlier|prior)\s+$/i.test(lead) ||
        (/\b(?:current|existing|present)\s+$/i.test(lead) && (day < hague.adopted || /\bfrom\s+(?:the\s+)?\w+\s+$/i.test(lead)))
      )
        continue;
      // One ally's own share ("Poland will spend 3.5 percent"): not the alliance's.
      if (countriesNamed(doc, sentence.start, start).size > 0) continue;
      const judged = judgePart(doc, day, hague, value, part.label, text);
      if (!judged) continue;
      const ann = horizon ? asOfHorizon(judged, horizon) : judged;
      const ofGdp = /^\s+of\s+(?:their\s+|its\s+)?(?:GDP|gross domestic product)\b/i.exec(after)?.[0].length ?? 0;
      const end = start + m[0].length + ofGdp;
      out.push({ ...ann, start, end, quote: doc.text.slice(start, end), kind: 'figure' });
    }
  });
  return out;
}

// "investing 5 per cent of their country's GDP annually on \"core defence requirements\" as well as
// defence- and security-related sectors by 2035": the deadline further on than the figure detector reads.
// Not the 5 of "4.5%" or "5.5%" (a mutation probe of heldout4 n073: "expenditures to 4.5% of GDP by 2035" was confirmed).
const FIVE_BY_2035_RE = /(?<![\d.,])\b(?:5|five)(?:\s*%|[\s-]?percent\b|[\s-]?per[\s-]cent\b)[^.;!?]{0,200}?\bby\s+2035\b/gi;

function hagueWhole(doc: Doc): Annotation[] {
  if (!/\b2035\b/.test(doc.text)) return [];
  const hague = doc.facts.base.figures.spendingTargets.find((t) => t.components?.length && t.byYear === 2035);
  if (!hague || hague.confidence !== 'verified') return [];
  const horizon = pastHorizon(doc.facts, doc.asOf);
  const day = horizon ?? doc.asOf;
  const out: Annotation[] = [];
  doc.sentences.forEach((sentence, i) => {
    const text = sentenceText(doc, i);
    if (!/\b2035\b/.test(text)) return;
    const topic = doc.text.slice(doc.sentences[Math.max(0, i - 1)].start, sentence.end);
    if (!NATO_NEAR_RE.test(topic) && !/\bNATO\b/.test(doc.text.slice(0, sentence.end))) return;
    FIVE_BY_2035_RE.lastIndex = 0;
    for (let m = FIVE_BY_2035_RE.exec(text); m; m = FIVE_BY_2035_RE.exec(text)) {
      const start = sentence.start + m.index;
      if (countriesNamed(doc, sentence.start, start).size > 0) continue;
      // "a goal of more than 5% of GDP ... by 2035": a share beyond the target is not it.
      if (BEYOND_BEFORE_RE.test(text.slice(0, m.index))) continue;
      const judged = judgeWhole(day, hague, text);
      if (!judged) continue;
      const ann = horizon ? asOfHorizon(judged, horizon) : judged;
      out.push({ ...ann, start, end: start + m[0].length, quote: m[0], kind: 'figure' });
    }
  });
  return out;
}

function judgeWhole(day: string, hague: SpendingTarget, sentence: string): Judged | null {
  const base = { fact: `${hague.summary} (adopted ${formatDay(hague.adopted)})`, factIds: [hague.id], sources: sourcesOf(hague) };
  if (inForceOn(hague, day)) return { ...base, verdict: 'supported', message: `5% of GDP by 2035 is NATO's target on ${formatDay(day)}.` };
  if (hague.adopted > day && daysBetween(hague.adopted, day) <= 60 && EXPECTED_RE.test(sentence))
    return { ...base, verdict: 'supported', message: `As expected, The Hague adopted 5% of GDP by 2035 on ${formatDay(hague.adopted)}.` };
  return null;
}

function judgePart(doc: Doc, day: string, hague: SpendingTarget, value: number, label: string, sentence: string): Judged | null {
  const fact = `${hague.summary} (adopted ${formatDay(hague.adopted)})`;
  const base = { fact, factIds: [hague.id], sources: sourcesOf(hague) };
  if (inForceOn(hague, day))
    return {
      ...base,
      verdict: 'supported',
      message: `${value}% for ${label} is part of NATO's target on ${formatDay(day)}: ${hague.percent}% of GDP by ${hague.byYear}.`,
    };
  // Weeks before The Hague, said as what is expected, or told whole with both parts (the text was settled by then).
  if (hague.adopted > day && daysBetween(hague.adopted, day) <= 60 && (EXPECTED_RE.test(sentence) || HAGUE_SIGNATURE_RE.test(sentence)))
    return {
      ...base,
      verdict: 'supported',
      message: `As expected, The Hague adopted ${value}% for ${label} on ${formatDay(hague.adopted)}.`,
    };
  return null;
}

// ---------------------------------------------------------------------------------------------
// "Founded in 1949, NATO ...", "Formed in 1949 with the signing of the Washington Treaty, NATO is",
// "Formed in 1949 in the aftermath of World War II, today NATO is" (NBC, 2018).

const MONTHS = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const DATE_SRC = `(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTHS},?\\s+|${MONTHS}\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?)?(?:1[89]\\d{2}|20\\d{2})`;
/** "April 4th 1949" as "April 4, 1949", "4th April 1949" as "4 April 1949". */
const ordinalFree = (date: string): string =>
  date.replace(/(\d)(?:st|nd|rd|th)\b/, '$1').replace(new RegExp(`^(${MONTHS}) (\\d{1,2}) `), '$1 $2, ');
const FOUNDED_LEADING_RE = new RegExp(
  `(?:^|[.!?]\\s+|\\n\\s*)((?:Founded|Established|Created|Formed)\\s+(?:in|on)\\s+((?:\\d{1,2}\\s+${MONTHS}\\s+|${MONTHS}\\s+(?:\\d{1,2},\\s+)?)?(1[89]\\d{2}|20\\d{2})))(?:\\s+(?:with|after|in|following|through|under|at)\\s+[^,.;]{1,70}?)?\\s*,\\s+(?:today\\s+|now\\s+)?(?:the\\s+)?(NATO|Nato|North Atlantic Treaty Organi[sz]ation|North Atlantic Alliance)(['’]s)?\\b(?!['’]|\\s+[A-Z][a-z])`,
  'g',
);

function foundedLeading(doc: Doc): Annotation[] {
  if (!/\b(?:Founded|Established|Created|Formed)\s+(?:in|on)\b/.test(doc.text)) return [];
  const out: Annotation[] = [];
  FOUNDED_LEADING_RE.lastIndex = 0;
  for (let m = FOUNDED_LEADING_RE.exec(doc.text); m; m = FOUNDED_LEADING_RE.exec(doc.text)) {
    const start = m.index + m[0].indexOf(m[1]);
    const end = start + m[1].length;
    // "Founded in 1950, NATO is ...": NATO itself is what was founded. "NATO's Defence College" may not be, and
    // "NATO Defense College" is not (FOUNDED_LEADING_RE leaves out a name that goes on).
    const ofNato = !m[5];
    out.push(foundingAnnotation(doc, start, end, m[2], ofNato && doc.dateCertain));
    FOUNDED_LEADING_RE.lastIndex = end;
  }
  return out;
}

// "NATO, or the North Atlantic Treaty Organization, is ... It was founded in 1949", "The full name of
// NATO is North Atlantic Treaty Organisation. It was established in the year 1949", "NATO ... is an
// international military alliance ... The organization was founded in 1949": a founding told of a
// subject that the sentence before names as NATO. "It" may still be another body, so a wrong year is
// only told (foundingAnnotation without flagging).
const FOUNDED_PRONOUN_RE = new RegExp(
  `(?:^|[.!?]\\s+|\\n\\s*(?:[•*-]\\s*)?)((?:It|The\\s+organi[sz]ation)\\s+was\\s+(?:originally\\s+|first\\s+|officially\\s+)?(?:founded|formed|established|created|set\\s+up)\\s+(?:in|on)\\s+(?:the\\s+year\\s+)?(${DATE_SRC}))\\b`,
  'g',
);
// The sentence before opens on NATO: "NATO, or the ...", "NATO – which stands for ...", "The North
// Atlantic Treaty Organization (NATO) is", "The full name of NATO is", "NATO stands for".
// Not "NATO's Defence College ...", "NATO Defense College ...": another body opens that sentence.
const NATO_OPENS_RE =
  /^\W*(?:The\s+(?:full\s+)?name\s+of\s+)?(?:NATO|Nato|(?:The\s+)?North\s+Atlantic\s+Treaty\s+Organi[sz]ation)\b(?!['\u2019]s\b|\s+[A-Z][a-z])/;

function foundedPronoun(doc: Doc): Annotation[] {
  if (!doc.text.includes('It was') && !doc.text.includes('ation was')) return [];
  const out: Annotation[] = [];
  FOUNDED_PRONOUN_RE.lastIndex = 0;
  for (let m = FOUNDED_PRONOUN_RE.exec(doc.text); m; m = FOUNDED_PRONOUN_RE.exec(doc.text)) {
    const start = m.index + m[0].indexOf(m[1]);
    const i = doc.sentences.findIndex((x) => x.start <= start && start < x.end);
    if (i <= 0 || !NATO_OPENS_RE.test(sentenceText(doc, i - 1))) continue;
    out.push(foundingAnnotation(doc, start, start + m[1].length, ordinalFree(m[2]), false));
  }
  return out;
}

// Round 32: "it" told before NATO in one sentence: "Since it was created on April 4, 1949, NATO has grown and adapted" (an
// anniversary explainer, April 2024), "When it was founded in 1949, the alliance had ...", "Ever since it was established
// in 1949, NATO has ...". The main clause's subject is what "it" names, so a wrong year is flagged like "NATO was founded".
const FOUNDED_CATAPHORA_RE = new RegExp(
  `(?:^|[.!?]\\s+|\\n\\s*)((?:Since|When|After|Ever\\s+since)\\s+it\\s+was\\s+(?:originally\\s+|first\\s+|officially\\s+|formally\\s+)?(?:founded|formed|established|created|set\\s+up)\\s+(?:in|on)\\s+(${DATE_SRC}))\\b,?\\s+(?:the\\s+)?(?:NATO|Nato|North\\s+Atlantic\\s+Treaty\\s+Organi[sz]ation|North\\s+Atlantic\\s+Alliance|[Aa]lliance)\\b(?!['’]|\\s+[A-Z][a-z])`,
  'g',
);

function foundedCataphora(doc: Doc): Annotation[] {
  if (!doc.text.includes(' it was ')) return [];
  const out: Annotation[] = [];
  FOUNDED_CATAPHORA_RE.lastIndex = 0;
  for (let m = FOUNDED_CATAPHORA_RE.exec(doc.text); m; m = FOUNDED_CATAPHORA_RE.exec(doc.text)) {
    const start = m.index + m[0].indexOf(m[1]);
    // "the alliance" alone may be another one the page told of: a wrong year is flagged only of NATO by name.
    out.push(foundingAnnotation(doc, start, start + m[1].length, ordinalFree(m[2]), doc.dateCertain && /\bN(?:ATO|ato|orth)\b/.test(m[0])));
  }
  return out;
}

// Round 35: the founding told in any form, confirm-only: "Treaty that was signed on 4 April 1949" (a fact-sheet bullet,
// held-out 33 od001), "NATO was formed by the North Atlantic Treaty (also called the Washington Treaty) on 4th April, 1949"
// (od003), "It was established in 1949 with the signing of the North Atlantic Treaty" (od013), "the North Atlantic Treaty,
// which founded the alliance on April 4, 1949" (od040), "On April 4, 1949, the US, Canada, and 11 European nations signed the
// most powerful military alliance" (oi002: the day is right, the count is membership-founders.ts's). A year 1949 with a word
// of founding or signing near it (before it in the clause, or just after) and the alliance or its treaty named in the
// sentence. The treaty's own day (4 April 1949) needs only a capitalised "Treaty" or "alliance": nothing else founded on that
// day is told of. "April 1949" or "1949" alone need NATO, the North Atlantic or Washington Treaty, or the alliance on a page
// naming NATO, and no other body of 1949 in the sentence (the Council of Europe, the Geneva Conventions, the two German
// states, the People's Republic of China, Comecon) nor another year. A wrong day is left to the strict forms (foundingAnnotation,
// treatySigned): a founding "on April 14, 1949" may be any other act of that spring.
// Round 43: April shortened as AFP writes it ("The North Atlantic Treaty Organization is founded on Apr 4, 1949, by 12
// countries", April 2023, held-out 41 ti001), "Apr." too.
const DAY_BEFORE_1949_RE = new RegExp(
  `(?:\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTHS}|Apr\\.?),?\\s+|\\b(${MONTHS}|Apr\\.?)\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?,?\\s+)?|\\b(?:the\\s+)?year\\s+)$`,
);
// Round 43: capitalised too, as a fact sheet's label ("• Founding year – 4 April 1949", held-out 41 ti008, July 2022;
// "Founded: 4 April 1949"; "Established: April 4, 1949").
const FOUNDING_CUE_RE =
  /\b(?:[Ff]ound(?:ed|ing|ation)|[Ee]stablish(?:ed|ment)|[Ff]orm(?:ed|ation)|[Cc]reat(?:ed|ion)|[Ss]et\s+up|born|birth|[Ss]ign(?:ed|ing)|[Ii]nception|came\s+into\s+being|brought\s+into\s+being)\b/g;
// Round 43: a label's colon or dash between the cue and the date ("Founding year – ", "Founded: "): the label's value, not a
// clause break.
const FOUNDING_LABEL_GAP_RE = /^(?:\s+(?:year|date|day))?\s*[:\u2013\u2014-]\s*(?:on\s+)?$/;
const FOUNDING_ANCHOR_RE = /\b(?:NATO|Nato|North\s+Atlantic|Washington\s+Treaty)\b/;
const FOUNDING_OTHER_RE =
  /\b(?:Council\s+of\s+Europe|Geneva|Convention|Conventions|Federal\s+Republic|German\s+Democratic|East\s+Germany|West\s+Germany|People['\u2019]s\s+Republic|China|Comecon|COMECON|United\s+Nations|UN|EU|Brussels\s+Treaty|Western\s+Union|Israel|Indonesia|Berlin\s+(?:Airlift|Blockade)|Defen[cs]e\s+College|Military\s+Committee|Council|Command|Assembly|Agency|Organi[sz]ation\s+(?:for|of)\b(?!\s+(?:the\s+)?North))/;
const FOUNDING_DOUBT_RE = /\b(?:not|never|n['\u2019]t|if|would|could|might|whether|unless|protocols?|accession|acced\w*)\b|\?/i;

function foundingTold(doc: Doc): Annotation[] {
  const founding = doc.facts.base.figures.founding;
  if (founding.confidence !== 'verified') return [];
  const out: Annotation[] = [];
  const natoOnPage = /\b(?:NATO|Nato|North\s+Atlantic)\b/.test(doc.text);
  for (const y of doc.text.matchAll(/\b1949\b/g)) {
    const at = y.index!;
    const sentence = doc.sentences.find((x) => x.start <= at && at < x.end);
    if (!sentence) continue;
    const head = doc.text.slice(Math.max(sentence.start, at - 30), at);
    const d = DAY_BEFORE_1949_RE.exec(head);
    const day = d?.[1] ?? d?.[4];
    const month = d?.[2] ?? d?.[3];
    if (month && month !== 'April' && !month.startsWith('Apr')) continue;
    if (day && day !== '4') continue;
    const dateStart = d ? at - head.length + d.index : at;
    const dateEnd = at + 4;
    const text = doc.text.slice(sentence.start, sentence.end);
    if (FOUNDING_DOUBT_RE.test(text)) continue;
    if ([...text.matchAll(/\b(?:1[89]|20)\d\d\b/g)].some((m) => m[0] !== '1949')) continue;
    const theDay = !!day;
    // "the 1949 North Atlantic Treaty", "the Washington Treaty of 1949": the treaty dated by its year, no cue needed.
    const treatyOfYear =
      /\b(?:[Tt]he\s+)?$/.test(doc.text.slice(Math.max(0, dateStart - 4), dateStart)) &&
      /^\s+(?:North\s+Atlantic|Washington)\s+Treaty\b(?!\s+Organi)/.test(doc.text.slice(dateEnd, dateEnd + 30));
    const ofYear = /(?:North\s+Atlantic|Washington)\s+Treaty\s+(?:of\s+|\(\s*)$/.exec(
      doc.text.slice(Math.max(0, dateStart - 30), dateStart),
    );
    if ((treatyOfYear || ofYear) && !d) {
      const start = ofYear ? dateStart - ofYear[0].length : dateStart;
      const end = treatyOfYear
        ? dateEnd + /^\s+(?:North\s+Atlantic|Washington)\s+Treaty/.exec(doc.text.slice(dateEnd))![0].length
        : dateEnd;
      if (!out.some((o) => o.start < end && start < o.end)) out.push(asFiller(treatySignedConfirmed(doc, founding, start, end)));
      continue;
    }
    // The treaty's own day needs no anchor: nothing else founded or signed on 4 April 1949 is told of ("Since its creation on
    // 4 April 1949", held-out 28 xa041).
    if (!theDay && !(FOUNDING_ANCHOR_RE.test(text) || (natoOnPage && /\b[Aa]lliance\b/.test(text)))) continue;
    if (!theDay && FOUNDING_OTHER_RE.test(text)) continue;
    // The cue in the clause: before the date (up to 80 characters, no clause break) or right after it (up to 60).
    let cue: { start: number; end: number } | null = null;
    const from = Math.max(sentence.start, dateStart - 80);
    const before = doc.text.slice(from, dateStart);
    for (const c of before.matchAll(FOUNDING_CUE_RE)) {
      const gap = before.slice(c.index! + c[0].length);
      if (!/[;:]/.test(gap) || FOUNDING_LABEL_GAP_RE.test(gap)) cue = { start: from + c.index!, end: from + c.index! + c[0].length };
    }
    if (!cue) {
      const after = doc.text.slice(dateEnd, Math.min(sentence.end, dateEnd + 60));
      const c =
        /^[^;:]*?\b(found(?:ed|ing)|establish(?:ed|ing)|form(?:ed|ing)|creat(?:ed|ing)|set\s+up|sign(?:ed|s)?|was\s+born|came\s+into\s+being)\b/.exec(
          after,
        );
      if (c) cue = { start: dateEnd + c[0].length - c[1].length, end: dateEnd + c[0].length };
    }
    if (!cue) continue;
    // The span: the cue and the date when they stand close, else the date alone (a count between them is another claim's).
    const start = cue.start < dateStart && dateStart - cue.end <= 60 ? cue.start : dateStart;
    const end = cue.start > dateEnd && cue.start - dateEnd <= 20 ? cue.end : dateEnd;
    if (out.some((o) => o.start < end && start < o.end)) continue;
    out.push(asFiller(treatySignedConfirmed(doc, founding, start, end)));
  }
  return out;
}

// The treaty's signing: "The North Atlantic Treaty Organisation (NATO) was signed into existence in
// Washington D.C. on April 4th 1949" (2024), "the North Atlantic Treaty, signed in Washington, D.C. on 4
// April 1949", "the NATO treaty was formally signed in 1949". Confirm-only: a treaty "signed" in
// another year near NATO's name may be an accession protocol.
const TREATY_SIGNED_RE = new RegExp(
  `\\b(?:(?:North\\s+Atlantic|Washington|NATO|founding)\\s+[Tt]reaty|NATO|Nato|North\\s+Atlantic\\s+Treaty\\s+Organi[sz]ation)\\b[^.;]{0,40}?\\bsigned(?:\\s+into\\s+existence)?(?:\\s+in\\s+Washington(?:,?\\s+D\\.?\\s?C\\.?)?)?\\s+(?:in|on)\\s+(${DATE_SRC})\\b`,
  'g',
);

// Round 29, in other words (confirm-only): the signers signing "a treaty establishing NATO" ("Twelve countries signed a
// treaty establishing the North Atlantic Treaty Organisation (NATO) in Washington on 4 April 1949"), and the day heading
// the clause the treaty is signed in ("On this day, April 4, 1949, the Washington Treaty was signed", "In 1949, the
// Alliance's founding treaty was signed in Washington", "It was April 4th, 1949 when ... the Atlantic Treaty was signed"). "On
// April 4, 1949, the North Atlantic Treaty was signed" is alliance-age.ts's.
const TREATY_ESTABLISHING_RE = new RegExp(
  `\\bsigned\\s+(?:a|the)\\s+treaty\\s+(?:establishing|creating|founding|that\\s+(?:established|created))\\s+(?:NATO|Nato|the\\s+North\\s+Atlantic\\s+Treaty\\s+Organi[sz]ation(?:\\s+\\((?:NATO|Nato)\\))?|the\\s+(?:North\\s+Atlantic\\s+|military\\s+)?[Aa]lliance)(?:\\s+in\\s+Washington(?:,?\\s+D\\.?\\s?C\\.?)?)?\\s+(?:in|on)\\s+(${DATE_SRC})\\b`,
  'g',
);
const TREATY_HEADED_RE = new RegExp(
  `(?:^|[.!?]\\s+|\\n)\\s*(?:(?:On|In)\\s+(?:this\\s+day,?\\s+)?|It\\s+was\\s+)(${DATE_SRC})(?:,|\\s+when\\b)[^.;]{0,80}?\\b(?:(?:(?<!North\\s)Atlantic|Washington|NATO|Nato|(?:the\\s+)?(?:[Aa]lliance|NATO)['’]s\\s+founding|founding)\\s+[Tt]reaty)\\s+was\\s+(?:formally\\s+|officially\\s+)?signed\\b`,
  'g',
);
// Round 32: the founders as the signers, the treaty named: "The founding members of NATO signed the North Atlantic Treaty on
// April 4, 1949" (a current-affairs note, December 2019), "NATO's twelve original members signed the Washington Treaty in
// April 1949". Confirm-only, like the other signers' forms.
const FOUNDERS_SIGNED_RE = new RegExp(
  `\\b(?:founding|original|12|twelve)\\s+(?:members?|member\\s+(?:states|countries|nations)|nations|countries|states|allies|signatories)(?:\\s+of\\s+(?:NATO|Nato|the\\s+(?:North\\s+Atlantic\\s+|Atlantic\\s+)?[Aa]lliance))?\\s+signed\\s+(?:the\\s+)?(?:North\\s+Atlantic|Washington)\\s+Treaty(?:\\s+in\\s+Washington(?:,?\\s+D\\.?\\s?C\\.?)?)?,?\\s+(?:in|on)\\s+(${DATE_SRC})\\b`,
  'g',
);
const FOUNDING_DAY_RE = /^(?:April 1949|April 4,? 1949|4 April,? 1949|1949)$/;

/** The treaty's signing confirmed over a span (both readers of its signing say it the same way). */
function treatySignedConfirmed(doc: Doc, founding: Doc['facts']['base']['figures']['founding'], start: number, end: number): Annotation {
  return {
    start,
    end,
    quote: doc.text.slice(start, end),
    verdict: 'supported',
    kind: 'figure',
    factIds: ['nato-founding'],
    message: `The North Atlantic Treaty was signed in Washington on ${formatDay(founding.signed)}.`,
    fact: `The North Atlantic Treaty was signed on ${formatDay(founding.signed)} and came into force on ${formatDay(founding.inForce)}.`,
    sources: sourcesOf(founding),
  };
}

function treatySignedElsewise(doc: Doc, founding: Doc['facts']['base']['figures']['founding']): Annotation[] {
  const out: Annotation[] = [];
  for (const re of [TREATY_ESTABLISHING_RE, TREATY_HEADED_RE, FOUNDERS_SIGNED_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
      if (!FOUNDING_DAY_RE.test(ordinalFree(m[1]))) continue;
      const start = re === TREATY_HEADED_RE ? m.index + m[0].indexOf(m[1]) : m.index;
      const end = m.index + m[0].length;
      const sentence = doc.sentences.find((x) => x.start <= start && start < x.end);
      if (
        sentence &&
        /\b(?:if|would|could|might|whether|not|never|n['\u2019]t|protocols?|accession)\b|\?/i.test(
          doc.text.slice(sentence.start, sentence.end),
        )
      )
        continue;
      out.push(treatySignedConfirmed(doc, founding, start, end));
    }
  }
  return out;
}

// Round 33: the signers as the subject, with the place: "On April 4, 1949, in Washington, twelve countries including Belgium
// signed the North Atlantic Treaty" (held-out 31 qd037), "the United States and many of our closest allies signed the North
// Atlantic Treaty in Washington, DC" (qd036), and a day of 1949 written before the signers. Only a sentence that dates the
// signing to 1949, when the treaty was signed once (its accessions came from 1952), and that supposes, denies and asks
// nothing nor speaks of protocols or accession. The place after the treaty ("in Paris") or heading the clause (", in
// Washington,"): Washington is confirmed, another city contradicted. A day of 1949 heading the clause ("On April 14, 1949,
// ... signed the North Atlantic Treaty") other than 4 April or 24 August (the entry into force) is contradicted.
const SIGNERS_SIGNED_RE = /\bsigned\s+the\s+(?:North\s+Atlantic|Washington)\s+Treaty\b(?!\s+Organi)/g;
const SIGNING_CITIES =
  'Washington|Paris|London|Brussels|New\\s+York|Ottawa|Rome|The\\s+Hague|Geneva|Lisbon|Oslo|Copenhagen|Reykjavik|Luxembourg|Bonn|Berlin|Moscow|Vienna|Madrid|Amsterdam';
const PLACE_AFTER_RE = new RegExp(`^\\s+in\\s+(${SIGNING_CITIES})\\b(?:,?\\s+D\\.?\\s?C\\.?)?`);
const PLACE_HEAD_RE = new RegExp(`(?:^|,)\\s*in\\s+(${SIGNING_CITIES})(?:,?\\s+D\\.?\\s?C\\.?)?,\\s+(?=[^,]*$)`);
const DAY_HEAD_RE = new RegExp(`^\\W*On\\s+(${DATE_SRC}),`);
function signersSigned(doc: Doc, founding: Doc['facts']['base']['figures']['founding']): Annotation[] {
  const out: Annotation[] = [];
  SIGNERS_SIGNED_RE.lastIndex = 0;
  for (let m = SIGNERS_SIGNED_RE.exec(doc.text); m; m = SIGNERS_SIGNED_RE.exec(doc.text)) {
    const sentence = doc.sentences.find((x) => x.start <= m!.index && m!.index < x.end);
    if (!sentence) continue;
    const text = doc.text.slice(sentence.start, sentence.end);
    const years = [...text.matchAll(/\b(?:19|20)\d{2}\b/g)].map((y) => y[0]);
    if (!years.includes('1949') || years.some((y) => y !== '1949')) continue;
    if (/\b(?:if|would|could|might|whether|not|never|n['\u2019]t|protocols?|accession|acced\w*)\b|\?/i.test(text)) continue;
    const end = m.index + m[0].length;
    const head = doc.text.slice(sentence.start, m.index);
    const after = PLACE_AFTER_RE.exec(doc.text.slice(end, sentence.end));
    const headed = after ? null : PLACE_HEAD_RE.exec(head);
    const place = after?.[1] ?? headed?.[1];
    const fact = `The North Atlantic Treaty was signed on ${formatDay(founding.signed)} and came into force on ${formatDay(founding.inForce)}.`;
    const day = DAY_HEAD_RE.exec(head);
    const stated = day ? ordinalFree(day[1]) : '';
    if (day && /\d{1,2}\D/.test(stated) && /1949$/.test(stated) && !FOUNDING_DAY_RE.test(stated) && !/August 24|24 August/.test(stated)) {
      const start = sentence.start + head.indexOf(day[1]);
      out.push({
        start,
        end,
        quote: doc.text.slice(start, end),
        verdict: 'contradicted',
        kind: 'figure',
        factIds: ['nato-founding'],
        message: `Not so: the North Atlantic Treaty was signed in Washington on ${formatDay(founding.signed)}, not ${stated}.`,
        fact,
        sources: sourcesOf(founding),
      });
      continue;
    }
    if (!place) continue;
    const start = after ? m.index : sentence.start + headed!.index + headed![0].indexOf('in');
    const stop = after ? end + after[0].length : end;
    if (/^Washington$/.test(place)) out.push(treatySignedConfirmed(doc, founding, start, stop));
    else
      out.push({
        start,
        end: stop,
        quote: doc.text.slice(start, stop),
        verdict: 'contradicted',
        kind: 'figure',
        factIds: ['nato-founding'],
        message: `Not so: the North Atlantic Treaty was signed in Washington, not in ${place.replace(/\s+/g, ' ')}, on ${formatDay(founding.signed)}.`,
        fact,
        sources: sourcesOf(founding),
      });
  }
  return out;
}

function treatySigned(doc: Doc): Annotation[] {
  if (!doc.text.includes('signed')) return [];
  const founding = doc.facts.base.figures.founding;
  if (founding.confidence !== 'verified') return [];
  const out: Annotation[] = [...treatySignedElsewise(doc, founding), ...signersSigned(doc, founding)];
  TREATY_SIGNED_RE.lastIndex = 0;
  for (let m = TREATY_SIGNED_RE.exec(doc.text); m; m = TREATY_SIGNED_RE.exec(doc.text)) {
    const stated = ordinalFree(m[1]);
    const start = m.index + m[0].indexOf('signed');
    const end = m.index + m[0].length;
    // The year, April 1949, or the day itself: "4 April 1949", "April 4, 1949".
    if (!/1949$/.test(stated) || (/[A-Z]/.test(stated) && !/^(?:April 1949|April 4,? 1949|4 April,? 1949)$/.test(stated))) {
      const wrong = wrongSigning(doc, m, stated);
      if (wrong)
        out.push({
          start: wrong,
          end,
          quote: doc.text.slice(wrong, end),
          verdict: 'contradicted',
          kind: 'figure',
          factIds: ['nato-founding'],
          message: `Not so: the North Atlantic Treaty was signed in Washington on ${formatDay(founding.signed)}, not ${stated}.`,
          fact: `The North Atlantic Treaty was signed on ${formatDay(founding.signed)} and came into force on ${formatDay(founding.inForce)}.`,
          sources: sourcesOf(founding),
        });
      continue;
    }
    out.push(treatySignedConfirmed(doc, founding, start, end));
  }
  // One claim per span: a treaty signed with its day both heading the clause and after the verb is read once.
  return out.filter((a, k) => !out.slice(0, k).some((b) => spansOverlap(a, b)));
}

// The treaty itself as the subject of "signed" with a wrong day (round 19's mutation probes, landed in round 20): "NATO's
// founding act, the North Atlantic Treaty, was signed in April 4, 1946", "the North Atlantic Treaty signed on 4 April 1952",
// "The North Atlantic Treaty Organisation (NATO) was signed into existence in Washington D.C. on April 4th 1946". Nothing
// but an apposition, "which/that" or "was" and a manner between; not an accession protocol "to the North Atlantic Treaty",
// not "the NATO treaty" or "allies signed", not the entry into force (24 August 1949), and "the Washington Treaty" only with
// NATO named (the naval treaty of 1922 is another); a year 1945 to 1955 only. One reader per claim: a year alone or a month
// and a year ("signed in 1952", "signed in April 1948") is membership-founders.ts's (foundingYearClaims), and a clause
// between the treaty and the verb that alliance-age.ts reads (", which established the alliance,", ", NATO's founding
// document,", ", also known as ...,") is that reader's (treatySignedDated); here only a written day. The start of the span
// (the treaty's name) when it is wrong.
const SIGNED_GAP_RE =
  /^(?:\s*\([^()]{1,40}\))?(?:\s*,\s*[^,;.]{1,60}?,)?\s*,?\s+(?:(?:which|that)\s+)?(?:(?:was|had\s+been)\s+)?(?:(?:formally|originally|first|officially)\s+)?$/;
const TREATY_NAME_RE =
  /^(?:North\s+Atlantic\s+Treaty(?!\s+Organi)|Washington\s+Treaty|North\s+Atlantic\s+Treaty\s+Organi[sz]ation(?=[^.;]*\binto\s+existence))/;
const AGE_READS_CLAUSE_RE =
  /^(?:\s*\([^()]{2,50}\))?,\s+(?:(?:which|that)\s+[^,;.()]{3,80},\s+was\b|(?:NATO['\u2019]s|the\s+[Aa]lliance['\u2019]s|its)\s+[^,;.()]{3,40},\s+was\b|(?:also\s+)?(?:known|called)\s+as\s+[^,;.()]{3,40},\s+was\b)/;
function wrongSigning(doc: Doc, m: RegExpExecArray, stated: string): number | null {
  const name = TREATY_NAME_RE.exec(m[0]);
  if (!name) return null;
  const year = Number(stated.slice(-4));
  if (year < 1945 || year > 1955 || /^(?:August 24,? 1949|24 August,? 1949|August 1949)$/.test(stated)) return null;
  if (!/\d{1,2}\D/.test(stated)) return null;
  const gap = m[0].slice(name[0].length, m[0].indexOf('signed'));
  if (!SIGNED_GAP_RE.test(gap.replace(/^\s*\(NATO\)/, '')) || AGE_READS_CLAUSE_RE.test(gap)) return null;
  const before = doc.text.slice(Math.max(0, m.index - 30), m.index);
  // "The Washington Treaty, also known as the North Atlantic Treaty, was signed ...": alliance-age.ts reads it from the first name.
  if (
    /(?:\b(?:[Pp]rotocols?|[Aa]mendments?|[Aa]ccession)\s+(?:to|of)|['\u2019]s|\b(?:known|called)\s+as)\s+(?:the\s+)?$|[Pp]rotocols?\s+$/.test(
      before,
    )
  )
    return null;
  const sentence = doc.sentences.find((x) => x.start <= m.index && m.index < x.end);
  const text = sentence ? doc.text.slice(sentence.start, sentence.end) : m[0];
  if (/^Washington/.test(name[0]) && !/\b(?:NATO|Nato|North\s+Atlantic)\b/.test(text)) return null;
  if (/\b(?:if|would|could|might|whether|not|never|n['\u2019]t|protocols?|accession|acced\w*|join\w*|admit\w*)\b|\?/i.test(text))
    return null;
  return m.index;
}

// ---------------------------------------------------------------------------------------------
// Force figures: the forward battlegroups and the troops at high readiness.

const COUNT_WORD = '(four|4|eight|8)';
// "four robust and multinational battalions", "four multinational battlegroups", "eight battle groups".
const BATTLEGROUPS_RE = new RegExp(
  `\\b${COUNT_WORD}\\s+((?:new|additional|more|further|extra)\\s+)?(?:(?:robust|multinational|NATO|allied|rotational|combat|and|,)\\s*){0,4}(?:battle\\s?groups|battalions)\\b`,
  'gi',
);
// "doubling the number of multinational battlegroups to eight", "doubled its battlegroups to eight".
const DOUBLED_RE =
  /\bdoubl(?:e|es|ed|ing)\s+(?:the\s+number\s+of\s+)?(?:(?:its|NATO['\u2019]s|the|multinational|forward)\s+){0,3}(?:battle\s?groups|battalions)\s+(?:from\s+(?:four|4)\s+)?to\s+(eight|8)\b/gi;
// Where the forward battlegroups are: the eastern flank, by country or as "the three Baltic States".
const FLANK_RE =
  /\b(?:Estonia|Latvia|Lithuania|Poland|Baltic|Bulgaria|Hungary|Romania|Slovakia|eastern flank|eastern part of the Alliance|east(?:ern)? of the alliance|forward presence|Black Sea)\b/i;
// "well over 300,000 troops", "increase their high-readiness forces to \"more than 300,000\"" (the sentence names the readiness).
const HIGH_READINESS_RE =
  /(?:\b(?:more than|over|well over|some|about|around|at least|up to)\s+)?\b(?:300,000|300 000|300000)(?:\s+(?:troops|soldiers|forces|personnel|service members)\b)?/gi;
// "40,000 troops under direct NATO command", "some 40,000 troops under its direct command in Eastern Europe".
const UNDER_COMMAND_RE =
  /(?:\b(?:some|about|around|nearly|over|more than)\s+)?\b40,000\s+(?:troops|soldiers|forces)\s+(?:are\s+)?under\s+(?:the\s+)?(?:direct\s+NATO|its\s+direct|NATO['\u2019]s\s+direct|direct)\s+command\b/gi;
const EXERCISE_TROOPS_RE =
  /(?:\b(?:some|about|around|approximately|nearly|over|more than|up to)\s+)?\b(90,000|40,000)\s+(?:troops|soldiers|personnel|forces|service members)\b/gi;
// "The new battlegroups will join the four that were established in Estonia, ... in 2017".
const JOIN_RE =
  /\bbattle\s?groups\s+(?:will\s+|would\s+)?join(?:s|ed)?\s+the\s+(?:four|4)\b(?:\s+(?:that|which)\s+(?:were|was)\s+(?:established|set up|deployed|created))?/gi;

function forceFigures(doc: Doc): Annotation[] {
  const forces = doc.facts.base.figures.forces ?? [];
  if (!forces.length || !/battle\s?groups?|battalions|[34]00[, ]?000|40,000|Steadfast Defender/i.test(doc.text)) return [];
  const out: Annotation[] = [];
  doc.sentences.forEach((sentence, i) => {
    const text = sentenceText(doc, i);
    if (!/battle\s?groups?|battalions|300[, ]?000|40,000|Steadfast Defender/i.test(text)) return;
    // The sentence and its neighbours: "... doubling the number of multinational battlegroups to eight. There are now 40,000 troops ... in Estonia, Latvia and Lithuania."
    const around = doc.text.slice(doc.sentences[Math.max(0, i - 1)].start, doc.sentences[Math.min(doc.sentences.length - 1, i + 1)].end);
    if (!NATO_NEAR_RE.test(around) && !/\bNATO\b/.test(doc.text)) return;
    const add = (at: number, length: number, judged: Judged | null) => {
      if (!judged) return;
      const start = sentence.start + at;
      out.push({ ...judged, start, end: start + length, quote: doc.text.slice(start, start + length), kind: 'figure' });
    };
    const battlegroups = forces.filter((f) => f.force === 'forward-battlegroups');
    // The eastern flank in the sentence or the one before: battlegroups elsewhere (the EU's) are another thing.
    if (battlegroups.length && FLANK_RE.test(around)) {
      DOUBLED_RE.lastIndex = 0;
      for (let m = DOUBLED_RE.exec(text); m; m = DOUBLED_RE.exec(text))
        add(m.index, m[0].length, judgeForce(doc, battlegroups, 8, text, false, 'battlegroups'));
      JOIN_RE.lastIndex = 0;
      for (let m = JOIN_RE.exec(text); m; m = JOIN_RE.exec(text)) {
        const four = m[0].search(/\b(?:four|4)\b/);
        add(m.index + four, m[0].length - four, judgeForce(doc, battlegroups, 4, text, false, 'battlegroups'));
      }
      BATTLEGROUPS_RE.lastIndex = 0;
      for (let m = BATTLEGROUPS_RE.exec(text); m; m = BATTLEGROUPS_RE.exec(text)) {
        if (out.some((a) => a.start <= sentence.start + m!.index && sentence.start + m!.index < a.end)) continue;
        const added = Boolean(m[2]);
        add(m.index, m[0].length, judgeForce(doc, battlegroups, numberFrom(m[1]), text, added, 'battlegroups'));
      }
      for (const a of battlegroupHosts(doc, battlegroups, sentence, around)) out.push(a);
    }
    const underCommand = forces.filter((f) => f.force === 'troops-under-nato-command');
    if (underCommand.length && /\bcommand\b/i.test(text)) {
      UNDER_COMMAND_RE.lastIndex = 0;
      for (let m = UNDER_COMMAND_RE.exec(text); m; m = UNDER_COMMAND_RE.exec(text))
        add(m.index, m[0].length, judgeForce(doc, underCommand, 40000, text, false, 'troops under direct NATO command'));
    }
    // "Steadfast Defender, NATO’s largest military exercise since the Cold War, involving approximately 90,000 troops".
    const exercise = forces.filter((f) => f.force === 'steadfast-defender-2024-troops');
    if (
      exercise.length &&
      /Steadfast Defender/.test(text) &&
      !/\b(?:20(?:1\d|2[0-25-9]))\b|Steadfast Defender[- ]?(?:20)?(?:21|25)\b/.test(text)
    ) {
      EXERCISE_TROOPS_RE.lastIndex = 0;
      for (let m = EXERCISE_TROOPS_RE.exec(text); m; m = EXERCISE_TROOPS_RE.exec(text))
        add(
          m.index,
          m[0].length,
          judgeForce(doc, exercise, numberFrom(m[1].replace(',', '')), text, false, 'troops in Steadfast Defender 2024'),
        );
    }
    const readiness = forces.filter((f) => f.force === 'high-readiness-troops');
    if (readiness.length && /high[- ]readiness|New Force Model/i.test(text)) {
      HIGH_READINESS_RE.lastIndex = 0;
      for (let m = HIGH_READINESS_RE.exec(text); m; m = HIGH_READINESS_RE.exec(text))
        add(m.index, m[0].length, judgeForce(doc, readiness, 300000, text, false, 'troops at high readiness'));
    }
  });
  return out;
}

// Round 40 (confirmations by volume): where the forward battlegroups are, told by their hosts: "deploy multinational
// battlegroups to the Baltic states and Poland" (held-out 38 rq002, February 2019), "four new NATO battlegroups in Bulgaria,
// Hungary, Romania, and Slovakia" (held-out 33 oa017, the day before the summit that declared them), "NATO's battlegroup in
// Estonia". Confirmed when every country named right after the word (a list joined by commas and "and", or "the Baltic
// states") hosted one on the page's day; with "new", "more" or "additional", the hosts the latest step added (within 30
// days ahead, told as expected). A country that hosted none then says nothing: the EU's battlegroups, a national one or
// a plan are other things. Never a red flag.
const HOSTS_AFTER_RE =
  /^\s*(?:(?:are|is|were|was|have\s+been|has\s+been|being|now)\s+)?(?:(?:stationed|deployed|based|located|set\s+up|established|operating|present)\s+)?(?:in|to|into|across|on)\s+/;
const BALTIC_RE = /^(?:all\s+)?(?:the\s+)?(?:three\s+)?Baltic\s+(?:states|countries|nations|republics)\b/i;
const LIST_SEP_RE = /^(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)/;
const NOT_HOSTED_RE = /\b(?:not|no|never|n['\u2019]t|without|nor|if|whether|should|could|might|would|EU|European\s+Union)\b|\?/i;
function battlegroupHosts(
  doc: Doc,
  figures: readonly ForceFigure[],
  sentence: { start: number; end: number },
  around: string,
): Annotation[] {
  const out: Annotation[] = [];
  const text = doc.text.slice(sentence.start, sentence.end);
  if (NOT_HOSTED_RE.test(text)) return out;
  for (const m of text.matchAll(/\bbattle\s?groups?\b/gi)) {
    let at = sentence.start + m.index + m[0].length;
    const lead = HOSTS_AFTER_RE.exec(doc.text.slice(at, Math.min(sentence.end, at + 60)));
    if (!lead) continue;
    at += lead[0].length;
    const named = new Set<string>();
    const countries = namesIn(doc, { start: at, end: Math.min(sentence.end, at + 160) }).map((n) => ({
      start: n.start,
      end: n.end,
      id: n.country.id,
    }));
    let end = at;
    for (;;) {
      const rest = doc.text.slice(end, sentence.end);
      const baltic = BALTIC_RE.exec(rest);
      const country = baltic ? null : countries.find((c) => c.start === end || (c.start === end + 4 && /^the\s/i.test(rest)));
      if (baltic) {
        for (const id of ['est', 'lva', 'ltu']) named.add(id);
        end += baltic[0].length;
      } else if (country) {
        named.add(country.id);
        end = country.end;
      } else break;
      const sep = LIST_SEP_RE.exec(doc.text.slice(end, sentence.end));
      const after = sep ? doc.text.slice(end + sep[0].length, sentence.end) : '';
      if (
        !sep ||
        !(
          BALTIC_RE.test(after) ||
          countries.some((c) => c.start === end + sep[0].length || (c.start === end + sep[0].length + 4 && /^the\s/i.test(after)))
        )
      )
        break;
      end += sep[0].length;
    }
    if (!named.size) continue;
    const head = doc.text.slice(Math.max(sentence.start, sentence.start + m.index - 40), sentence.start + m.index);
    const added = /\b(?:new|additional|more|further|extra)\s+(?:(?:NATO|multinational|allied|combat)\s+)*$/i.test(head);
    const day = doc.asOf;
    const inForce = figures.findIndex((f) => f.from <= day && (!f.until || f.until > day));
    let f: ForceFigure | undefined;
    let hosts: string[] = [];
    if (added) {
      // The latest step by the day, or one within 30 days ahead told as expected.
      const k =
        figures.findIndex((x, i) => i > 0 && x.from <= day && daysBetween(x.from, day) <= 400) >= 0
          ? figures.findIndex((x, i) => i > 0 && x.from <= day && daysBetween(x.from, day) <= 400)
          : figures.findIndex((x, i) => i > 0 && x.from > day && daysBetween(x.from, day) <= 30 && EXPECTED_RE.test(around));
      if (k > 0) {
        f = figures[k];
        const before = new Set(figures[k - 1].hosts ?? []);
        hosts = (f.hosts ?? []).filter((h) => !before.has(h));
      }
    } else if (inForce >= 0) {
      f = figures[inForce];
      hosts = f.hosts ?? [];
    }
    if (!f || !hosts.length || f.confidence !== 'verified' || [...named].some((id) => !hosts.includes(id))) continue;
    // A count told with them must be the record's ("NATO has four multinational battlegroups in Estonia, Latvia, Lithuania
    // and Poland" in 2023: the count is stale, so the list says nothing either).
    const counted =
      /\b(one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:(?:new|additional|more|further|extra|NATO|multinational|allied|combat|robust|rotational|and|,)\s*)*$/i.exec(
        head,
      );
    if (counted && numberFrom(counted[1]) !== (added ? hosts.length : f.count)) continue;
    const names = hosts.map((id) => doc.facts.jurisdictions.get(id)?.name ?? id);
    const list = `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
    const message = added
      ? `On record: the battlegroups added on ${formatDay(f.from)} are in ${list}.`
      : `On record: NATO's forward battlegroups were in ${list} on ${formatDay(day)}.`;
    const start = sentence.start + m.index;
    out.push({
      start,
      end,
      quote: doc.text.slice(start, end),
      verdict: 'supported',
      kind: 'figure',
      factIds: [f.id],
      message,
      fact: `${f.summary} (from ${formatDay(f.from)}${f.until ? ` to ${formatDay(f.until)}` : ''})`,
      sources: sourcesOf(f),
    });
  }
  return out;
}

/**
 * A count of a force: the figure in force on the article's day (or on a year the sentence names),
 * or one decided within weeks after it and told as expected. "four new battlegroups" after March
 * 2022 is the step from four to eight. Anything else is told, never flagged.
 */
function judgeForce(
  doc: Doc,
  figures: readonly ForceFigure[],
  count: number,
  sentence: string,
  added: boolean,
  what: string,
): Judged | null {
  if (!Number.isFinite(count)) return null;
  const day = doc.asOf;
  const inForce = (f: ForceFigure, d: string) => f.from <= d && (!f.until || f.until > d);
  const current = figures.find((f) => inForce(f, day));
  const describe = (f: ForceFigure) => `${f.summary} (from ${formatDay(f.from)}${f.until ? ` to ${formatDay(f.until)}` : ''})`;
  const on = (f: ForceFigure, message: string, verdict: Annotation['verdict'] = 'supported'): Judged => ({
    verdict: f.confidence === 'verified' ? verdict : 'context',
    message,
    fact: describe(f),
    factIds: [f.id],
    sources: sourcesOf(f),
  });
  if (added) {
    // "four new battlegroups in Bulgaria, Hungary, Romania and Slovakia": the March 2022 step.
    const step = figures.find((f, i) => i > 0 && f.count - figures[i - 1].count === count && (inForce(f, day) || f.from <= day));
    if (step && daysBetween(step.from, day) <= 400 && step.from <= day)
      return on(step, `On record: ${count} more ${what} from ${formatDay(step.from)}, ${step.count} in all.`);
    return null;
  }
  if (current && current.count === count) {
    // A deployed strength drifts: past the last day a source states it, only told.
    if (current.statedThrough && day > current.statedThrough)
      return on(
        current,
        `NATO stated ${count} ${what} up to ${formatDay(current.statedThrough)}; later counts are not on record.`,
        'context',
      );
    return on(current, `On record: ${count} ${what} on ${formatDay(day)}.`);
  }
  // "Allies will agree to deploy four ... battalions" the day before Warsaw.
  const next = figures.find((f) => f.from > day && daysBetween(f.from, day) <= 60 && f.count === count);
  if (next && EXPECTED_RE.test(sentence)) return on(next, `As expected, ${count} ${what} were agreed on ${formatDay(next.from)}.`);
  // A year the sentence tells of: "In 2017, NATO deployed four battalions ...".
  for (const y of sentence.matchAll(/\b(?:19|20)\d{2}\b/g)) {
    const told = figures.find((f) => f.count === count && inForce(f, `${y[0]}-12-31`));
    if (told && `${y[0]}` <= day.slice(0, 4)) return on(told, `In ${y[0]}: ${count} ${what}.`);
  }
  if (current) return on(current, `NATO's figure on ${formatDay(day)}: ${current.count} ${what}.`, 'context');
  return null;
}

// ---------------------------------------------------------------------------------------------
// One ally's own plan: "the UK announced ..., hitting 2.5 per cent from April 2027 and rising to 3
// per cent in the next parliament". Confirmed when the sentence (or the one before) names the
// country and the sentence says when, as announced; never judged against NATO's target, never red.

// A decimal comma is a decimal point ("3,5%"), never "5%" (figure.ts reads it so too).
const PLAN_PERCENT_RE = /\b(\d(?:\.\d|,\d(?!\d))?)(?:\s*%|[\s-]?percent\b|[\s-]?per[\s-]cent\b)/gi;

function nationalPlans(doc: Doc): Annotation[] {
  const plans = doc.facts.base.figures.nationalPlans ?? [];
  if (!plans.length || !/%|per\s?cent/i.test(doc.text)) return [];
  // Only a page that names a country with a plan on record goes further.
  const withPlans = new Set(plans.map((p) => p.jurisdiction));
  if (!doc.matches.some((m) => m.values.some((v) => v.type === 'qualifier' && withPlans.has(v.jurisdiction)))) return [];
  const out: Annotation[] = [];
  doc.sentences.forEach((sentence, i) => {
    const text = sentenceText(doc, i);
    if (!/%|per\s?cent/i.test(text) || !/\b20\d{2}\b|next parliament/i.test(text)) return;
    const from = doc.sentences[Math.max(0, i - 1)].start;
    // "Berlin pledged to meet the 5% target by 2029": NATO's target named stands for defence too.
    if (!/\bdefen[cs]e\b|\bmilitary\b|\b(?:target|goal|benchmark|quota)\b/i.test(doc.text.slice(from, sentence.end))) return;
    const named = countriesNamed(doc, from, sentence.end);
    // No country named, but one of its officials in office on the day: "According to Finance Minister Klingbeil, spending
    // will gradually increase each year until it reaches the 3.5% NATO quota in 2029" (held-out 15 tb111). Confirm only.
    const byOfficial = named.size ? new Set<string>() : officialsCountries(doc, from, sentence.end);
    const mine = plans.filter((p) => (named.has(p.jurisdiction) || byOfficial.has(p.jurisdiction)) && p.announced <= doc.asOf);
    if (!mine.length) return;
    PLAN_PERCENT_RE.lastIndex = 0;
    for (let m = PLAN_PERCENT_RE.exec(text); m; m = PLAN_PERCENT_RE.exec(text)) {
      const value = Number(m[1].replace(',', '.'));
      // The time said right after the figure: "from April 2027", "by 2027", "in the next parliament".
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      const plan = mine.find((p) => p.percent === value && whenFits(p, after));
      if (!plan) {
        // Only one ally named in the sentence: "Germany and France pledged ..." may be either's. (An official alone never
        // makes a plan wrong.) The pledger stands before the figure: a country named after it ("..., while Macron has
        // backed the benchmark and pointed to the long-term threat from Russia", held-out 19 xb110) is another clause's.
        const beforeFigure = countriesNamed(doc, sentence.start, sentence.start + m.index);
        const inSentence = beforeFigure.size ? beforeFigure : countriesNamed(doc, sentence.start, sentence.end);
        const own = inSentence.size === 1 ? mine.filter((p) => inSentence.has(p.jurisdiction)) : [];
        const wrong = own.length
          ? (planContradicted(doc, own, value, text.slice(0, m.index), after) ??
            planTooEarly(doc, own, value, text.slice(0, m.index), after))
          : null;
        if (wrong) {
          const start = sentence.start + m.index;
          const end = start + m[0].length + wrong.end;
          out.push({ ...wrong.judged, start, end, quote: doc.text.slice(start, end), kind: 'figure' });
        }
        continue;
      }
      const start = sentence.start + m.index;
      const end = start + m[0].length + (/^[^,;.]*?(?:\b20\d{2}\b|next parliament)/i.exec(after)?.[0].length ?? 0);
      out.push({
        start,
        end,
        quote: doc.text.slice(start, end),
        kind: 'figure',
        verdict: plan.confidence === 'verified' ? 'supported' : 'context',
        message: `A national plan, not NATO's target: ${plan.summary}`,
        fact: `${plan.summary} (announced ${formatDay(plan.announced)})`,
        factIds: [plan.id],
        sources: sourcesOf(plan),
      });
    }
  });
  return out;
}

/**
 * The countries whose officials the span names by full name, or by a surname after a title of their office ("Finance
 * Minister Klingbeil"), in office on the page's day. Only one country, or none.
 */
function officialsCountries(doc: Doc, from: number, to: number): Set<string> {
  const out = new Set<string>();
  for (const m of matchesIn(doc, { start: from, end: to }, 'person')) {
    const ids = new Set(m.values.filter((v) => v.type === 'person').map((v) => v.id));
    if (ids.size !== 1) continue;
    const [id] = ids;
    const full = m.values.some((v) => v.type === 'person' && v.full);
    if (!full && !/\b(?:[Mm]inister|[Cc]hancellor|[Pp]resident|[Ss]ecretary)\s+$/.test(doc.text.slice(Math.max(0, m.start - 30), m.start)))
      continue;
    for (const office of doc.facts.officesByPerson.get(id) ?? []) {
      if (doc.facts.jurisdictions.get(office.jurisdiction)?.kind !== 'country') continue;
      if (tenuresOf(id, office).some((t) => onDay(t, doc.asOf) === 'in')) out.add(office.jurisdiction);
    }
  }
  return out.size === 1 ? out : new Set();
}

// One ally said to pledge NATO's figure by a year: "Berlin pledged to meet the 5% target by 2029" (June 2025: Germany's
// plan was 3.5% by 2029, and NATO's 5% is due by 2035), "Germany will reach the 5 percent goal by 2029".
const ALLY_PLEDGES_RE =
  /\b(?:pledged|pledges|pledging|vowed|vows|promised|promises|committed|commits|plans|planned|planning|aims|aimed|intends|intended|will|would|wants|is\s+set|is\s+going|has\s+pledged|has\s+committed)\s+(?:to\s+)?(?:meet|reach|hit|achieve|attain|fulfil|fulfill|spend|comply\s+with)\s+(?:the\s+|NATO['\u2019]s\s+|the\s+alliance['\u2019]s\s+|its\s+)?(?:new\s+)?$/i;
const BY_YEAR_AFTER_PLAN_RE =
  /^(?:\s+of\s+(?:its\s+)?(?:GDP|gross domestic product))?(?:\s+(?:(?:defen[cs]e|military|spending|NATO)\s+){0,2}(?:target|goal|benchmark|threshold|commitment|pledge|level))?\s+by\s+(20\d{2})\b/i;

/**
 * NATO's figure said to be one ally's pledge by a year for which the ally's plan on record gives another figure, when
 * that year is not NATO's deadline for the figure either: contradicted, on both records. One ally named in the sentence
 * in the sentence; a figure the ally has no plan for is left alone when the year is NATO's own (or no plan names the
 * year: the ally may have said it since).
 */
function planContradicted(
  doc: Doc,
  mine: readonly NationalSpendingPlan[],
  value: number,
  before: string,
  after: string,
): { judged: Judged; end: number } | null {
  if (!ALLY_PLEDGES_RE.test(before)) return null;
  const by = BY_YEAR_AFTER_PLAN_RE.exec(after);
  if (!by) return null;
  const year = by[1];
  if (mine.some((p) => p.percent === value)) return null;
  const plan = mine.find((p) => p.by === year && p.confidence === 'verified');
  const nato = doc.facts.base.figures.spendingTargets.find(
    (t) => t.byYear && (t.percent === value || t.components?.some((c) => c.percent === value)) && t.adopted <= doc.asOf,
  );
  if (!plan || !nato || String(nato.byYear) === year) return null;
  return {
    judged: {
      verdict: isConfident(plan) && isConfident(nato) && doc.dateCertain ? 'contradicted' : 'context',
      message: `Not on record: the plan for ${year} was ${plan.percent}% of GDP (${plan.summary}); NATO's ${nato.percent}% target is due by ${nato.byYear}.`,
      fact: `${plan.summary} (announced ${formatDay(plan.announced)}). ${nato.summary} (adopted ${formatDay(nato.adopted)})`,
      factIds: [plan.id, nato.id],
      sources: sourcesOf(plan, nato),
    },
    end: by[0].length,
  };
}

// One ally's plan told with its figure and an earlier year than the plan's: "Merz has committed to increasing German defense
// expenditure to 3.5% of GDP by 2026" (thedailyguardian.com, August 2025, held-out 15 tb110: the plan reaches 3.5% in 2029).
// A raise to the figure ("increasing ... to", "raise ... to", "committed to", "reach") by a year after the plan was announced
// and before the plan's own year, of the one ally named in the sentence, when no plan of that ally gives that year.
const RAISE_TO_RE =
  /\b(?:rais\w*|increas\w*|boost\w*|lift\w*|hik\w*|ramp\w*(?:\s+up)?|bring\w*|grow\w*|commit\w*|pledg\w*|reach\w*|hit\w*)\b[^.;%]{0,60}?\bto\s+$/i;
const BY_YEAR_RE = new RegExp(
  String.raw`^${String.raw`(?:\s+of\s+(?:the\s+|its\s+|their\s+|national\s+)?(?:GDP|gross\s+domestic\s+product(?:\s*\(GDP\))?|economic\s+output))?`}\s+by\s+(?:the\s+end\s+of\s+)?(20\d{2})\b`,
  'i',
);

function planTooEarly(
  doc: Doc,
  mine: readonly NationalSpendingPlan[],
  value: number,
  before: string,
  after: string,
): { judged: Judged; end: number } | null {
  if (!RAISE_TO_RE.test(before) || HYPOTHETICAL_PLAN_RE.test(before)) return null;
  const by = BY_YEAR_RE.exec(after);
  if (!by) return null;
  const year = by[1];
  const plan = mine.find((p) => p.percent === value && /^\d{4}$/.test(p.by) && p.confidence === 'verified');
  if (!plan || mine.some((p) => p.by === year)) return null;
  if (!(year < plan.by && year >= plan.announced.slice(0, 4))) return null;
  return {
    judged: {
      verdict: isConfident(plan) && doc.dateCertain ? 'contradicted' : 'context',
      message: `Not on record: the plan reaches ${plan.percent}% of GDP only in ${plan.by}, not by ${year} (${plan.summary}).`,
      fact: `${plan.summary} (announced ${formatDay(plan.announced)})`,
      factIds: [plan.id],
      sources: sourcesOf(plan),
    },
    end: by[0].length,
  };
}
const HYPOTHETICAL_PLAN_RE = /\b(?:if|unless|whether|could|might|would\s+have|proposed|proposal|calls?\s+for|urged?|demand\w*|wants?)\b/i;

// "3.5% target by 2029", "3.5 percent defense spending target by 2029": the figure's own noun may come before its time.
const PLAN_NOUN = String.raw`(?:\s+(?:(?:defen[cs]e|military|spending|NATO)\s+){0,2}(?:target|goal|benchmark|threshold|level|quota))?`;

// "to 2.5% of the GDP by 2027" (newsminimalist.com, March 2025, of the UK's plan): the share named before the time.
// "to 3.5% of gross domestic product (GDP) by 2029" (held-out 15 tb111): the acronym may follow the words.
const OF_GDP = String.raw`(?:\s+of\s+(?:the\s+|its\s+|their\s+|national\s+)?(?:GDP|gross\s+domestic\s+product(?:\s*\(GDP\))?|economic\s+output|national\s+income))?`;

function whenFits(plan: NationalSpendingPlan, after: string): boolean {
  if (/^\d{4}$/.test(plan.by)) return new RegExp(`^${OF_GDP}${PLAN_NOUN}\\s+(?:from|by|in)\\s+(?:\\w+\\s+)?${plan.by}\\b`, 'i').test(after);
  return new RegExp(`^\\s+(?:in|during|by)\\s+${plan.by.replace(/\s+/g, '\\s+')}\\b`, 'i').test(after);
}

// ---------------------------------------------------------------------------------------------
// The Defence Investment Pledge, tied to where or when it was made: "the Defence Investment Pledge
// agreed at the Wales Summit", "the 2014 Defence Investment Pledge", "the Wales Defence Investment
// Pledge". Right: supported. Another summit or year: the record is told (the pledge was reaffirmed
// at later summits, so "reaffirmed in Brussels" is no error), never flagged.

const PLEDGE_RE =
  /\b(?:(Wales|Newport|20\d{2})(?:\s+[Ss]ummit)?(?:['\u2019]s)?\s+)?Defen[cs]e\s+Investment\s+Pledge\b(?:\s*\(DIP\))?(?:,?\s+(?:which\s+was\s+|that\s+was\s+)?(?:agreed|adopted|made|set|launched|endorsed)\s+(?:at|in|by)\s+(?:the\s+)?(?:NATO\s+)?(?:(20\d{2})\s+)?([A-Z]\w+|20\d{2})(?:\s+[Ss]ummit)?(?:\s+in\s+(20\d{2}))?)?/g;

const PLEDGE_LEAD_RE =
  /\b[Aa]t\s+the\s+(?:(20\d{2})\s+)?(?:NATO\s+)?([A-Z]\w+)\s+[Ss]ummit(?:\s+in\s+(20\d{2}))?\b[^.;]{0,120}?\b(?:agreed|adopted|made|launched|endorsed)\s+(?:a|the|their)\s+$/;

// Round 33: the pledge told as renewed or new, with no summit: "Finland supports the renewed Defence Investment Pledge"
// (Finland's defence minister at Vilnius, 11 July 2023, held-out 31 qa018), "agree a more ambitious defence investment
// pledge", "a new defence investment pledge" (The Hague's 5%, June 2025). "Renewed" is Vilnius's (the only renewal); "new",
// "updated" or "more ambitious" the latest pledge adopted by the page's day, within two years of it. Confirm-only.
const RENEWED_PLEDGE_RE =
  /\b(renewed|updated|revised|new|more\s+ambitious)\s+(?:NATO\s+)?(?:defen[cs]e\s+)?investment\s+pledge\b(?:\s*\(DIP\))?/gi;
const NEW_PLEDGE_DAYS = 730;

function renewedPledge(doc: Doc, wales: SpendingTarget, taken: readonly Annotation[]): Annotation[] {
  const targets = doc.facts.base.figures.spendingTargets;
  const vilnius = targets.find((t) => t.adoptedAt === 'nato-summit-2023-vilnius');
  const hague = targets.find((t) => t.adoptedAt === 'nato-summit-2025-the-hague');
  const out: Annotation[] = [];
  RENEWED_PLEDGE_RE.lastIndex = 0;
  for (let m = RENEWED_PLEDGE_RE.exec(doc.text); m; m = RENEWED_PLEDGE_RE.exec(doc.text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some((a) => a.start < end && start < a.end)) continue;
    const latest = [hague, vilnius].find((t) => t && t.adopted <= doc.asOf && t.adopted > wales.adopted);
    const pledge = /^renewed$/i.test(m[1]) ? (vilnius && vilnius.adopted <= doc.asOf ? vilnius : undefined) : latest;
    if (!pledge || pledge.confidence !== 'verified') continue;
    if (!/^renewed$/i.test(m[1]) && daysBetween(pledge.adopted, doc.asOf) > NEW_PLEDGE_DAYS) continue;
    const place = pledge === vilnius ? 'Vilnius' : 'The Hague';
    out.push({
      start,
      end,
      quote: m[0],
      kind: 'figure',
      verdict: 'supported',
      message: `On record: allies agreed ${pledge === vilnius ? 'a renewed Defence Investment Pledge (at least 2% of GDP a year)' : `a new pledge of ${pledge.percent}% of GDP by ${pledge.byYear}`} at ${place} on ${formatDay(pledge.adopted)}.`,
      fact: `${pledge.summary} (adopted ${formatDay(pledge.adopted)})`,
      factIds: [pledge.id],
      sources: sourcesOf(pledge),
    });
  }
  return out;
}

function investmentPledge(doc: Doc): Annotation[] {
  if (!/investment\s+pledge/i.test(doc.text)) return [];
  // Wales made the pledge in 2014; Vilnius renewed it in 2023 as an enduring floor of 2% ("the
  // Defence Investment Pledge agreed in Vilnius in 2023", NATO's Washington declaration, 2024).
  const targets = doc.facts.base.figures.spendingTargets;
  const wales = targets.find((t) => t.adoptedAt === 'nato-summit-2014-wales');
  const vilnius = targets.find((t) => t.adoptedAt === 'nato-summit-2023-vilnius');
  if (!wales || wales.adopted > doc.asOf) return [];
  const out: Annotation[] = [];
  PLEDGE_RE.lastIndex = 0;
  for (let m = PLEDGE_RE.exec(doc.text); m; m = PLEDGE_RE.exec(doc.text)) {
    const said = [m[1], m[2], m[3], m[4]].filter(Boolean) as string[];
    // "At the Wales Summit in 2014, ... NATO Leaders agreed a Defence Investment Pledge": the summit leads.
    const lead = PLEDGE_LEAD_RE.exec(
      doc.text
        .slice(Math.max(0, m.index - 200), m.index)
        .split(/[.!?]\s/)
        .pop() ?? '',
    );
    if (lead) said.push(...([lead[1], lead[2], lead[3]].filter(Boolean) as string[]));
    if (!said.length) continue;
    const atWales = said.every((w) => /^(?:Wales|Newport|2014|Celtic)$/.test(w));
    const atVilnius = vilnius && vilnius.adopted <= doc.asOf && said.every((w) => /^(?:Vilnius|2023)$/.test(w));
    const pledge = atVilnius ? vilnius : wales;
    const right = atWales || atVilnius;
    const start = m.index;
    const end = m.index + m[0].length;
    out.push({
      start,
      end,
      quote: m[0],
      kind: 'figure',
      verdict: right && pledge.confidence === 'verified' ? 'supported' : 'context',
      message: atVilnius
        ? `On record: the Defence Investment Pledge was renewed at Vilnius on ${formatDay(pledge.adopted)}.`
        : right
          ? `On record: the Defence Investment Pledge was made at the Wales summit on ${formatDay(pledge.adopted)}.`
          : `The Defence Investment Pledge was made at the Wales summit on ${formatDay(wales.adopted)}${vilnius && vilnius.adopted <= doc.asOf ? ` and renewed at Vilnius on ${formatDay(vilnius.adopted)}` : ''}.`,
      fact: `${pledge.summary} (adopted ${formatDay(pledge.adopted)})`,
      factIds: [pledge.id],
      sources: sourcesOf(pledge),
    });
  }
  return [...out, ...renewedPledge(doc, wales, out)];
}

// ---------------------------------------------------------------------------------------------
// NATO's target said to be a share of GNP: "All NATO member countries must also contribute to the
// military capabilities of the alliance ... Currently 2% of GNP." (blog, April 2024). The guideline
// (2006), the Wales pledge (2014) and The Hague's target (2025) are all shares of GDP. Red only when
// the figure is the target in force and the text says it is what NATO asks: NATO, the allies or
// the alliance with a word of obligation in the sentence before the figure, or a verbless line
// after a sentence that says what NATO's members must do. What one ally spends, an average or an
// estimate ("NATO allies spent 2% of GNP") says nothing of the target and is left alone.

// Round 38: "2pc" too ("spending at least 2pc of gross national product on defense by 2024", held-out 36 qu002, AP in a
// British style, June 2020).
const GNP_RE = new RegExp(
  `\\b(\\d+(?:\\.\\d+)?|two|five)(?:\\s*%|[\\s-]?percent\\b|[\\s-]?per[\\s-]cent\\b|pc\\b)\\s+of\\s+${GNP_OWNER}(?:GNP|gross\\s+national\\s+product)\\b`,
  'gi',
);
const OBLIGED_RE =
  /\b(?:must|required?|requires|obliged|obligat\w*|supposed\s+to|target|guideline|goal|benchmark|pledg\w*|commit\w*|agreed|asks|expects)\b/i;
const GOAL_FOR_MEMBERS_RE =
  /\b(?:goal|target|guideline|pledge|commitment|benchmark)\b[^.;]{0,60}?\bfor\s+(?:all\s+|each\s+of\s+the\s+)?(?:NATO\s+)?(?:members|allies|member\s+(?:states|countries|nations))\s+to\b[^.;]*$/i;
const ALLIANCE_WORD_RE = /\b(?:NATO|Nato|[Aa]llies|[Aa]lliance|member\s+(?:states|countries|nations))\b/;
// A wire dateline opening the sentence: "STUTTGART, Germany — ", "BRUSSELS (AP) — ".
const PLACE_DATELINE_RE = /^\W*[A-Z][A-Z .'\u2019-]{2,}(?:,\s+[A-Z][\w .]{1,30}?)?\s*(?:\([A-Za-z ]{1,20}\)\s*)?[\u2014\u2013-]{1,2}\s+/;
const NATO_NAMED_RE = /\b(?:NATO|Nato|North\s+Atlantic\s+Treaty\s+Organi[sz]ation)\b/;

function ofGnp(doc: Doc): Annotation[] {
  const t = doc.text;
  if (!t.includes('GNP') && !t.includes('ational product') && !t.includes('ational Product')) return [];
  const horizon = pastHorizon(doc.facts, doc.asOf);
  const day = horizon ?? doc.asOf;
  const inForce = doc.facts.base.figures.spendingTargets.filter((t) => inForceOn(t, day) && t.confidence === 'verified');
  if (!inForce.length) return [];
  const out: Annotation[] = [];
  doc.sentences.forEach((sentence, i) => {
    const text = sentenceText(doc, i);
    if (!text.includes('GNP') && !/national product/i.test(text)) return;
    GNP_RE.lastIndex = 0;
    for (let m = GNP_RE.exec(text); m; m = GNP_RE.exec(text)) {
      const value = /^two$/i.test(m[1]) ? 2 : /^five$/i.test(m[1]) ? 5 : Number(m[1]);
      const target = inForce.find((t) => t.percent === value);
      if (!target) continue;
      const start = sentence.start + m.index;
      const before = text.slice(0, m.index);
      // "Germany ... by not meeting a goal set in 2014 for members to ... spend at least 2% of gross national product"
      // (AP, June 2020): a country named before the alliance's goal, which the figure belongs to.
      // Round 33: not the place of a dateline ("STUTTGART, Germany — Defense Secretary Mark Esper will work with NATO leaders
      // to urge increased financial commitments for allied members, beyond the current 2% of a nation's gross national
      // product", held-out 31 qb005).
      const dateline = PLACE_DATELINE_RE.exec(text)?.[0].length ?? 0;
      if (countriesNamed(doc, sentence.start + dateline, start).size > 0 && !GOAL_FOR_MEMBERS_RE.test(before)) continue;
      const previous = i > 0 ? sentenceText(doc, i - 1) : '';
      // Round 33: "not meeting a 2014 goal for members to move towards spending at least 2% of gross national product on
      // defence by 2024" (AP, June 2020, held-out 31 qb004; NATO named two sentences before): a goal for members set in
      // 2014 or at Wales is the Wales pledge whether or not the sentence names NATO, on a page that names it.
      const walesGoal = GOAL_FOR_MEMBERS_RE.test(before) && /\b(?:2014|Wales)\b/.test(before) && NATO_NAMED_RE.test(doc.text);
      const asked =
        walesGoal ||
        (ALLIANCE_WORD_RE.test(before) && OBLIGED_RE.test(before)) ||
        (/^\W*(?:\w+\W+){0,2}$/.test(before) && ALLIANCE_WORD_RE.test(previous) && OBLIGED_RE.test(previous));
      if (!asked) continue;
      const judged: Judged = {
        verdict: isConfident(target) && doc.dateCertain ? 'contradicted' : 'context',
        message: `NATO's target is a share of GDP (gross domestic product), not of GNP: ${value}% of GDP on ${formatDay(day)}.`,
        fact: `${target.summary} (adopted ${formatDay(target.adopted)})`,
        factIds: [target.id],
        sources: sourcesOf(target),
      };
      const ann = horizon ? asOfHorizon(judged, horizon) : judged;
      out.push({ ...ann, start, end: start + m[0].length, quote: m[0], kind: 'figure' });
    }
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// A spending goal told by the year it was set, with no figure: "by not meeting a goal set in 2014 for members to halt
// budget cuts" (AP, June 2020), "the commitment made in 2014" (the Wales pledge), "the guideline agreed in 2006". A year
// in which NATO set a target confirms it; any other year is left alone (accounts differ on when 2% was first agreed:
// Prague, 2002, or the defence ministers, 2006), never flagged.

// "a goal set by all NATO members in 2014" (The Age, June 2020): the alliance as the one that set it, before the year.
const GOAL_SET_RE =
  /\b(?:a|the|its|their|NATO['\u2019]s|this|that)\s+(?:(?:defen[cs]e|military)\s+)?(?:spending\s+|investment\s+)?(?:goal|target|pledge|commitment|guideline|benchmark)\s+(?:(?:that|which)\s+was\s+|was\s+)?(?:first\s+)?(?:set|agreed(?:\s+upon)?|made|adopted|established)\s+(?:by\s+(?:all\s+(?:the\s+)?|the\s+)?(?:NATO\s+|alliance\s+)?(?:members|allies|leaders|member\s+(?:states|countries|nations)|NATO|the\s+alliance)\s+)?(?:back\s+)?in\s+((?:19|20)\d{2})\b/gi;
// The alliance, the year, then the goal: "NATO in 2014 set a target for members to spend two percent of their gross
// domestic product on defence" (AFP, February 2024), "allies in 2014 agreed a pledge to".
const YEAR_THEN_GOAL_RE =
  /\b(?:NATO|the\s+alliance|(?:NATO\s+)?(?:allies|members|leaders))\s+in\s+((?:19|20)\d{2})\s+(?:set|agreed|adopted|made)\s+(?:a|the|its|their)\s+(?:(?:defen[cs]e|military)\s+)?(?:spending\s+|investment\s+)?(?:goal|target|pledge|commitment|guideline|benchmark)\b/gi;
// What the goal asked, up to its deadline, right after it: "in 2014 to spend at least 2 per cent of gross national product
// on defence by 2024", "in 2014 for members to halt budget cuts and move toward spending at least 2% ... by 2024". The
// deadline in the figure's own clause: "..., and now plans to spend 2% by 2029" is another plan.
const GOAL_DEADLINE_AFTER_RE =
  /^\s+(?:for\s+(?:\w+\s+){1,3})?to\s+(?:[^.;]{0,80}?\b)?(?:spend|spending|invest|investing|allocate|allocating)\s+(?:at\s+least\s+|a\s+minimum\s+of\s+)?(\d+(?:\.\d+)?|two)(?:\s*%|[\s-]?percent\b|[\s-]?per[\s-]cent\b)(?:(?!\s+(?:and|but|while|now)\b)[^.;,]){0,80}?\bby\s+(20\d{2})\b/i;
const SPENDING_WORD_RE = /\b(?:spend\w*|budgets?|GDP|gross\s+domestic\s+product|expenditures?|Investment\s+Pledge)\b/i;
const DEFENCE_WORD_RE = /\b(?:defen[cs]e|military|armed\s+forces)\b/i;

function goalSetIn(doc: Doc): Annotation[] {
  const targets = doc.facts.base.figures.spendingTargets;
  const out: Annotation[] = [];
  doc.sentences.forEach((sentence, i) => {
    const text = sentenceText(doc, i);
    if (!text.includes(' in 20') && !text.includes(' in 19')) return;
    const previous = i > 0 ? sentenceText(doc, i - 1) : '';
    // About the alliance's defence spending: "an EU goal set in 2020 for defence budgets" is not NATO's.
    if (!SPENDING_WORD_RE.test(text) || !DEFENCE_WORD_RE.test(text + previous) || !NATO_NEAR_RE.test(text + previous)) return;
    if (/\b(?:EU|European Union)\b/.test(text) && !/\bNATO\b/.test(text)) return;
    const found = [
      ...text.matchAll(GOAL_SET_RE),
      ...(text.includes(' set ') || text.includes(' agreed ') ? text.matchAll(YEAR_THEN_GOAL_RE) : []),
    ];
    for (const m of found) {
      const t = targets.find((s) => s.adopted.slice(0, 4) === m[1] && s.adopted <= doc.asOf);
      // "the Defence Investment Pledge was made in 2016": the pledge has one name and one summit (Wales, 2014).
      const pledge = !t && /Investment\s+Pledge/i.test(m[0]) ? targets.find((s) => s.adoptedAt === 'nato-summit-2014-wales') : undefined;
      if (pledge && pledge.adopted <= doc.asOf) {
        const start = sentence.start + m.index!;
        out.push({
          start,
          end: start + m[0].length,
          quote: m[0],
          kind: 'figure',
          verdict: isConfident(pledge) && doc.dateCertain ? 'contradicted' : 'context',
          message: `The Defence Investment Pledge was made at the Wales summit in ${pledge.adopted.slice(0, 4)}, not in ${m[1]}.`,
          fact: `${pledge.summary} (adopted ${formatDay(pledge.adopted)})`,
          // What a summit set and when is fixed: not re-judged as of the year the passage tells of.
          factIds: [pledge.id, TARGET_YEARS_FACT],
          sources: sourcesOf(pledge),
        });
        continue;
      }
      if (!t) continue;
      const start = sentence.start + m.index!;
      const end = start + m[0].length;
      // The deadline of the goal of that year, told with its figure: two years or more off is contradicted (accounts of
      // "within a decade" differ by one).
      const asked = t.byYear ? GOAL_DEADLINE_AFTER_RE.exec(text.slice(m.index! + m[0].length)) : null;
      const askedValue = asked ? (/^two$/i.test(asked[1]) ? 2 : Number(asked[1])) : undefined;
      if (asked && askedValue === t.percent && Math.abs(Number(asked[2]) - t.byYear!) >= 1) {
        const wrongEnd = end + asked[0].length;
        out.push({
          start,
          end: wrongEnd,
          quote: doc.text.slice(start, wrongEnd),
          kind: 'figure',
          verdict: Math.abs(Number(asked[2]) - t.byYear!) >= 2 && isConfident(t) && doc.dateCertain ? 'contradicted' : 'context',
          message: `The ${t.percent}% goal NATO set in ${m[1]} was to be met by ${t.byYear}, not ${asked[2]}.`,
          fact: `${t.summary} (adopted ${formatDay(t.adopted)})`,
          factIds: [t.id, TARGET_YEARS_FACT],
          sources: sourcesOf(t),
        });
        continue;
      }
      out.push({
        start,
        end,
        quote: m[0],
        kind: 'figure',
        verdict: t.confidence === 'verified' ? 'supported' : 'context',
        message: `On record: NATO set a spending ${t.percent === 2 && !t.byYear ? 'guideline' : 'target'} in ${m[1]}.`,
        fact: `${t.summary} (adopted ${formatDay(t.adopted)})`,
        factIds: [t.id],
        sources: sourcesOf(t),
      });
    }
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Round 33: the 2% named as the goal in force since the year it was set, "spend two percent of their gross domestic
// product (GDP) on defence, the stated mutual goal for Nato member states since 2014" (The Local Denmark, December 2019,
// held-out 31 qa003), "the alliance's benchmark since 2006". Confirm-only: a year in which NATO set a target of the figure
// before the goal, while that target was still in force (accounts differ on the first year, 2002, 2006 or 2014, so any
// other year is left alone).
const GOAL_SINCE_RE =
  /\b(?:the|a|its|NATO['\u2019]s|the\s+alliance['\u2019]s)\s+(?:[\w-]+\s+){0,3}?(?:goal|target|guideline|benchmark|commitment|pledge)\s+(?:for\s+(?:all\s+)?(?:NATO\s+|Nato\s+)?(?:members|allies|member\s+(?:states|countries|nations))\s+)?(?:ever\s+)?since\s+((?:19|20)\d{2})\b/gi;

function goalSince(doc: Doc): Annotation[] {
  if (!doc.text.includes(' since ')) return [];
  const targets = doc.facts.base.figures.spendingTargets;
  const out: Annotation[] = [];
  doc.sentences.forEach((sentence, i) => {
    const text = sentenceText(doc, i);
    if (!text.includes(' since ')) return;
    const previous = i > 0 ? sentenceText(doc, i - 1) : '';
    if (!SPENDING_WORD_RE.test(text) || !DEFENCE_WORD_RE.test(text + previous) || !NATO_NEAR_RE.test(text + previous)) return;
    if (/\b(?:EU|European Union)\b/.test(text) && !/\bNATO\b/i.test(text)) return;
    GOAL_SINCE_RE.lastIndex = 0;
    for (let m = GOAL_SINCE_RE.exec(text); m; m = GOAL_SINCE_RE.exec(text)) {
      // The figure before the goal, in the same sentence: "two percent of their GDP on defence, the stated ... goal".
      const figure = [
        ...text.slice(0, m.index).matchAll(/\b(\d+(?:\.\d+)?|two|five)(?:\s*%|[\s-]?percent\b|[\s-]?per[\s-]cent\b)/gi),
      ].pop();
      if (!figure) continue;
      const value = /^two$/i.test(figure[1]) ? 2 : /^five$/i.test(figure[1]) ? 5 : Number(figure[1]);
      // Set that year, and a target of the figure still in force ("2%, the benchmark since 2006": the guideline the Wales
      // pledge and Vilnius carried on).
      const t = targets.find((x) => x.percent === value && x.adopted.slice(0, 4) === m![1] && x.adopted <= doc.asOf);
      const inForce = targets.some((x) => x.percent === value && inForceOn(x, doc.asOf));
      if (!t || !inForce || t.confidence !== 'verified') continue;
      const start = sentence.start + m.index;
      out.push({
        start,
        end: start + m[0].length,
        quote: m[0],
        kind: 'figure',
        verdict: 'supported',
        message: `On record: NATO set its ${value}% ${t.byYear ? 'target' : 'guideline'} in ${m[1]}; ${value}% was still its target on ${formatDay(doc.asOf)}.`,
        fact: `${t.summary} (adopted ${formatDay(t.adopted)})`,
        factIds: [t.id],
        sources: sourcesOf(t),
      });
    }
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// The year The Hague's target is to be reviewed ("We will review the trajectory and balance of spending under this plan
// in 2029"), told with the target: "the Allies made an official commitment to spend 5% of their GDP on defence by 2035,
// with a revision clause in 2029" (Agence Europe, June 2025), "with a formal progress review scheduled for 2029", "The
// commitment requires annual national plans and a 2029 review", "A review of the spending goal would take place in 2029"
// (the sentence after the target). Supported on the year on record; another year is contradicted only once the target
// was adopted (drafts before may have differed) and only in a sentence that names the target or follows one that does,
// with the review tied to its year in a few words.

const REVIEW_GATE_RE = /revi(?:ew|sion|sit)|stock-?take|reassess/i;
// A review, not a revision that was made ("the target was revised in 2025"): the noun, a revision clause, or a review to
// come ("to be reviewed in 2029").
// The year may lead: "And in 2029, we will conduct a review" (Rutte, two days before The Hague, w062). Round 37: the plural,
// "Progress reviews will occur in 2029, with full implementation by 2035" (a bullet of June 2025, held-out 35 qn007).
// Round 33: the review told with its act after a long object, "a review of the implementation of the commitments will be
// carried out in 2029" (STA, July 2025, held-out 31 qa022).
const REVIEW_YEAR_RE =
  /\b(?:(?:reviews?|reassessments?|stock-?takes?|revision\s+clause)\s+(?:[\w%.-]+\s+){0,7}?(?:in|for|by)\s+(?:the\s+year\s+)?(20\d{2})|(20\d{2})\s+(?:review|stock-?take)|\b(?:be|being|progress|trajectory)\s+(?:reviewed|revisited|reassessed)\s+(?:again\s+)?in\s+(20\d{2})|\bin\s+(20\d{2}),?\s+(?:we|allies|the\s+allies|NATO|they)\s+will\s+(?:conduct|hold|carry\s+out|have|undertake)\s+a\s+(?:[\w-]+\s+)?review|\breview\b[^.;]{0,60}?\b(?:will|would|is\s+to|shall)\s+be\s+(?:carried\s+out|held|conducted|undertaken|made)\s+in\s+(20\d{2}))\b/gi;
// "A review will take place in 2029", "A formal progress review is scheduled for 2029": a sentence that opens on the review.
const REVIEW_ALONE_RE = /^\W*(?:A|The)\s+(?:(?:formal|progress|first|mid-?term|interim)\s+){0,2}review\b/i;
const REVIEW_CLAUSE_RE = /\b(?:review|revision)\s+clause\b/i;
const OTHER_REVIEW_RE = /\b(?:capabilit\w*|planning|Strategic\s+Concept|posture|budget(?:ary)?|spending\s+review|NDPP)\b/i;
// Another body's review ("A review by the Commission will take place in 2028 of the EU's SAFE loans"): a review said alone
// after the target is the alliance's only when the sentence names no other institution.
const OTHER_BODY_RE =
  /\b(?:EU|European|Commission|Parliament|Bundestag|Congress|government|ministry|court|IMF|UN|SAFE|loans?|fund|treaty|law)\b/;
// The Hague's target named: its figure, its deadline ("by 2035", "The agreement extends until 2035", "the compromise text
// sets 2035 with a review in 2029", held-out 15 tb106), its summit or its plan.
const HAGUE_TARGET_RE =
  /\b(?:5|five)\s*(?:%|per\s?cent)|\b(?:3\.5|three and a half)\s*(?:%|per\s?cent)|\b(?:by|until|through|sets?)\s+2035\b|\bHague\b/i;
const SPENDING_PLAN_RE = /\b(?:spending|goal|target|plan|pact|commitment|pledge|agreement|declaration|benchmark)\b/i;

// ---------------------------------------------------------------------------------------------
// The Wales pledge named with its year and figure: "What differs from the Wales target from 2014 (to spend at least 2
// percent on defense) is that there will be annual reviews" (Rutte, w062), "the 2014 Wales pledge of 2% of GDP", "the
// Wales commitment of 2014 to spend 2% of GDP on defence". The pledge is a fact of the past, judged at any date after
// it: its figure is 2% (another share of GDP is contradicted; its 20% of defence spending on major equipment is
// another figure, left alone) and its year 2014 (another year is contradicted).

const WALES_RE =
  /\b(?:(?:the\s+)?(?:(19\d{2}|20\d{2})\s+)?(?:NATO\s+)?Wales\s+(?:[Ss]ummit\s+)?(?:target|pledge|commitment|goal|guideline|benchmark|Defen[cs]e\s+Investment\s+Pledge)(?:\s+(?:from|of|in|set\s+in|agreed\s+in|made\s+in|adopted\s+in)\s+(19\d{2}|20\d{2}))?)\s*(?:\(|,|[\u2014\u2013-])?\s*(?:(?:to\s+)?(?:spend|invest|reach|move\s+towards|allocate|devote)\s+|of\s+)?(?:at\s+least\s+|a\s+minimum\s+of\s+)?(\d{1,2}(?:\.\d)?|two|three|four|five)(?:\s*%|[\s-]?percent\b|[\s-]?per[\s-]cent\b)/g;

// ---------------------------------------------------------------------------------------------
// Round 33: the Wales pledge's second figure, the share of defence spending to go to major new equipment (research and
// development included): "In 2014, NATO members also agreed to spend more than 20 percent of their defense budgets on
// major equipment" (held-out 31 qd039), "allies pledged to devote 20% of defence spending to new equipment". 20% is
// confirmed; another share is contradicted only when the pledge is named beyond doubt (2014 or Wales with a verb of
// agreeing, in the sentence), else told. What one ally spends on equipment ("Germany spent 19% of its defence budget
// on equipment") measures no pledge and is left alone: a verb of agreeing must tie the share to the alliance.
const EQUIPMENT_SHARE_RE =
  /\b(\d{2}(?:\.\d)?|twenty|thirty|fifteen|twenty-five)(?:\s*%|[\s-]?percent\b|[\s-]?per[\s-]cent\b)(?:\s+or\s+more)?\s+of\s+(?:their\s+|its\s+|the\s+|each\s+ally['\u2019]s\s+)?(?:annual\s+|total\s+)*(?:defen[cs]e\s+)?(?:budgets?|spending|expenditures?|outlays)\s+(?:(?:on|for|to|in|into)\s+(?:buying\s+|purchasing\s+|procuring\s+)?(?:major\s+|new\s+){0,2}(?:military\s+)?(?:equipment|weapons|hardware|capabilities)|(?:on|for|to)\s+(?:investments?\s+in\s+)?(?:major\s+)?(?:new\s+)?equipment)\b/gi;
const EQUIPMENT_AGREED_RE =
  /\b(?:agreed|agree|pledged|pledge|committed|commit|promised|decided|vowed|undertook|set|Defen[cs]e\s+Investment\s+Pledge)\b/i;
const EQUIPMENT_ALLIANCE_RE = /\b(?:NATO|Nato|[Aa]llies|[Aa]lliance|members|member\s+(?:states|countries|nations)|leaders)\b/;
const EQUIPMENT_HEDGE_RE = /\b(?:if|whether|not|never|propos\w*|could|might|may|would|should)\b|\?/i;

function equipmentShareSaid(doc: Doc): Annotation[] {
  if (!doc.text.includes('equipment') && !doc.text.includes('hardware')) return [];
  const wales = doc.facts.base.figures.spendingTargets.find((t) => t.adoptedAt === 'nato-summit-2014-wales' && t.equipmentShare);
  if (!wales?.equipmentShare || doc.asOf < wales.adopted) return [];
  const out: Annotation[] = [];
  doc.sentences.forEach((sentence, i) => {
    const text = sentenceText(doc, i);
    if (!/equipment|hardware/i.test(text)) return;
    const previous = i > 0 ? sentenceText(doc, i - 1) : '';
    EQUIPMENT_SHARE_RE.lastIndex = 0;
    for (let m = EQUIPMENT_SHARE_RE.exec(text); m; m = EQUIPMENT_SHARE_RE.exec(text)) {
      const value = numberFrom(m[1].toLowerCase());
      if (Number.isNaN(value)) continue;
      const before = text.slice(0, m.index);
      const start = sentence.start + m.index;
      // The alliance agreed it: allies or NATO and a verb of agreeing before the share, and no ally named there (an ally's
      // own plan or spending is not the pledge).
      if (!EQUIPMENT_AGREED_RE.test(before) || !EQUIPMENT_ALLIANCE_RE.test(before) || countriesNamed(doc, sentence.start, start).size > 0)
        continue;
      // The pledge's own: its year, its summit or its name, in the sentence or the one before.
      const named = /\b(?:2014|Wales|Newport|Defen[cs]e\s+Investment\s+Pledge)\b/;
      const inSentence = named.test(text);
      // Another year told before the share ("Rutte said in 2025 allies agreed to put 30% ... on equipment"): another act.
      if ([...before.matchAll(/\b(?:19|20)\d{2}\b/g)].some((y) => y[0] !== wales.adopted.slice(0, 4))) continue;
      if (!inSentence && !(named.test(previous) && NATO_NAMED_RE.test(previous + text))) continue;
      const right = value === wales.equipmentShare;
      const sure = !right && inSentence && !EQUIPMENT_HEDGE_RE.test(before) && isConfident(wales) && doc.dateCertain;
      out.push({
        start,
        end: start + m[0].length,
        quote: m[0],
        kind: 'figure',
        verdict: right ? (wales.confidence === 'verified' ? 'supported' : 'context') : sure ? 'contradicted' : 'context',
        message: right
          ? `On record: at Wales in ${wales.adopted.slice(0, 4)} allies pledged to put ${wales.equipmentShare}% or more of defence spending into major new equipment, research and development included.`
          : `The Wales pledge (${wales.adopted.slice(0, 4)}) asks for ${wales.equipmentShare}% of defence spending on major new equipment, not ${m[1]}%.`,
        fact: `${wales.summary} (adopted ${formatDay(wales.adopted)})`,
        // What a summit set and when is fixed: not re-judged as of the year the passage tells of.
        factIds: [wales.id, TARGET_YEARS_FACT],
        sources: sourcesOf(wales),
      });
    }
  });
  return out;
}

function walesTarget(doc: Doc): Annotation[] {
  if (!doc.text.includes('Wales')) return [];
  const wales = doc.facts.base.figures.spendingTargets.find((t) => t.adoptedAt === 'nato-summit-2014-wales');
  if (!wales || doc.asOf < wales.adopted) return [];
  const year = wales.adopted.slice(0, 4);
  const out: Annotation[] = [];
  WALES_RE.lastIndex = 0;
  for (let m = WALES_RE.exec(doc.text); m; m = WALES_RE.exec(doc.text)) {
    const said = m[1] ?? m[2];
    const value = numberFrom(m[3]);
    const start = m.index;
    const end = start + m[0].length;
    const after = doc.text.slice(end, end + 60);
    // "20% of defence spending on major equipment": the pledge's other figure.
    if (
      value >= 10 ||
      /^\s*of\s+(?:their\s+|its\s+|the\s+)?(?:annual\s+)?(?:defen[cs]e\s+)?(?:budgets?|spending|expenditures?)\b/i.test(after)
    )
      continue;
    if (/^\s*(?:on|for)\s+(?:major\s+)?(?:equipment|research)/i.test(after)) continue;
    const wrongYear = !!said && said !== year;
    const wrongValue = value !== wales.percent;
    const right = !wrongYear && !wrongValue;
    const fact = `${wales.summary} (adopted ${formatDay(wales.adopted)})`;
    out.push({
      start,
      end,
      quote: m[0],
      kind: 'figure',
      verdict: right ? (wales.confidence === 'verified' ? 'supported' : 'context') : isConfident(wales) ? 'contradicted' : 'context',
      message: right
        ? `On record: at Wales in ${year} allies pledged to move towards ${wales.percent}% of GDP.`
        : `The Wales pledge was made in ${year} and its figure is ${wales.percent}% of GDP${wrongValue ? `, not ${m[3]}%` : ''}${wrongYear ? `, not in ${said}` : ''}.`,
      fact,
      factIds: [wales.id],
      sources: sourcesOf(wales),
    });
  }
  return out;
}

// Round 31: the Wales commitment named without its figure, as what a country is committed to: "Montenegro is committed to
// reaching the guidelines from the Wales Summit" (its defence ministry, October 2019), "allies pledged to meet the Wales
// summit guidelines on defence spending", "its commitment to the 2014 Wales Summit targets". Confirm-only, while the
// pledge was in force, and only of spending: the sentence, or the one after, speaks of spending, budgets or GDP ("the
// commitments of the Wales Summit" may be its Readiness Action Plan).
const WALES_GUIDELINES_RE =
  /\b(?:committed|commitment|pledged|pledge|obliged|obligation)\s+to\s+(?:(?:reaching|reach|meeting|meet|fulfil{1,2}ing|fulfil{1,2}|achieving|achieve|honou?ring|honou?r|implementing|implement)\s+)?(?:the\s+)?(?:(?:guidelines?|goals?|targets?|commitments?|pledges?|benchmarks?)\s+(?:from|of|agreed\s+at|set\s+at|adopted\s+at|made\s+at)\s+the\s+(?:2014\s+)?(?:NATO\s+)?Wales\s+[Ss]ummit|(?:2014\s+)?(?:NATO\s+)?Wales\s+[Ss]ummit\s+(?:guidelines?|goals?|targets?|commitments?|pledges?))\b/g;
// Round 48: the pledge told as Wales's decision or commitment, with no guideline or target word: "The Allies reiterated their
// commitment to decision from Wales to increase defense budget" (Bulgarian MFA summary of Brussels 2018, held-out 46 ve026),
// "reaffirmed the commitments made at the Wales summit on defence spending", "honour the pledge made in Wales", "their Wales
// commitment to spend 2%". The same confirm-only reading, the same tests of spending and doubt.
const WALES_REFERRED_RE =
  /\b(?:(?:decisions?|commitments?|pledges?|promises?|guidelines?|targets?|goals?)\s+(?:from|of|made\s+(?:at|in)|agreed\s+(?:at|in)|taken\s+(?:at|in)|adopted\s+(?:at|in)|set\s+(?:at|in)|reached\s+(?:at|in))\s+(?:the\s+)?(?:2014\s+)?(?:NATO\s+)?(?:[Ss]ummit\s+in\s+)?(?:Wales|Newport)(?:\s+(?:in\s+2014|[Ss]ummit(?:\s+in\s+2014)?))?|(?:the|their|its|our)\s+(?:2014\s+)?(?:NATO\s+)?Wales(?:\s+[Ss]ummit)?\s+(?:(?:spending|defen[cs]e\s+spending)\s+)?(?:decisions?|commitments?|pledges?|promises?))\b(?![^.;]{0,30}?\b(?:Readiness|RAP|Ukraine|Afghanistan|[Ee]nhanced\s+Forward|[Vv]ery\s+[Hh]igh|Spearhead|VJTF))/g;
const WALES_OWN_FIGURE_RE = /^\s+(?:of|to\s+(?:spend|put|invest))\s+(?:at\s+least\s+)?(\d+(?:\.\d+)?)\s*(?:%|per\s?cent|percent)/i;
const WALES_SPENDING_RE = /\b(?:spend\w*|budgets?|GDP|gross\s+domestic|expenditures?|percentage|defen[cs]e\s+investment)\b/i;
const WALES_DOUBT_RE = /\b(?:not|never|no\s+longer|if|whether|unless|would|could|might|abandon\w*|renege\w*|question\w*)\b|\?/i;

function walesGuidelines(doc: Doc): Annotation[] {
  const wales = doc.facts.base.figures.spendingTargets.find((t) => t.adoptedAt === 'nato-summit-2014-wales');
  if (!wales || wales.confidence !== 'verified' || doc.asOf < wales.adopted || (wales.superseded && doc.asOf >= wales.superseded))
    return [];
  const out: Annotation[] = [];
  doc.sentences.forEach((sentence, i) => {
    const text = sentenceText(doc, i);
    if (!text.includes('Wales')) return;
    const next = i + 1 < doc.sentences.length ? sentenceText(doc, i + 1) : '';
    if (!WALES_SPENDING_RE.test(text) && !WALES_SPENDING_RE.test(next)) return;
    const told = matchesOf(WALES_GUIDELINES_RE, text);
    for (const m of matchesOf(WALES_REFERRED_RE, text)) {
      // Round 48: "the Wales pledge of 20 percent of defence spending on major equipment" (numbers-round12) is the other
      // Wales guideline, named by its own figure: no confirmation of the 2% for it.
      const figure = WALES_OWN_FIGURE_RE.exec(text.slice(m.index + m[0].length));
      if (figure && Number(figure[1]) !== wales.percent) continue;
      if (!told.some((g) => g.index < m.index + m[0].length && m.index < g.index + g[0].length)) told.push(m);
    }
    for (const m of told) {
      if (WALES_DOUBT_RE.test(text.slice(Math.max(0, m.index - 40), m.index + m[0].length))) continue;
      const start = sentence.start + m.index;
      out.push({
        start,
        end: start + m[0].length,
        quote: m[0],
        kind: 'figure',
        verdict: 'supported',
        message: `On record: at the Wales summit in ${wales.adopted.slice(0, 4)} allies pledged to move towards ${wales.percent}% of GDP on defence by ${wales.byYear}.`,
        fact: `${wales.summary} (adopted ${formatDay(wales.adopted)})`,
        factIds: [wales.id],
        sources: sourcesOf(wales),
      });
    }
  });
  return out;
}

// Round 31: the 2% pledge's deadline told as a year of its own, the pledge named in the sentence or the two before: "It
// presents the commitment as a firm deadline for 2022, when it was actually 2025" (a fact-check page of March 2025 on the
// 2% pledge: the deadline was 2024, Wales' "within a decade"), "the 2% target's deadline was 2025", "with a 2025 deadline".
// Only where the 2% is the one target named near (no 3.5% or 5%, no Hague), no country is named in the sentence (allies
// set their own deadlines: "Spain's 2029 deadline"), and only in the page's own words: a deadline the sentence reports as
// another's ("presents it as a deadline for 2022", "claims", "says") is the claim being corrected, not the page's.
const WALES_DEADLINE_RE =
  /\b(?:(?:firm\s+|hard\s+|set\s+)?deadline\s+(?:for|of|in)\s+(20\d{2})|(20\d{2})\s+deadline|deadline\s+(?:was|is|being)\s+(?:actually\s+|really\s+|in\s+fact\s+)?(20\d{2})|when\s+(?:it|the\s+deadline)\s+was\s+(?:actually|really|in\s+fact)\s+(20\d{2}))\b/gi;
const TWO_PLEDGE_NEAR_RE = /(?<![\d.,])\b(?:2|two)\s*(?:%|per\s?cent)/i;
const OTHER_TARGET_NEAR_RE = /\b(?:3\.5|5|five|three\s+and\s+a\s+half)\s*(?:%|per\s?cent)|\bHague\b/i;
// Another deadline the sentence may tell: the EU's plans, a treaty's, an accession's, a climate goal's.
const OTHER_DEADLINE_RE =
  /\b(?:EU|E\.U\.|European|Commission|ReArm|SAFE|climate|emissions?|treaty|ratif\w*|accession|budget\s+law|parliament|election)\b/i;
const PLEDGE_WORDS_RE = /\b(?:pledge|commitment|committed|agreed|target|goal|guideline|Wales|2014\s+summit)\b/i;
const REPORTED_BEFORE_RE =
  /\b(?:presents?|presented|portrays?|portrayed|treats?|treated|frames?|framed|depicts?|depicted|misrepresent\w*|describes?|described|claims?|claimed|says?|said|suggests?|suggested|states?|stated|as\s+if|alleg\w*|myth|wrongly|falsely)\b[^.;]*$/i;
const WALES_DEADLINE_DOUBT_RE = new RegExp(
  String.raw`\b(?:if|whether|would|could|might|may|unless|propos\w*|plan\w*|new|extend\w*)\b|\?`,
  'i',
);

function walesDeadlineSaid(doc: Doc): Annotation[] {
  if (!/deadline/i.test(doc.text)) return [];
  const wales = doc.facts.base.figures.spendingTargets.find((t) => t.adoptedAt === 'nato-summit-2014-wales');
  if (!wales?.byYear || doc.asOf < wales.adopted || wales.confidence !== 'verified') return [];
  const out: Annotation[] = [];
  doc.sentences.forEach((sentence, i) => {
    const text = sentenceText(doc, i);
    if (!/deadline/i.test(text)) return;
    const window = doc.text.slice(doc.sentences[Math.max(0, i - 2)].start, sentence.end);
    const pageBefore = doc.text.slice(0, sentence.end);
    // The pledge named near, or the sentence's own "commitment" on a page whose only target figure is 2% (mf009's list of
    // the claim's flaws, paragraphs below the 2% it checks).
    const pledgeNear =
      (TWO_PLEDGE_NEAR_RE.test(window) && PLEDGE_WORDS_RE.test(window)) ||
      (PLEDGE_WORDS_RE.test(text) && TWO_PLEDGE_NEAR_RE.test(pageBefore) && !OTHER_TARGET_NEAR_RE.test(pageBefore));
    if (!pledgeNear || !NATO_NEAR_RE.test(pageBefore)) return;
    if (OTHER_TARGET_NEAR_RE.test(window) || OTHER_DEADLINE_RE.test(text) || countriesNamed(doc, sentence.start, sentence.end).size > 0)
      return;
    WALES_DEADLINE_RE.lastIndex = 0;
    for (let m = WALES_DEADLINE_RE.exec(text); m; m = WALES_DEADLINE_RE.exec(text)) {
      const year = Number(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]);
      const before = text.slice(0, m.index);
      // The page's correction ("when it was actually 2025") is its own even after the claim it corrects is reported.
      const own = m[4] !== undefined || !REPORTED_BEFORE_RE.test(before);
      if (!own || WALES_DEADLINE_DOUBT_RE.test(m[4] !== undefined ? m[0] : text) || year < 2015) continue;
      const right = year === wales.byYear;
      const start = sentence.start + m.index;
      out.push({
        start,
        end: start + m[0].length,
        quote: m[0],
        kind: 'figure',
        verdict: right ? 'supported' : doc.dateCertain ? 'contradicted' : 'context',
        message: right
          ? `On record: the Wales pledge of ${wales.adopted.slice(0, 4)} was to move towards ${wales.percent}% of GDP within a decade, by ${wales.byYear}.`
          : `The Wales pledge of ${wales.adopted.slice(0, 4)} was to move towards ${wales.percent}% of GDP within a decade, by ${wales.byYear}, not ${year}.`,
        fact: `${wales.summary} (adopted ${formatDay(wales.adopted)})`,
        factIds: [wales.id],
        sources: sourcesOf(wales),
      });
    }
  });
  return out;
}

/**
 * Whether a country is named in the span, not counting "The Hague" before "Declaration", "summit" or "commitments", nor a
 * country's name inside a person's ("Luís Montenegro").
 */
function countriesBesidesSummit(doc: Doc, from: number, to: number): boolean {
  return matchesIn(doc, { start: from, end: to }, 'qualifier').some(
    (m) =>
      m.end <= to &&
      doc.facts.jurisdictions.get(m.value.jurisdiction)?.kind === 'country' &&
      !(
        /hague$/i.test(doc.text.slice(m.start, m.end)) &&
        /^\s+(?:[Ss]ummit|[Dd]eclaration|commitments?|pledge)\b/.test(doc.text.slice(m.end, m.end + 14))
      ) &&
      !doc.people.some((p) => p.start <= m.start && m.end <= p.end),
  );
}

function reviewYearSaid(doc: Doc): Annotation[] {
  if (!REVIEW_GATE_RE.test(doc.text)) return [];
  const hague = doc.facts.base.figures.spendingTargets.find((t) => t.reviewYear && t.adoptedAt === 'nato-summit-2025-the-hague');
  // Before the summit only a review to come in the settled text's year is confirmed (drafts may have differed).
  if (!hague?.reviewYear || (doc.asOf < hague.adopted && daysBetween(hague.adopted, doc.asOf) > 60)) return [];
  const ahead = doc.asOf < hague.adopted;
  const out: Annotation[] = [];
  doc.sentences.forEach((sentence, i) => {
    const text = sentenceText(doc, i);
    if (!REVIEW_GATE_RE.test(text)) return;
    const previous = i > 0 ? sentenceText(doc, i - 1) : '';
    // The alliance may be named two sentences back ("All member states obviously have the right ...").
    const own = HAGUE_TARGET_RE.test(text) && NATO_NEAR_RE.test(doc.text.slice(doc.sentences[Math.max(0, i - 2)].start, sentence.end));
    // Round 24: the alliance may be named anywhere before, and the review said alone after the target ("Plans to achieve
    // the 5% rate should be submitted annually ... A review will take place in 2029", a Polish weekly, June 2025, h21 zb005).
    // Round 33: "a strategic review clause in 2029 was also introduced" (Portugal's prime minister at The Hague, held-out 31
    // qa026), the target's deadline ("until 2035") two sentences back: the declaration's own clause.
    const clause = REVIEW_CLAUSE_RE.test(text) && i > 1 && HAGUE_TARGET_RE.test(sentenceText(doc, i - 2));
    const after =
      !own &&
      (HAGUE_TARGET_RE.test(previous) || clause) &&
      NATO_NEAR_RE.test(doc.text.slice(0, sentence.end)) &&
      !OTHER_BODY_RE.test(text) &&
      (SPENDING_PLAN_RE.test(text) ||
        clause ||
        // Alone, the review is the alliance's only when the sentence before names no ally ("Germany plans to reach the 5%
        // rate by 2029. A review will take place in 2027" is Germany's).
        (REVIEW_ALONE_RE.test(text) && countriesNamed(doc, doc.sentences[i - 1].start, sentence.start).size === 0));
    if (!own && !after) return;
    REVIEW_YEAR_RE.lastIndex = 0;
    for (let m = REVIEW_YEAR_RE.exec(text); m; m = REVIEW_YEAR_RE.exec(text)) {
      const year = Number(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]);
      const start = sentence.start + m.index;
      // "Germany will review its spending plan in 2027": one ally's own review. "the capability targets review in 2027",
      // "a Strategic Concept review": NATO's other reviews.
      // Round 33: not the summit's own place ("One of the key provisions of the Hague Declaration ... is that a review ...
      // will be carried out in 2029", held-out 31 qa022: "Hague" names the Netherlands too).
      // "One of the key provisions of the Hague Declaration, which Slovenia also insisted on, is that a review ...": the
      // declaration named before the review owns it, whoever is said to have asked for it.
      const declared = /\bDeclaration\b[^.;]{0,80}\bis\s+that\b/.test(text.slice(0, m.index));
      if (!declared && countriesBesidesSummit(doc, sentence.start, start)) continue;
      const near = text.slice(Math.max(0, m.index - 40), m.index + Math.max(12, m[0].length));
      if (OTHER_REVIEW_RE.test(near) || OTHER_BODY_RE.test(near)) continue;
      // The deadline is no review year ("review ... by 2035" is the target's own year, left alone); a year up to the
      // summit's is another review ("after a review in 2025").
      if (year === hague.byYear || year <= Number(hague.adopted.slice(0, 4))) continue;
      const right = year === hague.reviewYear;
      // "the compromise text sets 2035 with a review in 2029" (tb106, three days before): the settled text's own words.
      if (ahead && (!right || !/\bw(?:ill|ould)\b|\bto\s+be\b|\bsets\b/i.test(text))) continue;
      // "review the 5% spending target in 2029": the figure inside is the target's own claim; this one is its year.
      const at = m[0].includes('%') ? m[0].search(/\b(?:in|for|by)\s+(?:the\s+year\s+)?20\d{2}\b(?!.*\b(?:in|for|by)\s+20\d{2})/) : 0;
      out.push({
        start: start + at,
        end: start + m[0].length,
        quote: m[0].slice(at),
        kind: 'figure',
        verdict: recordVerdict(!!right, hague, doc.dateCertain),
        message: right
          ? `On record: the allies are to review The Hague's spending plan in ${hague.reviewYear}.`
          : `The allies are to review The Hague's spending plan in ${hague.reviewYear}, not ${year}.`,
        fact: `${hague.summary} (adopted ${formatDay(hague.adopted)})`,
        factIds: [hague.id],
        sources: sourcesOf(hague),
      });
    }
  });
  return out;
}
