// The US legal authorities that sanctions designations cite: executive orders ("The restrictions
// fall under Executive Order No. 14024"), the Sectoral Sanctions Identification List that E.O.
// 13662 created in July 2014, and its directives ("Directive 2 on Rosneft and Novatek").
//
// An order the fact base knows is supported when a designation on record cites it and is named
// or dated nearby (its targets in the paragraph, or the article within a week of it); otherwise it
// gets context saying what the order is. Red flags only where the claim is beyond doubt:
// - a date written next to the order as its own ("Executive Order 14024 of April 15, 2022",
//   "E.O. 13662, signed in 2015") that misses the signing by more than a week;
// - "signed by President X" next to it where X is a US president who did not sign it.
import type { ExecutiveOrder, Sanction } from '../../facts/schema';
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { matchesIn } from '../doc';
import type { Span } from '../sentences';
import { factRange, findDates, formatDay, gapDays } from '../dates';
import { isConfident, sourcesOf } from '../holders';
import { peopleIn } from './clauses';
import type { ClaimDetector } from '../detector';
import { memoByFacts } from '../memo';
import type { FactIndex } from '../../facts/load';
import { spansOverlap } from '../sentences';
import { warmed } from '../triggers';

const EO_RE = /\b(?:Executive\s+Orders?|E\.\s?O\.|EO)\s*(?:\((?:E\.\s?O\.|EO)\)\s*)?(?:No\.?\s*|number\s+)?(1[34]\d{3})\b/g;
const SSI_RE = /\bSectoral Sanctions Identification(?: \(SSI\))? List\b|\bSSI List\b|\(SSI\)/;
const DIRECTIVE_RE = /\bDirective\s+([1-4])\b/g;
// "of April 15, 2021", ", signed on 20 March 2014", ", issued in 2014", ", dated March 6, 2014".
const OWN_DATE_RE =
  /^\s*(?:\([^)]{0,30}\)\s*)?(?:,\s*)?(?:of|(?:which\s+was\s+|that\s+was\s+|was\s+)?(?:signed|issued|dated|enacted)\s+(?:by\s+[^,.;]{1,40}?\s+)?(?:on|in)?)\s+/i;
const SIGNED_BY_RE = /^\s*(?:\([^)]{0,30}\)\s*)?,?\s*(?:which\s+|that\s+)?(?:was\s+)?(?:signed|issued)\s+by\s+/i;
// Round 47: the verb before the order, its day after: "President Biden signed Executive Order 14068 on March 11, 2022".
const SIGNED_BEFORE_RE = /\b(?:signed|issued)\s+(?:the\s+|an\s+)?$/i;
const ON_AFTER_RE = /^\s*(?:\([^)]{0,30}\)\s*)?,?\s*on\s+/i;
/** Days a written-out day may miss the signing and still be the order's (a page's time zone, a day of announcement). */
const SIGNED_DAY_SLACK = 1;
// How far the paragraph's targets and dates reach back for the designation an order is cited for.
const REACH = 1500;
const US_PRESIDENT = 'us-president';

const TRIGGERS: ClaimDetector['triggers'] = [
  { words: ['executive orders?', 'e\\.\\s?o', 'ssi'] },
  // "The first sanctions against Russia were imposed back in 2014".
  { words: ['sanctions'], marks: ['\\bfirst\\b'] },
];

/** Adds these claims to the sanction detector's: the same kind of claim, told in other words. */
export function withExecutiveOrders(sanctions: ClaimDetector): ClaimDetector {
  return {
    kind: sanctions.kind,
    triggers: [...sanctions.triggers, ...TRIGGERS],
    find: (doc, ctx) => {
      const own = findOrderClaims(doc);
      // The EU's first sanctions told as such ("The first set of EU sanctions ... were adopted in March 2014") are read
      // here whole; the designation detector's reading of the same words by the EU's day adds nothing.
      const first = own.filter((a) => a.factIds.some((id) => !id.startsWith('executive-order-')));
      const inner = sanctions.find(doc, ctx).filter((a) => !first.some((b) => spansOverlap(a, b) && a.verdict === 'supported'));
      return [...inner, ...own];
    },
  };
}

function findOrderClaims(doc: Doc): Annotation[] {
  const orders = doc.facts.base.sanctionLaw?.executiveOrders ?? [];
  if (!orders.length) return [];
  const out: Annotation[] = [];
  EO_RE.lastIndex = 0;
  // EO_RE needs one of its three words: plain searches for them first, since most texts cite no order.
  const cited = doc.text.includes('Executive') || doc.text.includes('EO') || doc.text.includes('E.');
  for (let m = cited ? EO_RE.exec(doc.text) : null; m; m = EO_RE.exec(doc.text)) {
    const order = orders.find((o) => o.number === Number(m![1]));
    if (!order) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    out.push(judgeOrder(doc, order, span));
  }
  out.push(...ssiClaims(doc));
  if (doc.text.includes('first')) out.push(...firstSanctions(doc, orders));
  return out;
}

// "The first sanctions against Russia were imposed back in 2014", "The first set of EU sanctions ('restrictive
// measures') against Russia were adopted in March 2014": the year the sanctions over Ukraine began.
const FIRST_SANCTIONS_RE =
  /\b[Tt]he\s+first\s+(?:(?:set|round|wave)\s+of\s+)?(?:(?:EU|E\.U\.|US|U\.S\.|Western|international)\s+)?sanctions(?:\s+\([^)]{0,40}\))?\s+(?:against|on)\s+Russia\b[^.;]{0,40}?\b(?:in|back\s+in|date\s+back\s+to|from)\s+((?:March|April)\s+)?(20\d\d)\b/g;
// The order that declared the Ukraine-related emergency: the first sanctions over Russia's actions in Ukraine.
const FIRST_ORDER = 13660;

/**
 * The first sanctions against Russia, said to date from 2014 (or March 2014): supported by the first order of March
 * 2014, or, said of the EU's, by the EU's first measure on record (17 March 2014). Any other year is left alone: "the
 * first sanctions" may be of this war (2022), or older ones (the Magnitsky Act of 2012).
 */
function firstSanctions(doc: Doc, orders: ExecutiveOrder[]): Annotation[] {
  const order = orders.find((o) => o.number === FIRST_ORDER);
  if (!order || order.confidence !== 'verified') return [];
  const out: Annotation[] = [];
  warmed(FIRST_SANCTIONS_RE, doc.text).lastIndex = 0;
  for (let m = FIRST_SANCTIONS_RE.exec(doc.text); m; m = FIRST_SANCTIONS_RE.exec(doc.text)) {
    if (m[2] !== order.signed.slice(0, 4) || (m[1] && !/^March/.test(m[1]))) continue;
    const found = { start: m.index, end: m.index + m[0].length, quote: m[0], verdict: 'supported', kind: 'sanction' } as const;
    const eu = /\b(?:EU|E\.U\.)\s/.test(m[0]) ? firstEuMeasure(doc) : undefined;
    if (eu && eu.date.startsWith(m[1] ? `${m[2]}-03` : m[2])) {
      out.push({ ...found, factIds: [eu.id], message: `On record: ${eu.summary}`, fact: eu.summary, sources: sourcesOf(eu) });
      continue;
    }
    out.push({
      ...found,
      factIds: [`executive-order-${order.number}`],
      message: `On record: sanctions over Russia's actions in Ukraine began in March ${m[2]}, when Executive Order ${order.number} of ${formatDay(order.signed)} declared the Ukraine-related national emergency.`,
      fact: `Executive Order ${order.number} of ${formatDay(order.signed)}: ${order.title}.`,
      sources: sourcesOf(order),
    });
  }
  return out;
}

/** The EU's earliest measure against Russia on record, when verified. */
function firstEuMeasure(doc: Doc): Sanction | undefined {
  const first = doc.facts.base.sanctions
    .filter((s) => s.jurisdiction === 'eu')
    .reduce<Sanction | undefined>((a, s) => (!a || s.date < a.date ? s : a), undefined);
  return first?.confidence === 'verified' ? first : undefined;
}

const signedDays = (o: ExecutiveOrder) => [o.signed, ...(o.altDates ?? [])].map(factRange);

function judgeOrder(doc: Doc, order: ExecutiveOrder, span: Span): Annotation {
  const fact = `Executive Order ${order.number} of ${formatDay(order.signed)}, signed by ${personName(doc, order.president)}: ${order.title}.`;
  const make = (verdict: Annotation['verdict'], message: string, claim: Span = span, extra: Sanction[] = []): Annotation => ({
    start: claim.start,
    end: claim.end,
    quote: doc.text.slice(claim.start, claim.end),
    verdict,
    kind: 'sanction',
    factIds: [`executive-order-${order.number}`, ...extra.map((s) => s.id)],
    message,
    fact,
    sources: sourcesOf(order, ...extra),
  });
  const after = doc.text.slice(span.end, Math.min(doc.text.length, span.end + 120));
  const sure = isConfident(order) && doc.dateCertain;

  // A date given as the order's own.
  const before = doc.text.slice(Math.max(0, span.start - 30), span.start);
  const own = OWN_DATE_RE.exec(after) ?? (SIGNED_BEFORE_RE.test(before) ? ON_AFTER_RE.exec(after) : null);
  if (own) {
    const from = span.end + own[0].length;
    const date = findDates(doc.text, from, Math.min(doc.text.length, from + 40), { asOf: doc.asOf, future: false }).find(
      (d) => d.start === from,
    );
    if (date && !date.relative) {
      const claim = { start: span.start, end: date.end };
      const off = signedDays(order).every((r) => gapDays(date, r) > 7);
      // Round 47: a day written out within the week but not the signing's ("Executive Order 14329, signed on July 30, 2025",
      // of August 6's) is not confirmed: said beside it, not flagged, since a page may date the order by its announcement.
      const nearDay = !off && date.granularity === 'day' && signedDays(order).every((r) => gapDays(date, r) > SIGNED_DAY_SLACK);
      if (nearDay)
        return make(
          'context',
          `Executive Order ${order.number} was signed on ${formatDay(order.signed)}, not ${doc.text.slice(date.start, date.end)}.`,
          claim,
        );
      if (!off) return make(order.confidence === 'verified' ? 'supported' : 'context', `On record: ${fact}`, claim);
      return make(
        sure && (date.explicitYear || date.granularity === 'year') ? 'contradicted' : 'context',
        `Executive Order ${order.number} was signed on ${formatDay(order.signed)}, not ${doc.text.slice(date.start, date.end)}.`,
        claim,
      );
    }
  }
  // "signed by President Trump".
  const by = SIGNED_BY_RE.exec(after);
  if (by) {
    const from = span.end + by[0].length;
    const who = peopleIn(doc, { start: from, end: Math.min(doc.text.length, from + 40) })[0];
    if (who) {
      const claim = { start: span.start, end: who.end };
      if (who.personId === order.president)
        return make(order.confidence === 'verified' ? 'supported' : 'context', `On record: ${fact}`, claim);
      const president = doc.facts.offices.get(US_PRESIDENT);
      const wasPresident = president?.holders.some((h) => h.person === who.personId);
      if (wasPresident)
        return make(
          sure ? 'contradicted' : 'context',
          `Executive Order ${order.number} was signed by ${personName(doc, order.president)} on ${formatDay(order.signed)}, not by ${personName(doc, who.personId)}.`,
          claim,
        );
    }
  }
  // Cited for a designation on record: its targets named nearby, or the article within a week of it.
  const citing = doc.facts.base.sanctions.filter((s) => new RegExp(`\\b${order.number}\\b`).test(s.programme) && s.date <= doc.asOf);
  const window = { start: Math.max(0, span.start - REACH), end: Math.min(doc.text.length, span.end + 400) };
  const named = new Set(matchesIn(doc, window, 'org').map((o) => o.value.id));
  const cited =
    citing.find((s) => s.targets.some((t) => named.has(t)) && gapDays(factRange(s.date), factRange(doc.asOf)) <= 366) ??
    citing.find((s) => gapDays(factRange(s.date), factRange(doc.asOf)) <= 7);
  if (cited && order.confidence === 'verified')
    return make('supported', `On record: ${describeSanction(doc, cited)}, under Executive Order ${order.number}.`, span, [cited]);
  return make('context', `${fact}`);
}

// Built once (speed, round 41): a literal in ssiRecordOf was a new expression, parsed again, at each call.
const SSI_RECORD_OF_RE = /Sectoral Sanctions Identification List/;
/** The US record that created the SSI list, looked up once per fact base. */
const ssiRecordOf = memoByFacts((facts: FactIndex, jurisdiction: 'usa') =>
  facts.base.sanctions.find((s) => SSI_RECORD_OF_RE.test(s.summary) && s.jurisdiction === jurisdiction),
);

/** "created the Sectoral Sanctions Identification List (SSI)", "Directive 2 ... Rosneft and Novatek". */
function ssiClaims(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const ssi = ssiRecordOf(doc.facts, 'usa');
  // SSI_RE needs one of these in the sentence, so in the text.
  if (!ssi || !(doc.text.includes('SSI') || doc.text.includes('Sectoral Sanctions Identification'))) return out;
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    const list = SSI_RE.exec(text);
    if (list && /\b(creat\w*|establish\w*|set up|introduc\w*|first)\b/i.test(text) && doc.asOf >= ssi.date) {
      const dates = findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf, future: false });
      const fits = !dates.length
        ? gapDays(factRange(ssi.date), factRange(doc.asOf)) <= 7
        : dates.some((d) => gapDays(d, factRange(ssi.date)) <= 1);
      if (fits && ssi.confidence === 'verified') {
        const verb = /\b(creat\w*|establish\w*|set up|introduc\w*)\b/i.exec(text);
        const start = sentence.start + Math.min(verb?.index ?? list.index, list.index);
        const end = sentence.start + list.index + list[0].length;
        out.push(ssiAnnotation(doc, ssi, { start, end }, `On record: the SSI List was created on ${formatDay(ssi.date)}. ${ssi.summary}`));
      }
    }
    // "Directive 2 ... Rosneft and Novatek": the directive's targets named with it.
    DIRECTIVE_RE.lastIndex = 0;
    for (let m = DIRECTIVE_RE.exec(text); m; m = DIRECTIVE_RE.exec(text)) {
      if (!new RegExp(`Directive ${m[1]}\\b`).test(ssi.programme)) continue;
      const targets = matchesIn(doc, sentence, 'org').filter((o) => ssi.targets.includes(o.value.id));
      if (!targets.length || doc.asOf < ssi.date) continue;
      const start = sentence.start + m.index;
      out.push(ssiAnnotation(doc, ssi, { start, end: start + m[0].length }, `On record: ${describeSanction(doc, ssi)}`));
    }
  }
  return out;
}

function ssiAnnotation(doc: Doc, ssi: Sanction, span: Span, message: string): Annotation {
  return {
    ...span,
    quote: doc.text.slice(span.start, span.end),
    verdict: 'supported',
    kind: 'sanction',
    factIds: [ssi.id],
    message,
    fact: ssi.summary,
    sources: sourcesOf(ssi),
  };
}

function describeSanction(doc: Doc, s: Sanction): string {
  const issuer = doc.facts.organisations.get(s.issuer)?.name ?? s.issuer;
  return `${issuer}, ${formatDay(s.date)}: ${s.summary}`;
}

function personName(doc: Doc, id: string): string {
  return doc.facts.people.get(id)?.name ?? id;
}
