// Sanctions as real articles phrase them, around the facts the sanction detectors do not read: the groupings that
// impose them and the EU's oil embargo.
//
// - The EU's member count ("Ambassadors from the EU's 27 Member States", "all 27 EU countries", "the 28-nation EU"),
//   judged against the EU's own counts by date (25, 27, 28, 27; sanction-law.json groupings). Only the EU's: a count
//   said of the alliance or the bloc without naming the EU is the member-count detectors' business (and "the
//   27-nation bloc" was once read as NATO's). A count that does not fit is context, never red: "the 27 EU countries"
//   in 2015 may be the 27 besides Britain.
// - The G7's members listed ("The “Big Seven” countries (the USA, Japan, Germany, Great Britain, France, Italy,
//   Canada)"): supported when every name is a member; contradicted only when a list put in brackets after the G7's
//   name names at least five members and one country that is not (the EU, an invitee, is tolerated; the G8 not read).
// - The EU's oil embargo said to come into effect on a day ("Today, December 5, EU oil sanctions against Russia came
//   into effect"): supported on the day the crude or the products ban applied; any other day is left alone, since
//   "EU oil sanctions" may mean the price cap, a package's adoption or a later measure.
import type { Grouping, OilBan, Sanction } from '../../facts/schema';
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { ClaimDetector } from '../detector';
import type { Span } from '../sentences';
import { addDays, factRange, formatDay, gapDays, overlaps } from '../dates';
import { isConfident, sourcesOf } from '../holders';
import { statedAsOf } from '../narrated-time';
import { memoByFacts } from '../memo';
import { pastHorizon } from '../horizon';
import { numberFrom, ordinalText } from '../numbers';
import { datesIn } from './clauses';
import { oilPhaseOutMonths, seaOilBanItems } from './sanction-contents';
import { spansOverlap } from '../sentences';
import { gated, compiledOnFirstRun } from '../triggers';
import { RENEWAL_GATE_RE, economicRenewals } from './sanction-renewals';
import { TARGETS_GATE_RE, sanctionTargets } from './sanction-targets';
import { NOT_SANCTIONED_GATE_RE, notSanctionedClaims } from './sanction-not-sanctioned';
import { DESCRIBED_GATE_RE, describedTargets } from './sanction-described';
import { LATER_MONTH_GATE_RE, sanctionsOfLaterMonth } from './sanction-later-month';
import { ENERGY_QUIET_GATE_RE, energyActionsOffRecord } from './sanction-energy-quiet';
import { administrationSanctionActs } from './sanction-administration';
import { administrationTargetActs } from './sanction-administration-targets';
import { nordStreamCertification } from './nord-stream-certification';
import { firstOilSanctions } from './sanction-first-oil';
import { decisionDays } from './sanction-decision-day';

const EU_NAME = '(?:EU|E\\.U\\.|European\\s+Union)';
const EU_RE = new RegExp(`\\b${EU_NAME}(?![\\w.])`);
const COUNT = '(\\d{2}|twenty[- ]?(?:five|six|seven|eight))';
const MEMBERS = '(?:member\\s+(?:states|countries|nations|governments)|members|states|countries|nations|governments)';
// Each form names the EU itself: "the EU's 27 Member States", "all 27 EU countries", "the 27-nation EU", "the 27 member states of the EU".
const EU_COUNT_RES = [
  new RegExp(`\\b${EU_NAME}['’]s\\s+${COUNT}\\s+${MEMBERS}\\b`, 'gi'),
  new RegExp(`\\b${COUNT}\\s+${EU_NAME}\\s+${MEMBERS}\\b`, 'gi'),
  new RegExp(`\\b${COUNT}[- ](?:member|nation|country|state)\\s+${EU_NAME}(?![\\w.])`, 'gi'),
  new RegExp(`\\b${COUNT}\\s+member\\s+(?:states|countries)\\s+of\\s+the\\s+${EU_NAME}(?![\\w.])`, 'gi'),
  // "Sanctions in the EU require the unanimous consent of its 27 Member States", "... of its 27 nations" (v023): read only in
  // a sentence that names the EU and no alliance.
  new RegExp(`\\b(?:its|the\\s+bloc['’]s)\\s+${COUNT}\\s+(?:member\\s+(?:states|countries|nations)|nations|countries|members)\\b`, 'gi'),
  // "tariff on goods from the European Union, ... claiming that the 27-nation bloc was formed to ...": likewise.
  new RegExp(`\\b${COUNT}[- ](?:member|nation|country|state)\\s+bloc\\b`, 'gi'),
  // "the bloc's 27 foreign ministers, meeting in Brussels", "all 27 EU leaders", "the EU's 27 heads of state or government":
  // one for each member; likewise.
  new RegExp(
    `\\b(?:its|the\\s+bloc['’]s|the\\s+${EU_NAME}['’]s|all)\\s+${COUNT}\\s+(?:${EU_NAME}\\s+)?(?:(?:foreign|defen[cs]e|finance|economy|energy|interior|agriculture)\\s+ministers|leaders|heads\\s+of\\s+(?:state|government))\\b`,
    'gi',
  ),
  // "broad support among the 27 Foreign Ministers" (The Hindu, October 2020, held-out 15 ta015), "A statement from a summit
  // in Brussels said the 27 leaders "welcomed" ..." (DW, December 2023, ta040, the EU named the sentence before): "the"
  // alone, so the EU must be named in the sentence or the one before, and no alliance in either.
  new RegExp(
    `\\bthe\\s+${COUNT}\\s+(?:${EU_NAME}\\s+)?(?:(?:foreign|defen[cs]e|finance|economy|energy|interior|agriculture)\\s+ministers|leaders|heads\\s+of\\s+(?:state|government))\\b`,
    'gi',
  ),
];
/** "the 27 leaders": the same, the EU named in the sentence or the one before. */
const THE_MINISTERS_FORM = 7;
/** "its 27 Member States": the EU's only in a sentence that names it and no alliance. */
const POSSESSIVE_FORM = 4;
/** "the 27-nation bloc": the same. */
const BLOC_FORM = 5;
/** "the bloc's 27 foreign ministers": the same. */
const MINISTERS_FORM = 6;
const ALLIANCE_RE = /\b(?:NATO|Nato|alliance|Alliance|allies|Allies|G7|G-7|UN|OSCE|Council\s+of\s+Europe)\b/;
/** The form that may count a part of the union ("25 EU countries backed it"). */
const LOOSE_FORM = 1;
const COUNT_GATE_RE = /\b(?:2[5-8]|twenty[- ]?(?:five|six|seven|eight))\b/i;
const SPELLED: Record<string, number> = { five: 25, six: 26, seven: 27, eight: 28 };

const G7_GATE_RE = compiledOnFirstRun(/\b(?:G7|G-7|Group\s+of\s+Seven|Big\s+Seven)\b/i);
// The G7 named, then its members in brackets or after a colon or dash.
// The G7 named, then its members: in brackets, after a colon or dash, or after "comprising", "consists of", "includes".
const G7_LIST_RE =
  /\b(?:G7|G-7|Group\s+of\s+Seven|Big\s+Seven)["\u201d]?(?:\s+\(G7\))?(?:\s+(?:countries|nations|members|member\s+(?:states|countries|nations)|states|economies|group))?(?:\s*\(([^()]{10,200})\)|\s*(?:[:\u2014\u2013]|--)\s*([^.;:()\u2014\u2013]{10,200})|,?\s+(?:comprising|comprises|consisting\s+of|consists\s+of|made\s+up\s+of|is\s+made\s+up\s+of|includes|which\s+(?:comprises|includes|consists\s+of))\s+([^.;:()\u2014\u2013]{10,200}))/gi;
// A few countries that are not members and that lists of the G7 are confused with (Russia was in the G8).
const NON_MEMBERS = ['Russia', 'Russian Federation', 'Australia', 'China', 'India', 'Spain', 'Netherlands', 'South Korea', 'Brazil'];

const PACKAGES_GATE_RE = gated(/\bpackages\b|\brounds\s+of\s+sanctions\b/i);
const PACKAGE_COUNT_RE =
  /\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s+(?:(?:EU|European|separate|successive|consecutive)\s+)?(?:sanctions?\s+packages|packages\s+of\s+(?:\w+\s+){0,2}?(?:sanctions|restrictive\s+measures)|rounds\s+of\s+sanctions)\b/gi;
const PACKAGE_OWNER_RE = /\b(?:EU|E\.U\.|European\s+Union|Brussels|the\s+bloc|Europe)\b/;
// A count of packages still to come, or of another issuer's.
const PACKAGE_FUTURE_RE =
  /\b(?:will|would|plan\w*|next|prepar\w*|upcoming|propos\w*|UK|U\.K\.|Britain|British|Japan\w*|Canad\w*|Swiss|Switzerland)\b/i;
const INTRODUCED_GATE_RE = gated(/\b(?:introduced|imposed|adopted)\s+on\b/i);
// "The measures were originally introduced on", "sanctions were first imposed on": the measures with no one named.
const INTRODUCED_ON_RE =
  /\b(?:measures|sanctions)\s+(?:were|was)\s+(?:originally\s+|first\s+|initially\s+)?(?:introduced|imposed|adopted)\s+on\b/i;
const US_RE = /\b(?:US|U\.S\.|United\s+States|OFAC|Treasury|Washington)\b/;
const SECTORAL_RE = /\bsectoral\s+sanctions\b/gi;
const SECTORAL_GATE_RE = gated(/\bsectoral\s+sanctions\b/i);
const BELARUS_GATE_RE = gated(/\bBelarus(?:ian)?\b/);
const BELARUS_2020_ID = 'eu-2020-10-02-belarus';
const BELARUS_COUNT_RE =
  /\b(?:(?:some|about|around|almost|nearly|roughly)\s+)?(\d{2}|forty)\s+(?:Belarusian\s+|Belarus\s+)?(?:officials|individuals|people|persons|functionaries)\b/i;
// Without "Belarusian" the count is the listing's only in a sentence on Belarus ("40 individuals ... in Belarus").
const BELARUS_SENTENCE_RE = /\bBelarus|\bLukashenk/;
const NAVALNY_GATE_RE = gated(/\bNavaln/);
const NAVALNY_IDS = ['eu-2020-10-15-navalny', 'uk-2020-10-15-navalny'];
// "sanction six individuals and one organization", "sanctions Thursday on six Russians", "six Russian officials".
const NAVALNY_COUNT_RE = /\b(?:six|6)\s+(?:Russian\s+)?(?:individuals|Russians|officials|people|persons)\b/i;
const NAVALNY_ISSUER_RE = /\b(?:EU|E\.U\.|European\s+Union|Britain|UK|U\.K\.|United\s+Kingdom)\b/;
// "On 31 July 2014, the Council adopted Decision 2014/512/CFSP", "These sanctions, first introduced in 2014 in response to Russia’s actions".
const COUNCIL_ADOPTED_RE = /\bCouncil\s+(?:adopted|imposed)\b/;
// Round 32: "Such restrictive measures were originally introduced in 2014" (the Council's wording, June 2020), "initially".
const FIRST_INTRODUCED_RE =
  /\b(?:sanctions|measures),?\s+(?:were\s+|was\s+)?(?:first|originally|initially)\s+(?:introduced|imposed)\s+in\s+((?:19|20)\d{2})\b/i;
const OIL_GATE_RE = gated(/\b(?:oil|crude|petroleum)\b/i);
// Round 29: "An EU embargo on Russian crude also begins today" (5 December 2022): the ban's start told as begun or kicking
// in, right before its day ("begins/began/starts today", "kicks in on Monday"); the day must still be the ban's own.
const IN_EFFECT_RE =
  /\b(?:c(?:a|o)me|comes|coming)\s+into\s+(?:effect|force)|\b(?:took|take|takes)\s+effect|\bentered\s+into\s+force|\benter\s+into\s+force|\bappl(?:y|ies|ied)\s+from\b|\b(?:begins?|began|starts?|started|kicks?\s+in|kicked\s+in)(?=\s+(?:today|on\s))/i;
const OIL_SANCTION_RE =
  /\b(?:oil|crude|petroleum)\s+(?:sanctions?|embargo|ban)\b|\b(?:embargo|ban)\s+on\s+(?:(?:Russian|seaborne|maritime|imports?\s+of)\s+){0,3}(?:oil|crude|petroleum)/i;
const RUSSIA_RE = /\b(?:Russia|Russian|Russia['\u2019]s|Moscow|Kremlin)\b/;
const PRODUCTS_RE = /\b(?:products?|diesel|gasoline|petrol|kerosene|refined)\b/i;

// Built once (speed, round 41): a literal in withSanctionForms was a new expression, parsed again, at each call.
const WITH_SANCTION_FORMS_RE = compiledOnFirstRun(/\bsanctions\b|\bmeasures\b|\brestrictions\b/i);
/** Adds these claims to the sanction detector's: the same kind of claim, told in other words. */
export function withSanctionForms(inner: ClaimDetector): ClaimDetector {
  return {
    kind: inner.kind,
    triggers: inner.triggers,
    find(doc, ctx) {
      const out = inner.find(doc, ctx);
      const law = doc.facts.base.sanctionLaw;
      if (!law) return out;
      const found: Annotation[] = [];
      const groupings = law.groupings ?? [];
      const eu = groupings.find((g) => g.id === 'eu');
      const g7 = groupings.find((g) => g.id === 'g7');
      const hasEu = EU_RE.test(doc.text);
      if (eu && hasEu && COUNT_GATE_RE.test(doc.text)) found.push(...euCounts(doc, eu));
      if (g7 && G7_GATE_RE.test(doc.text)) found.push(...g7Lists(doc, g7, doc.facts.base.jurisdictions), ...allSevenLists(doc, g7));
      if (law.oilBans?.length && hasEu && OIL_GATE_RE.test(doc.text) && IN_EFFECT_RE.test(doc.text))
        found.push(...oilBansInEffect(doc, law.oilBans));
      if (PACKAGES_GATE_RE.test(doc.text) && RUSSIA_RE.test(doc.text)) found.push(...packageCounts(doc));
      if (INTRODUCED_GATE_RE.test(doc.text) && /\bsanction/i.test(doc.text)) found.push(...measuresIntroduced(doc));
      if (SECTORAL_GATE_RE.test(doc.text)) found.push(...sectoralInSentence(doc, out));
      if (BELARUS_GATE_RE.test(doc.text) && hasEu) {
        found.push(...belarusListings(doc));
        // The designation detector confirms the listing by who and when; a count of officials it does not read must not look confirmed.
        for (const [i, a] of out.entries()) {
          const m = a.factIds.includes(BELARUS_2020_ID) ? BELARUS_COUNT_RE.exec(a.quote) : null;
          if (m && m[1].toLowerCase() !== 'forty' && Number(m[1]) !== 40 && a.verdict === 'supported')
            out[i] = { ...a, verdict: 'context', message: `The EU listed 40 officials on 2 October 2020, not ${m[1]}. ${a.message}` };
        }
      }
      if (hasEu && (COUNCIL_ADOPTED_RE.test(doc.text) || FIRST_INTRODUCED_RE.test(doc.text))) found.push(...councilAdoptions(doc));
      if (NAVALNY_GATE_RE.test(doc.text) && /\bsanction/i.test(doc.text)) found.push(...navalnyListings(doc));
      if (hasEu && /\bsanctions?\b|restrictive\s+measures/i.test(doc.text)) found.push(...euMeasuresDated(doc));
      if (law.oilBans?.length && OIL_GATE_RE.test(doc.text) && /\b(?:package|round)\b/i.test(doc.text))
        found.push(...seaOilBanItems(doc, law.oilBans));
      if (law.oilBans?.length && hasEu && OIL_GATE_RE.test(doc.text) && /\bmonths\b/.test(doc.text))
        found.push(...oilPhaseOutMonths(doc, law.oilBans));
      if (doc.text.includes('Trump') && FIRST_GATE_RE.test(doc.text)) found.push(...firstOfTerm(doc));
      // Round 40: "Russia's two largest oil companies" for Rosneft and Lukoil (sanction-described.ts).
      if (DESCRIBED_GATE_RE.test(doc.text)) found.push(...describedTargets(doc));
      // Round 43: sanctions told as imposed in a month after the page's day (sanction-later-month.ts).
      if (LATER_MONTH_GATE_RE.test(doc.text) && doc.text.includes('sanctions')) found.push(...sanctionsOfLaterMonth(doc));
      // Round 43: a new US energy action told on a day between two on record with none between (sanction-energy-quiet.ts).
      if (doc.text.includes('sanctions') && ENERGY_QUIET_GATE_RE.test(doc.text)) found.push(...energyActionsOffRecord(doc));
      // Round 43: a Council decision by its number and day, "Council Decision 2014/145/CFSP from 17 March 2014".
      if (doc.text.includes('CFSP')) found.push(...decisionDays(doc));
      // Round 45: the day Germany halted Nord Stream 2's certification (nord-stream-certification.ts).
      if (doc.text.includes('Nord')) found.push(...nordStreamCertification(doc));
      for (const a of found) if (!out.some((b) => spansOverlap(b, a))) out.push(a);
      // A renewal's expiry, or a named target, judged against its record outweighs a confirmation of the same words by the day
      // or the issuer alone ("On Monday the EU extended its economic sanctions ... until January 31, 2023": Monday was a
      // renewal's day, its expiry another; "Britain sanctioned Oleg Deripaska and six other tycoons": Britain listed him).
      const specific = [
        ...(RENEWAL_GATE_RE.test(doc.text) && WITH_SANCTION_FORMS_RE.test(doc.text) ? economicRenewals(doc) : []),
        ...(TARGETS_GATE_RE.test(doc.text) ? sanctionTargets(doc) : []),
        // Round 44: a US sanctions act told as an administration's that was not in office then (sanction-administration.ts);
        // it outweighs a confirmation of the act by its day ("On Wednesday, the Biden administration imposed sanctions on
        // Russia's two largest oil companies" in October 2025: the day's designations were Trump's).
        // Round 45: or named by its targets, told as the day's news ("the Biden administration's announcement of expanded
        // sanctions against Russian oil giants Rosneft and Lukoil" in October 2025; sanction-administration-targets.ts), where
        // the verb's reading has not already flagged the words.
        ...(doc.folded.includes('sanction') && (doc.folded.includes('administration') || doc.folded.includes('president'))
          ? administrationActs(doc)
          : []),
        // Round 45: the US's Rosneft and Lukoil designations told as its first hit on Russia's oil (sanction-first-oil.ts); it
        // outweighs a confirmation of the act by its issuer ("the first time the United States has sanctioned ...").
        ...(doc.text.includes('first time') ? firstOilSanctions(doc) : []),
        // Round 46: a company called not sanctioned after (or before) its designation (sanction-not-sanctioned.ts).
        ...(NOT_SANCTIONED_GATE_RE.test(doc.text) ? notSanctionedClaims(doc) : []),
      ];
      for (const r of specific) {
        for (let k = out.length - 1; k >= 0; k--) if (out[k].verdict === 'supported' && spansOverlap(out[k], r)) out.splice(k, 1);
        out.push(r);
      }
      return out;
    },
  };
}

/** Both readers of a sanctions act credited to the wrong administration, the second only where the first found nothing. */
function administrationActs(doc: Doc): Annotation[] {
  const byVerb = administrationSanctionActs(doc);
  const byTargets = administrationTargetActs(doc).filter((a) => !byVerb.some((b) => spansOverlap(a, b)));
  return byTargets.length ? [...byVerb, ...byTargets] : byVerb;
}

// "This is the first designation by the Trump Administration of Russian actors under the authorities targeting Russia's
// continuing war in Ukraine" (a law firm's note of 27 October 2025 on the Rosneft and Lukoil designations, w070), "the
// first sanctions of Trump's second term against Russia", "The sanctions were the first against Russia since Donald Trump
// returned to the White House in January" (the Guardian's wording, October 2025), "the first major punitive action by
// the Trump administration in his second term", "Trump's first major sanctions on Russia": the first US action
// against Russia on record in the term of the president the page's day falls in. Confirmed when the page is dated within
// 30 days after it, or the sentence or the two before give its day; never flagged (the record may not hold every smaller
// action).
const FIRST_GATE_RE = gated(/\bfirst\b/i);
const FIRST_OF_TERM_RE =
  /\b(?:the\s+)?first\s+(?:major\s+|new\s+|significant\s+|big\s+)?(?:designations?|sanctions?(?:\s+actions?)?|round\s+of\s+sanctions|punitive\s+actions?)\s+(?:(?:imposed|announced|issued|taken)\s+)?(?:by|of|from|under)\s+(?:the\s+)?(?:second\s+)?Trump\s+[Aa]dministration\b|\bTrump['\u2019]s\s+first\s+(?:major\s+|new\s+)?sanctions\b|\bfirst\s+(?:major\s+)?sanctions\s+of\s+(?:Donald\s+)?Trump['\u2019]s\s+second\s+term\b|\bfirst\s+(?:major\s+)?(?:punitive\s+actions?\s+|sanctions?\s+|designations?\s+)?(?:against\s+(?:Russia|Moscow)\s+)?since\s+(?:Donald\s+|President\s+)?Trump\s+returned\s+to\s+(?:office|the\s+White\s+House|power)\b/gi;
/** Days after the first action within which a page's "first" is that action. */
const FIRST_NEWS_DAYS = 30;

function firstOfTerm(doc: Doc): Annotation[] {
  const office = doc.facts.offices.get('us-president');
  const term = office?.holders.find((h) => h.person === 'donald-trump' && h.start <= doc.asOf && (!h.end || h.end > doc.asOf));
  if (!term) return [];
  const first = doc.facts.base.sanctions
    .filter((x) => x.jurisdiction === 'usa' && x.date >= term.start && x.date <= doc.asOf)
    .sort((a, b) => (a.date < b.date ? -1 : 1))[0];
  if (!first || first.confidence !== 'verified') return [];
  const out: Annotation[] = [];
  doc.sentences.forEach((sentence, i) => {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!FIRST_GATE_RE.test(text) || !text.includes('Trump')) return;
    const around = doc.text.slice(doc.sentences[Math.max(0, i - 2)].start, sentence.end);
    if (!RUSSIA_RE.test(around) || /\b(?:if|would|could|might|whether|not|never)\b|\?/i.test(text)) return;
    FIRST_OF_TERM_RE.lastIndex = 0;
    for (let m = FIRST_OF_TERM_RE.exec(text); m; m = FIRST_OF_TERM_RE.exec(text)) {
      const recent = doc.asOf >= first.date && doc.asOf <= addDays(first.date, FIRST_NEWS_DAYS);
      const dated = datesIn(doc, { start: doc.sentences[Math.max(0, i - 2)].start, end: sentence.end }, sentence).some(
        (d) => !d.relative && d.granularity === 'day' && overlaps(d, factRange(first.date)),
      );
      if (!recent && !dated) continue;
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      out.push({
        start,
        end,
        quote: m[0],
        verdict: 'supported',
        kind: 'sanction',
        factIds: [first.id],
        message: `On record: the first US sanctions against Russia of this term came on ${formatDay(first.date)}. ${first.summary}`,
        fact: first.summary,
        sources: sourcesOf(first),
      });
    }
  });
  return out;
}

/**
 * "On July 16, 2014, the United States sharply escalated its sanctions on Russia ..., imposing, for the first time,
 * sectoral sanctions on two entities ...": the words "sectoral sanctions" in a sentence the sanction detector already
 * tied to a sectoral designation carry its verdict, so a reader sees which measure the sentence's second half names.
 */
function sectoralInSentence(doc: Doc, inner: Annotation[]): Annotation[] {
  const sectoral = new Set(doc.facts.base.sanctions.filter((s) => /sectoral/.test(s.id)).map((s) => s.id));
  const out: Annotation[] = [];
  SECTORAL_RE.lastIndex = 0;
  for (let m = SECTORAL_RE.exec(doc.text); m; m = SECTORAL_RE.exec(doc.text)) {
    const span = { start: m.index, end: m.index + m[0].length };
    const sentence = doc.sentences.find((x) => x.start <= span.start && span.start < x.end);
    if (!sentence) continue;
    const tied = inner.find(
      (a) => a.start >= sentence.start && a.end <= sentence.end && a.verdict === 'supported' && a.factIds.some((id) => sectoral.has(id)),
    );
    if (tied) out.push({ ...tied, start: span.start, end: span.end, quote: doc.text.slice(span.start, span.end) });
  }
  return out;
}

/**
 * "the EU summit agreed on the sanctions list of 40 Belarusian officials earlier this month": the EU's first listings
 * after the 2020 election (sanctions.json). Supported when the count is 40 and any day said fits 2 October 2020;
 * anything else is left alone (Lukashenko and 14 more were added on 6 November, other counts circulate).
 */
function belarusListings(doc: Doc): Annotation[] {
  const listing = doc.facts.base.sanctions.find((s) => s.id === BELARUS_2020_ID);
  if (!listing || doc.asOf < addDays(listing.date, -1)) return [];
  const around = { first: addDays(listing.date, -3), last: addDays(listing.date, 3) };
  const out: Annotation[] = [];
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!/\b(?:sanction|restrictive\s+measures|blacklist|travel\s+ban|asset\s+freeze)/i.test(text)) continue;
    // The EU named, or its Council ("The Council today imposed restrictive measures against 40 individuals") in a text on the EU.
    if (!EU_RE.test(text) && !/\bCouncil\b/.test(text)) continue;
    const m = BELARUS_COUNT_RE.exec(text);
    if (!m || (m[1].toLowerCase() !== 'forty' && Number(m[1]) !== 40) || !BELARUS_SENTENCE_RE.test(text)) continue;
    const dates = datesIn(doc, sentence, sentence);
    if (dates.length && !dates.some((d) => overlaps(d, around))) continue;
    const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
    out.push(onRecord(doc, span, listing));
  }
  return out;
}

/**
 * The EU Council's measures against Russia told by their day or year, in a text on the EU: "On 31 July 2014, the Council
 * adopted Decision 2014/512/CFSP" (a day within three of a recorded EU action), "These sanctions, first introduced in
 * 2014 in response to Russia’s actions" (the year of the EU's first recorded Russia measures). Supported or nothing.
 */
function councilAdoptions(doc: Doc): Annotation[] {
  const records = doc.facts.base.sanctions.filter((s) => s.jurisdiction === 'eu' && s.date <= doc.asOf && isConfident(s));
  if (!records.length) return [];
  const firstYear = records
    .map((r) => r.date)
    .sort()[0]
    .slice(0, 4);
  const out: Annotation[] = [];
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    const adopted = COUNCIL_ADOPTED_RE.exec(text);
    if (adopted) {
      const day = datesIn(doc, sentence, sentence).find((d) => !d.relative && d.explicitYear && d.granularity === 'day');
      const record = day && records.find((r) => [r.date, ...(r.altDates ?? [])].some((x) => gapDays(day, factRange(x)) <= 3));
      if (day && record) {
        const span = {
          start: Math.min(day.start, sentence.start + adopted.index),
          end: sentence.start + adopted.index + adopted[0].length,
        };
        out.push(annotation(doc, span, 'supported', [record.id], `On record: ${record.summary}`, record.summary, record));
      }
    }
    const first = FIRST_INTRODUCED_RE.exec(text);
    if (first && RUSSIA_RE.test(text) && first[1] === firstYear) {
      // The economic measures named ("target the financial, energy and defence sectors"): the sectoral record of that year.
      const economic = /\beconomic\b|\bsector/i.test(text)
        ? records.find((r) => r.date.startsWith(firstYear) && r.id.includes('sectoral'))
        : undefined;
      const record = economic ?? records.find((r) => r.date.startsWith(firstYear))!;
      const span = { start: sentence.start + first.index, end: sentence.start + first.index + first[0].length };
      out.push(annotation(doc, span, 'supported', [record.id], `On record: ${record.summary}`, record.summary, record));
    }
  }
  return out;
}

const MEASURE_RE = /\bsanctions?\b|\brestrictive\s+measures\b/i;
// "In July 2014, the EU adopted economic sanctions", "the EU imposed sanctions on 21 officials on 17 March 2014".
const MEASURE_VERB_RE = /\b(?:adopt(?:s|ed)?|impos(?:es|ed)|introduc(?:es|ed)|agree[sd]?|slapped|hit)\b/i;
// A timeline's line: the date first, then a colon or a dash ("July 2014: EU adopts economic sanctions ...").
const TIMELINE_HEAD_RE = /^[\s\u2022*\u2013\u2014-]*$/;
const TIMELINE_AFTER_RE = /^\s*[:\u2013\u2014-]/;
// Other issuers, and sanctions lifted or eased: not the EU's measures imposed.
const NOT_EU_MEASURE_RE =
  /\b(?:US|U\.S\.|United\s+States|American|OFAC|Treasury|Washington|UK|U\.K\.|Britain|British|Canad\w*|Japan\w*|Australia\w*|Swiss|Switzerland|Norway|Russia\s+(?:imposes|imposed|retaliat\w*)|Moscow\s+(?:imposes|imposed)|counter-?sanctions|lift\w*|eas(?:e|es|ed|ing)|suspend\w*|relax\w*|Belarus\w*|Iran\w*|Syria\w*)\b/i;
/** Days between a day said and a recorded measure's day within which it is that measure's. */
const MEASURE_DAY_SLACK = 1;

/**
 * The EU's measures against Russia dated in a timeline or a sentence on the EU: "July 2014: EU adopts economic sanctions
 * targeting finance, energy, and defence sectors", "17 March 2014: First set of sanctions imposed on 21 Russian and
 * Ukrainian officials", "In July 2014, the EU adopted economic sanctions". Supported when the day (within one) or the
 * month is that of an EU measure on record (not a package: their own detector reads those); anything else is left
 * alone, since the record does not hold every listing. A line naming another issuer, or sanctions lifted, is not read.
 */
/** Whether the EU adopted a numbered package in the month ("2022-02"). */
const packageInMonth = (doc: Doc, month: string): boolean =>
  doc.facts.base.sanctions.some((s) => s.jurisdiction === 'eu' && s.package !== undefined && s.date.startsWith(month));

function euMeasuresDated(doc: Doc): Annotation[] {
  const records = doc.facts.base.sanctions.filter((s) => s.jurisdiction === 'eu' && s.package === undefined && isConfident(s));
  const out: Annotation[] = [];
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!text.includes('anction') && !text.includes('restrictive')) continue;
    const measure = MEASURE_RE.exec(text);
    if (!measure || NOT_EU_MEASURE_RE.test(text)) continue;
    const dates = datesIn(doc, sentence, sentence).filter(
      (d) => !d.relative && d.explicitYear && (d.granularity === 'day' || d.granularity === 'month'),
    );
    // The line's own date heads it; in prose the EU is named and the measure has its verb.
    const head = dates.find(
      (d) => TIMELINE_HEAD_RE.test(doc.text.slice(sentence.start, d.start)) && TIMELINE_AFTER_RE.test(doc.text.slice(d.end, d.end + 3)),
    );
    const dated =
      head ??
      (EU_RE.test(text) && MEASURE_VERB_RE.test(text)
        ? dates.find(
            (d) =>
              !/\b(?:since|until|by|before|after|from|to|through)\s+$/i.test(
                doc.text.slice(Math.max(sentence.start, d.start - 10), d.start),
              ),
          )
        : undefined);
    if (!dated) {
      const since = sinceFirstMeasure(doc, sentence, text, records);
      if (since) out.push(since);
      continue;
    }
    const record = records.find((r) =>
      [r.date, ...(r.altDates ?? [])].some((day) =>
        dated.granularity === 'day' ? gapDays(dated, factRange(day)) <= MEASURE_DAY_SLACK : overlaps(dated, factRange(day)),
      ),
    );
    if (!record || record.date > doc.asOf) continue;
    // Round 43: a listing of persons by the month alone, in a month that also holds a numbered package ("which began in
    // February 2022": the war's month, three packages and the listings of 28 February): the month is not the listing's.
    if (dated.granularity === 'month' && record.listed?.names && packageInMonth(doc, record.date.slice(0, 7))) continue;
    const measureEnd = sentence.start + measure.index + measure[0].length;
    const span = { start: Math.min(dated.start, sentence.start + measure.index), end: Math.max(dated.end, measureEnd) };
    out.push(annotation(doc, span, 'supported', [record.id], `On record: ${record.summary}`, record.summary, record));
  }
  return out;
}

// Round 33: the EU's measures told as running since a month or a year: "Since March 2014, the EU has progressively imposed
// restrictive measures on Russia" (the Council's own wording), "the EU has imposed sanctions on Russia since 2014".
const SINCE_DATE_RE = /\bsince\s+$/i;
const AGAINST_RUSSIA_RE = /\b(?:on|against|targeting)\s+(?:the\s+)?(?:Russia|Russian\s+Federation|Moscow)\b/i;

/**
 * The EU's restrictive measures against Russia said to run since a month or a year that holds its first measure on record
 * (the listings of 17 March 2014 over Crimea): supported. Any other start is left alone: a sentence may count from a later
 * measure ("since July 2014", the sectoral sanctions, is read by the day of that record as well).
 */
function sinceFirstMeasure(doc: Doc, sentence: Span, text: string, records: Sanction[]): Annotation | null {
  if (!text.includes('ince') || !EU_RE.test(text) || !MEASURE_VERB_RE.test(text) || !AGAINST_RUSSIA_RE.test(text)) return null;
  const since = datesIn(doc, sentence, sentence).find(
    (d) =>
      !d.relative &&
      (d.granularity === 'month' || d.granularity === 'year') &&
      (SINCE_DATE_RE.test(doc.text.slice(Math.max(sentence.start, d.start - 8), d.start)) ||
        /^since\b/i.test(doc.text.slice(d.start, d.end))),
  );
  if (!since) return null;
  const record = records.find((r) => overlaps(since, factRange(r.date)));
  if (!record || record.date > doc.asOf) return null;
  // The first on record only: a month or year holding a later measure alone may not be when they began.
  const first = records.reduce((a, r) => (r.date < a.date ? r : a), records[0]);
  if (record !== first && !overlaps(since, factRange(first.date))) return null;
  const measure = MEASURE_RE.exec(text)!;
  const start = Math.min(since.start, sentence.start + measure.index);
  const end = Math.max(since.end, sentence.start + measure.index + measure[0].length);
  return annotation(doc, { start, end }, 'supported', [first.id], `On record: ${first.summary}`, first.summary, first);
}

/**
 * "EU ambassadors agreed to sanction six individuals and one organization from Russia over the poisoning of ... Alexei
 * Navalny", "The European Union and Britain imposed sanctions Thursday on six Russians": the listings of 15 October 2020
 * (sanctions.json), agreed by the EU's foreign ministers on the 12th. Supported when the count is six, the EU or Britain
 * is named and any day said falls between the two; anything else is left alone (other Navalny listings followed).
 */
function navalnyListings(doc: Doc): Annotation[] {
  const listings = NAVALNY_IDS.map((id) => doc.facts.base.sanctions.find((s) => s.id === id)).filter((s) => s !== undefined);
  const eu = listings[0];
  if (!eu || doc.asOf < (eu.altDates?.[0] ?? eu.date)) return [];
  const around = { first: eu.altDates?.[0] ?? eu.date, last: addDays(eu.date, 1) };
  const out: Annotation[] = [];
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!/\bsanction/i.test(text) || !NAVALNY_ISSUER_RE.test(text)) continue;
    const m = NAVALNY_COUNT_RE.exec(text);
    if (!m) continue;
    const dates = datesIn(doc, sentence, sentence);
    if (dates.length && !dates.some((d) => overlaps(d, around))) continue;
    const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
    const summary = listings.map((s) => s.summary).join(' ');
    const verdict = listings.every(isConfident) ? 'supported' : 'context';
    out.push({
      ...annotation(
        doc,
        span,
        verdict,
        listings.map((s) => s.id),
        `On record: ${summary}`,
        summary,
        eu,
      ),
      sources: sourcesOf(...listings),
    });
  }
  return out;
}

/**
 * "the EU has adopted 14 packages of sanctions against Russia", "Brussels has so far approved 19 sanctions packages": the
 * count of the EU's packages adopted by the article's date (sanctions.json, `package`), or up to ten days before it
 * (the press counts a package agreed by ambassadors before the Council adopts it). Supported when it fits; another
 * count is left alone, since "had adopted N packages" may be told of an earlier time. Past the sanctions list's
 * horizon nothing is said: a later package may be missing from the record.
 */
function packageCounts(doc: Doc): Annotation[] {
  if (pastHorizon(doc.facts, doc.asOf, { list: 'sanctions' })) return [];
  const packages = doc.facts.base.sanctions.filter((s) => s.jurisdiction === 'eu' && s.package !== undefined);
  const countOn = (day: string) => packages.filter((p) => p.date <= day).length;
  const out: Annotation[] = [];
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!PACKAGE_OWNER_RE.test(text) || !RUSSIA_RE.test(text) || PACKAGE_FUTURE_RE.test(text)) continue;
    PACKAGE_COUNT_RE.lastIndex = 0;
    for (let m = PACKAGE_COUNT_RE.exec(text); m; m = PACKAGE_COUNT_RE.exec(text)) {
      const said = numberFrom(m[1]);
      if (!(said >= 2 && said <= 40)) continue;
      const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
      const stated = statedAsOf(doc, span)?.range;
      const fits = stated
        ? countOn(stated.last) === said || countOn(stated.first) === said
        : countOn(doc.asOf) === said || countOn(addDays(doc.asOf, -10)) === said;
      if (!fits) continue;
      const last = packages.filter((p) => p.date <= (stated?.last ?? doc.asOf)).pop();
      if (!last) continue;
      const fact = `The EU had adopted ${said} sanctions packages against Russia by ${formatDay(last.date)} (the ${ordinalText(last.package ?? said)} on that day).`;
      out.push(
        annotation(doc, span, isConfident(last) ? 'supported' : 'context', [last.id], `On record: ${fact} ${last.summary}`, fact, last),
      );
    }
  }
  return out;
}

/**
 * "The measures were originally introduced on 31 July 2014": sanctions or measures said to be introduced on a day, in a
 * text on the EU's (or the US's) sanctions, with no one named. Supported when the day is within three days of a
 * designation of that jurisdiction on record; any other day is left alone (the text may mean a listing not recorded).
 */
function measuresIntroduced(doc: Doc): Annotation[] {
  const eu = EU_RE.test(doc.text);
  const us = US_RE.test(doc.text);
  const records = doc.facts.base.sanctions.filter((s) => (s.jurisdiction === 'eu' && eu) || (s.jurisdiction === 'usa' && us));
  if (!records.length) return [];
  const out: Annotation[] = [];
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    const m = INTRODUCED_ON_RE.exec(text);
    if (!m) continue;
    const dates = datesIn(doc, sentence, sentence).filter((d) => !d.relative && d.explicitYear && d.granularity === 'day');
    for (const d of dates) {
      const record = records.find((r) => [r.date, ...(r.altDates ?? [])].some((day) => gapDays(d, factRange(day)) <= 3));
      if (!record) continue;
      const span = { start: sentence.start + m.index, end: Math.max(sentence.start + m.index + m[0].length, d.end) };
      out.push(onRecord(doc, span, record));
      break;
    }
  }
  return out;
}

function countOf(word: string): number {
  const spelled = /(five|six|seven|eight)$/i.exec(word);
  return spelled ? SPELLED[spelled[1].toLowerCase()] : Number(word);
}

function euCounts(doc: Doc, eu: Grouping): Annotation[] {
  const counts = eu.memberCounts ?? [];
  const out: Annotation[] = [];
  for (const [form, re] of EU_COUNT_RES.entries()) {
    // One look for the word before a pass over the page for its form.
    if (form === BLOC_FORM && !doc.text.includes('bloc')) continue;
    if ((form === MINISTERS_FORM || form === THE_MINISTERS_FORM) && !/ministers|leaders|heads of/i.test(doc.text)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (out.some((a) => spansOverlap(a, span))) continue;
      if (form === THE_MINISTERS_FORM) {
        const i = doc.sentences.findIndex((x) => x.start <= span.start && span.start < x.end);
        if (i < 0) continue;
        const from = doc.sentences[Math.max(0, i - 1)].start;
        if (!EU_RE.test(doc.text.slice(from, span.end)) || ALLIANCE_RE.test(doc.text.slice(from, doc.sentences[i].end))) continue;
      }
      if (form === POSSESSIVE_FORM || form === BLOC_FORM || form === MINISTERS_FORM) {
        const sentence = doc.sentences.find((x) => x.start <= span.start && span.start < x.end);
        // The EU named before the count, or in it ("the EU's 27 leaders").
        const text = sentence ? doc.text.slice(sentence.start, form === MINISTERS_FORM ? span.end : span.start) : '';
        if (!EU_RE.test(text) || ALLIANCE_RE.test(sentence ? doc.text.slice(sentence.start, sentence.end) : '')) continue;
      }
      const said = countOf(m[1]);
      if (!counts.some((c) => c.count === said)) continue;
      // The day the count is said of: "as of February 2024" when the sentence says so, else the article's.
      const stated = statedAsOf(doc, span)?.range;
      const countOn = (day: string) => counts.find((c) => c.from <= day && (!c.until || day < c.until));
      const day = stated?.last ?? doc.asOf;
      const then = countOn(day);
      if (!then) continue;
      // A stated year or month that spans a change fits either count ("in 2020, the EU's 28 members").
      const fits = then.count === said || (stated !== undefined && countOn(stated.first)?.count === said);
      // "25 EU countries signed the letter" is as often a part of the union as the whole: only a fitting count is read there.
      if (
        !fits &&
        (form === LOOSE_FORM || form === POSSESSIVE_FORM || form === BLOC_FORM || form === MINISTERS_FORM || form === THE_MINISTERS_FORM)
      )
        continue;
      const message = fits
        ? `On record: the EU had ${then.count} member states on ${formatDay(day)}. ${eu.summary}`
        : `The EU had ${then.count} member states on ${formatDay(day)}, not ${said}; the count may be of another time or exclude one member. ${eu.summary}`;
      out.push(annotation(doc, span, fits && isConfident(eu) ? 'supported' : 'context', ['eu-member-count'], message, eu.summary, eu));
    }
  }
  return out;
}

// A run of member names: "the United States, Canada, Japan, France, Germany, Italy, and the United Kingdom".
const memberRunOf = memoByFacts((facts, _: 'g7') => {
  const g7 = facts.base.sanctionLaw?.groupings?.find((g) => g.id === 'g7');
  const names = (g7?.members ?? [])
    .flatMap((m) => m.aliases)
    .sort((a, b) => b.length - a.length)
    .map((a) => a.replace(/\./g, '\\.'));
  if (!names.length) return null;
  const name = `(?:the\\s+)?(?:${names.join('|')})(?![\\w.])`;
  return new RegExp(`\\b${name}(?:\\s*,\\s*(?:and\\s+)?${name}|\\s+and\\s+${name}){6,}`, 'g');
});

/**
 * All seven members listed, in a text that names the G7, whatever stands before the list ("the leaders of these
 * industrialized nations—comprising the United States, Canada, Japan, France, Germany, Italy, and the United Kingdom").
 * Seven distinct members are the G7 and nothing else; a shorter run is left to the lists read after the G7's name.
 */
function allSevenLists(doc: Doc, g7: Grouping): Annotation[] {
  const run = memberRunOf(doc.facts, 'g7');
  if (!run) return [];
  const members = g7.members ?? [];
  const out: Annotation[] = [];
  run.lastIndex = 0;
  for (let m = run.exec(doc.text); m; m = run.exec(doc.text)) {
    const named = new Set<number>();
    for (const item of m[0].split(/,|\band\b/)) {
      const name = item.trim().replace(/^the\s+/i, '');
      const i = members.findIndex((x) => x.aliases.some((a) => a.toLowerCase() === name.toLowerCase()));
      if (i >= 0) named.add(i);
    }
    if (named.size < members.length) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    out.push(onRecord(doc, span, g7, 'g7-members'));
  }
  return out;
}

/** An open list ends with the item after its first "and": "..., Japan and Britain, accounting for about 38%" ends at Britain. */
function closeList(list: string): string {
  const and = /\band\s/.exec(list);
  if (!and) return list;
  const comma = list.indexOf(',', and.index);
  return comma < 0 ? list : list.slice(0, comma);
}

function g7Lists(doc: Doc, g7: Grouping, jurisdictions: Doc['facts']['base']['jurisdictions']): Annotation[] {
  const members = g7.members ?? [];
  const memberOf = (name: string) => members.findIndex((m) => m.aliases.some((a) => a.toLowerCase() === name.toLowerCase()));
  const nonMembers = new Set(NON_MEMBERS.map((n) => n.toLowerCase()));
  for (const j of jurisdictions) if (j.kind === 'country' && memberOf(j.name) < 0) nonMembers.add(j.name.toLowerCase());
  const out: Annotation[] = [];
  G7_LIST_RE.lastIndex = 0;
  for (let m = G7_LIST_RE.exec(doc.text); m; m = G7_LIST_RE.exec(doc.text)) {
    const bracketed = m[1] !== undefined;
    // "the G-7 members -- Britain, Canada, ..., plus the European Union -- and Australia": the list ends at the second dash.
    const list = m[1] ?? closeList((m[2] ?? m[3]).replace(/\s*--.*$/, ''));
    const items = list
      // "The G7 includes the UK as well as Canada, France, ...": "as well as" joins items too.
      .split(/,|\band\b|&|\bas\s+well\s+as\b/)
      .map((s) =>
        s
          .trim()
          .replace(/^(?:and|plus|as\s+well\s+as)\s+/i, '')
          .replace(/^the\s+/i, '')
          .trim(),
      )
      .filter(Boolean);
    const named = new Set<number>();
    let outsiders = 0;
    let unknown = 0;
    for (const item of items) {
      if (/^(?:EU|E\.U\.|European\s+Union)$/i.test(item)) continue;
      const i = memberOf(item);
      if (i >= 0) named.add(i);
      else if (nonMembers.has(item.toLowerCase())) outsiders++;
      else unknown++;
    }
    if (named.size < 5 || unknown > 0) continue;
    // The list ends with the last item, not the sentence.
    const tail = m[2] ?? m[3];
    const listEnd = bracketed ? m.index + m[0].length : m.index + m[0].length - tail.length + list.trimEnd().length;
    const span = { start: m.index, end: listEnd };
    if (outsiders === 0) out.push(onRecord(doc, span, g7, 'g7-members'));
    else if (outsiders === 1 && bracketed && isConfident(g7))
      out.push(
        annotation(
          doc,
          span,
          'contradicted',
          ['g7-members'],
          `Not so: the list names a country that is not in the G7. ${g7.summary}`,
          g7.summary,
          g7,
        ),
      );
  }
  return out;
}

function oilBansInEffect(doc: Doc, bans: OilBan[]): Annotation[] {
  const out: Annotation[] = [];
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    const effect = IN_EFFECT_RE.exec(text);
    const sanction = OIL_SANCTION_RE.exec(text);
    if (!effect || !sanction || !EU_RE.test(text) || !RUSSIA_RE.test(text)) continue;
    const dates = datesIn(doc, sentence, sentence).filter((d) => d.granularity === 'day');
    const product = PRODUCTS_RE.test(text) && !/\bcrude\b/i.test(text) ? 'products' : 'crude';
    const ban = bans.find((b) => b.product === product && dates.some((d) => gapDays(d, factRange(b.applies)) <= 1));
    if (!ban || doc.asOf < ban.adopted) continue;
    const date = dates.find((d) => gapDays(d, factRange(ban.applies)) <= 1)!;
    const ends = [sentence.start + effect.index + effect[0].length, sentence.start + sanction.index + sanction[0].length, date.end];
    const starts = [sentence.start + effect.index, sentence.start + sanction.index, date.start];
    const span: Span = { start: Math.min(...starts), end: Math.max(...ends) };
    out.push(onRecord(doc, span, ban));
  }
  return out;
}

/** A claim confirmed by one record: supported when the record is confident, else context. */
function onRecord(
  doc: Doc,
  span: Span,
  record: { id: string; summary: string; confidence: string; disputed?: string; sources: Array<{ url: string }> },
  factId = record.id,
): Annotation {
  return annotation(
    doc,
    span,
    isConfident(record) ? 'supported' : 'context',
    [factId],
    `On record: ${record.summary}`,
    record.summary,
    record,
  );
}

function annotation(
  doc: Doc,
  span: Span,
  verdict: Annotation['verdict'],
  factIds: string[],
  message: string,
  fact: string,
  source: Parameters<typeof sourcesOf>[0],
): Annotation {
  return {
    start: span.start,
    end: span.end,
    quote: doc.text.slice(span.start, span.end),
    verdict,
    kind: 'sanction',
    factIds,
    message,
    fact,
    sources: sourcesOf(source),
  };
}
