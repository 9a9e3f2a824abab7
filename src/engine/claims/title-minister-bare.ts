// A country's "minister" with no portfolio before a name: "Germany's minister, Annalena Baerbock" (December 2023), "the
// Polish minister Radosław Sikorski", "Estonia's minister, Hanno Pevkur". The word names no office of its own (a country
// has a dozen ministers), so the form only confirms: supported when the person held one of that country's ministerial
// offices on the article's date (a minister's office, or a head of government's, whose title says "minister"), and
// nothing otherwise (the fact base holds a few portfolios only, so a minister it does not know is no error).
import type { Annotation } from '../types';
import type { Doc, PersonMention } from '../doc';
import type { Office } from '../../facts/schema';
import { onDay, tenuresOf } from '../holders';
import { daysBetween } from '../dates';
import { confirmOnlyTitle, titleAnnotation } from './title';
import { compiledOnFirstRun } from '../triggers';

// Between the country and the name (folded): "'s minister, ", " minister ".
const GAP_RE = /^(?:['\u2019]s)?[ \t]+minister,?[ \t]+$/;
// A word before the country that makes the minister another one, or of another time ("former", "deputy").
const OTHER_BEFORE_RE =
  /(?:^|[^a-z])(?:former|ex|then|outgoing|acting|interim|deputy|vice|junior|shadow|opposition|late|previous|next|future|incoming)[ \t]+$/;

// A chancellor who heads a government (Germany's, Austria's) is no minister ("Germany's minister, Olaf Scholz" in 2024 is
// not confirmed, round 26 precision); Britain's Chancellor of the Exchequer is one.
function ministerial(office: Office): boolean {
  return office.roles.some((r) => r.includes('minister') || r.includes('exchequer'));
}

export function bareMinisterTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = doc.folded.includes('incoming minister') ? incomingBareMinisters(doc) : [];
  for (const person of doc.people) {
    // Cheap pretest, before any slice: "minister " or "minister, " right before the name.
    if (!person.full || person.fuzzy || person.match < 1) continue;
    const cut = doc.folded.startsWith('minister, ', person.start - 10) ? 10 : doc.folded.startsWith('minister ', person.start - 9) ? 9 : 0;
    if (!cut) continue;
    const q = doc.matches[person.match - 1];
    if (!q || q.end > person.start - cut) continue;
    const gap = doc.folded.slice(q.end, person.start);
    if (gap.length > 16 || !GAP_RE.test(gap)) continue;
    if (OTHER_BEFORE_RE.test(doc.folded.slice(Math.max(0, q.start - 12), q.start))) continue;
    const countries = q.values.flatMap((v) => (v.type === 'qualifier' ? [v.jurisdiction] : []));
    if (!countries.length) continue;
    const held = heldOn(doc, person, countries);
    if (!held.length) continue;
    const annotation = confirmOnlyTitle(
      doc,
      q.start,
      person.end,
      person,
      held.map((office) => ({ office, loose: false })),
      'A minister with no portfolio named says only that the person is one of the country’s ministers',
    );
    if (annotation?.verdict === 'supported') out.push(annotation);
  }
  return out;
}

/** The country's ministerial offices the person held on the article's date. */
function heldOn(doc: Doc, person: PersonMention, countries: readonly string[]): Office[] {
  return (doc.facts.officesByPerson.get(person.personId) ?? []).filter(
    (o) => countries.includes(o.jurisdiction) && ministerial(o) && tenuresOf(person.personId, o).some((t) => onDay(t, doc.asOf) === 'in'),
  );
}

// A "secretary" of a portfolio before a minister's name: "defence secretary Ruben Brekelmans" (July 2024, the Dutch
// Minister of Defence), "Foreign Secretary Radosław Sikorski". Britain's and America's words for the office, which the
// press uses of any country's minister. Only confirms: supported when the person held a ministerial office of that
// portfolio on the article's date; a title.ts reading (a British or American secretary) comes first. Nothing otherwise:
// a country's "secretary" may be another post (the Netherlands' State Secretary for Defence).
const SECRETARY_BEFORE_RE = compiledOnFirstRun(/(?:^|[^a-z])(defen[cs]e|foreign|home|interior)[ \t]+secretary,?[ \t]+$/);
// The portfolio's words in a minister's roles.
const PORTFOLIO_ROLE_RE: Record<string, RegExp> = {
  defence: /\bdefen[cs]e\b/,
  defense: /\bdefen[cs]e\b/,
  foreign: /\bforeign\b/,
  home: /\binterior\b|\bhome affairs\b/,
  interior: /\binterior\b|\bhome affairs\b/,
};
// Words before the title that make it another post: a state secretary, a shadow or deputy, a past or coming one.
const OTHER_SECRETARY_RE =
  /(?:^|[^a-z])(?:former|ex|then|outgoing|acting|interim|deputy|vice|junior|shadow|opposition|late|previous|next|future|incoming|state|permanent|under|assistant|parliamentary|general)[ \t-]+$/;

export function secretaryForMinisterTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  for (const person of doc.people) {
    // Cheap pretest, before any slice: "secretary " or "secretary, " right before the name.
    if (!person.full || person.fuzzy) continue;
    if (!doc.folded.startsWith('secretary ', person.start - 10) && !doc.folded.startsWith('secretary, ', person.start - 11)) continue;
    const before = doc.folded.slice(Math.max(0, person.start - 40), person.start);
    const m = SECRETARY_BEFORE_RE.exec(before);
    if (!m) continue;
    const titleStart = person.start - before.length + m.index + m[0].indexOf(m[1]);
    // The country's qualifier, if one stands right before the portfolio ("Dutch defence secretary").
    let start = titleStart;
    let countries: string[] | null = null;
    const q = doc.matches.find((x) => x.end === titleStart - 1 && x.values.some((v) => v.type === 'qualifier'));
    if (q) {
      start = q.start;
      countries = q.values.flatMap((v) => (v.type === 'qualifier' ? [v.jurisdiction] : []));
    }
    if (OTHER_SECRETARY_RE.test(doc.folded.slice(Math.max(0, start - 16), start))) continue;
    const portfolio = PORTFOLIO_ROLE_RE[m[1]];
    const held = (doc.facts.officesByPerson.get(person.personId) ?? []).filter(
      (o) =>
        (!countries || countries.includes(o.jurisdiction)) &&
        o.roles.some((r) => r.includes('minister') && portfolio.test(r)) &&
        tenuresOf(person.personId, o).some((t) => onDay(t, doc.asOf) === 'in'),
    );
    if (!held.length) continue;
    const annotation = confirmOnlyTitle(
      doc,
      start,
      person.end,
      person,
      held.map((office) => ({ office, loose: false })),
      'A "secretary" of a country whose office is a minister’s names the same portfolio',
    );
    if (annotation?.verdict === 'supported') out.push(annotation);
  }
  return out;
}

// Round 39: "He expects the Ukrainian parliament to approve the decision, given their familiarity with the incoming
// minister, Rustem Umyerov" (held-out 37 rn001, 14 November 2023; defence minister since 6 September): "incoming" with a
// bare "minister" and no country. The word ties the person to one portfolio only when the paragraph names it ("the
// Ministry of Defense"): the one ministerial office of the person's, of that portfolio, running on the day or taken up
// within INCOMING_AHEAD_DAYS after it. Then judged as "incoming TITLE NAME" is (title.ts): confirmed ahead of the start,
// outdated two months into the term with no other time told. Nothing when the person has another office beginning
// within INCOMING_AHEAD_DAYS either side of the day (a move the word may mean), or more than one such portfolio fits.
const INCOMING_MINISTER_RE = /(?:^|[^a-z])(incoming[ \t]+minister,?[ \t]+)$/;
const INCOMING_AHEAD_DAYS = 120;
// A portfolio named in the paragraph, and the words of a minister's roles for it.
const PORTFOLIOS: ReadonlyArray<readonly [page: RegExp, role: RegExp]> = [
  [/\bdefen[cs]e\b/i, /\bdefen[cs]e\b/],
  [/\bforeign\b/i, /\bforeign\b/],
  [/\binterior\b|\bhome affairs\b/i, /\binterior\b|\bhome affairs\b/],
  [/\bfinance\b/i, /\bfinance\b/],
];

function incomingBareMinisters(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  for (const person of doc.people) {
    if (!person.full || person.fuzzy) continue;
    const lead = INCOMING_MINISTER_RE.exec(doc.folded.slice(Math.max(0, person.start - 24), person.start));
    if (!lead) continue;
    const near = (from: string) => Math.abs(daysBetween(from, doc.asOf)) <= INCOMING_AHEAD_DAYS;
    const offices = doc.facts.officesByPerson.get(person.personId) ?? [];
    const fits = offices.filter(
      (o) =>
        ministerial(o) &&
        tenuresOf(person.personId, o).some((t) => onDay(t, doc.asOf) === 'in' || (t.from > doc.asOf && near(t.from))) &&
        PORTFOLIOS.some(([page, role]) => o.roles.some((r) => role.test(r)) && page.test(doc.text)),
    );
    if (fits.length !== 1) continue;
    const office = fits[0];
    const moved = offices.some((o) => o !== office && tenuresOf(person.personId, o).some((t) => near(t.from)));
    if (moved) continue;
    const annotation = titleAnnotation(doc, {
      start: person.start - lead[1].length,
      end: person.end,
      person,
      senses: [{ office, loose: false }],
      explicit: true,
      modifier: 'elect',
    });
    if (annotation) out.push(annotation);
  }
  return out;
}
