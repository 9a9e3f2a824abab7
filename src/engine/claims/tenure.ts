// Tenure claims: "Rutte has served as NATO's secretary general since Oct. 1, 2024", "Merz,
// who became chancellor in May 2025", "Rutte took office on 1 October 2024".
//
// The office is read from the title words between the verb and the date; the date is compared
// with the start of the person's tenure at the granularity the text gives (a year matches any
// day of it). Sources that disagree (altStart) are all accepted.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { factRange, formatDay, overlaps, type DateMention } from '../dates';
import { describeHolder, isConfident, onDay, sourcesOf, tenuresOf, type Tenure } from '../holders';
import { datesIn } from './clauses';
import { sentenceOf } from '../doc';
import type { ClaimDetector } from '../detector';
import { asOfHorizon, pastHorizon } from '../horizon';

const TENURE_RE =
  /^[\s,]*(?:who\s+)?(?:has\s+served|had\s+served|has\s+been\s+serving|has\s+been|served|is\s+serving|became|become|took\s+office|took\s+over|assumed\s+office|was\s+sworn\s+in|sworn\s+in|was\s+appointed|has\s+led|has\s+headed|took\s+up\s+(?:the\s+)?post)\b/i;

export const tenureDetector: ClaimDetector = {
  kind: 'tenure',
  // A tenure claim names its person.
  triggers: [],
  find: findTenureClaims,
};

function findTenureClaims(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  for (const p of doc.people) {
    const sentence = sentenceOf(doc, p.start);
    const tail = doc.text.slice(p.end, sentence.end);
    const verb = TENURE_RE.exec(tail);
    if (!verb) continue;
    const verbEnd = p.end + verb[0].length;
    const dates = datesIn(doc, { start: verbEnd, end: Math.min(sentence.end, verbEnd + 90) }, sentence);
    const date = dates.find(
      (d) =>
        /\b(since|in|on|from)\s+$/i.test(doc.text.slice(Math.max(0, d.start - 7), d.start)) ||
        /^(since|in|on|from)\b/i.test(doc.text.slice(d.start, d.end)),
    );
    // "in January" (its year inferred) may confirm a start but never contradicts one: the year
    // could be another. Weekdays and spans ("last week") say nothing of a start.
    if (!date || date.granularity === 'span' || (date.relative && date.granularity === 'day')) continue;
    const titleText = { start: verbEnd, end: date.start };
    let offices = officesNamed(doc, titleText.start, titleText.end);
    // "Hegseth, who took office in January": no title words, so the offices the person held on
    // the article's date. The claim is right if it fits one of them, and flagged only when
    // there is just one it could mean.
    let untitled = false;
    if (
      !offices.length &&
      /took\s+office|assumed\s+office|was\s+sworn\s+in|sworn\s+in/i.test(verb[0]) &&
      !/\S/.test(doc.text.slice(titleText.start, titleText.end).replace(/\b(in|on|since|from)\b/gi, ''))
    ) {
      offices = (doc.facts.officesByPerson.get(p.personId) ?? []).filter((o) =>
        tenuresOf(p.personId, o).some((t) => onDay(t, doc.asOf) === 'in'),
      );
      untitled = true;
    }
    if (!offices.length) continue;
    const tenures = offices.flatMap((o) => tenuresOf(p.personId, o));
    // The tenure the sentence speaks of: one whose start fits the date, else the one running on
    // the article's date, else the latest before it.
    const fits = tenures.find((x) => [x.holder.start, ...(x.holder.altStart ?? [])].some((d) => overlaps(factRange(d), date)));
    const t =
      fits ??
      tenures.find((x) => onDay(x, doc.asOf) !== 'out') ??
      tenures.filter((x) => x.from <= doc.asOf).sort((a, b) => (a.from < b.from ? 1 : -1))[0];
    if (!t || (!fits && (date.relative || (untitled && offices.length > 1)))) continue;
    const ann = judgeStart(doc, p.personId, t, date);
    out.push({ ...ann, start: p.start, end: date.end, quote: doc.text.slice(p.start, date.end), kind: 'tenure' });
  }
  return out;
}

function officesNamed(doc: Doc, start: number, end: number) {
  const offices = new Set<ReturnType<Doc['facts']['offices']['get']>>();
  const ms = doc.matches.filter((m) => m.start >= start && m.end <= end);
  const qualifiers = new Set(ms.flatMap((m) => m.values.filter((v) => v.type === 'qualifier').map((v) => v.jurisdiction)));
  for (const m of ms) {
    for (const v of m.values) {
      if (v.type === 'fixed') offices.add(doc.facts.offices.get(v.office));
      if (v.type === 'role') {
        for (const sense of doc.lexicon.roles.get(v.key) ?? []) {
          if (sense.loose) continue;
          if (!qualifiers.size || qualifiers.has(sense.office.jurisdiction)) offices.add(sense.office);
        }
      }
    }
  }
  return [...offices].filter((o): o is NonNullable<typeof o> => !!o);
}

function judgeStart(doc: Doc, personId: string, t: Tenure, date: DateMention): Omit<Annotation, 'start' | 'end' | 'quote' | 'kind'> {
  const person = doc.facts.people.get(personId);
  const fact = describeHolder(person, t);
  const starts = [t.holder.start, ...(t.holder.altStart ?? [])].map(factRange);
  const base = { fact, factIds: [t.office.id, personId], sources: sourcesOf(t.holder) };
  if (starts.some((s) => overlaps(s, date))) {
    return {
      ...base,
      verdict: t.holder.confidence === 'verified' ? 'supported' : 'context',
      message: `${person?.name} took office as ${t.office.name} on ${formatDay(t.holder.start)}.`,
    };
  }
  // A partial record date (only the year is known) cannot contradict a written-out day.
  const confident = isConfident(t.holder) && t.holder.start.length === 10;
  const message = `${person?.name} took office as ${t.office.name} on ${formatDay(t.holder.start)}, not ${doc.text.slice(date.start, date.end).replace(/^(since|in|on|from)\s+/i, '')}.`;
  const judged = { ...base, verdict: confident ? ('contradicted' as const) : ('context' as const), message };
  // A start said to fall after the office's horizon may be a tenure the fact base does not know yet.
  const horizon = pastHorizon(doc.facts, doc.asOf, { office: t.office.id });
  return horizon && date.last > horizon ? asOfHorizon(judged, horizon) : judged;
}
