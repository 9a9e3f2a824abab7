// A spending level a leader demanded of the allies, told as his: "In Brussels, Trump floated a 4% target of defense
// spending" (AP, June 2025, of the 2018 summit), "Trump's most recent remarks ... proposing that NATO members allocate 5%
// of their GDP" (Devdiscourse, January 2025), "Trump demanded that NATO members spend 5% of GDP", "Trump has called
// for allies to spend 5%". Confirmed once the leader had said it (figures.json, spendingDemands); never flagged, since a
// leader may name other figures on other days (Trump named 3% in his 2024 campaign).
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { addDays, findDates, formatDay, overlaps } from '../dates';
import { onRecordFigure } from './spending-aid';
import { bySecretaryGeneral } from './spending-proposal';

const PERCENT_RE = /\b(\d(?:\.\d)?|two|three|four|five)(?:\s*%|[\s-]?percent\b|[\s-]?per[\s-]cent\b)/gi;
const WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };
// The demand's verb, between the leader and the figure: "floated", "proposing that", "demanded", "called for", "urged",
// "wants", "pushed for", "suggested".
const DEMAND_RE =
  /\b(?:floated|float(?:s|ing)?|propos(?:ed|es|ing|al)|demand(?:ed|s|ing)?|call(?:ed|s|ing)?\s+(?:for|on)|urg(?:ed|es|ing)|want(?:s|ed)?|push(?:ed|es|ing)?\s+for|suggest(?:ed|s|ing)?|insist(?:ed|s|ing)?|said|says|told)\b/i;

export function spendingDemandClaims(doc: Doc): Annotation[] {
  // Round 45: not the Secretary General's proposal (spending-proposal.ts reads it in its own forms).
  const demands = doc.facts.base.figures.spendingDemands?.filter((d) => !bySecretaryGeneral(doc, d));
  if (!demands?.length) return [];
  // The leaders by the surnames they stand alone by ("Trump floated"): a page may never name them in full. One pattern
  // per surname, made once per text that has it.
  const leaders = [...new Set(demands.map((d) => d.person))].flatMap((id) =>
    (doc.facts.people.get(id)?.surnames ?? [])
      .filter((s) => doc.text.includes(s))
      .map((s) => ({ id, surname: s, re: new RegExp(`\\b${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g') })),
  );
  if (!leaders.length) return [];
  const out: Annotation[] = [];
  doc.sentences.forEach((sentence, i) => {
    const text = doc.text.slice(sentence.start, sentence.end);
    const mentions = leaders
      .filter((l) => text.includes(l.surname))
      .flatMap((l) => [...text.matchAll(l.re)].map((m) => ({ personId: l.id, end: sentence.start + m.index + l.surname.length })))
      .sort((a, b) => a.end - b.end);
    if (!mentions.length) return;
    PERCENT_RE.lastIndex = 0;
    for (let m = PERCENT_RE.exec(text); m; m = PERCENT_RE.exec(text)) {
      const start = sentence.start + m.index;
      const leader = mentions.filter((p) => p.end <= start).pop();
      if (!leader) continue;
      // The verb between the leader and the figure, in a few words, with no other figure between.
      const between = doc.text.slice(leader.end, start);
      if (between.length > 160 || /\d/.test(between) || !DEMAND_RE.test(between)) continue;
      // Of the alliance's members: NATO, its members or allies named in the sentence or the two before ("he began the
      // 2018 summit by questioning the value of the decades-old military alliance. In Brussels, Trump floated a 4% target").
      const topic = doc.text.slice(doc.sentences[Math.max(0, i - 2)].start, sentence.end);
      if (!/\b(?:NATO|Nato|allies|alliance|members|member\s+(?:states|countries|nations))\b/.test(topic)) continue;
      if (!/\b(?:GDP|gross\s+domestic\s+product|defen[cs]e|military)\b/i.test(text)) continue;
      const value = WORDS[m[1].toLowerCase()] ?? Number(m[1]);
      const demand = demands.find((d) => d.person === leader.personId && d.percent === value && d.said <= doc.asOf);
      if (!demand || toldOfAnotherDay(doc, sentence, demand.said)) continue;
      out.push(onRecordFigure(doc, start, start + m[0].length, demand, `demanded on ${formatDay(demand.said)}`));
    }
  });
  return out;
}

// "Trump said on Tuesday that NATO members should spend 4% of GDP on defence" on a page of January 2025: the 4% was his
// demand of July 2018, not of this week (the round-20 probe's wrong confirmation). A day told relative to the page ("on
// Tuesday", "yesterday", "this week") or a year told in the sentence, none of them within three days of the demand (its
// year for a year), is another occasion: the figure is not confirmed.
function toldOfAnotherDay(doc: Doc, sentence: { start: number; end: number }, said: string): boolean {
  const told = findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf, past: true }).filter(
    (d) => (d.relative && (d.granularity === 'day' || d.granularity === 'span')) || (!d.relative && d.granularity === 'year'),
  );
  const near = { first: addDays(said, -3), last: addDays(said, 3) };
  return told.length > 0 && !told.some((d) => overlaps(d, near));
}
