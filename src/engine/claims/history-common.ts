// What the detectors of the alliance's history share (treaty-articles.ts, alliance-age.ts,
// accession-steps.ts): the patterns of counts and ordinals (read by numbers.ts), years of a sentence, and the annotation shape.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { Span } from '../sentences';
import { factRange, findDates, type DateMention } from '../dates';
import { sourcesOf, sourcesOfAll } from '../holders';
import { matchesIn } from '../doc';
import { memoByFacts } from '../memo';
import { compiledOnFirstRun } from '../triggers';

/**
 * NATO as what a country joins or is admitted to, as regular-expression source (no capture): "NATO", "the North Atlantic
 * Treaty Organization (NATO)", "the (military, Western, NATO ...) alliance". Read by the accession readers of round 39
 * (accession-participle.ts, accession-together.ts, accession-summit.ts).
 */
export const NATO_JOINED_SRC = String.raw`(?:NATO|Nato|the\s+North\s+Atlantic\s+Treaty\s+Organi[sz]ation(?:\s*\((?:NATO|Nato)\))?|the\s+(?:(?:North\s+Atlantic|Atlantic|military|Western|western|transatlantic|NATO)\s+){0,2}[Aa]lliance)`;
/** Another club a country may join, named in a sentence of joining: that sentence may be told of it, not of NATO. */
export const OTHER_CLUB_JOINED_RE = compiledOnFirstRun(
  /\b(?:EU|European\s+Union|eurozone|Schengen|OECD|WTO|United\s+Nations|Council\s+of\s+Europe|OSCE|Warsaw\s+Pact)\b/,
);

/** Ordinals and counts in words or digits, as regular-expression source (one capture). */
export const ORDINAL_SRC =
  '(\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:ieth|[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth)';
export const COUNT_SRC =
  '(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)';

export type Dated = DateMention & { bareYear?: true };

/** Written-out dates of a span and its bare years ("in 1999", "the 2008 Bucharest Summit"). */
export function datesAndYears(doc: Doc, span: Span, future = false): Dated[] {
  const out: Dated[] = findDates(doc.text, span.start, span.end, { asOf: doc.asOf, future });
  const re = /\b(19[4-9]\d|20[0-4]\d)\b(?!\s*%)/g;
  const text = doc.text.slice(span.start, span.end);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = span.start + m.index;
    if (out.some((d) => d.start <= at && at < d.end)) continue;
    out.push({
      first: `${m[1]}-01-01`,
      last: `${m[1]}-12-31`,
      start: at,
      end: at + 4,
      granularity: 'year',
      explicitYear: true,
      relative: false,
      bareYear: true,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The sentence before `i` in the same paragraph, if any. */
export function previousInParagraph(doc: Doc, i: number): Span | null {
  if (i <= 0) return null;
  const prev = doc.sentences[i - 1];
  return doc.text.slice(prev.end, doc.sentences[i].start).includes('\n') ? null : prev;
}

export function historyAnnotation(
  doc: Doc,
  span: Span,
  kind: Annotation['kind'],
  verdict: Annotation['verdict'],
  message: string,
  fact: string,
  factIds: string[],
  sources: string[],
): Annotation {
  return { start: span.start, end: span.end, quote: doc.text.slice(span.start, span.end), verdict, kind, factIds, message, fact, sources };
}

/**
 * A membership claim confirmed by records (accessions, ratifications, rounds): the message is
 * also the fact, and the records' three best sources are its sources.
 */
export function membershipConfirmed(
  doc: Doc,
  span: Span,
  message: string,
  factIds: string[],
  records: ReadonlyArray<{ sources: Array<{ url: string }> }>,
): Annotation {
  return historyAnnotation(doc, span, 'membership', 'supported', message, message, factIds, sourcesOfAll(records).slice(0, 3));
}

export const ordinalName = (n: number) =>
  `${n}${n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th'}`;

/**
 * A hypothetical or a question: no red flag ("if Poland invoked Article 5", "would be the second time"). "may" in
 * lower case only: "Finland applied to join NATO in May 2021" names a month.
 */
export const HYPOTHETICAL_RE = compiledOnFirstRun(
  /\b(?:[Ii]f|IF|[Ww]ould|[Cc]ould|[Mm]ight|may|[Ww]hether|[Ss]hould|[Uu]nless|[Hh]ypothetical|[Ee]ver)\b|\?/,
);

// "Formed in 1949 with the signing of the Washington Treaty, NATO is a security alliance of 30
// countries" (April 2023, five days after Finland made 31): the founding, told in a phrase before
// the main clause, is where the story starts, not the time the clause tells of. A count in the
// present tense after it is of the article's day, though the sentence's only year is 1949.
const FOUNDING_LEAD_RE = /^\W*(?:Formed|Founded|Established|Created|Set\s+up)\s+(?:in|on)\s+[^,;.!?]{0,90},\s*$/;
const PRESENT_VERB_RE = /\b(?:is|are|has|have|comprises|consists|remains|includes|counts)\b/;
const YEAR_RE = /\b(?:19[4-9]\d|20[0-4]\d)\b/g;

/** The claim at `claim` is in the present tense, after a leading phrase of the founding and no other year. */
export function afterFoundingLead(doc: Doc, sentence: Span, claim: Span): boolean {
  if (!FOUNDING_LEAD_RE.test(doc.text.slice(sentence.start, claim.start))) return false;
  if (!PRESENT_VERB_RE.test(doc.text.slice(claim.start, claim.end))) return false;
  const years = doc.text.slice(sentence.start, sentence.end).match(YEAR_RE) ?? [];
  return years.length > 0 && years.every((y) => y === '1949');
}

// Round 22. "Origin: The alliance is based on the North Atlantic Treaty that was signed in 1949. / Member Countries: It
// consists of 29 independent member countries" (exam-prep note, July 2022, of 30): a sentence of the founding alone (1949 its
// only year) before a count in the present tense with no year of its own. A count other than the founders' 12 cannot tell of
// 1949, so it is of the article's day. Not after another year, not in a sentence that says "then" or "at the time".
const FOUNDING_WORD_RE = /\b(?:founded|formed|established|created|signed|set\s+up|founding|inception|birth)\b/i;
const THEN_RE = /\b(?:then|at\s+the\s+time|at\s+that\s+time|back\s+then|initially|originally|at\s+first)\b/i;

/** The count `n` at `claim` is in the present tense, right after a sentence that tells only of the founding in 1949. */
export function afterFoundingSentence(doc: Doc, sentence: Span, claim: Span, n: number): boolean {
  if (n === 12 || !PRESENT_VERB_RE.test(doc.text.slice(claim.start, claim.end))) return false;
  const own = doc.text.slice(sentence.start, sentence.end);
  if (own.match(YEAR_RE) || THEN_RE.test(own)) return false;
  const i = doc.sentences.findIndex((s) => s.start === sentence.start);
  const before = i > 0 ? doc.sentences[i - 1] : null;
  if (!before || sentence.start - before.end > 40) return false;
  const told = doc.text.slice(before.start, before.end);
  const years = told.match(YEAR_RE) ?? [];
  return years.length > 0 && years.every((y) => y === '1949') && FOUNDING_WORD_RE.test(told) && !THEN_RE.test(told);
}

/**
 * The fact id of a member count judged on the article's day that no narrated time may excuse
 * (index.ts re-judges only 'nato-members' as of the time a passage tells of).
 */
export const MEMBERS_NOW_ID = 'nato-members-now';

/**
 * After a count, a region that makes it a part of the alliance: "NATO's 30 members in Europe", "an alliance
 * of 30 countries in Europe and two in North America" (30 European allies since 2024, 32 in all).
 */
const REGION_AFTER_RE =
  /^\s+(?:in|from|across|of)\s+(?:(?:continental|mainland)\s+)?(?:Europe\b|the\s+European\b|European\b|(?:Eastern|Central|Western|Northern|Southern|Southeastern|Northeastern)\b|the\s+(?:Baltic|Balkans?|east|eastern\s+flank|Nordic|Black\s+Sea)\b|North\s+America\b)/;
// Round 38: both sides in a list, whatever else it adds: "a military alliance made up of 30 countries from Europe, North
// America, and Asia" (held-out 36 qt004, July 2023, of 31), "31 member states from Europe and North America" (qv005).
const BOTH_SIDES_RE =
  /^\s+(?:in|from|across|of|on)\s+(?:(?:both\s+sides\s+of\s+)?the\s+(?:North\s+)?Atlantic\b|(?:(?:Western\s+)?Europe|North\s+America)(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:(?:in|from)\s+)?(?:the\s+)?(?:North\s+America|(?:Western\s+)?Europe)\b)/;

/** The text after a count names a region that makes it a part of the alliance (not "in Europe and North America"). */
export const partByRegion = (after: string): boolean => REGION_AFTER_RE.test(after) && !BOTH_SIDES_RE.test(after);

/** The text after a count names both sides of the Atlantic ("from Europe and North America"): the whole alliance, not a part. */
export const wholeByRegion = (after: string): boolean => BOTH_SIDES_RE.test(after);

// The members by which a step is (still) to be taken, with no "all": "still to be ratified by the 15 members of the North
// Atlantic alliance" (held-out 22, July 2022, when NATO had 30), "awaiting approval from the remaining 12 allies". Those that
// have not yet taken the step are a part of the alliance; only "all" makes them the whole ("ratified by all 30 members").
const BY_WHOM_BEFORE_RE =
  /\b(?:ratif\w*|approv\w*|endors\w*|sign\w*|vote\w*|consent\w*)\s+(?:by|from|of|in)\s+(?:the\s+)?(?:remaining\s+|other\s+)?$/i;

/** The text before a count makes it the members by which a step is to be taken: a part, unless "all" is said. */
export const byWhomStep = (before: string): boolean => BY_WHOM_BEFORE_RE.test(before);

type Jurisdiction = Doc['facts']['base']['jurisdictions'][number];

/**
 * NATO's members as of `day`: those of `jurisdictions` with an accession (`nato`) whose last possible day is on or before
 * it, in their order. The one reading of "the member count on a day" (its `.length`): the count readers, the ordinals,
 * the ratifiers and the accessions told as premature all ask it.
 */
export function membersOn<J extends Jurisdiction>(jurisdictions: readonly J[], day: string): J[] {
  return jurisdictions.filter((j) => !!j.nato && factRange(j.nato.joined).last <= day);
}

// The allies' spending against a figure: a verb of spending or reaching ("spend", "met", "hit", "exceed") before a share or a
// target ("at least 2% of GDP", "the target", "the 2% guideline"), or their defence expenditure. An agreement on a target ("whose 31 members agreed on a 5%
// target") is every ally's, Iceland's too, and a sentence with no figure ("NATO's 31 members spend less than the US") is no
// report of NATO's figures.
const SPENDING_REACHED_RE =
  /\b(?:spen[dt]\w*|me(?:et|ets|eting|t)|reach\w*|hit(?:s|ting)?|exceed\w*|achiev\w*|f[ae]l{1,2}s?\s+short\s+of)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent|pc)|(?:two|three|five)\s+(?:percent|per\s+cent)|the\s+(?:[\w'\u2019-]+\s+){0,2}?(?:target|guideline|benchmark|threshold|goal))|\bdefen[cs]e\s+expenditure\b/i;

/**
 * NATO's defence-expenditure figures leave Iceland out (it has no armed forces): "all 31 allies will spend at least 2% of GDP
 * in 2025" (August 2025, NATO at 32; held-out 37 ri004), "only 11 of 30 NATO countries spent at least 2%" (July 2023, NATO at
 * 31). In a sentence about spending, a count one below NATO's is the count of those figures, not a stale count of the
 * alliance: never flagged.
 */
export const countOfSpendingFigures = (n: number, count: number, sentence: string): boolean =>
  n === count - 1 && SPENDING_REACHED_RE.test(sentence);

/** A membership claim about one member country, sourced to its accession's record. */
export function memberAnnotation(
  doc: Doc,
  span: Span,
  verdict: Annotation['verdict'],
  message: string,
  fact: string,
  c: Doc['facts']['base']['jurisdictions'][number],
): Annotation {
  return {
    start: span.start,
    end: span.end,
    quote: doc.text.slice(span.start, span.end),
    verdict,
    kind: 'membership',
    factIds: [c.id],
    message,
    fact,
    sources: sourcesOf(c.nato!),
  };
}

/** The alliance's count confirmed (the whole membership's record, not one country's). */
export function countAnnotation(doc: Doc, span: Span, message: string, fact: string, sources: string[]): Annotation {
  return {
    start: span.start,
    end: span.end,
    quote: doc.text.slice(span.start, span.end),
    verdict: 'supported',
    kind: 'membership',
    factIds: ['nato-members'],
    message,
    fact,
    sources,
  };
}

// "Macedonia signed accession papers with NATO on Wednesday", "Macedonia becoming the 30th alliance member"
// (AFP, February 2019): the country's name before the Prespa agreement took effect, and in many pages after
// it. The lexicon leaves the bare name out, as it is also Greece's northern region and the ancient kingdom;
// in a sentence about joining NATO (or its members, its accession papers) it can only be the country that
// joined. Not "North Macedonia" (the lexicon's), nor the region ("Greek Macedonia", "Macedonia region",
// "of Macedonia" after a king or province, "in Macedonia" after Greece).
const BARE_MACEDONIA_RE = /\bMacedonia\b(?!n)/g;
const MACEDONIA_ID = 'mkd';
const NOT_THE_COUNTRY_BEFORE_RE =
  /\b(?:North|Northern|Greek|Greece['\u2019]s|Aegean|Ancient|ancient|Central|Eastern|Western|Pirin|Vardar|Philip\s+of|Alexander\s+of|called|named)\s+$/;
const NOT_THE_COUNTRY_AFTER_RE = /^\s+(?:region|province|Thrace)\b/i;
const JOINING_NATO_RE =
  /\b(?:NATO|Nato|[Aa]lliance)\b[^]*\b(?:member|join|accession|acced|protocol|ratif)|\b(?:member|join|accession|acced|protocol|ratif)\w*\b[^]*\b(?:NATO|Nato|[Aa]lliance)\b/;

/** The bare name "Macedonia" as North Macedonia, in a sentence on joining NATO (see BARE_MACEDONIA_RE). */
export function bareMacedonia(doc: Doc, span: Span): Array<{ start: number; end: number; id: string }> {
  const text = doc.text.slice(span.start, span.end);
  if (!text.includes('Macedonia') || !JOINING_NATO_RE.test(text) || /\bGreek\s+region|\bregion\s+of\s+Macedonia/.test(text)) return [];
  if (!doc.facts.jurisdictions.get(MACEDONIA_ID)) return [];
  const out: Array<{ start: number; end: number; id: string }> = [];
  BARE_MACEDONIA_RE.lastIndex = 0;
  for (let m = BARE_MACEDONIA_RE.exec(text); m; m = BARE_MACEDONIA_RE.exec(text)) {
    const at = span.start + m.index;
    if (NOT_THE_COUNTRY_BEFORE_RE.test(doc.text.slice(Math.max(0, at - 20), at))) continue;
    if (NOT_THE_COUNTRY_AFTER_RE.test(doc.text.slice(at + 9, at + 30))) continue;
    out.push({ start: at, end: at + 9, id: MACEDONIA_ID });
  }
  return out;
}

// Built once (speed, round 41): a literal in capitalCountries was a new expression, parsed again, at each call.
const CAPITAL_COUNTRIES_RE = /^the\s+\w+\s+capital$/i;
/**
 * A capital standing for its country as the subject of an accession: "Helsinki joined NATO in June 2023" (held-out 14
 * o105, February 2024: 4 April 2023). A capital is a place the fact base also calls "the ADJECTIVE capital", lying in a
 * country place; never after a preposition ("talks in Helsinki"). Read only with the strict verbs (JOIN_RE).
 */
export const capitalCountries = memoByFacts((facts, _: 'all') => {
  const byName = new Map<string, string>();
  for (const j of facts.base.jurisdictions) if (j.kind === 'country') byName.set(j.name, j.id);
  const out = new Map<string, string>();
  for (const p of facts.base.places) {
    if (!p.aliases.some((a) => CAPITAL_COUNTRIES_RE.test(a))) continue;
    const within = p.within ? facts.places.get(p.within) : undefined;
    const id = within && !within.within ? byName.get(within.name) : undefined;
    if (id) out.set(p.id, id);
  }
  return out;
});

// Built once (speed, round 41): a literal in capitalsIn was a new expression, parsed again, at each call.
const CAPITALS_IN_RE = compiledOnFirstRun(/\b(?:in|at|from|to|of|near|via|into|the)\s+$/i);
/** Capitals in a sentence standing as a subject (not after a preposition or an article), each with its country. */
export function capitalsIn(doc: Doc, sentence: { start: number; end: number }) {
  const out: Array<{ start: number; end: number; value: { jurisdiction: string }; capital: boolean }> = [];
  for (const p of matchesIn(doc, sentence, 'place')) {
    const id = capitalCountries(doc.facts, 'all').get(p.value.id);
    if (!id || CAPITALS_IN_RE.test(doc.text.slice(Math.max(sentence.start, p.start - 8), p.start))) continue;
    out.push({ start: p.start, end: p.end, value: { jurisdiction: id }, capital: true });
  }
  return out;
}

/**
 * "Washington and NATO's 31 allies pledged", "NATO's 31 allies welcomed Sweden" (2024, of 32): "allies" said relative to one
 * of them, named in the sentence (a member by its name or capital, outside the phrase), may be the others told without
 * "other". Whether a count `n` of allies at `phrase` is one less than `total` with a member so named.
 */
export function othersOfNamedAlly(
  doc: Doc,
  sentence: Span,
  phrase: Span & { text: string },
  n: number,
  total: number,
  memberIds: ReadonlySet<string>,
): boolean {
  if (n !== total - 1 || !/\ballies\b/i.test(phrase.text)) return false;
  const outside = (x: Span) => x.end <= phrase.start || x.start >= phrase.end;
  return (
    matchesIn(doc, sentence, 'qualifier').some((q) => outside(q) && memberIds.has(q.value.jurisdiction)) ||
    capitalsIn(doc, sentence).some((c) => outside(c) && memberIds.has(c.value.jurisdiction))
  );
}

/** A country the lexicon named in a sentence, by its jurisdiction's id. */
export interface NamedCountry extends Span {
  id: string;
}

/** The countries the lexicon names in `span` (qualifiers of country jurisdictions), each once, in order. */
export function countriesIn(doc: Doc, span: Span): NamedCountry[] {
  const out: NamedCountry[] = [];
  for (const q of matchesIn(doc, span, 'qualifier')) {
    const id = q.value.jurisdiction;
    if (id && doc.facts.jurisdictions.get(id)?.kind === 'country' && !out.some((o) => o.start === q.start))
      out.push({ start: q.start, end: q.end, id });
  }
  return out.sort((a, b) => a.start - b.start);
}
