// Round 34. How many NATO members border a country, on the page's day: "He has 2 NATO members (Estonia and Latvia) already
// bordering his country" (a letter of March 2022, Putin named before it; held-out 32 ib009: Russia then bordered five,
// Norway, Estonia and Latvia on the mainland and Lithuania and Poland through Kaliningrad), "Russia borders five NATO
// countries" after Finland's accession (six), "Only three NATO members share a border with Russia" in 2024. The class: a
// count of the NATO members bordering a country that no way of counting them on that day gives.
//
// The neighbours are the country's `landBorders` record (jurisdictions.json); the members among them are those that had
// joined by the day. Two counts are defensible: with the members reached through an exclave (Kaliningrad) and without
// them ("mainland Russia"). A count below both is contradicted; one that was the full count before a later neighbour joined
// is outdated ("five" after 4 April 2023); the full count, or the mainland one with "mainland" said, is confirmed. Any
// other count says nothing (a sea border, another reckoning). Never when the phrase is a part ("other", "Baltic", "also",
// "in the north"), in the past tense, a supposition or a look ahead, or with another country or the exclave named with the
// one bordered ("Russia and Belarus", "Russia's Kaliningrad region").
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { matchesIn } from '../doc';
import { daysBetween, factRange, formatDay } from '../dates';
import { isConfident, sourcesOfAll } from '../holders';
import { asOfHorizon, pastHorizon } from '../horizon';
import { numberFrom } from '../numbers';
import { historyAnnotation } from './history-common';
import { gated } from '../triggers';

type Country = Doc['facts']['base']['jurisdictions'][number];

const COUNT = String.raw`(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)`;
const NOUN = String.raw`(?:members?|member[- ](?:states?|countries|country|nations?)|countries|country|nations?|states?|allies|ally)`;
// "2 NATO members (Estonia and Latvia) already bordering", "five NATO countries border", "only three NATO allies share a
// (land) border with". Group 1: the count; the words after the verb name the country bordered.
const MEMBERS_BORDER_RE = new RegExp(
  String.raw`\b(?:(?:only|just)\s+)?${COUNT}\s+(?:NATO|Nato)\s+${NOUN}(?:\s*\([^()]{0,80}\))?(?:,\s+[A-Z][^,;:.]{0,60},)?\s+(?:(?:that|which|who)\s+)?(?:(?:already|directly|now|currently|today)\s+)?(?:border(?:s|ing)?|share\s+(?:a\s+)?(?:land\s+)?borders?\s+with|sharing\s+(?:a\s+)?(?:land\s+)?borders?\s+with|have\s+(?:a\s+)?(?:land\s+)?borders?\s+with|having\s+(?:a\s+)?(?:land\s+)?borders?\s+with)\s+`,
  'gi',
);
// "Russia borders five NATO countries", "Russia shares a land border with six NATO members", "Russia is bordered by two NATO
// states". Group 1: the count; the country is right before.
const COUNTRY_BORDERS_RE = new RegExp(
  String.raw`\s+(?:(?:now|already|currently|today|directly)\s+)?(?:borders|shares\s+(?:a\s+)?(?:land\s+)?borders?\s+with|is\s+bordered\s+by|has\s+(?:a\s+)?(?:land\s+)?borders?\s+with)\s+(?:(?:only|just)\s+)?${COUNT}\s+(?:NATO|Nato)\s+${NOUN}\b`,
  'gy',
);
/** One cheap look before the reader. */
const BORDERS_HINT_RE = gated(/\bborder/);

// The members meant are some of them, or another reckoning.
const PART_BEFORE_RE =
  /\b(?:other|more|additional|new|further|Baltic|Nordic|EU|European Union|northern|southern|eastern|former|also)\s+(?:NATO\s+)?$|\b(?:other|more|additional|new|further|Baltic|Nordic|also)\s+$/i;
const UNSURE_RE =
  /\b(?:if|would|could|might|whether|unless|once|should|will|soon|expected|set\s+to|about\s+to|when\s+\w+\s+joins?|after\s+\w+\s+joins?|bordered\b(?!\s+by)|had|was|were|used\s+to)\b|\?/i;
// After the country bordered: another country or the exclave named with it, or a part of it.
const MORE_AFTER_RE =
  /^(?:['\u2019]s\b|\s+(?:and|or|\/|plus)\s+(?:its\s+ally\s+)?[A-Z]|\s*,\s+(?:[A-Z]\w+\s+)?(?:and|or)\s+[A-Z]|\s+(?:by|at|in|on|through|via)\s+(?:sea|water|the\s+sea|land\s+and\s+sea)|\s+(?:in|on|along|to)\s+(?:the\s+)?(?:(?:far|high)\s+)?(?:north|south|east|west|Arctic|Baltic|Europe)\w*)/;
const SEA_RE = /\b(?:sea|maritime|water|Arctic|Bering)\b/i;

interface Neighbours {
  country: Country;
  all: Country[];
  exclave: Set<string>;
}

function neighboursOf(doc: Doc, country: Country): Neighbours | null {
  const lb = country.landBorders;
  if (!lb) return null;
  const all = lb.countries.map((id) => doc.facts.jurisdictions.get(id)).filter((j): j is Country => !!j && !!j.nato);
  return { country, all, exclave: new Set(lb.viaExclave ?? []) };
}

/** The country bordered: named right at `at` ("Russia"), or "his country" with Putin the last person named before. */
function borderedAt(doc: Doc, at0: number, end: number): { country: Country; start: number; end: number } | null {
  // "mainland Russia": the country after it.
  const at = at0 + (/^mainland\s+/i.exec(doc.text.slice(at0, end))?.[0].length ?? 0);
  const q = matchesIn(doc, { start: at, end: Math.min(end, at + 40) }, 'qualifier').find((m) => m.start === at);
  if (q) {
    const said = doc.text.slice(q.start, q.end);
    const country = doc.facts.jurisdictions.get(q.value.jurisdiction);
    // The country's name ("Russia", "the Russian Federation"), not an adjective ("Russian territory").
    if (country?.landBorders && (said === country.name || /^(?:the\s+)?[A-Z]\w+\s+Federation$/.test(said)))
      return { country, start: q.start, end: q.end };
    return null;
  }
  const his = /^(?:his|Putin['\u2019]s)\s+(?:own\s+)?country\b/.exec(doc.text.slice(at, end));
  if (!his) return null;
  // Putin named within the last 600 characters (a lone surname is not linked as a person: read as text), and no one else
  // named after him.
  // Putin named within the last 600 characters, and no other known person (full name or lone surname) named after him.
  const names = matchesIn(doc, { start: Math.max(0, at - 600), end: at }, 'person');
  const last = names[names.length - 1];
  if (!last || last.value.id !== 'vladimir-putin') return null;
  const russia = doc.facts.jurisdictions.get('rus');
  return russia?.landBorders ? { country: russia, start: at, end: at + his[0].length } : null;
}

export function borderCountClaims(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!BORDERS_HINT_RE.test(doc.text)) return out;
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!text.includes('border') || !/\b(?:NATO|Nato)\b/.test(text)) continue;
    if (UNSURE_RE.test(text)) continue;
    const found: Array<{ start: number; end: number; n: number; target: { country: Country; start: number; end: number } }> = [];
    MEMBERS_BORDER_RE.lastIndex = 0;
    for (let m = MEMBERS_BORDER_RE.exec(text); m; m = MEMBERS_BORDER_RE.exec(text)) {
      const start = sentence.start + m.index;
      const at = start + m[0].length;
      if (PART_BEFORE_RE.test(doc.text.slice(Math.max(sentence.start, start - 30), start))) continue;
      const target = borderedAt(doc, at, sentence.end);
      if (target) found.push({ start, end: target.end, n: numberFrom(m[1]), target });
    }
    for (const q of matchesIn(doc, sentence, 'qualifier')) {
      const country = doc.facts.jurisdictions.get(q.value.jurisdiction);
      if (!country?.landBorders || doc.text.slice(q.start, q.end) !== country.name) continue;
      COUNTRY_BORDERS_RE.lastIndex = q.end;
      const m = COUNTRY_BORDERS_RE.exec(doc.text);
      if (!m || m.index + m[0].length > sentence.end) continue;
      found.push({ start: q.start, end: m.index + m[0].length, n: numberFrom(m[1]), target: { country, start: q.start, end: q.end } });
    }
    for (const f of found) {
      if (!Number.isFinite(f.n) || f.n < 1) continue;
      // Another country or the exclave with the one bordered; a sea border.
      const after = doc.text.slice(f.target.end, sentence.end);
      if (MORE_AFTER_RE.test(after) || SEA_RE.test(text)) continue;
      // A part by where they are, after the whole phrase: "Russia borders two NATO members in the Baltic region".
      if (/^\s+(?:in|on|along|to|across|around|near|within|from)\b/.test(doc.text.slice(f.end, sentence.end))) continue;
      const neighbours = neighboursOf(doc, f.target.country);
      if (!neighbours) continue;
      const mainlandSaid = /\bmainland\s+$/i.test(doc.text.slice(Math.max(sentence.start, f.target.start - 12), f.target.start));
      const horizon = pastHorizon(doc.facts, doc.asOf);
      const day = horizon ?? doc.asOf;
      const joinedBy = (d: string) => neighbours.all.filter((j) => factRange(j.nato!.joined).last <= d);
      const land = joinedBy(day);
      const mainland = land.filter((j) => !neighbours.exclave.has(j.id));
      // The full counts on earlier days: the days neighbours joined.
      const earlier = [...new Set(neighbours.all.map((j) => factRange(j.nato!.joined).first))]
        .filter((d) => d <= day)
        .map((d) => {
          const prev = neighbours.all.filter((j) => factRange(j.nato!.joined).last < d).length;
          return prev;
        });
      const near = neighbours.all.some((j) => Math.abs(daysBetween(factRange(j.nato!.joined).first, day)) < 4);
      const names = (list: Country[]) => list.map((j) => j.name).join(', ');
      const fact = `On ${formatDay(day)}, ${land.length} NATO members shared a land border with ${f.target.country.name}: ${names(land)}${
        land.some((j) => neighbours.exclave.has(j.id))
          ? ` (${names(land.filter((j) => neighbours.exclave.has(j.id)))} through its exclave)`
          : ''
      }.`;
      let verdict: Annotation['verdict'] | null = null;
      let message = fact;
      if (f.n === land.length || (mainlandSaid && f.n === mainland.length)) verdict = 'supported';
      else if (f.n < (mainlandSaid ? mainland.length : Math.min(mainland.length, land.length))) {
        verdict = 'contradicted';
        message = `Not so: ${fact}`;
      } else if (!mainlandSaid && f.n < land.length && earlier.includes(f.n) && f.n !== mainland.length) {
        verdict = 'outdated';
        message = `${f.n} was the count before a later neighbour joined NATO. ${fact}`;
      }
      if (!verdict) continue;
      // A dispute over a founder's day (Norway: signing or entry into force, 1949) does not touch a count decades later.
      const sure =
        land.every(
          (j) => isConfident(j.nato!) || (j.nato!.confidence === 'verified' && daysBetween(factRange(j.nato!.joined).last, day) > 365),
        ) && isConfident(f.target.country.landBorders!);
      if (verdict !== 'supported' && (!sure || near || !doc.dateCertain)) verdict = 'context';
      const judged = horizon && verdict !== 'supported' ? asOfHorizon({ verdict, message }, horizon) : { verdict, message };
      out.push(
        historyAnnotation(
          doc,
          { start: f.start, end: f.end },
          'membership',
          judged.verdict,
          judged.message,
          fact,
          ['nato-members', f.target.country.id, ...land.map((j) => j.id)],
          sourcesOfAll([f.target.country.landBorders!, ...land.map((j) => j.nato!)]).slice(0, 3),
        ),
      );
    }
  }
  return out;
}
