// Several issuers told as acting together against the same companies: "In October 2025, the US, UK, and EU implemented
// coordinated sanctions against Russia's two largest oil companies: ... (Rosneft) and ... (Lukoil)" (held-out 19 xb106,
// November 2025). Each issuer named is held to its own records at the time told: the UK designated both on 15 October
// 2025 and the US on 22 October, but the EU's 19th package of 23 October listed Rosneft and Gazprom Neft, not Lukoil.
//
// - Read only where the issuers stand as one list ("the US, UK, and EU", "the United States and Britain"), a verb of a
//   sanction after it ("implemented", "imposed", "sanctioned") and the companies after the verb, with a month or a day
//   told in the sentence.
// - Supported when every issuer named has a verified designation of every company named in that time.
// - Contradicted only when an issuer's records in that time are on file with the companies they listed (a record that
//   lists none, like most EU packages, says nothing of who was left out), none lists a company named, and another
//   issuer of the list did designate it then: the time and the companies identify the action, and the issuer left out
//   is plainly not in it. A record whose only dispute is its day counts when every day it gives falls in the time told.
// - Never a plan, a proposal, a call, a negation or a future; never past the sanctions' horizon.
//
// The single-issuer reader (sanction.ts) would confirm such a sentence with any one issuer's record of the month; the
// wrapper drops its confirmations inside a list this reader judged.
import type { Sanction } from '../../facts/schema';
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { ClaimDetector } from '../detector';
import { matchesIn } from '../doc';
import { factRange, formatDay, overlaps, type DateMention, type DayRange } from '../dates';
import { sourcesOf } from '../holders';
import { pastHorizon } from '../horizon';
import { memoByFacts } from '../memo';
import type { FactIndex } from '../../facts/load';
import { datesIn } from './clauses';
import { spansOverlap } from '../sentences';
import { gated } from '../triggers';

const SANCTION_WORD_RE = gated(/\b(?:sanction(?:s|ed|ing)?|designat(?:ed|ion|ions)|blacklist(?:ed|s)?|asset freezes?)\b/i);
/** What joins two issuers of one list: ", ", " and ", ", and ", "&", each with "the" after it or not. */
const LIST_JOIN_RE = /^\s*(?:,\s*(?:and\s+|&\s+)?|and\s+|&\s+)(?:the\s+)?$/i;
/** The act, between the list and the companies. */
const ACT_RE =
  /\b(?:implemented|imposed|introduced|announced|unveiled|levied|slapped|sanctioned|designated|blacklisted|targeted|froze|hit|placed|put|added)\b/i;
const UNSURE_RE =
  /\b(?:not|n['\u2019]t|never|could|would|may|might|will|shall|should|plan\w*|propos\w*|consider\w*|threat\w*|urg\w*|call(?:ed|s|ing)?\s+(?:for|on)|seek\w*|aim\w*|expect\w*|intend\w*|prepar\w*|weigh\w*|mull\w*|if|whether|unless|except|other\s+than|rather\s+than|instead)\b|\?/i;
/** Rosneft and Lukoil told by what they are: "Russia's two largest oil companies", "the two biggest Russian oil producers". */
const TWO_LARGEST_RE =
  /\b(?:Russia['\u2019]s|the)\s+two\s+(?:largest|biggest)\s+(?:Russian\s+)?oil\s+(?:companies|producers|firms|majors|groups)\b/i;
/** The list a company is put on, told after it: "on a sanctions list", "to its blacklist", "onto the SDN list". */
const LIST_AFTER_RE =
  /^\s+(?:on|onto|to|into)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:sanctions?\s+lists?|blacklists?|SDN\s+list)\b/i;
/** Where the list's own clause ends before its companies: "; while the EU ...". */
const CLAUSE_END_RE = /;|\bwhile\b|\bwhereas\b|\bbut\b/i;

const issuingOf = memoByFacts((facts: FactIndex, _: 'all') => new Set(facts.base.sanctions.map((s) => s.jurisdiction)));

export function withJointSanctions(sanctions: ClaimDetector): ClaimDetector {
  return {
    kind: sanctions.kind,
    triggers: sanctions.triggers,
    find: (doc, ctx) => {
      const found = sanctions.find(doc, ctx);
      if (!SANCTION_WORD_RE.test(doc.text)) return found;
      const judged = jointClaims(doc);
      if (!judged.length) return found;
      // The single-issuer reader's confirmations inside a claim judged here are one issuer's, not the list's.
      const kept = found.filter((f) => f.verdict !== 'supported' || !judged.some((j) => spansOverlap(f, j.claim)));
      return [...kept, ...judged.flatMap((j) => (j.annotation ? [j.annotation] : []))];
    },
  };
}

interface Judged {
  /** From the first issuer to the last company. */
  claim: { start: number; end: number };
  annotation: Annotation | null;
}

function jointClaims(doc: Doc): Judged[] {
  const issuing = issuingOf(doc.facts, 'all');
  const out: Judged[] = [];
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!SANCTION_WORD_RE.test(text)) continue;
    const quals = matchesIn(doc, sentence, 'qualifier').filter((q) => issuing.has(q.value.jurisdiction));
    if (quals.length < 2) continue;
    // The longest run of issuers joined as one list.
    let best: typeof quals = [];
    let run: typeof quals = [quals[0]];
    for (let i = 1; i <= quals.length; i++) {
      const q = quals[i];
      if (q && LIST_JOIN_RE.test(doc.text.slice(run[run.length - 1].end, q.start))) run.push(q);
      else {
        if (new Set(run.map((r) => r.value.jurisdiction)).size > new Set(best.map((r) => r.value.jurisdiction)).size) best = run;
        if (q) run = [q];
      }
    }
    const jurisdictions = [...new Set(best.map((q) => q.value.jurisdiction))];
    if (jurisdictions.length < 2) continue;
    const list = { start: best[0].start, end: best[best.length - 1].end };
    // The companies after the act, within the list's clause.
    const tail = doc.text.slice(list.end, sentence.end);
    const stop = CLAUSE_END_RE.exec(tail);
    const scope = { start: list.end, end: stop ? list.end + stop.index : sentence.end };
    let orgs: ReadonlyArray<{ start: number; end: number; value: { id: string } }> = matchesIn(doc, scope, 'org').filter(
      (o) => doc.facts.organisations.get(o.value.id)?.kind !== 'authority',
    );
    // Round 32: the pair told by what it is, "Russia's two largest oil companies" (Rosneft and Lukoil, by output).
    // Named after it (", Rosneft and Lukoil"), the names belong to the description and the claim runs to them.
    const pair = TWO_LARGEST_RE.exec(doc.text.slice(scope.start, scope.end));
    const pairAt = pair ? scope.start + pair.index : -1;
    if (
      pair &&
      (!orgs.length || orgs[0].start > pairAt) &&
      doc.facts.organisations.has('rosneft') &&
      doc.facts.organisations.has('lukoil')
    ) {
      const pairEnd = pairAt + pair[0].length;
      const named =
        orgs.length && /^\s*[,(:\u2014\u2013-]?\s*$/.test(doc.text.slice(pairEnd, orgs[0].start)) ? orgs[orgs.length - 1].end : pairEnd;
      orgs = [
        { start: pairAt, end: pairEnd, value: { id: 'rosneft' } },
        { start: pairAt, end: named, value: { id: 'lukoil' } },
      ];
    }
    if (!orgs.length) continue;
    const between = doc.text.slice(list.end, orgs[0].start);
    // The act and its object told straight on: "..., with Washington and London targeting Rosneft" is a part of the list.
    if (/[,;(]|\b(?:with|including|among|which|who|whose|after|before|when|as)\b/i.test(between)) continue;
    // Round 32: the sanctions word may follow the companies: "placed Lukoil on a sanctions list", "added ... to the SDN list".
    const after = doc.text.slice(orgs[orgs.length - 1].end, scope.end);
    if (!ACT_RE.test(between) || !(SANCTION_WORD_RE.test(doc.text.slice(list.end, orgs[orgs.length - 1].end)) || LIST_AFTER_RE.test(after)))
      continue;
    // Another issuer named between the list and the companies is another subject.
    if (matchesIn(doc, { start: list.end, end: orgs[orgs.length - 1].end }, 'qualifier').some((q) => issuing.has(q.value.jurisdiction)))
      continue;
    if (UNSURE_RE.test(doc.text.slice(sentence.start, orgs[orgs.length - 1].end))) continue;
    const targets = [...new Set(orgs.map((o) => o.value.id))];
    const times = datesIn(doc, sentence, sentence).filter((d) => d.granularity === 'day' || d.granularity === 'month');
    const claim = { start: list.start, end: orgs[orgs.length - 1].end };
    // Round 27: no time told ("The United States, Britain and the European Union sanctioned Rosneft and Lukoil", "have all
    // blacklisted"): the list is held to every record up to the page's day. Confirmed when each issuer designated each
    // company; otherwise no issuer's single confirmation stands for the list (the EU listed Rosneft, never Lukoil), and
    // nothing is flagged, since a time unread ("last month") may name an action not on file.
    if (!times.length) {
      const untimed = judgeUntimed(doc, list, orgs, jurisdictions, targets);
      if (untimed !== 'unread') out.push({ claim, annotation: untimed });
      continue;
    }
    const time = times.length === 1 ? times[0] : null;
    if (!time) continue;
    out.push({ claim, annotation: judge(doc, list, orgs, jurisdictions, targets, time) });
  }
  return out;
}

/** An issuer's records in the time told that the verdict may rest on. */
function recordsIn(doc: Doc, jurisdiction: string, time: DayRange): Sanction[] {
  return doc.facts.base.sanctions.filter((s) => {
    if (s.jurisdiction !== jurisdiction || s.confidence !== 'verified') return false;
    const days = [s.date, ...(s.altDates ?? [])].map(factRange);
    if (!days.some((r) => overlaps(time, r))) return false;
    // A dispute of the day only: every day the record gives falls in the time told.
    return !s.disputed || days.every((r) => r.first >= time.first && r.last <= time.last);
  });
}

/**
 * A list told with no time: supported when every issuer's verified records up to the page's day cover every company;
 * null (no confirmation for the list) when an issuer has a record of one company named but none of another; 'unread'
 * when an issuer has a record of none of them (its packages may list no companies on file), the single readers' verdicts
 * kept.
 */
function judgeUntimed(
  doc: Doc,
  list: { start: number; end: number },
  orgs: ReadonlyArray<{ start: number; end: number }>,
  jurisdictions: readonly string[],
  targets: readonly string[],
): Annotation | null | 'unread' {
  const upTo = { first: '0000-01-01', last: doc.asOf };
  const span = { start: list.start, end: orgs[orgs.length - 1].end };
  const byIssuer = new Map(jurisdictions.map((j) => [j, recordsIn(doc, j, upTo)]));
  const covers = (j: string, t: string) => (byIssuer.get(j) ?? []).some((s) => s.targets.includes(t));
  const used = jurisdictions.flatMap((j) => (byIssuer.get(j) ?? []).filter((s) => targets.some((t) => s.targets.includes(t))));
  if (!jurisdictions.every((j) => targets.every((t) => covers(j, t)))) {
    // Every issuer has a record of at least one of the companies: the list is read, and not confirmed.
    const known = jurisdictions.every((j) => targets.some((t) => covers(j, t)));
    return known ? null : 'unread';
  }
  const orgName = (id: string) => doc.facts.organisations.get(id)?.name ?? id;
  const fact = used.map((s) => `${orgName(s.issuer)}, ${formatDay(s.date)}: ${s.targets.map(orgName).join(', ')}`).join('; ');
  return {
    ...span,
    quote: doc.text.slice(span.start, span.end),
    verdict: 'supported',
    kind: 'sanction',
    factIds: used.map((s) => s.id),
    message: `On record: ${fact}.`,
    fact,
    sources: used.flatMap((s) => sourcesOf(s)),
  };
}

function judge(
  doc: Doc,
  list: { start: number; end: number },
  orgs: ReadonlyArray<{ start: number; end: number }>,
  jurisdictions: readonly string[],
  targets: readonly string[],
  time: DateMention,
): Annotation | null {
  const span = { start: Math.min(list.start, time.start), end: Math.max(orgs[orgs.length - 1].end, time.end) };
  const quote = doc.text.slice(span.start, span.end);
  const byIssuer = new Map(jurisdictions.map((j) => [j, recordsIn(doc, j, time)]));
  const covers = (j: string, t: string) => (byIssuer.get(j) ?? []).some((s) => s.targets.includes(t));
  const orgName = (id: string) => doc.facts.organisations.get(id)?.name ?? id;
  const placeName = (id: string) => doc.facts.jurisdictions.get(id)?.name ?? id;
  const all = jurisdictions.flatMap((j) => byIssuer.get(j) ?? []);
  if (jurisdictions.every((j) => targets.every((t) => covers(j, t)))) {
    const used = all.filter((s) => targets.some((t) => s.targets.includes(t)));
    const fact = used.map((s) => `${orgName(s.issuer)}, ${formatDay(s.date)}: ${s.targets.map(orgName).join(', ')}`).join('; ');
    return {
      ...span,
      quote,
      verdict: 'supported',
      kind: 'sanction',
      factIds: used.map((s) => s.id),
      message: `On record: ${fact}.`,
      fact,
      sources: used.flatMap((s) => sourcesOf(s)),
    };
  }
  if (!doc.dateCertain || time.relative) return null;
  const horizon = pastHorizon(doc.facts, doc.asOf, { list: 'sanctions' });
  if (horizon && time.last > horizon) return null;
  for (const j of jurisdictions) {
    const own = byIssuer.get(j) ?? [];
    if (!own.length || own.some((s) => !s.targets.length)) continue;
    const missing = targets.filter((t) => !covers(j, t));
    if (!missing.length) continue;
    // Another issuer of the list did designate each company left out, then: the action is identified.
    const others = jurisdictions
      .filter((o) => o !== j)
      .flatMap((o) => (byIssuer.get(o) ?? []).filter((s) => !s.disputed && missing.some((t) => s.targets.includes(t))));
    if (!missing.every((t) => others.some((s) => s.targets.includes(t)))) continue;
    const ownSaid = own.map((s) => `${s.programme} (${formatDay(s.date)}) listed ${s.targets.map(orgName).join(' and ')}`).join('; ');
    const otherSaid = others.map((s) => `${orgName(s.issuer)} on ${formatDay(s.date)}`).join(' and ');
    const message = `${placeName(j)}: ${ownSaid}, not ${missing.map(orgName).join(' or ')}; ${missing.map(orgName).join(' and ')} ${missing.length > 1 ? 'were' : 'was'} designated by ${otherSaid}.`;
    return {
      ...span,
      quote,
      verdict: 'contradicted',
      kind: 'sanction',
      factIds: [...own, ...others].map((s) => s.id),
      message,
      fact: ownSaid,
      sources: [...own, ...others].flatMap((s) => sourcesOf(s)),
    };
  }
  return null;
}
