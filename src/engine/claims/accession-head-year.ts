// Round 23. Members listed at the head of a sentence after its year: "In that year, Poland, the Czech Republic, and Hungary
// became NATO members" (held-out 21 za054, after "In 1999, NATO's 50th-anniversary Summit was held in Washington"), "In 2004,
// Estonia, Latvia and Lithuania joined NATO". "That year" / "the same year" is the one year the sentence before (in the same
// paragraph) names; a year written out is the sentence's own.
//   - every country listed a member whose accession fell in that year: supported;
//   - a year written out that is none of the listed members' (all on record, verified): contradicted;
//   - "that year" is never a red flag (the year it stands for is a reading): one that fits none is context, and takes the
//     place of the bare confirmations of the members ("Lithuania joined NATO"); a mixed list says nothing.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { matchesIn } from '../doc';
import { factRange, formatDay } from '../dates';
import { isConfident, sourcesOfAll } from '../holders';
import { gated, compiledOnFirstRun } from '../triggers';

type Members = Doc['facts']['base']['jurisdictions'];

const HEAD_RE = /^[\s"\u201c'\u2018]*In\s+(?:(that|the\s+same)\s+year|(19[4-9]\d|20[0-4]\d)),\s+(?:the\s+)?$/;
const GAP_RE = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/;
const JOIN_RE =
  /^\s+(?:(?:all|together|officially|formally|finally)\s+)*(?:became\s+(?:full\s+)?(?:NATO\s+members|members\s+of\s+(?:NATO|the\s+(?:North\s+Atlantic\s+)?[Aa]lliance))|joined\s+(?:NATO|the\s+(?:North\s+Atlantic\s+)?[Aa]lliance)|were\s+(?:(?:officially|formally)\s+)?admitted\s+(?:in)?to\s+(?:NATO|the\s+(?:North\s+Atlantic\s+)?[Aa]lliance))\b/;
const YEAR_RE = /\b(?:19[4-9]\d|20[0-4]\d)\b/g;
const HINT_RE = compiledOnFirstRun(/\bIn\s+(?:that|the\s+same|19[4-9]\d|20[0-4]\d)\b/);

export function headYearLists(doc: Doc, members: Members): Annotation[] {
  const out: Annotation[] = [];
  if (!HINT_RE.test(doc.text)) return out;
  doc.sentences.forEach((sentence, i) => {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!HINT_RE.test(text.slice(0, 40))) return;
    const named = matchesIn(doc, sentence, 'qualifier').filter(
      (q) => doc.facts.jurisdictions.get(q.value.jurisdiction)?.kind === 'country',
    );
    if (named.length < 2) return;
    const head = HEAD_RE.exec(doc.text.slice(sentence.start, named[0].start));
    if (!head) return;
    const list = [named[0]];
    for (let k = 1; k < named.length && GAP_RE.test(doc.text.slice(named[k - 1].end, named[k].start)); k++) list.push(named[k]);
    const last = list[list.length - 1];
    const join = JOIN_RE.exec(doc.text.slice(last.end, sentence.end));
    if (list.length < 2 || !join) return;
    let year = head[2];
    if (head[1]) {
      // "That year": the one year the sentence before names, in the same paragraph.
      const prev = i > 0 ? doc.sentences[i - 1] : null;
      if (!prev || doc.text.slice(prev.end, sentence.start).includes('\n')) return;
      const years = new Set(doc.text.slice(prev.start, prev.end).match(YEAR_RE) ?? []);
      if (years.size !== 1) return;
      year = [...years][0];
    }
    const judged = listJudged(list, year, members);
    if (!judged) return;
    const { countries, fits, fact } = judged;
    const start = sentence.start + head[0].length - head[0].replace(/^[\s"\u201c'\u2018]*/, '').length;
    const end = last.end + join[0].length;
    out.push({
      start,
      end,
      quote: doc.text.slice(start, end),
      kind: 'membership',
      verdict: fits ? 'supported' : head[1] ? 'context' : 'contradicted',
      message: fits
        ? head[1]
          ? `The year told before, ${year}: ${fact}`
          : fact
        : head[1]
          ? `Not in ${year}, the year told before: ${fact}`
          : `Not so: ${fact}`,
      fact,
      factIds: countries.map((c) => c.id),
      sources: sourcesOfAll(countries.map((c) => c.nato)).slice(0, 3),
    });
  });
  return out;
}

// Round 25. The first members of a kind told in a copula with the year after the list: "The first former Warsaw Pact
// countries to join the alliance were Poland, the Czech Republic and Hungary in 1997" (April 2024: they joined on 12 March
// 1999, after the invitation at Madrid in 1997), "the first former Soviet republics to join NATO were Estonia, Latvia and
// Lithuania in 2004". The year right after the list (a comma at most between) is the joining's. Judged as above: every
// country's accession in that year supported, none's contradicted, a mixed list left alone; not with "respectively", a step
// before joining ("invited", "applied", "talks") or a time to come.
const FIRST_HINT_RE = gated(/\bfirst\b[^.!?\n]{0,60}\bto\s+(?:join|enter|be\s+admitted)\b/);
const FIRST_HEAD_RE =
  /\b[Tt]he\s+first\s+(?:[\w-]+\s+){0,4}?(?:countries|nations|states|republics|members|ones)\s+to\s+(?:join|enter|be\s+admitted\s+(?:in)?to)\s+(NATO|Nato|the\s+North\s+Atlantic\s+Treaty\s+Organi[sz]ation|the\s+(?:North\s+Atlantic\s+|Atlantic\s+|military\s+|transatlantic\s+)?[Aa]lliance)\s+(?:were|was)\s+(?:the\s+)?$/;
// Between two listed names: a comma, "and" (or one of its common misspellings: "Poland, the Czech Republic had Hungary").
const FIRST_GAP_RE = /^\s*(?:,\s*(?:(?:and|an|nd|amd|had)\s+)?|\s+(?:and|an|nd|amd|had|as\s+well\s+as)\s+)(?:the\s+)?$/;
const FIRST_YEAR_RE = /^\s*,?\s+in\s+(19[4-9]\d|20[0-4]\d)\b(?!\s*[-\u2013]|\s+and\s+(?:19|20)\d\d)/;
const FIRST_NOT_RE =
  /\brespectively\b|\b(?:invit\w*|appl(?:y|ied|ication)|talks|negotiat\w*|will|would|could|may|might|if|expected|plan\w*)\b/i;

/**
 * A list of allies told as joining in one year: every one joined that year (fits), or none did and every accession is
 * confident (a red flag may follow); a mixed list, or one naming a non-member, is not judged (null).
 */
function listJudged(list: readonly { value: { jurisdiction: string } }[], year: string, members: Members) {
  const countries = list.map((q) => members.find((j) => j.id === q.value.jurisdiction));
  if (countries.some((c) => !c?.nato)) return null;
  const joined = countries.map((c) => c!.nato!);
  const years = joined.map((n) => factRange(n.joined).first.slice(0, 4));
  const fits = years.every((y) => y === year);
  const none = years.every((y) => y !== year) && joined.every((n) => isConfident(n));
  if (!fits && !none) return null;
  const fact = countries.map((c) => `${c!.name} joined NATO on ${formatDay(factRange(c!.nato!.joined).first)}`).join('; ') + '.';
  return { countries: countries.map((c) => c!), fits, fact };
}

export function firstToJoinLists(doc: Doc, members: Members): Annotation[] {
  const out: Annotation[] = [];
  if (!FIRST_HINT_RE.test(doc.text)) return out;
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!FIRST_HINT_RE.test(text) || FIRST_NOT_RE.test(text)) continue;
    const named = matchesIn(doc, sentence, 'qualifier').filter(
      (q) => doc.facts.jurisdictions.get(q.value.jurisdiction)?.kind === 'country',
    );
    if (!named.length) continue;
    const head = FIRST_HEAD_RE.exec(doc.text.slice(sentence.start, named[0].start));
    if (!head) continue;
    if (!/^(?:NATO|Nato|the\s+North)/.test(head[1]) && !/\b(?:NATO|Nato)\b/.test(doc.text)) continue;
    const list = [named[0]];
    for (let k = 1; k < named.length && FIRST_GAP_RE.test(doc.text.slice(named[k - 1].end, named[k].start)); k++) list.push(named[k]);
    const last = list[list.length - 1];
    const when = FIRST_YEAR_RE.exec(doc.text.slice(last.end, sentence.end));
    if (!when) continue;
    const year = when[1];
    const judged = listJudged(list, year, members);
    if (!judged) continue;
    const { countries, fits, fact } = judged;
    const start = sentence.start + head.index;
    const end = last.end + when[0].length;
    out.push({
      start,
      end,
      quote: doc.text.slice(start, end),
      kind: 'membership',
      verdict: fits ? 'supported' : 'contradicted',
      message: fits ? fact : `Not in ${year}: ${fact}`,
      fact,
      factIds: countries.map((c) => c.id),
      sources: sourcesOfAll(countries.map((c) => c.nato)).slice(0, 3),
    });
  }
  return out;
}
