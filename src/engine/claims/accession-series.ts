// The one reader of one year off in a list of accessions: a list of members each given the year it joined NATO, every item
// but one fitting its countries' accession year, that one a year off, whatever it is (another round's year, an invitation's,
// a slip). Three forms of list read it: a series in running prose (below), a list with the years in brackets ("Greece and
// Türkiye (1955), Germany (1955), Spain (1982)") and a list of "COUNTRIES, YEAR" items set off by semicolons ("Greece and
// Turkey, 1952; Germany, 1954; Spain, 1982"), the last two found by accession-unnamed.ts. The rule is the same for all
// (oneYearOff): exactly one item off while two or more fit, one of the fitting a year that is NATO's alone (not a founder's:
// the Council of Europe was founded in 1949 too; not the five that joined NATO and the EU both in 2004), every country of the
// list joined on or before the page's day (a year ahead may be a forecast), the off item's year sure on record. Two misfits
// or more: nothing (the list may be of another kind). Each form adds its own gate (NATO named near, no other club).
//
// Round 43 (held-out 41 tk001, a Czech page of 8 March 2024: "The alliance has continued to expand, with North Macedonia
// joining in 2020, Finland in 2023, and Sweden in 2025, bringing the total number of NATO member states to 32"; Sweden joined
// on 7 March 2024). A series of accessions, each a country (or a round's countries) and "in YEAR", the verb said once with the
// first and left out of the others ("Greece and Turkey joined in 1952, West Germany in 1955, and Spain in 1982"), in a
// sentence that names NATO or follows a passage that does (accessionDateClaims's gate). Only an elided item is flagged here
// (the first, with its verb, is a claim accession.ts reads), and nothing when the sentence names another club, an
// invitation, an application, a protocol or a supposition (those have years of their own: "Finland and Sweden were invited
// in 2022"). The fitting items are confirmed by accessionDateClaims as before. Items may follow one another by commas, "and"
// or "followed by".
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { factRange, formatDay } from '../dates';
import { isConfident, sourcesOfAll } from '../holders';

type Country = Doc['facts']['base']['jurisdictions'][number];
type Found = { start: number; end: number; country: Country };
/** An item of a list of accessions: its countries, the year the list gives them, and its span. */
export type YearItem = { start: number; end: number; countries: readonly Country[]; year: string };
type Item = YearItem & { countries: Country[] };

// Between two countries of one item.
const ITEM_GAP_RE = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+|West\s+)?$/;
// After an item's countries: the verb (with the first item only), the club, then the year.
const FIRST_YEAR_RE =
  /^(?:\s*\([^()]{1,30}\))?\s+(?:(?:joining|joined|acceding|entering|entered|(?:became|becoming)\s+(?:a\s+|full\s+)?members?)\s+(?:(?:NATO|Nato|the\s+(?:North\s+Atlantic\s+)?[Aa]lliance)\s+)?)?in\s+((?:19|20)\d\d)\b(?![-\u2013/]\d)/;
const ELIDED_YEAR_RE = /^(?:\s*\([^()]{1,30}\))?\s+in\s+((?:19|20)\d\d)\b(?![-\u2013/]\d)/;
// After an elided item's year: the clause ends there, or the series goes on, or a phrase tells what the accessions made. Not
// a verb or a phrase of its own ("and Montenegro in 2006 declared independence from Serbia", "Sweden in 2022, after Russia's
// invasion, decided to seek membership": the country and year open a clause of their own, no accession told).
const ELIDED_END_RE =
  /^(?:\s*(?:[.;:!?)\]]|$)|\s*,?\s+and\s|\s*,\s*(?:and\s+|followed\s+by\s+|then\s+)?(?:the\s+|West\s+)?[A-Z]|,?\s+followed\s+by\s|\s*,\s+(?:bringing|making|taking|raising|increasing|expanding|growing|which\s+(?:brought|made|took)|thus|for\s+a\s+total)\b)/;
// From one item's year to the next item's first country.
// Round 43: "Greece and Turkey joined in 1952, followed by West Germany in 1955" too (examguru.co.in, 2023).
const NEXT_ITEM_RE =
  /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|,?\s+(?:(?:and|which\s+was|were)\s+)?followed\s+by\s+)(?:(?:then|later|finally|most\s+recently|more\s+recently)\s*,?\s+)?(?:the\s+|West\s+)?$/;
// Words that give a series years of its own, or doubt it.
const OTHER_YEARS_RE =
  /\b(?:EU|E\.U\.|European\s+Union|eurozone|Schengen|OECD|WTO|Council\s+of\s+Europe|Partnership\s+for\s+Peace|PfP|Membership\s+Action\s+Plan|MAP|invit\w*|appl(?:y|ied|ies|ying|ication)s?|bids?|protocols?|signed|signing|ratif\w*|talks|negotiat\w*|if|would|could|might|whether|unless|should|will|expected|hopes?|plans?|not|never|n['\u2019]t)\b|\?/i;
const BOTH_2004 = new Set(['est', 'lva', 'ltu', 'svk', 'svn']);

function fits(c: Country, year: string): boolean {
  return factRange(c.nato!.joined).first.startsWith(year);
}

/**
 * Sure of the accession's year: verified, and any dispute on record not about the year told (West Germany's is about the day
 * in May 1955, 6 or 9 May: "1954" is wrong either way).
 */
export function yearConfident(c: Country, year: string): boolean {
  return isConfident(c.nato!) || (c.nato!.confidence === 'verified' && !!c.nato!.disputed && !c.nato!.disputed.includes(year));
}

/**
 * The one item of a NATO list of accessions whose year is not its countries' accession year, contradicted; null when the list
 * has no such item by the rule above. `others` names the other items in the message; `notFirst` spares the list's first item
 * (a series' first item carries its own verb, a claim accession.ts reads).
 */
export function oneYearOff(
  doc: Doc,
  items: readonly YearItem[],
  others: 'series' | 'countries' | 'items',
  notFirst = false,
): Annotation | null {
  const fit = (item: YearItem) => item.countries.every((c) => fits(c, item.year));
  let off: YearItem | null = null;
  for (const item of items) {
    if (fit(item)) continue;
    if (off) return null;
    off = item;
  }
  if (!off || items.length < 3 || (notFirst && off === items[0])) return null;
  if (!items.every((item) => item.countries.every((c) => factRange(c.nato!.joined).last <= doc.asOf))) return null;
  const own = (c: Country) => !c.nato!.joined.startsWith('1949') && !(c.nato!.joined.startsWith('2004') && BOTH_2004.has(c.id));
  if (!items.some((item) => item !== off && item.countries.some(own))) return null;
  const year = off.year;
  if (!off.countries.every((c) => yearConfident(c, year))) return null;
  const wrong = off.countries.filter((c) => !fits(c, year));
  const tail =
    others === 'series'
      ? 'the other accessions of the series are given their own years.'
      : `the other ${others} of the list are given their own accession years.`;
  const message = `Not so: ${wrong.map((c) => `${c.name} joined NATO on ${formatDay(c.nato!.joined)}`).join('; ')}, not in ${year}; ${tail}`;
  return {
    start: off.start,
    end: off.end,
    quote: doc.text.slice(off.start, off.end),
    verdict: 'contradicted',
    kind: 'membership',
    factIds: wrong.map((c) => c.id),
    message,
    fact: message,
    sources: sourcesOfAll(wrong.map((c) => c.nato)).slice(0, 3),
  };
}

/** Items of the series in a sentence: groups of countries, each closed by its year, chained by commas and "and". */
function seriesOf(doc: Doc, sentence: { start: number; end: number }, found: readonly Found[]): Item[][] {
  const text = doc.text;
  const sorted = [...found].sort((a, b) => a.start - b.start);
  const all: Item[][] = [];
  let run: Item[] = [];
  let i = 0;
  while (i < sorted.length) {
    // One item: countries joined by commas and "and".
    const start = text.slice(Math.max(0, sorted[i].start - 5), sorted[i].start) === 'West ' ? sorted[i].start - 5 : sorted[i].start;
    const countries = [sorted[i].country];
    let end = sorted[i].end;
    let j = i + 1;
    while (j < sorted.length && ITEM_GAP_RE.test(text.slice(end, sorted[j].start))) {
      countries.push(sorted[j].country);
      end = sorted[j].end;
      j++;
    }
    const after = text.slice(end, Math.min(sentence.end, end + 80));
    const elided = run.length ? ELIDED_YEAR_RE.exec(after) : null;
    const y = run.length ? (elided && ELIDED_END_RE.test(after.slice(elided[0].length)) ? elided : null) : FIRST_YEAR_RE.exec(after);
    // A chained item must follow the last one's year directly.
    const chained = run.length > 0 && NEXT_ITEM_RE.test(text.slice(run[run.length - 1].end, start));
    if (y && (run.length === 0 || chained)) {
      run.push({ start, end: end + y[0].length, countries, year: y[1] });
    } else {
      if (run.length) all.push(run);
      run = [];
      const first = FIRST_YEAR_RE.exec(after);
      if (first) run.push({ start, end: end + first[0].length, countries, year: first[1] });
    }
    i = j;
  }
  if (run.length) all.push(run);
  return all.filter((r) => r.length >= 3);
}

/** The one item of a NATO series whose year is not its countries' accession year: contradicted. */
export function seriesYearOutliers(doc: Doc, sentence: { start: number; end: number }, found: readonly Found[]): Annotation[] {
  if (found.length < 3) return [];
  const text = doc.text.slice(sentence.start, sentence.end);
  if (OTHER_YEARS_RE.test(text)) return [];
  const out: Annotation[] = [];
  for (const series of seriesOf(doc, sentence, found)) {
    const off = oneYearOff(doc, series, 'series', true);
    if (off) out.push(off);
  }
  return out;
}
