// Sanction claims: who designated which company, and when. "The United States announced new
// sanctions targeting ... Rosneft and Lukoil" (OFAC, 2025-10-22); "The sanctions were imposed by
// the Treasury's Office of Foreign Assets Control (OFAC) on Wednesday".
//
// A clause with a sanctions word is matched with the fact base's designations by target,
// issuer and date. A wrong date is flagged only when written out and within weeks of a known
// designation of that target by that issuer (a slip about the same action); anything less sure
// stays unflagged, since sanctions have long, layered histories.
import type { Sanction } from '../../facts/schema';
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { matchesIn } from '../doc';
import { factRange, formatDay, gapDays, overlaps } from '../dates';
import { isConfident, sourcesOf } from '../holders';
import { datesIn, splitClauses } from './clauses';
import { hull } from '../sentences';
import type { ClaimDetector } from '../detector';
import { pastHorizon } from '../horizon';

const SANCTION_RE = /\b(sanction(?:s|ed|ing)?|designat(?:ed|es|ion|ions)|blacklist(?:ed|s)?|asset freezes?|froze the assets)\b/i;
const NEW_RE = /\b(new|fresh|latest|today|this week|announced|imposed|unveiled)\b/i;

export const sanctionDetector: ClaimDetector = {
  kind: 'sanction',
  // Targets and issuers are organisations the lexicon knows.
  triggers: [],
  find: findSanctionClaims,
};

function findSanctionClaims(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  let previousTargets: string[] = [];
  for (const sentence of doc.sentences) {
    const sentenceText = doc.text.slice(sentence.start, sentence.end);
    if (!SANCTION_RE.test(sentenceText)) {
      previousTargets = [];
      continue;
    }
    let targetsHere: string[] = [];
    for (const clause of splitClauses(doc.text, sentence)) {
      const clauseText = doc.text.slice(clause.start, clause.end);
      const orgs = matchesIn(doc, clause, 'org');
      const issuerIds = new Set<string>();
      const jurisdictions = new Set<string>();
      const targets: typeof orgs = [];
      for (const o of orgs) {
        const org = doc.facts.organisations.get(o.value.id);
        if (org?.kind === 'authority') {
          issuerIds.add(org.id);
          if (org.jurisdiction) jurisdictions.add(org.jurisdiction);
        } else targets.push(o);
      }
      for (const q of matchesIn(doc, clause, 'qualifier')) jurisdictions.add(q.value.jurisdiction);
      if (/\b(Washington|Treasury)\b/.test(clauseText)) jurisdictions.add('usa');
      if (/\b(London|Britain)\b/.test(clauseText)) jurisdictions.add('gbr');
      if (/\b(Brussels)\b/.test(clauseText)) jurisdictions.add('eu');
      const targetIds = targets.length
        ? targets.map((t) => t.value.id)
        : /\b(the|these|those) sanctions\b/i.test(clauseText)
          ? previousTargets
          : [];
      if (!SANCTION_RE.test(clauseText) && !targets.length) continue;
      const dates = datesIn(doc, clause, sentence);
      const candidates = doc.facts.base.sanctions.filter(
        (s) =>
          (targetIds.length ? targetIds.some((t) => s.targets.includes(t)) : issuerIds.has(s.issuer)) &&
          (!jurisdictions.size || jurisdictions.has(s.jurisdiction) || issuerIds.has(s.issuer)),
      );
      if (!candidates.length || (!targetIds.length && !issuerIds.size)) continue;
      targetsHere = targetIds.length ? targetIds : targetsHere;
      const dated = (s: Sanction) => [s.date, ...(s.altDates ?? [])].map(factRange);
      const match = dates.length
        ? candidates.find((s) => dates.some((d) => dated(s).some((r) => overlaps(d, r))))
        : NEW_RE.test(clauseText)
          ? candidates.find((s) => s.date <= doc.asOf && gapDays(factRange(s.date), factRange(doc.asOf)) <= 7)
          : undefined;
      const spans = targets.length
        ? targets.map((t) => ({ start: t.start, end: t.end }))
        : orgs.filter((o) => issuerIds.has(o.value.id)).map((o) => ({ start: o.start, end: hull([o, ...dates]).end }));
      if (match) {
        const fact = describe(doc, match);
        for (const span of spans) {
          out.push({
            ...span,
            quote: doc.text.slice(span.start, span.end),
            verdict: match.confidence === 'verified' ? 'supported' : 'context',
            kind: 'sanction',
            factIds: [match.id, ...match.targets],
            message: `On record: ${fact}`,
            fact,
            sources: sourcesOf(match),
          });
        }
        continue;
      }
      // A written-out date a few weeks off a designation of the same target by the same issuer.
      const written = dates.find((d) => !d.relative && d.granularity === 'day');
      const near =
        written && targetIds.length && jurisdictions.size ? candidates.find((s) => gapDays(written, factRange(s.date)) <= 21) : undefined;
      if (near && written) {
        const fact = describe(doc, near);
        // A date past the sanctions' horizon may be a designation the fact base does not know yet.
        const horizon = pastHorizon(doc.facts, doc.asOf, { list: 'sanctions' });
        const confident = isConfident(near) && doc.dateCertain && !(horizon && written.last > horizon);
        const message = `${doc.facts.organisations.get(near.issuer)?.name ?? near.issuer} designated ${near.targets.map((t) => doc.facts.organisations.get(t)?.name ?? t).join(' and ')} on ${formatDay(near.date)}, not ${doc.text.slice(written.start, written.end)}.`;
        out.push({
          start: written.start,
          end: written.end,
          quote: doc.text.slice(written.start, written.end),
          verdict: confident ? 'contradicted' : 'context',
          kind: 'sanction',
          factIds: [near.id],
          message,
          fact,
          sources: sourcesOf(near),
        });
      }
    }
    previousTargets = targetsHere;
  }
  return out;
}

function describe(doc: Doc, s: Sanction): string {
  const issuer = doc.facts.organisations.get(s.issuer)?.name ?? s.issuer;
  const targets = s.targets.map((t) => doc.facts.organisations.get(t)?.name ?? t).join(', ');
  return `${issuer}, ${formatDay(s.date)}: ${targets ? `${targets} — ` : ''}${s.summary}`;
}
