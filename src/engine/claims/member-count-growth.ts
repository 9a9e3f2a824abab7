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
  String.raw`\b((?:will|would|shall|is\s+(?:set|poised|expected|going|about|due)\s+to|are\s+(?:set|poised|expected|going|about|due)\s+to|(?:is|are)|set\s+to|poised\s+to|expected\s+to|about\s+to)\s+(?:(?:now|soon|currently|formally|effectively)\s+)?)?(mov(?:e|es|ing)|grow(?:s|ing)?|expand(?:s|ing)?|go(?:es|ing)?|increas(?:e|es|ing)|ris(?:e|es|ing)|swell(?:s|ing)?|(?:tak(?:e|es|ing)|bring(?:s|ing)?|expand(?:s|ing)?|grow(?:s|ing)?|increas(?:e|es|ing)|enlarg(?:e|es|ing))\s+(?:NATO|Nato|the\s+(?:(?:military|transatlantic|Western)\s+)?(?:[Aa]lliance|bloc)|it|its\s+membership|(?:NATO|Nato|the\s+[Aa]lliance)['’]s\s+membership))\s+from\s+(?:(?:an?|the)\s+(?:(?:military|transatlantic|defen[cs]e|security)\s+)?(?:alliance|bloc|organi[sz]ation)\s+of\s+)?${NUM}\s+(?:${MEMBERS}\s+)?to\s+${NUM}\b`,
  'gi',
);
const HINT_RE = gated(/\bfrom (?:an? (?:\w+ )?(?:alliance|bloc|organi[sz]ation) of )?(?:\d{1,2}|twelve|sixteen|nineteen|twenty|thirty)/i);
// A growth told of the past, a supposition, another body.
const PAST_RE = /\b(?:was|were|had|did|grew|went|rose|took|brought|became|began|joined|ago|then|since|(?:19|20)\d\d|\w{3,}ed)\b/i;
const UNSURE_RE = /\b(?:if|could|might|may|whether|unless|hopes?|wants?|plans?|propos\w*|suggest\w*|imagine|suppose|would\s+have)\b|\?/i;
const SPENDING_RE = /\b(?:spend\w*|target|GDP|per\s*cent|percent|budget\w*|troops|brigades|battalions|battlegroups)\b|%/i;
// NATO (or its membership) as the subject right before the verb: "NATO is set to grow", "the alliance's membership will rise".
const GROWTH_SUBJECT_RE =
  /\b(?:NATO|Nato|[Tt]he\s+(?:(?:North\s+Atlantic|military|transatlantic|Western)\s+)?(?:[Aa]lliance|bloc)|(?:NATO|Nato|[Tt]he\s+[Aa]lliance)['’]s\s+membership|[Ii]ts\s+membership|[Mm]embership)\s+(?:(?:now|thus|therefore|soon|effectively)\s+)?$/;
const AFTER_TO_RE =
  /^(?:\s*(?:[.,;:!)—–]|$)|\s+(?:members?|member\s+(?:states|countries|nations)|allies|countries|nations|states)\b|\s+(?:with|when|as|once|by|through|thanks|upon|after)\b)/;
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
