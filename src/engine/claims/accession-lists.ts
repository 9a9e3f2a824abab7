// Round 19 (mutation probes). A country slipped into a list of one accession round: "In 2004, seven countries joined
// the Alliance: Bulgaria, Estonia, Latvia, Czechia, Romania, Slovakia and Slovenia" (Czechia joined in 1999), "In 1949,
// there were 12 founding members of the Alliance: Belgium, Canada, Denmark, France, Iceland, Greece, ..." (Greece joined
// in 1952), "Poland, Hungary and Ukraine joined NATO in 1999" (Ukraine never did). accessionDateClaims (accession.ts)
// confirms the countries of the list whose accession the date fits and leaves the others alone, since a sentence may give
// another event's date; here the others are read when the list leaves no doubt: two or more of its countries confirmed
// together by one date, the outsider written between or right after them with nothing but commas and "and" in between,
// and the outsider's own accession year written nowhere in the sentence (so "Poland and Hungary joined in 1999, Slovakia
// in 2004" is never read as one list).
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { matchesIn } from '../doc';
import { factRange, formatDay } from '../dates';
import { isConfident, sourcesOf, sourcesOfAll } from '../holders';
import { bareMacedonia } from './history-common';

type Country = Doc['facts']['base']['jurisdictions'][number];

// Between two names of one list: ", ", " and ", ", and ", an article.
const LIST_GAP_RE = /^(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)(?:the\s+)?$/;
// A country's name, not an adjective or an owner ("Polish", "Hungary's").
const ADJECTIVE_RE = /(?:ian|ean|ish|ese|ch|i)$/;
// What makes the list something other than done accessions of NATO: a step before them, a time to come, a condition, a
// denial, each with its own date ("respectively"), another body.
const NOT_DONE_RE =
  /\b(?:invit\w*|talks|negotiat\w*|appl(?:y|ied|ication)\w*|bids?|aspir\w*|candidat\w*|protocols?|signed|ratif\w*|MAP|Membership\s+Action|Partnership|will|would|could|might|should|if|unless|whether|not|never|n['\u2019]t|nor|hop\w*|want\w*|respectively|EU|E\.U\.|European\s+Union|eurozone|Schengen|OECD|WTO|Council\s+of\s+Europe|Warsaw\s+Pact)\b|\?/i;
const YEAR_RE = /\b(?:19[4-9]\d|20[0-4]\d)\b/g;
// After a list, a clause or a bracket of the last name's own: "Norway and Finland, which joined in 2023".
const OWN_CLAUSE_AFTER_RE = /^\s*(?:,\s*(?:which|who|whose|the\s+latter)\b|\()/;

interface Named {
  start: number;
  end: number;
  country: Country;
}

/** Countries written in a sentence, in order, each once per place (members and not). */
export function namesIn(doc: Doc, span: { start: number; end: number }): Named[] {
  const out: Named[] = [];
  for (const q of matchesIn(doc, span, 'qualifier')) {
    const country = doc.facts.jurisdictions.get(q.value.jurisdiction);
    if (!country || country.kind !== 'country' || out.some((o) => o.start === q.start)) continue;
    const written = doc.text.slice(q.start, q.end);
    if (written !== country.name && ADJECTIVE_RE.test(written)) continue;
    if (/^['\u2019]s?\b|^-/.test(doc.text.slice(q.end, q.end + 2))) continue;
    out.push({ start: q.start, end: q.end, country });
  }
  for (const q of bareMacedonia(doc, span)) {
    const country = doc.facts.jurisdictions.get(q.id);
    if (country && !out.some((o) => o.start < q.end && q.start < o.end)) out.push({ start: q.start, end: q.end, country });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The lists of a sentence's countries: names joined by commas and "and" only, in order (a name alone is a list of one). */
export function listsIn(doc: Doc, span: { start: number; end: number }): Named[][] {
  const chains: Named[][] = [];
  for (const n of namesIn(doc, span)) {
    const last = chains.at(-1)?.at(-1);
    if (last && LIST_GAP_RE.test(doc.text.slice(last.end, n.start))) chains.at(-1)!.push(n);
    else chains.push([n]);
  }
  return chains;
}

/**
 * The countries listed with the one at `at` before it, joined by commas and "and" only ("Hungary, the Czech Republic and
 * Poland"), the one at `at` included.
 */
export function listedBefore(doc: Doc, sentence: { start: number; end: number }, at: number): Country[] {
  const names = namesIn(doc, { start: sentence.start, end: at + 1 });
  let i = names.findIndex((n) => n.start === at);
  if (i < 0) return [];
  const out = [names[i].country];
  for (; i > 0 && LIST_GAP_RE.test(doc.text.slice(names[i - 1].end, names[i].start)); i--) out.push(names[i - 1].country);
  return out;
}

/**
 * Outsiders in a list of one accession round confirmed by accessionDateClaims: contradicted. `dated` are the membership
 * annotations so far; a round is a supported one naming two or more countries that joined on one day.
 */
export function listOutsiderClaims(doc: Doc, dated: readonly Annotation[]): Annotation[] {
  const out: Annotation[] = [];
  if (!doc.dateCertain) return out;
  for (const round of dated) {
    if (round.verdict !== 'supported' || round.kind !== 'membership' || round.factIds.length < 2) continue;
    const inRound = round.factIds.map((id) => doc.facts.jurisdictions.get(id));
    if (inRound.some((c) => !c?.nato)) continue;
    const day = factRange(inRound[0]!.nato!.joined).first;
    if (inRound.some((c) => factRange(c!.nato!.joined).first !== day)) continue;
    const sentence = doc.sentences.find((s) => s.start <= round.start && round.start < s.end);
    if (!sentence) continue;
    const text = doc.text.slice(sentence.start, sentence.end);
    if (NOT_DONE_RE.test(text) || /\bmay\b/.test(text)) continue;
    const years = new Set(text.match(YEAR_RE) ?? []);
    // The list around the round's countries: names joined by commas and "and" only.
    for (const chain of listsIn(doc, sentence)) {
      const ofRound = chain.filter((n) => round.factIds.includes(n.country.id));
      if (ofRound.length < 2) continue;
      for (const n of chain) {
        if (round.factIds.includes(n.country.id)) continue;
        // The outsider's own round told in the sentence ("..., and Croatia and Albania in 2009"): not one list.
        const joined = n.country.nato ? factRange(n.country.nato.joined).first : undefined;
        if (joined === day) continue;
        if (joined && years.has(joined.slice(0, 4))) continue;
        if (n.country.nato && !isConfident(n.country.nato)) continue;
        if (out.some((o) => o.start === n.start)) continue;
        const fact = joined
          ? `${n.country.name} joined NATO on ${formatDay(joined)}, not with the others listed (${formatDay(day)}).`
          : `${n.country.name} has never been a member of NATO; the others listed joined on ${formatDay(day)}.`;
        out.push({
          start: n.start,
          end: n.end,
          quote: doc.text.slice(n.start, n.end),
          verdict: 'contradicted',
          kind: 'membership',
          factIds: [n.country.id, ...round.factIds],
          message: `Not so: ${fact}`,
          fact,
          sources: n.country.nato ? sourcesOf(n.country.nato) : sourcesOfAll(inRound.map((c) => c!.nato)).slice(0, 3),
        });
      }
    }
  }
  return out;
}

// Round 19. A country that never joined told as NATO's Nth member, as done: "Ukraine officially became the 32nd member of
// NATO", "Georgia has become NATO's 33rd member" (mutation probes of "Sweden officially became ..."). The country is the
// subject right before the place in line, with a verb of becoming or being and nothing else between; nothing in the
// sentence tells of a time to come, a condition, a wish or a denial.
const DONE_BETWEEN_RE =
  /^\s+(?:(?:has|have|now|officially|formally|finally|thus|today|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+)*(?:became|become|is\s+now|joined\s+(?:NATO|Nato|the\s+(?:military\s+)?[Aa]lliance)\s+as)\s+(?:(?:now|officially|formally)\s+)*(?:NATO['\u2019]s\s+|the\s+|its\s+)?(?:new,?\s+)?$/i;
const NOT_BECOME_RE =
  /\b(?:will|would|could|might|should|must|shall|can|may|once|when|if|unless|whether|until|before|not|never|n['\u2019]t|no|nor|yet|soon|hopes?|hoped|hoping|wants?|wanted|wish\w*|seek\w*|aspir\w*|bid|dream\w*|future|eventual\w*|one\s+day|promis\w*|claim\w*|alleg\w*|false\w*|fake|hoax|rumou?r\w*|propaganda|satir\w*|imagine\w*|suppos\w*|as\s+if|as\s+though|against|prevent\w*|block\w*|oppos\w*|fear\w*|threat\w*|warn\w*|plan\w*|expect\w*|poised|set\s+to|about\s+to|likely|possibl\w*|potential\w*|scenario|vision)\b|\?/i;

/**
 * Round 21. The last country named in `span` before `at`, when it is one that never joined NATO and is not an owner, a
 * part or after a preposition ("Ukraine on Friday officially became the 30th member", a mutation of "North Macedonia on
 * Friday ..."): the ordinal is told of it, so no other country of the page or of the sentence before may be borrowed to
 * confirm it. Null when the last country named is a member, or none is named.
 */
export function outsiderNamedBefore(doc: Doc, span: { start: number; end: number }, at: number): Named | null {
  const last = namesIn(doc, { start: span.start, end: at }).at(-1);
  if (!last || last.country.nato || last.country.kind !== 'country') return null;
  if (
    /(?:\b(?:for|of|to|in|with|by|from|on|at|about|against|between|than|like|unlike|not)|[-\u2010'\u2019])\s*$/i.test(
      doc.text.slice(Math.max(span.start, last.start - 10), last.start),
    )
  )
    return null;
  return last;
}

/**
 * Round 21. Whether a confirmed accession (`ann`, of members only) names a country listed, by commas and "and" only, with a
 * country that never joined NATO: "Greece and Ukraine joined in 1952", "the Czech Republic, Ukraine and Poland — join NATO"
 * (mutations of true lists). The list is told as one, so its confirmation goes; listOutsiderClaims flags the outsider where
 * the list is plainly one round.
 */
export function listedWithOutsider(doc: Doc, ann: Annotation): boolean {
  if (ann.verdict !== 'supported') return false;
  const sentence = doc.sentences.find((s) => s.start <= ann.start && ann.start < s.end);
  if (!sentence) return false;
  const names = namesIn(doc, { start: sentence.start, end: Math.max(ann.end, sentence.end) });
  const text = doc.text.slice(sentence.start, sentence.end);
  // Round 22 (mutation probe): a member of another round listed as one with the round confirmed ("Bulgaria, Hungary and
  // Poland joined NATO in 1999", "Greece and France joined in 1952", "Croatia and Bulgaria joined NATO back in 2009"),
  // its own accession year written nowhere in the sentence and no "respectively", no clause of its own after the list.
  const days = new Set(
    ann.factIds
      .map((id) => doc.facts.jurisdictions.get(id)?.nato?.joined)
      .filter((d): d is string => !!d)
      .map((d) => factRange(d).first),
  );
  const years = days.size === 1 && !/\brespectively\b/i.test(text) ? new Set(text.match(YEAR_RE) ?? []) : null;
  const otherRound = (n: Named) => {
    if (!years || !n.country.nato || ann.factIds.includes(n.country.id)) return false;
    const joined = factRange(n.country.nato.joined).first;
    return !days.has(joined) && !years.has(joined.slice(0, 4));
  };
  if (!names.some((n) => !n.country.nato || otherRound(n))) return false;
  let chain: Named[] = [];
  const flush = () =>
    (chain.some((n) => !n.country.nato) && chain.some((n) => ann.factIds.includes(n.country.id) && n.start >= ann.start - 200)) ||
    (chain.some(otherRound) &&
      chain.some((n) => ann.factIds.includes(n.country.id) && n.start >= ann.start && n.end <= ann.end) &&
      !OWN_CLAUSE_AFTER_RE.test(doc.text.slice(chain.at(-1)!.end, Math.min(sentence.end, chain.at(-1)!.end + 12))));
  for (const n of names) {
    const last = chain.at(-1);
    if (last && LIST_GAP_RE.test(doc.text.slice(last.end, n.start))) chain.push(n);
    else {
      if (flush()) return true;
      chain = [n];
    }
  }
  return flush();
}

/** The never-member country told, right before `at`, to have become NATO's member in a place in line; null when not so. */
export function nonMemberOrdinal(doc: Doc, sentence: { start: number; end: number }, at: number): Named | null {
  if (!doc.dateCertain) return null;
  const names = namesIn(doc, { start: sentence.start, end: at });
  const last = names.at(-1);
  if (!last || last.country.nato || last.country.kind !== 'country') return null;
  if (!DONE_BETWEEN_RE.test(doc.text.slice(last.end, at))) return null;
  // Not an owner or a part ("Ukraine's", "Russia-Ukraine"), nor after a preposition ("support for Ukraine became ...").
  if (
    /(?:\b(?:for|of|to|in|with|and|by|from|on|at|about)|[-\u2010'\u2019])\s*$/i.test(
      doc.text.slice(Math.max(sentence.start, last.start - 8), last.start),
    )
  )
    return null;
  if (NOT_BECOME_RE.test(doc.text.slice(sentence.start, sentence.end))) return null;
  return last;
}
