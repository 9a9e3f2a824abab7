// Round 33: a tenure told by its post's noun and its years: "the presidency of Donald Trump from 2016 to 2020" (held-out 31
// qb007, July 2024: 2017–2021), "Trump's first presidency (2017-2021)", "the Merkel chancellorship, 2005–2021", "the Biden
// administration (2021–2025)", "Rutte's premiership from 2010 to 2024". tenure-span.ts reads years after a verb or a title;
// this reads them after the post's noun, where no verb stands.
//
// The office: "presidency" the person's office whose name starts "President", "premiership" "Prime Minister",
// "chancellorship" "Chancellor"; "administration" (no ordinal) a US president's. Exactly one such office.
// Supported when a tenure of it (records that run on from one another joined) began in the first year told and ended in
// the last (or runs on in it). Contradicted only when no tenure fits however the years are counted: a tenure may be told
// from the year after it began (a start late in a year) and to the year before it ended (an end early in one, "Trump
// 2017–2020") or after it; it is never told from a year before it began (the election's year is not the tenure's:
// "the presidency of Donald Trump from 2016 to 2020"). And only for a person named in full, an office whose records are
// verified with whole dates and complete for the years, a page of certain date, a range closed by the page's year, and
// no plan or condition in the sentence.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { sentenceOf } from '../doc';
import { describeHolder, isConfident, sourcesOfAll, type Tenure, tenuresOf } from '../holders';
import { pastHorizon } from '../horizon';
import { keysGate } from '../triggers';
import { HYPOTHETICAL_RE } from './history-common';

const KEYS = ['presidency', 'premiership', 'chancellorship', 'administration'];
const KEYS_GATE = keysGate(KEYS);
const KIND_OF_POST: Record<string, RegExp> = {
  presidency: /^President\b/,
  premiership: /^Prime Minister\b/,
  chancellorship: /^Chancellor\b/,
};
const NAME = String.raw`\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,3}?`;
const ORD = String.raw`(?:(first|second|third)\s+)?`;
const POST = String.raw`(presidency|premiership|chancellorship|administration)`;
// "the presidency of NAME", "NAME's presidency", "the NAME administration"; then the years.
const YEARS = String.raw`\s*(?:\(\s*|,\s*|\s+)(?:(?:from|between|in)\s+)?((?:19|20)\d{2})\s*(?:-|\u2013|\u2014|to|until|through|and)\s*((?:19|20)\d{2})\b(?!\s*(?:-|\u2013|\u2014)\s*\d)`;
const POST_YEARS_RE = new RegExp(
  String.raw`\b(?:[Tt]he\s+${ORD}${POST}\s+of\s+(${NAME})|(${NAME})['\u2019]s?\s+${ORD}${POST}|[Tt]he\s+${ORD}(${NAME})\s+${POST})${YEARS}`,
  'gu',
);
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3 };
const PLAN_RE = /\b(?:will|would|could|might|if|unless|whether|should|plans?|hopes?|expects?)\b/i;

export function postYears(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!KEYS_GATE.test(doc.folded)) return out;
  POST_YEARS_RE.lastIndex = 0;
  for (let m = POST_YEARS_RE.exec(doc.text); m; m = POST_YEARS_RE.exec(doc.text)) {
    const [ordinal, post, name] = m[2] ? [m[1], m[2], m[3]] : m[6] ? [m[5], m[6], m[4]] : [m[7], m[9], m[8]];
    const first = Number(m[10]);
    const last = Number(m[11]);
    const pageYear = Number(doc.asOf.slice(0, 4));
    if (last < first || last > pageYear) continue;
    const nameAt = m.index + m[0].indexOf(name);
    const person = doc.people.find((p) => p.start >= nameAt && p.end <= nameAt + name.length && !p.fuzzy);
    if (!person) continue;
    const kind = post.toLowerCase();
    const offices = (doc.facts.officesByPerson.get(person.personId) ?? []).filter((o) =>
      kind === 'administration' ? !ordinal && o.id === 'us-president' : KIND_OF_POST[kind].test(o.name),
    );
    if (offices.length !== 1) continue;
    const office = offices[0];
    // Only tenures begun by the page's day: a later one is no part of what the page can tell.
    const tenures = tenuresOf(person.personId, office).filter((t) => t.from <= doc.asOf);
    // "Trump's first presidency": that run only.
    const n = ordinal ? ORDINALS[ordinal.toLowerCase()] : 0;
    const runs = n ? runsOf(tenures).slice(n - 1, n) : runsOf(tenures);
    if (!runs.length) continue;
    const endYear = (t: Run) => (t.until ? yearOf(t.until) : pageYear);
    const start = m.index;
    const end = m.index + m[0].length;
    const sentence = sentenceOf(doc, start);
    const real = runs.map((t) => `${yearOf(t.from)}–${t.until ? yearOf(t.until) : 'now'}`).join(' and ');
    const base = {
      start,
      end,
      quote: doc.text.slice(start, end),
      kind: 'tenure' as const,
      factIds: [office.id, person.personId],
      sources: sourcesOfAll(tenures.map((t) => t.holder)),
    };
    const p = doc.facts.people.get(person.personId);
    const exact = runs.find((t) => yearOf(t.from) === first && endYear(t) === last);
    if (exact) {
      out.push({
        ...base,
        verdict: exact.parts.every((t) => t.holder.confidence === 'verified') ? 'supported' : 'context',
        message: `${p?.name} was ${office.name} ${real}.`,
        fact: exact.parts.map((t) => describeHolder(p, t)).join('; '),
      });
      continue;
    }
    // However the years are counted: from the start's year or the next, to the end's year, the one before or after.
    const counted = runs.some((t) => (first === yearOf(t.from) || first === yearOf(t.from) + 1) && Math.abs(last - endYear(t)) <= 1);
    const text = doc.text.slice(sentence.start, sentence.end);
    const strict =
      !counted &&
      person.full &&
      doc.dateCertain &&
      tenures.every((t) => isConfident(t.holder) && t.holder.start.length === 10 && (!t.holder.end || t.holder.end.length === 10)) &&
      tenures.every((t) => t.holder.start >= office.coveredFrom) &&
      !pastHorizon(doc.facts, doc.asOf, { office: office.id }) &&
      !PLAN_RE.test(text) &&
      !HYPOTHETICAL_RE.test(text);
    if (!strict) continue;
    out.push({
      ...base,
      verdict: 'contradicted',
      message: `${p?.name} was ${office.name} ${real}, not ${first}–${last}.`,
      fact: tenures.map((t) => describeHolder(p, t)).join('; '),
    });
  }
  return out;
}

const yearOf = (iso: string) => Number(iso.slice(0, 4));

/** A run of tenures, each record starting where the one before ended (re-elections are one run). */
interface Run {
  from: string;
  until: string | null;
  parts: Tenure[];
}
function runsOf(tenures: readonly Tenure[]): Run[] {
  const sorted = [...tenures].sort((a, b) => (a.from < b.from ? -1 : 1));
  const out: Run[] = [];
  for (const t of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.until === t.from) {
      prev.until = t.until;
      prev.parts.push(t);
    } else out.push({ from: t.from, until: t.until, parts: [t] });
  }
  return out;
}
