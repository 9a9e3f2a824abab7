// A member said to be still on its way in (read by membership.ts): "Recently, Finland and Sweden have expressed
// interest in joining NATO" (an explainer of December 2023, eight months after Finland joined), "Sweden, which is
// seeking to join NATO", "Finland wants to join NATO", "Finland and Sweden are applying to join the alliance".
// Said in the present of a country that had joined more than two months before the article, it is outdated; said
// of one not yet a member it is nothing here (accession-steps.ts and accession-process.ts read the steps). A time
// the sentence tells of ("In April 2022, Finland wants to join NATO, Marin said") is the claim's: nothing. A time
// an earlier sentence tells of makes it context, unless the sentence says it is of now ("Recently",
// "currently": the explainer's bullet above told of North Macedonia in 2020).
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { matchesIn } from '../doc';
import { daysBetween, factRange, formatDay } from '../dates';
import { isConfident, sourcesOf } from '../holders';
import { HYPOTHETICAL_RE } from './history-common';
import { narratedTime } from '../narrated-time';

type Members = Doc['facts']['base']['jurisdictions'];

const HINT_RE =
  /\b(?:interest in joining|(?:seeking|hoping|trying|aiming|looking|applying|bidding|waiting|wants|hopes|seeks|aims|aspires)\s+to\s+join)\b/;
// After the country (or "X and Y"): the wish told in the present or present perfect, NATO itself its object (not
// "wants to join NATO's Nordic air command", "to join NATO exercises").
const PENDING_AFTER_RE =
  /^(?:,\s+which|\s+and\s+(?:[A-Z][\w’'-]+\s*){1,3})?\s+(?:(?:has|have)\s+(?:recently\s+|also\s+|now\s+)?(?:expressed|shown|signalled|signaled)\s+(?:an?\s+|their\s+|its\s+)?(?:strong\s+)?interest\s+in\s+joining|(?:is|are)\s+(?:still\s+|now\s+|currently\s+)?(?:seeking|hoping|trying|aiming|looking|applying|bidding|waiting)\s+to\s+join|(?:wants|hopes|seeks|aims|aspires)\s+to\s+join)\s+(?:NATO\b|Nato\b|the\s+North\s+Atlantic\s+Treaty\s+Organi[sz]ation\b|the\s+(?:NATO\s+|military\s+|Atlantic\s+)?[Aa]lliance\b)(?!['’]|-|\s+(?:mission|command|exercises?|forces?|operations?|programmes?|programs?|initiatives?|drills?|efforts?|battle\s?groups?|air\s+policing|summits?|talks|structures?|Partnership)\b)/;
// At least this long a member: news of the days around an accession may lag.
const SETTLED_DAYS = 60;
// Words that put a clause in the article's present whatever an earlier sentence told of (not "now" or "still",
// which a narrative of the past uses too).
const NOW_RE = /\b(?:[Rr]ecently|[Cc]urrently|[Aa]t present|[Tt]hese days)\b/;

/** Members said in the present to be seeking to join: outdated. */
export function pendingMemberClaims(doc: Doc, members: Members): Annotation[] {
  const out: Annotation[] = [];
  if (!HINT_RE.test(doc.text) || !doc.dateCertain) return out;
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!HINT_RE.test(text)) continue;
    for (const q of matchesIn(doc, sentence, 'qualifier')) {
      const country = members.find((j) => j.id === q.value.jurisdiction);
      if (!country?.nato) continue;
      const m = PENDING_AFTER_RE.exec(doc.text.slice(q.end, sentence.end));
      if (!m) continue;
      // The country is the subject: not "Finland's neighbour Sweden", nor after a hypothetical or a negation.
      const lead = doc.text.slice(sentence.start, q.start);
      if (/['’]s?\s*$/.test(lead) || HYPOTHETICAL_RE.test(lead) || /\b(?:not|never|no longer)\b/i.test(lead)) continue;
      const joined = factRange(country.nato.joined).last;
      if (joined > doc.asOf || daysBetween(joined, doc.asOf) < SETTLED_DAYS || !isConfident(country.nato)) continue;
      // A time the sentence tells of is the claim's ("In April 2022, ...", "Recently, ..."): judged as of its end.
      const told = narratedTime(doc, q.start).narration;
      // A mark past a full stop or a bullet's dash is another clause's (a list read as one sentence).
      const at =
        told && 'start' in told.range && typeof told.range.start === 'number'
          ? (told.range as unknown as { start: number; end: number })
          : null;
      const own =
        told?.source === 'sentence' &&
        !(at && /[.;!?]\s|\n|\s[-–—]\s/.test(doc.text.slice(Math.min(at.end, q.start), Math.max(at.start, q.end))));
      if (own && (told.range.last < joined || daysBetween(joined, told.range.last) < SETTLED_DAYS)) continue;
      const end = q.end + m[0].length;
      const fact = `${country.name} joined NATO on ${formatDay(country.nato.joined)}.`;
      const now = !told || own || NOW_RE.test(text);
      out.push({
        start: q.start,
        end,
        quote: doc.text.slice(q.start, end),
        verdict: now ? 'outdated' : 'context',
        kind: 'membership',
        factIds: [country.id],
        message: now ? `No longer so: ${fact}` : `${fact} (The passage may tell of ${told.label}.)`,
        fact,
        sources: sourcesOf(country.nato),
      });
    }
  }
  return out;
}
