// The six-monthly renewals of the EU's economic sanctions on Russia (Council Decision 2014/512/CFSP, which lapses on
// 31 January and 31 July unless the Council renews it), read in every wording a page uses:
//
// - "The Council today renewed for a further 6 months its restrictive measures ..., until 31 July 2024", "renew the
//   sanctions targeting specific economic sectors ... for a further six months, until 31 January 2021", "The sanctions have
//   been extended for six months — until July 31, 2022", "prolonged ... by six months until July 2020", "agreed to extend
//   economic sanctions against Russia until 31 January 2020";
// - the leaders' political agreement told by its day: "the summit on December 16 decided to extend economic sanctions
//   against the Russian Federation" (formalised by the Council on 13 January 2022).
//
// Each renewal is a record of sanctions.json with the day the measures then ran to (`until`) and, where the leaders agreed it
// first, their day (`agreed`). Which renewal a sentence tells of is given by a day it names (the decision's or the leaders'),
// else by the page's day (a renewal decided or agreed within weeks of it).
//
// - Supported: the expiry said is that of a renewal on record known by the page's day (and, if the sentence dates the
//   decision, that renewal's); or "for six months" with a renewal near the page's day; or the leaders' day.
// - Contradicted only when the regime is named beyond doubt (the EU's economic or sectoral sanctions on Russia: not the
//   individual listings, renewed to 15 March and 15 September, nor Crimea's, to 23 June), the renewal is told as done, the
//   renewal it tells of is on record, and the expiry said is another 31 January or 31 July (a month and year, or the day),
//   with its year written out. Anything else is left alone.
import type { Sanction } from '../../facts/schema';
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { Span } from '../sentences';
import { addDays, factRange, formatDay, gapDays, overlaps, type DateMention } from '../dates';
import { isConfident, sourcesOf } from '../holders';
import { memoByFacts } from '../memo';
import type { FactIndex } from '../../facts/load';
import { datesIn } from './clauses';
import { gated } from '../triggers';
import { sanctionOnRecord } from './sanction-targets';

export const RENEWAL_GATE_RE = gated(/\b(?:renew|extend|prolong|roll)/i);
const VERB_RE =
  /\b(?:renew(?:ed|s|ing|al)?|extend(?:ed|s|ing)?|extension|prolong(?:ed|s|ing|ation)?|roll(?:ed|s|ing)?[- ]?over|roll-over)\b/i;
const MEASURES_RE = /\b(?:sanctions|restrictive\s+measures|measures|restrictions|penalties)\b/i;
const EU_RE = /\b(?:EU|E\.U\.|European\s+Union|European\s+Council|Council|Brussels|the\s+bloc|Twenty-Seven)(?![\w.])/;
// "The Council today renewed for a further 6 months", "extended ... for another six months".
const SIX_MONTHS_RE =
  /\b(?:for|by)\s+(?:a\s+further|another|an\s+additional|the\s+next|a\s+new|further)?\s*(?:six|6)(?:\s+more)?\s+months\b/i;
/** The expiry said: "until 31 January 2021", "— until July 31, 2022", "until the end of July 2020", "through January 2026". */
const UNTIL_RE = /\b(?:until|till|through|to)\s+(?:the\s+end\s+of\s+)?$/i;
// Another issuer, or Russia's own counter-measures extended: "Russia prolonged its food embargo until the end of 2017".
const OTHER_ISSUER_RE =
  /\b(?:US|U\.S\.|United\s+States|American|OFAC|Treasury|Washington|UK|U\.K\.|Britain|British|Canad\w*|Japan\w*|Australia\w*|Swiss|Switzerland|Norway|counter-?sanctions|food\s+embargo|retaliat\w*|Kremlin|Putin|Medvedev|(?:Russia|Moscow)['\u2019]s\s+(?:own\s+)?(?:economic\s+)?(?:sanctions|counter\w*|embargo|ban)|(?:on|against)\s+(?:the\s+)?(?:EU|European|Western|West)\b|Ukraine['\u2019]?s?\s+(?:has\s+)?(?:extended|renewed|prolonged)|Kyiv|Zelensk\w*|Verkhovna\s+Rada)\b/i;
// The economic regime named: "economic sanctions", "sectoral", "specific sectors of the Russian economy".
const ECONOMIC_RE = /\beconomic\b|\bsectoral\b|\bsectors?\b/i;
const RUSSIA_RE = /\b(?:Russia|Russian|Russia['\u2019]s|Moscow)\b/;
// Other EU regimes on Russia, renewed on other days: the individual listings (15 March, 15 September), Crimea (23 June).
const OTHER_REGIME_RE =
  /\b(?:individual|individuals|persons|entities|listings?|asset\s+freezes?|travel\s+bans?|Crimea\w*|Sevastopol|Belarus\w*|chemical|cyber\w*|human\s+rights|officials)\b/i;
// The renewal told as done: not a plan, a wish, a doubt, a condition or a denial.
const UNSURE_RE =
  /\b(?:not|n['\u2019]t|never|no|could|would|may|might|will|shall|should|expected|likely|set\s+to|plan\w*|propos\w*|consider\w*|urg\w*|call(?:ed|s|ing)?\s+(?:for|on)|seek\w*|want\w*|aim\w*|intend\w*|prepar\w*|threat\w*|block\w*|veto\w*|if|whether|unless|reportedly|ready)\b|\?/i;
// "decided", "agreed", "took the political decision": the leaders' agreement, with its day.
const DECIDED_RE = /\b(?:decided|agreed|approved|endorsed|backed|political\s+decision|reached\s+(?:an\s+)?agreement)\b/i;
/** Days around a renewal within which a page tells of it with no day of its own. */
const NEWS_DAYS = 21;

const renewalsOf = memoByFacts((facts: FactIndex, _: 'all') =>
  facts.base.sanctions.filter((s) => s.jurisdiction === 'eu' && s.until && isConfident(s)).sort((a, b) => (a.date < b.date ? -1 : 1)),
);

/** The renewal's first day known: the leaders' agreement, else the Council's decision. */
const knownFrom = (s: Sanction) => s.agreed ?? s.date;

export function economicRenewals(doc: Doc): Annotation[] {
  const renewals = renewalsOf(doc.facts, 'all');
  if (!renewals.length) return [];
  const out: Annotation[] = [];
  doc.sentences.forEach((sentence, i) => {
    const text = doc.text.slice(sentence.start, sentence.end);
    const verb = VERB_RE.exec(text);
    if (!verb || !MEASURES_RE.test(text) || OTHER_ISSUER_RE.test(text)) return;
    // The EU named in the sentence, or (for a sentence that goes on, "The sanctions have been extended ...") in the three
    // before it.
    const before = doc.text.slice(doc.sentences[Math.max(0, i - 3)].start, sentence.start);
    // "renew the sanctions targeting specific economic sectors of the Russian Federation": the EU's own formula for the regime,
    // enough to confirm by (a red flag still needs the EU named, in contradiction()).
    const euHere = EU_RE.test(text) || (ECONOMIC_RE.test(text) && RUSSIA_RE.test(text));
    if (
      !euHere &&
      !(
        EU_RE.test(before) &&
        /^\s*(?:The|These|Those|EU|Its|Their)?\s*(?:economic\s+)?(?:sanctions|measures|restrictions|penalties)\b/i.test(text)
      )
    )
      return;
    if (!euHere && !RUSSIA_RE.test(text) && !RUSSIA_RE.test(before)) return;
    const verbAt = sentence.start + verb.index;
    const dates = datesIn(doc, sentence, sentence).filter((d) => d.granularity === 'day' || d.granularity === 'month');
    const until = untilDate(doc, sentence, dates, verbAt);
    const others = dates.filter((d) => d !== until);
    // The renewal a day of the sentence names (the Council's or the leaders'), else the one near the page's day.
    const named = others.length
      ? renewals.find((r) => others.some((d) => [r.date, r.agreed].some((x) => x && gapDays(d, factRange(x)) <= 1)))
      : undefined;
    if (others.length && !named) {
      // A day that is no renewal's: only an expiry that is some renewal's own is confirmed.
      if (until) confirmExpiry(doc, renewals, until, verbAt, out);
      return;
    }
    const near = named ?? renewals.find((r) => doc.asOf >= addDays(knownFrom(r), -7) && doc.asOf <= addDays(r.date, NEWS_DAYS));
    if (until) {
      const said = renewals.find((r) => overlaps(until, factRange(r.until!)) && knownFrom(r) <= addDays(doc.asOf, 7));
      if (said && (!named || said === named)) {
        out.push(sanctionOnRecord(doc, { start: verbAt, end: until.end }, said));
        return;
      }
      // The decision dated in the sentence, and the expiry said another renewal's (or none's).
      if (near && (!said || named)) {
        const flag = contradiction(doc, sentence, i, until, near, verbAt);
        if (flag) out.push(flag);
      }
      return;
    }
    if (!near) return;
    // "for a further six months" with no expiry said, or the leaders' day: "the summit on December 16 decided to extend".
    const six = SIX_MONTHS_RE.exec(text.slice(verb.index));
    if (six) {
      if (near.date > doc.asOf && !DECIDED_RE.test(text)) return;
      out.push(sanctionOnRecord(doc, { start: verbAt, end: verbAt + six.index + six[0].length }, near));
      return;
    }
    if (named && DECIDED_RE.test(text) && (ECONOMIC_RE.test(text) || /\brestrictive\s+measures\b/i.test(text))) {
      const day = others.find((d) => [named.date, named.agreed].some((x) => x && gapDays(d, factRange(x)) <= 1))!;
      out.push(sanctionOnRecord(doc, { start: Math.min(day.start, verbAt), end: Math.max(day.end, verbAt + verb[0].length) }, named));
    }
  });
  return out;
}

/** The date right after "until", "through" or "to", after the verb. */
function untilDate(doc: Doc, sentence: Span, dates: DateMention[], verbAt: number): DateMention | undefined {
  return dates.find(
    (d) =>
      d.start > verbAt &&
      !d.relative &&
      UNTIL_RE.test(doc.text.slice(Math.max(sentence.start, d.start - 24), d.start).replace(/[\s\u2014\u2013-]+$/, ' ')),
  );
}

function confirmExpiry(doc: Doc, renewals: readonly Sanction[], until: DateMention, verbAt: number, out: Annotation[]): void {
  const said = renewals.find((r) => overlaps(until, factRange(r.until!)) && r.date <= doc.asOf);
  if (said) out.push(sanctionOnRecord(doc, { start: verbAt, end: until.end }, said));
}

function contradiction(doc: Doc, sentence: Span, index: number, until: DateMention, near: Sanction, verbAt: number): Annotation | null {
  if (!doc.dateCertain || !until.explicitYear) return null;
  const text = doc.text.slice(sentence.start, sentence.end);
  const previous = index > 0 ? doc.text.slice(doc.sentences[index - 1].start, doc.sentences[index - 1].end) : '';
  // The regime beyond doubt: the economic or sectoral sanctions, on Russia, by the EU, in this sentence or the one before.
  if (!EU_RE.test(text) && !EU_RE.test(previous)) return null;
  if (!ECONOMIC_RE.test(text) && !(ECONOMIC_RE.test(previous) && !/\beconomic\b|\bsector/i.test(text) && EU_RE.test(previous))) return null;
  if (!RUSSIA_RE.test(text) && !RUSSIA_RE.test(previous)) return null;
  if (OTHER_REGIME_RE.test(text) || UNSURE_RE.test(text)) return null;
  // Told as done, and the renewal told of decided by the page's day.
  if (near.date > doc.asOf && !(near.agreed && near.agreed <= doc.asOf)) return null;
  // Only another lapse day of this regime (31 January or 31 July): any other day may be another regime's.
  const month = Number(until.first.slice(5, 7));
  if (month !== 1 && month !== 7) return null;
  if (until.granularity === 'day' && until.first.slice(8, 10) !== '31') return null;
  const span = { start: verbAt, end: until.end };
  const message = `The EU's economic sanctions on Russia were renewed on ${formatDay(near.date)} until ${formatDay(near.until!)}, not until ${doc.text.slice(until.start, until.end)}. ${near.summary}`;
  return {
    start: span.start,
    end: span.end,
    quote: doc.text.slice(span.start, span.end),
    verdict: 'contradicted',
    kind: 'sanction',
    factIds: [near.id],
    message,
    fact: near.summary,
    sources: sourcesOf(near),
  };
}
