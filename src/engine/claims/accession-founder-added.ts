// Round 48. A founder of 1949 told, in a list with a later member, as added to NATO: "Biden's call for increased military
// aid for Ukraine and the addition of Sweden and Norway to the alliance" (vi002, July 2024, on the Washington summit:
// Norway signed the treaty in 1949; the two allies added were Finland and Sweden), "the accession of Finland and Norway to
// NATO", "NATO welcomed Sweden and Norway as new members", "the alliance's two newest members, Finland and Norway".
//
// The list (two or more countries, commas and "and" between) stands right after one of: a noun of joining with "of" ("the
// addition of", "the accession of", "the entry of", "the admission of", "the inclusion of"), NATO or the alliance right
// after it ("to the alliance", "into NATO"); a verb of taking in ("welcomed", "admitted", "added"), with "into NATO" or "as
// new members" after it in a sentence that names NATO; or NATO's newest members ("NATO's newest members, Finland and
// Norway"). A founder in it is contradicted when the list also names a member that joined after 1949: the list is then an
// enlargement's, and no founder was ever added. Not read: a list of founders only (historians write of "the accession of
// Denmark and Norway" in 1949), a sentence that names 1949, the founding or the founders, or sets the accessions apart
// ("decades apart", "respectively", "unlike"), a supposition or a denial, another club.
import type { Annotation } from '../types';
import { withMergedOver, type ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import { factRange, formatDay } from '../dates';
import { sourcesOfAll } from '../holders';
import { gated } from '../triggers';
import { historyAnnotation, NATO_JOINED_SRC } from './history-common';
import { listsIn } from './accession-lists';

type Country = Doc['facts']['base']['jurisdictions'][number];

const HINT_RE = gated(/\b(?:addition|admission|accession|entry|inclusion|welcomed|welcoming|admitted|added|newest|latest)\b/);
const NATO_OBJ = String.raw`${NATO_JOINED_SRC}(?!\s*['\u2019]s)`;
// Before the list (end-anchored), each form with what must follow the list.
const NOUN_BEFORE_RE = /\b(?:addition|admission|accession|entry|inclusion|integration|induction)s?\s+of\s+(?:both\s+)?(?:the\s+)?$/;
const NOUN_AFTER_RE = new RegExp(String.raw`^\s+(?:(?:in)?to|in)\s+${NATO_OBJ}`);
const VERB_BEFORE_RE = /\b(?:welcom(?:ed|es|ing)|admit(?:ted|s|ting)|add(?:ed|s|ing)|induct(?:ed|s|ing))\s+(?:both\s+)?(?:the\s+)?$/;
const VERB_AFTER_RE = new RegExp(
  String.raw`^\s+(?:(?:in)?to\s+${NATO_OBJ}|as\s+(?:(?:its|the)\s+)?(?:new(?:est)?|latest)\s+(?:members?|allies|member\s+(?:states|countries)))`,
);
const NEWEST_BEFORE_RE = new RegExp(
  String.raw`(?:\b${NATO_JOINED_SRC}['\u2019]s|\b[Ii]ts)\s+(?:(?:two|three)\s+)?(?:newest|latest|most\s+recent)\s+(?:members?|allies|member\s+(?:states|countries))\s*(?:[,:(\u2014\u2013-]|\s(?:are|were))\s*(?:the\s+)?$`,
);
const NATO_NAMED_RE = /\b(?:NATO|Nato|North\s+Atlantic|[Aa]lliance)\b/;
// The founding told, the accessions set apart, a supposition, a denial, another club.
const NOT_READ_RE =
  /\b(?:1949|found\w*|original\w*|apart|respectively|unlike|compar\w*|differen\w*|decades?|earlier|would|could|might|should|if|unless|whether|not|never|n['\u2019]t|nor|EU|European\s+Union|Nordic\s+Defen[cs]e|NORDEFCO|Council\s+of\s+Europe|UN|United\s+Nations|OECD|Schengen|battle\s*group)\b|\?/i;

const founder = (c: Country) => !!c.nato && c.nato.confidence === 'verified' && c.nato.joined.startsWith('1949');
const later = (c: Country) => !!c.nato && !c.nato.joined.startsWith('1949');

function founderAddedClaims(doc: Doc): Annotation[] {
  if (!HINT_RE.test(doc.text)) return [];
  const out: Annotation[] = [];
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!HINT_RE.test(text) || !NATO_NAMED_RE.test(text) || NOT_READ_RE.test(text)) continue;
    for (const chain of listsIn(doc, sentence)) {
      if (chain.length < 2) continue;
      const cs = chain.map((n) => n.country);
      const founders = cs.filter(founder);
      const added = cs.filter(later);
      if (!founders.length || !added.length || founders.length + added.length !== cs.length) continue;
      const before = doc.text.slice(sentence.start, chain[0].start);
      const after = doc.text.slice(chain[chain.length - 1].end, sentence.end);
      let m: RegExpExecArray | null = null;
      let start = -1;
      let end = chain[chain.length - 1].end;
      if ((m = NOUN_BEFORE_RE.exec(before))) {
        const a = NOUN_AFTER_RE.exec(after);
        if (!a) continue;
        start = sentence.start + m.index;
        end += a[0].length;
      } else if ((m = VERB_BEFORE_RE.exec(before))) {
        const a = VERB_AFTER_RE.exec(after);
        if (!a) continue;
        start = sentence.start + m.index;
        end += a[0].length;
      } else if ((m = NEWEST_BEFORE_RE.exec(before))) start = sentence.start + m.index;
      else continue;
      const day = (c: Country) => formatDay(factRange(c.nato!.joined).first);
      const message =
        `${founders.map((c) => c.name).join(' and ')} ${founders.length > 1 ? 'are among' : 'is one of'} NATO's 12 founding members ` +
        `(North Atlantic Treaty signed April 4, 1949), not added later. ${added.map((c) => `${c.name} joined NATO on ${day(c)}.`).join(' ')}`;
      out.push(
        historyAnnotation(
          doc,
          { start, end },
          'membership',
          'contradicted',
          `Not so: ${message}`,
          message,
          cs.map((c) => c.id),
          sourcesOfAll(cs.map((c) => c.nato)).slice(0, 3),
        ),
      );
    }
  }
  return out;
}

/** Adds the red flags, each in place of the confirmations it overlaps. */
export function withFoundersAdded(inner: ClaimDetector): ClaimDetector {
  return withMergedOver(inner, founderAddedClaims);
}
