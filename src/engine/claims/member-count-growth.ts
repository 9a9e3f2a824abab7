// Round 34. NATO's growth from one count to another, told as going on or to come: "moving from an alliance of 28 to 30"
// (held-out 32 if006, January 2023, of Finland's and Sweden's accessions: NATO had had 30 members since March 2020, so the
// two were to take it from 30 to 32), "The accession of Finland and Sweden will take NATO from 28 to 30 members", "NATO is set
// to grow from 29 to 31". The class: an enlargement under way or ahead that starts from a count the alliance left behind
// long before the day. A growth starts from the count of its day; an enlargement of several steps may be told from the
// count before its first step, so only a start NATO had passed for more than two years is contradicted. The count of the
// day as the start is confirmed. A growth told as done ("grew from 12 to 32") is member-count-forms.ts's, and any sentence
// with a past tense, a year or a supposition is left alone here.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { addDays, factRange, formatDay } from '../dates';
import { matchesIn } from '../doc';
import { isConfident, sourcesOfAll } from '../holders';
import { asOfHorizon, pastHorizon } from '../horizon';
import { numberFrom } from '../numbers';
import { MEMBERS_NOW_ID, historyAnnotation } from './history-common';
import { gated } from '../triggers';

type Country = Doc['facts']['base']['jurisdictions'][number];

const NUM = String.raw`(\d{1,2}|twelve|sixteen|nineteen|twenty(?:[- ](?:six|seven|eight|nine))?|thirty(?:[- ](?:one|two|three))?)`;
const MEMBERS = String.raw`(?:members?|member[- ](?:states|countries|nations)|allies|countries|nations|states)`;
// The verb of a growth under way or to come, with what says so before it (group 1) or as its participle (group 2).
const GROWTH_RE = new RegExp(
  String.raw`\b((?:will|would|shall|is\s+(?:set|poised|expected|going|about|due)\s+to|are\s+(?:set|poised|expected|going|about|due)\s+to|(?:is|are)|set\s+to|poised\s+to|expected\s+to|about\s+to)\s+(?:(?:now|soon|currently|formally|effectively)\s+)?)?(mov(?:e|es|ing)|grow(?:s|ing)?|expand(?:s|ing)?|go(?:es|ing)?|increas(?:e|es|ing)|ris(?:e|es|ing)|swell(?:s|ing)?|(?:tak(?:e|es|ing)|bring(?:s|ing)?|expand(?:s|ing)?|grow(?:s|ing)?|increas(?:e|es|ing)|enlarg(?:e|es|ing))\s+(?:NATO|Nato|the\s+(?:(?:military|transatlantic|Western)\s+)?(?:[Aa]lliance|bloc)|it|its\s+membership|(?:NATO|Nato|the\s+[Aa]lliance)['\u2019]s\s+membership))\s+from\s+(?:(?:an?|the)\s+(?:(?:military|transatlantic|defen[cs]e|security)\s+)?(?:alliance|bloc|organi[sz]ation)\s+of\s+)?${NUM}\s+(?:${MEMBERS}\s+)?to\s+${NUM}\b`,
  'gi',
);
const HINT_RE = gated(/\bfrom (?:an? (?:\w+ )?(?:alliance|bloc|organi[sz]ation) of )?(?:\d{1,2}|twelve|sixteen|nineteen|twenty|thirty)/i);
// A growth told of the past, a supposition, another body.
const PAST_RE = /\b(?:was|were|had|did|grew|went|rose|took|brought|became|began|joined|ago|then|since|(?:19|20)\d\d|\w{3,}ed)\b/i;
const UNSURE_RE = /\b(?:if|could|might|may|whether|unless|hopes?|wants?|plans?|propos\w*|suggest\w*|imagine|suppose|would\s+have)\b|\?/i;
const SPENDING_RE = /\b(?:spend\w*|target|GDP|per\s*cent|percent|budget\w*|troops|brigades|battalions|battlegroups)\b|%/i;
// NATO (or its membership) as the subject right before the verb: "NATO is set to grow", "the alliance's membership will rise".
const GROWTH_SUBJECT_RE =
  /\b(?:NATO|Nato|[Tt]he\s+(?:(?:North\s+Atlantic|military|transatlantic|Western)\s+)?(?:[Aa]lliance|bloc)|(?:NATO|Nato|[Tt]he\s+[Aa]lliance)['\u2019]s\s+membership|[Ii]ts\s+membership|[Mm]embership)\s+(?:(?:now|thus|therefore|soon|effectively)\s+)?$/;
const AFTER_TO_RE =
  /^(?:\s*(?:[.,;:!)\u2014\u2013]|$)|\s+(?:members?|member\s+(?:states|countries|nations)|allies|countries|nations|states)\b|\s+(?:with|when|as|once|by|through|thanks|upon|after)\b)/;
const NATO_RE = /\b(?:NATO|Nato|North Atlantic|[Aa]lliance|bloc)\b/;
const OTHER_BODY_RE =
  /\b(?:EU|E\.U\.|European Union|eurozone|euro zone|Schengen|G7|G-7|G20|G-20|BRICS|ASEAN|African Union|OSCE|Council of Europe|United Nations|UN|CSTO|coalition|Coalition|Ramstein|Contact Group|OPEC|Commonwealth)\b/;

export function growthCountClaims(doc: Doc, members: readonly Country[]): Annotation[] {
  const out: Annotation[] = [];
  if (!HINT_RE.test(doc.text)) return out;
  const countOn = (day: string) => members.filter((j) => factRange(j.nato!.joined).last <= day).length;
  const horizon = pastHorizon(doc.facts, doc.asOf);
  const day = horizon ?? doc.asOf;
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!text.includes('from')) continue;
    GROWTH_RE.lastIndex = 0;
    for (let m = GROWTH_RE.exec(text); m; m = GROWTH_RE.exec(text)) {
      const told = m[1] ?? '';
      // A bare participle ("moving from ...") is of the page's day only in a sentence with no past tense in it; a bare
      // present or the future is said so.
      const participle = !told && /ing\b/.test(m[2]);
      const present = told !== '' || /(?:es|s)$/.test(m[2].split(/\s+/)[0]) || participle;
      if (!present || PAST_RE.test(text.replace(/\b(?:is|are)\s+(?:set|poised|expected|going|about|due)\b|\bexpected\b/gi, ''))) continue;
      if (UNSURE_RE.test(text) || OTHER_BODY_RE.test(text) || SPENDING_RE.test(text)) continue;
      // Whose growth: NATO's, said by the phrase ("from an alliance of 28", "take NATO from") or as the subject right before.
      const at = sentence.start + m.index;
      const end0 = at + m[0].length;
      if (
        !/\bfrom\s+(?:an?|the)\s+/i.test(m[0]) &&
        !/\s(?:NATO|Nato|[Aa]lliance|bloc|membership)\b/.test(m[2]) &&
        !GROWTH_SUBJECT_RE.test(doc.text.slice(Math.max(sentence.start, at - 60), at))
      )
        continue;
      // The count it grows to is of members: not "to 30 brigades", "to 30 per cent".
      if (!AFTER_TO_RE.test(doc.text.slice(end0, Math.min(sentence.end, end0 + 30)))) continue;
      if (!NATO_RE.test(doc.text.slice(Math.max(0, sentence.start - 300), sentence.end))) continue;
      const from = numberFrom(m[3]);
      const to = numberFrom(m[4]);
      // From the twelve founders: the whole history told to a count to come ("will increase from 12 to 32 countries once
      // Sweden joins"), not a growth under way.
      if (!Number.isFinite(from) || !Number.isFinite(to) || to <= from || from <= 12 || to > 40) continue;
      const now = countOn(day);
      const twoYearsBefore = countOn(addDays(day, -730));
      const since = members
        .map((j) => factRange(j.nato!.joined).last)
        .filter((d) => d <= day && countOn(d) > from)
        .sort()[0];
      let verdict: Annotation['verdict'] | null = null;
      const fact = `NATO had ${now} members on ${formatDay(day)}.`;
      let message = fact;
      if (from === now) verdict = 'supported';
      else if (from < now && twoYearsBefore > from && since) {
        verdict =
          isConfident(members.find((j) => factRange(j.nato!.joined).last === since)!.nato!) && doc.dateCertain ? 'contradicted' : 'context';
        message = `Not so: a growth under way on ${formatDay(day)} starts from NATO's ${now} members; it has had more than ${from} since ${formatDay(since)}.`;
      }
      if (!verdict) continue;
      const judged = horizon && verdict !== 'supported' ? asOfHorizon({ verdict, message }, horizon) : { verdict, message };
      const start = at + (m[1] ? m[1].length : 0);
      const end = end0;
      out.push(
        historyAnnotation(
          doc,
          { start, end },
          'membership',
          judged.verdict,
          judged.message,
          fact,
          [MEMBERS_NOW_ID],
          sourcesOfAll(members.filter((j) => factRange(j.nato!.joined).last <= day).map((j) => j.nato!)).slice(0, 3),
        ),
      );
    }
  }
  return out;
}

// Round 34. A growth from one count to another told of accessions the sentence names: "The accessions of Finland and Sweden
// took NATO from 28 to 30 members" (they took it from 30 to 32), "With Finland and Sweden, NATO grew from 29 to 31 members",
// "Sweden's accession expanded NATO from 30 to 31 members" (31 to 32). The counts are those before the first accession
// named and after the last; each member named must be told as joining ("the accession(s) of", "with", "'s accession",
// "joining"), or the sentence is left alone ("Hungary ratified and NATO grew ...").
const NAMED_GROWTH_RE = new RegExp(
  String.raw`\b(?:took|brought|grew|expanded|increased|enlarged|swelled|went|rose|moved|takes|brings|expands|increases|enlarges|has\s+(?:taken|brought|grown|expanded|increased|enlarged))\s+(?:(?:NATO|Nato|the\s+(?:(?:military|transatlantic|Western)\s+)?(?:[Aa]lliance|bloc)|it|its\s+membership|(?:NATO|Nato|the\s+[Aa]lliance)['\u2019]s\s+membership)\s+)?from\s+(?:(?:an?|the)\s+(?:(?:military|transatlantic|defen[cs]e|security)\s+)?(?:alliance|bloc|organi[sz]ation)\s+of\s+)?${NUM}\s+(?:${MEMBERS}\s+)?to\s+${NUM}\b`,
  'gi',
);
const JOINING_BEFORE_RE =
  /(?:\b(?:[Aa]ccessions?|[Ee]ntry|[Aa]dmission|[Jj]oining|[Aa]ddition|[Ii]nclusion)\s+of|\b[Ww]ith(?:\s+the\s+(?:accession|addition|entry|admission)\s+of)?)\s+(?:the\s+)?(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?(?:,\s+|,?\s+and\s+)(?:the\s+)?)*$/;
const JOINING_AFTER_RE =
  /^(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)*(?:['\u2019]s?\s+(?:accessions?|entry|admission|joining)|\s+(?:joining|joined|acceded))\b/;

export function namedGrowthClaims(doc: Doc, members: readonly Country[]): Annotation[] {
  const out: Annotation[] = [];
  if (!HINT_RE.test(doc.text)) return out;
  const countOn = (day: string) => members.filter((j) => factRange(j.nato!.joined).last <= day).length;
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!text.includes('from')) continue;
    NAMED_GROWTH_RE.lastIndex = 0;
    const m = NAMED_GROWTH_RE.exec(text);
    if (!m || UNSURE_RE.test(text) || OTHER_BODY_RE.test(text) || SPENDING_RE.test(text)) continue;
    if (!NATO_RE.test(doc.text.slice(Math.max(0, sentence.start - 300), sentence.end))) continue;
    const at = sentence.start + m.index;
    const end = at + m[0].length;
    if (!AFTER_TO_RE.test(doc.text.slice(end, Math.min(sentence.end, end + 30)))) continue;
    const named = matchesIn(doc, { start: sentence.start, end: at }, 'qualifier')
      .map((q) => ({ q, country: members.find((j) => j.id === q.value.jurisdiction) }))
      .filter((x) => x.country && doc.text.slice(x.q.start, x.q.end) === x.country.name);
    if (!named.length) continue;
    // Every member named is told as joining; all had joined by the page's day.
    const joining = named.every(
      ({ q }) =>
        JOINING_BEFORE_RE.test(doc.text.slice(Math.max(sentence.start, q.start - 80), q.start)) ||
        JOINING_AFTER_RE.test(doc.text.slice(q.end, Math.min(at, q.end + 60))),
    );
    if (!joining) continue;
    const countries = [...new Set(named.map((x) => x.country!))];
    const days = countries.map((c) => factRange(c.nato!.joined));
    if (days.some((d) => d.last > doc.asOf) || days.some((d) => d.first !== d.last)) continue;
    const first = days.map((d) => d.first).sort()[0];
    const last = days
      .map((d) => d.last)
      .sort()
      .pop()!;
    const trueFrom = countOn(addDays(first, -1));
    const trueTo = countOn(last);
    const from = numberFrom(m[1]);
    const to = numberFrom(m[2]);
    if (!Number.isFinite(from) || !Number.isFinite(to) || to <= from) continue;
    const names = countries.map((c) => c.name).join(' and ');
    const fact = `The accession${countries.length > 1 ? 's' : ''} of ${names} took NATO from ${trueFrom} to ${trueTo} members (${formatDay(first)}${last !== first ? ` to ${formatDay(last)}` : ''}).`;
    const right = from === trueFrom && to === trueTo;
    const sure = countries.every((c) => isConfident(c.nato!)) && doc.dateCertain;
    const start = at;
    out.push(
      historyAnnotation(
        doc,
        { start, end },
        'membership',
        right ? 'supported' : sure ? 'contradicted' : 'context',
        right ? fact : `Not so: ${fact}`,
        fact,
        [MEMBERS_NOW_ID, ...countries.map((c) => c.id)],
        sourcesOfAll(countries.map((c) => c.nato!)).slice(0, 3),
      ),
    );
  }
  return out;
}
