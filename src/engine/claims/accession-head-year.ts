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

type Members = Doc['facts']['base']['jurisdictions'];

const HEAD_RE = /^[\s"“'‘]*In\s+(?:(that|the\s+same)\s+year|(19[4-9]\d|20[0-4]\d)),\s+(?:the\s+)?$/;
const GAP_RE = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/;
const JOIN_RE =
  /^\s+(?:(?:all|together|officially|formally|finally)\s+)*(?:became\s+(?:full\s+)?(?:NATO\s+members|members\s+of\s+(?:NATO|the\s+(?:North\s+Atlantic\s+)?[Aa]lliance))|joined\s+(?:NATO|the\s+(?:North\s+Atlantic\s+)?[Aa]lliance)|were\s+(?:(?:officially|formally)\s+)?admitted\s+(?:in)?to\s+(?:NATO|the\s+(?:North\s+Atlantic\s+)?[Aa]lliance))\b/;
const YEAR_RE = /\b(?:19[4-9]\d|20[0-4]\d)\b/g;
const HINT_RE = /\bIn\s+(?:that|the\s+same|19[4-9]\d|20[0-4]\d)\b/;

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
    const countries = list.map((q) => members.find((j) => j.id === q.value.jurisdiction));
    if (countries.some((c) => !c?.nato)) return;
    const years = countries.map((c) => factRange(c!.nato!.joined).first.slice(0, 4));
    const fits = years.every((y) => y === year);
    const none = years.every((y) => y !== year) && countries.every((c) => isConfident(c!.nato!));
    if (!fits && !none) return;
    const start = sentence.start + head[0].length - head[0].replace(/^[\s"“'‘]*/, '').length;
    const end = last.end + join[0].length;
    const fact = countries.map((c) => `${c!.name} joined NATO on ${formatDay(factRange(c!.nato!.joined).first)}`).join('; ') + '.';
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
      factIds: countries.map((c) => c!.id),
      sources: sourcesOfAll(countries.map((c) => c!.nato)).slice(0, 3),
    });
  });
  return out;
}
