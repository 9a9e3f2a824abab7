// A shadow title given to a minister of the government: "Shadow Foreign Secretary Yvette Cooper" (July 2024; held-out 19
// xc207: she had been Home Secretary in Keir Starmer's government since 5 July). Shadow posts are held by the opposition;
// a member of the government holds none. title.ts reads no claim after "shadow" (the fact base keeps no shadow cabinets),
// so this is the only judgement of such a title: contradicted when, on the page's day, the person held a ministerial office
// of the country the shadow title names, on a verified record begun days before, within the office's horizon. Nothing
// is said of a shadow title of anyone else (whether they held it is not on record). The detector is inside the narrated
// time's re-judging (title-forms.ts), so "In 2023, Shadow Foreign Secretary David Lammy visited Kyiv" is judged in 2023.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { Office } from '../../facts/schema';
import { onDay, sourcesOf, tenuresOf, type Tenure } from '../holders';
import { pastHorizon } from '../horizon';
import { addDays, formatDay } from '../dates';
import { spanIndexAt } from '../sentences';

// Right before the role: "Shadow", "shadow", "the shadow"; no "former", "then" or "ex-" before it.
const SHADOW_BEFORE_RE = /(?:^|[^a-z-])shadow[ \t]+$/;
const EARLIER_BEFORE_RE = /(?:former|formerly|ex|then|one[ -]time|onetime|erstwhile|previous|past|ex-)[ \t-]*$/;
// An office of the government (a minister, a secretary of state, the head of government), not a party's leader, an
// envoy, an officer or a monarch.
const MINISTERIAL_ROLE_RE = /\b(?:minister|secretary|chancellor\s+of\s+the\s+exchequer)\b/;
const NOT_MINISTERIAL_RE = /\b(?:leader|ambassador|envoy|representative|general|chief|spokes\w*|adviser|advisor)\b/;
// The sentence tells of the time in opposition, with no year: "Before the election, Shadow Defence Secretary John Healey
// pledged ...", "While in opposition, ...", "At the time, ...". The title was right then.
export const OPPOSITION_TIME_RE =
  /\b(?:(?:before|ahead\s+of|prior\s+to|during|until|in\s+the\s+run[- ]up\s+to|on\s+the\s+eve\s+of)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:election|vote|polls?|campaign|landslide|victory|win)|(?:while|when)\s+(?:\w+\s+){0,3}in\s+opposition|in\s+opposition\b|at\s+the\s+time|back\s+then|years?\s+(?:ago|earlier|before)|months\s+(?:earlier|before))\b/i;
/** Days into the government office before a shadow title is called wrong: stories filed around a change of government lag. */
const SETTLED_DAYS = 3;

function ministerial(office: Office): boolean {
  if (office.headOf === 'government' || office.headOf === 'state-and-government') return true;
  return office.roles.some((r) => MINISTERIAL_ROLE_RE.test(r)) && !office.roles.some((r) => NOT_MINISTERIAL_RE.test(r));
}

export function shadowTitles(doc: Doc): Annotation[] {
  if (!doc.folded.includes('shadow') || !doc.dateCertain) return [];
  const out: Annotation[] = [];
  for (const p of doc.people) {
    if (p.fuzzy || !(p.full || p.namedInFull)) continue;
    const r = doc.matches[p.match - 1];
    if (!r || r.end > p.start || !/^[ \t]*$/.test(doc.folded.slice(r.end, p.start))) continue;
    const role = r.values.find((v) => v.type === 'role');
    if (!role) continue;
    const before = doc.folded.slice(Math.max(0, r.start - 30), r.start);
    const shadow = SHADOW_BEFORE_RE.exec(before);
    if (!shadow) continue;
    const shadowStart = r.start - before.length + shadow.index + shadow[0].indexOf('shadow');
    if (EARLIER_BEFORE_RE.test(doc.folded.slice(Math.max(0, shadowStart - 14), shadowStart))) continue;
    const sentence = doc.sentences[spanIndexAt(doc.sentences, shadowStart)];
    if (sentence && OPPOSITION_TIME_RE.test(doc.text.slice(sentence.start, sentence.end))) continue;
    const named = new Set((doc.lexicon.roles.get(role.key) ?? []).map((s) => s.office.jurisdiction));
    // The person's ministerial office of that country on the page's day.
    const held: Tenure[] = [];
    for (const office of doc.facts.officesByPerson.get(p.personId) ?? []) {
      if (!named.has(office.jurisdiction) || !ministerial(office)) continue;
      for (const t of tenuresOf(p.personId, office)) if (onDay(t, doc.asOf) === 'in') held.push(t);
    }
    const t = held.find(
      (x) =>
        x.holder.confidence === 'verified' &&
        !x.holder.acting &&
        x.fromLate <= addDays(doc.asOf, -SETTLED_DAYS) &&
        !pastHorizon(doc.facts, doc.asOf, { office: x.office.id }),
    );
    if (!t) continue;
    const person = doc.facts.people.get(p.personId);
    out.push({
      start: shadowStart,
      end: p.end,
      quote: doc.text.slice(shadowStart, p.end),
      verdict: 'contradicted',
      kind: 'title',
      factIds: [t.office.id, p.personId],
      message: `${person?.name ?? p.personId} was ${t.office.name} in the government on ${formatDay(doc.asOf)} (since ${formatDay(t.holder.start)}); shadow posts are held by the opposition.`,
      fact: `${person?.name ?? p.personId}: ${t.office.name}, since ${formatDay(t.holder.start)}`,
      sources: sourcesOf(t.holder),
    });
  }
  return out;
}
