// Round 48. NATO's founders told as a closed list that leaves most of them out: "The original members of NATO on the day of
// its inception in 1949, are Belgium, Canada, and Denmark." (severnhistoricalsociety.org, March 2020, held-out 46 ve022:
// twelve signed the treaty on 4 April 1949), "NATO's founding members were Belgium, Canada, Denmark and France", "The
// original members of the alliance were the United States, Canada and Britain."
//
// The sentence is nothing but the founders, the copula and the list: it opens with "The/NATO's/Its original (or founding)
// members (or countries, nations, states, signatories)", NATO or the alliance after "of" at most, then only the time of
// the founding ("on the day of its inception in 1949", "in 1949", "at its creation"), then "are/were", and the list runs to
// the sentence's end, closed by "and" before its last name. Every name a founder and fewer than twelve: contradicted,
// naming the founders left out. Not read: any other word between the noun and the copula (a part: "The original members
// of NATO in Scandinavia were ...", "that border Russia"), "include", "among", "such as", a count ("the 12 original
// members were ..."), "and others", an open list ("... and Denmark, among others"), a list with a later member (other
// readers judge it), a supposition or a denial.
import type { Annotation } from '../types';
import { withMergedOver, type ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import { sourcesOfAll } from '../holders';
import { gated } from '../triggers';
import { historyAnnotation } from './history-common';
import { namesIn } from './accession-lists';

type Country = Doc['facts']['base']['jurisdictions'][number];

const HINT_RE = gated(/\b(?:original|founding)\b/);
// The sentence's opening, up to the list (the optional article before the first name included).
const OPENING_RE =
  /^\s*(?:The|NATO['\u2019]s|Nato['\u2019]s|The\s+alliance['\u2019]s|Its)\s+(?:original|founding)\s+(?:members|member\s+(?:states|countries|nations)|countries|nations|states|signatories)(?:\s+of\s+(?:NATO|Nato|the\s+(?:North\s+Atlantic\s+)?(?:[Aa]lliance|Treaty\s+Organi[sz]ation)(?:\s*\((?:NATO|Nato)\))?))?\s*,?(?:\s*(?:on\s+the\s+day\s+of\s+its\s+|at\s+(?:its|the)\s+)(?:inception|founding|foundation|creation|formation|establishment|birth|start|outset))?(?:\s*,?\s*(?:back\s+)?in\s+1949)?\s*,?\s+(?:are|were)\s+(?:the\s+)?$/;
// The list's end: the sentence's (a full stop at most).
const CLOSED_RE = /^\s*[.!]?\s*$/;
// Between two names; the last gap holds "and".
const LIST_GAP_RE = /^(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)(?:the\s+)?$/;
const LAST_GAP_RE = /\b(?:and)\b|&/;
const NATO_NAMED_RE = /\b(?:NATO|Nato|North\s+Atlantic|[Aa]lliance)\b/;
const NOT_READ_RE = /\b(?:would|could|might|if|whether|not|never|n['\u2019]t|include\w*|among|such\s+as|others|etc)\b|\?/i;

function shortListClaims(doc: Doc): Annotation[] {
  if (!HINT_RE.test(doc.text)) return [];
  const out: Annotation[] = [];
  const founders = doc.facts.base.jurisdictions.filter((j) => j.nato?.joined.startsWith('1949')) as Country[];
  for (let si = 0; si < doc.sentences.length; si++) {
    const sentence = doc.sentences[si];
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!HINT_RE.test(text) || NOT_READ_RE.test(text)) continue;
    const names = namesIn(doc, sentence);
    if (names.length < 2 || names.length >= founders.length) continue;
    const opening = OPENING_RE.exec(doc.text.slice(sentence.start, names[0].start));
    if (!opening) continue;
    // NATO named in the opening, else in the sentence before in the page ("the original members" of the alliance told of).
    if (!NATO_NAMED_RE.test(opening[0]) && !(si > 0 && NATO_NAMED_RE.test(doc.text.slice(doc.sentences[si - 1].start, sentence.start))))
      continue;
    let closed = true;
    for (let i = 1; i < names.length && closed; i++) closed = LIST_GAP_RE.test(doc.text.slice(names[i - 1].end, names[i].start));
    if (!closed || !LAST_GAP_RE.test(doc.text.slice(names[names.length - 2].end, names[names.length - 1].start))) continue;
    if (!CLOSED_RE.test(doc.text.slice(names[names.length - 1].end, sentence.end))) continue;
    const listed = names.map((n) => n.country);
    if (new Set(listed.map((c) => c.id)).size !== listed.length || !listed.every((c) => founders.some((f) => f.id === c.id))) continue;
    const left = founders.filter((f) => !listed.some((c) => c.id === f.id));
    const message = `NATO had 12 founding members (North Atlantic Treaty signed April 4, 1949); the list leaves out ${left
      .map((c) => c.name)
      .join(', ')
      .replace(/, ([^,]+)$/, ' and $1')}.`;
    out.push(
      historyAnnotation(
        doc,
        { start: sentence.start + opening.index + (opening[0].length - opening[0].trimStart().length), end: names[names.length - 1].end },
        'membership',
        'contradicted',
        `Not so: ${message}`,
        message,
        founders.map((c) => c.id),
        sourcesOfAll(founders.map((c) => c.nato!)).slice(0, 3),
      ),
    );
  }
  return out;
}

/** Adds the red flags, each in place of the confirmations it overlaps. */
export function withShortFounderLists(inner: ClaimDetector): ClaimDetector {
  return withMergedOver(inner, shortListClaims);
}
