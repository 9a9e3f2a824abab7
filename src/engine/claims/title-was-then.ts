// A title given with "was" and told of a time the sentence names: "Trump was the US vice president at
// last year's summit" (dev14 j410, February 2026: the vice president at the 2025 Munich Security
// Conference was JD Vance; Trump has never held the office), "Pence was the US vice president at the
// 2018 summit", "Biden was the US vice president in 2015". The claim is about that time, not the page's
// day, so it is judged over the year the words name:
//
// - "in YEAR": supported when the person held the office on some day of that year;
// - "at/during last year's EVENT", "at/during the YEAR EVENT", "at YEAR's EVENT": the event's day is not
//   known, so supported only when the person held the office the whole year (until the page's day, for
//   this year's);
// - contradicted when the person held none of the offices the title may name on any day of the year,
//   the title names its country or is a fixed title, each office's holder list is complete (`coveredFrom`)
//   and its verified holders cover the year, the year ends before the office's horizon and before the
//   page's year, and the page's date is certain for a year told relative to it ("last year's").
//
// Anything else (a tenure that began or ended within the year of an event) is left alone.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { Office } from '../../facts/schema';
import { formatDay } from '../dates';
import { pastHorizon } from '../horizon';
import { describeHolder, isConfident, sourcesOfAll, tenuresOf, type Tenure } from '../holders';
import { titlePhraseAt } from './title-copula';

/** Right after the name: "was", an article at most. */
const WAS_GAP_RE = /^[ \t]+was[ \t]+(?:(?:the|a|an)[ \t]+)?$/i;
/** Right after the title: the time the words are told of. */
const WHEN_RE = new RegExp(
  String.raw`^[ \t]+(?:(in)[ \t]+((?:19|20)\d\d)(?![\p{L}\p{N}]|[ \t]*[-\u2013][ \t]*\d)|(?:at|during)[ \t]+(?:(?:the[ \t]+)?(last|previous|this)[ \t]+year['\u2019]s|the[ \t]+((?:19|20)\d\d)|((?:19|20)\d\d)['\u2019]s)[ \t]+(?:[A-Z]?[\p{L}-]+[ \t]+){0,3}?(?:summit|conference|meeting|forum|ministerial|talks|gathering|session|council|assembly|games|ceremony|inauguration)\b)`,
  'iu',
);

interface Window {
  first: string;
  last: string;
  /** "in YEAR": one day of it is enough to confirm. */
  anyDay: boolean;
  relative: boolean;
  label: string;
}

function windowOf(doc: Doc, m: RegExpExecArray): Window | null {
  const pageYear = Number(doc.asOf.slice(0, 4));
  let year: number;
  let relative = false;
  if (m[1]) year = Number(m[2]);
  else if (m[3]) {
    relative = true;
    year = /this/i.test(m[3]) ? pageYear : pageYear - 1;
  } else year = Number(m[4] ?? m[5]);
  if (year > pageYear) return null;
  const first = `${year}-01-01`;
  const last = year === pageYear ? doc.asOf : `${year}-12-31`;
  return { first, last, anyDay: !!m[1], relative, label: String(year) };
}

const overlapsWindow = (t: Tenure, w: Window) => t.from <= w.last && (t.until === null || t.until > w.first);
const coversWindow = (t: Tenure, w: Window) => t.fromLate <= w.first && (t.until === null || t.until > w.last);

/** The office's verified holders cover every day of the window, its record complete over it. */
function completeOver(office: Office, w: Window): Tenure[] | null {
  if (office.coveredFrom > w.first) return null;
  const held = office.holders
    .map((h) => tenuresOf(h.person, office).find((t) => t.holder === h))
    .filter((t): t is Tenure => !!t && overlapsWindow(t, w))
    .sort((a, b) => (a.from < b.from ? -1 : 1));
  if (!held.length || held.some((t) => !isConfident(t.holder))) return null;
  let reached = w.first;
  for (const t of held) {
    if (t.fromLate > reached) return null;
    const end = t.until ?? '9999-12-31';
    if (end > reached) reached = end;
  }
  return reached > w.last ? held : null;
}

/**
 * The red flags of this reader: judged over the year the sentence names, so a narrated time has nothing
 * to add (index.ts keeps them out of judgedAsNarrated's re-judging, which would excuse them as told of
 * an earlier time). The wrappers between here and there pass a red flag on as the same object.
 */
const TOLD_OF_ITS_YEAR = new WeakSet<Annotation>();
export const isToldOfItsYear = (a: Annotation): boolean => TOLD_OF_ITS_YEAR.has(a);

// Built once (speed, round 41): a literal in wasThenTitles was a new expression, parsed again, at each call.
const WAS_THEN_TITLES_RE = /^[ \t]+was[ \t]/i;
export function wasThenTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const { text, matches } = doc;
  for (const person of doc.people) {
    if (person.fuzzy) continue;
    // A cheap look first: "was" right after the name.
    if (!WAS_THEN_TITLES_RE.test(text.slice(person.end, person.end + 5))) continue;
    const i = person.match + 1;
    const r = matches[i];
    if (!r || r.start - person.end > 12 || !WAS_GAP_RE.test(text.slice(person.end, r.start))) continue;
    const phrase = titlePhraseAt(doc, i);
    if (!phrase || !phrase.explicit) continue;
    const when = WHEN_RE.exec(text.slice(phrase.end, phrase.end + 90));
    if (!when) continue;
    const w = windowOf(doc, when);
    if (!w) continue;
    const end = phrase.end + when[0].length;
    const name = doc.facts.people.get(person.personId)?.name ?? person.personId;
    const base = { start: person.start, end, quote: text.slice(person.start, end), kind: 'title' as const };
    // Supported: a tenure of one of the offices over the year (or on a day of it).
    let confirmed: Annotation | null = null;
    for (const s of phrase.senses) {
      const t = tenuresOf(person.personId, s.office).find(
        (x) => isConfident(x.holder) && (w.anyDay ? overlapsWindow(x, w) : coversWindow(x, w)),
      );
      if (!t) continue;
      confirmed = {
        ...base,
        verdict: 'supported',
        factIds: [s.office.id, person.personId],
        message: `${name} was ${s.office.name} in ${w.label}.`,
        fact: describeHolder(doc.facts.people.get(person.personId), t),
        sources: sourcesOfAll([t.holder]),
      };
      break;
    }
    if (confirmed) {
      out.push(confirmed);
      continue;
    }
    // Held on some day of the year, but not shown to be at the event: left alone.
    if (phrase.senses.some((s) => tenuresOf(person.personId, s.office).some((t) => overlapsWindow(t, w)))) continue;
    // The page's own year: the event may be still to come, and the page's day an estimate.
    if ((w.relative && !doc.dateCertain) || w.last === doc.asOf) continue;
    const complete = phrase.senses.map((s) => ({ office: s.office, held: completeOver(s.office, w) }));
    if (complete.some((c) => !c.held || pastHorizon(doc.facts, w.last, { office: c.office.id }))) continue;
    const holders = complete.flatMap((c) => c.held!);
    const office = complete[0].office;
    const who = complete[0].held!.map((t) => describeHolder(doc.facts.people.get(t.holder.person), t)).join('; ');
    const flag: Annotation = {
      ...base,
      verdict: 'contradicted',
      factIds: [office.id, ...new Set(holders.map((t) => t.holder.person))],
      message: `${name} did not hold the office of ${office.name} at any time in ${w.label} (${formatDay(w.first)} – ${formatDay(w.last)}); it was held by ${who}.`,
      fact: who,
      sources: sourcesOfAll(holders.map((t) => t.holder)),
    };
    TOLD_OF_ITS_YEAR.add(flag);
    out.push(flag);
  }
  return out;
}
