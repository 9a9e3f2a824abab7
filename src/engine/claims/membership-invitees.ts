// Countries named as NATO's invitees (read by membership.ts): "was held in the presence of the invited countries,
// Finland and Sweden" (chronicle.lu, 1 December 2022, at the Bucharest foreign ministers' meeting), "NATO invitees
// Finland and Sweden", "the invitee countries Finland and Sweden". An invitee is a country invited to join and not yet a
// member: confirmed from its invitation until shortly after it joined. Said in the present long after it joined (two
// months, as membership-pending.ts), the status is stale: outdated. Before its invitation on record it is left alone
// (the press names the coming invitation days ahead), and so is a passage that tells of another time.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { matchesIn } from '../doc';
import { spanIndexAt } from '../sentences';
import { daysBetween, factRange, formatDay } from '../dates';
import { isConfident, sourcesOf } from '../holders';
import { narratedTime } from '../narrated-time';
import { HYPOTHETICAL_RE } from './history-common';
import { gated } from '../triggers';

type Members = Doc['facts']['base']['jurisdictions'];

const HINT_RE = gated(/\binvite(?:es?|d\s+(?:countries|nations|states))\b/);
// The phrase, then the countries it names (read from the lexicon's qualifiers in the 80 characters after it).
const INVITEES_RE =
  /\b(?:[Tt]he\s+)?(?:(?:two|2)\s+)?(?:NATO\s+)?(?:invited\s+(?:countries|nations|states)|invitees|invitee\s+(?:countries|nations|states)|invitee)\s*(?:,|:|—|–|-)?\s+/g;
// Between the names: a comma, "and", "as well as"; nothing else (not "Finland and Sweden's ministers": the names end it).
const JOIN_RE = /^\s*(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+|&\s+)$/;
const SETTLED_DAYS = 60;

/** Countries called NATO's invitees: supported while invited and not yet members, outdated long after they joined. */
export function inviteeClaims(doc: Doc, members: Members): Annotation[] {
  const out: Annotation[] = [];
  if (!HINT_RE.test(doc.text)) return out;
  const steps = doc.facts.base.history?.accessionSteps ?? [];
  INVITEES_RE.lastIndex = 0;
  for (let m = INVITEES_RE.exec(doc.text); m; m = INVITEES_RE.exec(doc.text)) {
    const start = m.index;
    const k = spanIndexAt(doc.sentences, start);
    if (k < 0) continue;
    const sentence = doc.sentences[k];
    const text = doc.text.slice(sentence.start, sentence.end);
    // NATO's invitees: NATO, the alliance or an allied meeting named in the sentence or just before.
    if (!/\b(?:NATO|Nato|[Aa]lliance|Allies|North Atlantic)\b/.test(doc.text.slice(Math.max(0, sentence.start - 300), sentence.end)))
      continue;
    if (HYPOTHETICAL_RE.test(text)) continue;
    // The countries named right after the phrase, one after another.
    const named: Array<{ country: Members[number]; start: number; end: number }> = [];
    let at = start + m[0].length;
    for (const q of matchesIn(doc, { start: at, end: Math.min(sentence.end, at + 80) }, 'qualifier')) {
      if (q.start < at || (!JOIN_RE.test(doc.text.slice(at, q.start)) && named.length)) break;
      if (!named.length && q.start !== at) break;
      const country = members.find((j) => j.id === q.value.jurisdiction);
      if (!country?.nato) break;
      named.push({ country, start: q.start, end: q.end });
      at = q.end;
    }
    if (!named.length) continue;
    // Not a possessive of the last name ("the invited countries, Finland and Sweden's ministers").
    if (/^['’]s?\b/.test(doc.text.slice(at, at + 2))) continue;
    const told = narratedTime(doc, start).narration;
    const day = doc.asOf;
    const end = at;
    const verdicts = named.map(({ country }) => {
      const invited = steps.find((s) => s.country === country.id && s.step === 'invited');
      const joined = factRange(country.nato!.joined).last;
      if (!invited || invited.date > day) return null;
      if (joined > day || daysBetween(joined, day) < SETTLED_DAYS) return { verdict: 'supported' as const, country, invited, joined };
      const sure = !told && doc.dateCertain && isConfident(country.nato!) && invited.confidence === 'verified';
      return { verdict: sure ? ('outdated' as const) : ('context' as const), country, invited, joined };
    });
    if (verdicts.some((v) => !v)) continue;
    const all = verdicts as NonNullable<(typeof verdicts)[number]>[];
    const stale = all.filter((v) => v.verdict !== 'supported');
    const fact = all.map((v) => `${v.country.name}: invited ${formatDay(v.invited.date)}, joined ${formatDay(v.joined)}`).join('; ');
    const verdict: Annotation['verdict'] = stale.length
      ? stale.some((v) => v.verdict === 'outdated')
        ? 'outdated'
        : 'context'
      : 'supported';
    out.push({
      start,
      end,
      quote: doc.text.slice(start, end),
      kind: 'membership',
      verdict,
      message: stale.length
        ? `No longer an invitee: ${stale.map((v) => `${v.country.name} joined NATO on ${formatDay(v.joined)}`).join('; ')}.`
        : `On record: ${all.map((v) => `${v.country.name} was invited to join NATO on ${formatDay(v.invited.date)}`).join('; ')}, and had not yet joined.`,
      fact,
      factIds: all.map((v) => v.invited.id),
      sources: sourcesOf(...all.map((v) => v.invited)),
    });
  }
  return out;
}
