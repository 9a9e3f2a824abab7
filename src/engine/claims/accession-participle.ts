// Round 23 (fact probe). An accession told by a participle at the head of the sentence, the country the subject of the
// main clause right after it: "After joining NATO in 2023, Finland modernised its armed forces", "Since joining the
// alliance in 2004, Estonia has hosted allied troops", "Having joined NATO on 12 March 1999, Poland ...". The time after
// "joining" is the accession's: supported when it is, contradicted when it is written out and not (a year or a day).
//
// Only a member named by itself right after the comma (not an owner: "After joining NATO in 2023, Finland's president
// said" leaves who joined in doubt), no other country between, no hypothetical; an accession known with confidence.
// A day without its year says nothing (the page's year may not be the accession's).
import type { Annotation } from '../types';
import type { ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import { matchesIn } from '../doc';
import { datesIn } from './clauses';
import { addDays, daysBetween, factRange, formatDay, MONTH_NAMES, overlaps } from '../dates';
import { isConfident, sourcesOf } from '../holders';
import {
  countriesIn,
  HYPOTHETICAL_RE,
  historyAnnotation,
  NATO_JOINED_SRC,
  OTHER_CLUB_JOINED_RE,
  previousInParagraph,
} from './history-common';
import { spansOverlap } from '../sentences';
import { compiledOnFirstRun } from '../triggers';

const PARTICIPLE_RE =
  /^\s*(?:(?:After|Since|Upon|On)\s+(?:officially\s+|formally\s+|finally\s+)?joining|Having\s+(?:officially\s+|formally\s+|finally\s+)?joined)\s+(?:NATO|Nato|the\s+(?:North\s+Atlantic\s+|Atlantic\s+|military\s+|transatlantic\s+)?[Aa]lliance|the\s+North\s+Atlantic\s+Treaty\s+Organi[sz]ation(?:\s*\(NATO\))?)\s+(?:in|on)\s+([^,;:()]{3,30}?)\s*,\s*$/;

const SUBJECT_VERB_RE =
  /^\s+(?:(?:has|have|had|was|is|now|then|also|quickly|soon|swiftly|rapidly|steadily|will|would|became|began|took|sent|spent|set|built|said|won|led|met|held|brought|kept|made|saw)\b|[a-z]+ed\b)/;

export function withJoiningParticiple(membership: ClaimDetector): ClaimDetector {
  return {
    kind: membership.kind,
    triggers: membership.triggers,
    find: (doc, ctx) => {
      const out = membership.find(doc, ctx);
      const mid = MID_HINT_RE.test(doc.text) ? midClaims(doc) : [];
      if (!mid.length && !doc.folded.includes('joining') && !doc.folded.includes('having joined')) return out;
      for (const a of [...participleClaims(doc), ...mid]) {
        if (a.verdict === 'supported') {
          if (!out.some((b) => spansOverlap(a, b))) out.push(a);
          continue;
        }
        // A wrong time takes the place of a confirmation read over the same words ("in 2022, Finland").
        for (let i = out.length - 1; i >= 0; i--) if (out[i].verdict === 'supported' && spansOverlap(out[i], a)) out.splice(i, 1);
        if (!out.some((b) => b.verdict !== 'supported' && spansOverlap(a, b))) out.push(a);
      }
      return out;
    },
  };
}

function participleClaims(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!/^\s*(?:After|Since|Upon|On|Having)\s/.test(text)) continue;
    const q = matchesIn(doc, sentence, 'qualifier').find((x) => doc.facts.jurisdictions.get(x.value.jurisdiction)?.kind === 'country');
    if (!q) continue;
    const m = PARTICIPLE_RE.exec(doc.text.slice(sentence.start, q.start));
    if (!m) continue;
    // The country itself is the subject, a verb right after it: not an owner ("Finland's president"), not an adjective
    // ("Finnish troops").
    if (!SUBJECT_VERB_RE.test(doc.text.slice(q.end, q.end + 24))) continue;
    const country = doc.facts.jurisdictions.get(q.value.jurisdiction);
    if (!country?.nato) continue;
    const whenAt = sentence.start + m[0].lastIndexOf(m[1]);
    const from = whenAt - (doc.text.slice(sentence.start, whenAt).match(/(?:in|on)\s+$/)?.[0].length ?? 0);
    const date = datesIn(doc, { start: from, end: whenAt + m[1].length }, sentence).find((d) => !d.relative);
    if (!date || !date.explicitYear) continue;
    const joined = factRange(country.nato.joined);
    const ok = overlaps(date, joined);
    const founder = joined.first.startsWith('1949');
    if (founder && !ok) continue;
    const fact = `${country.name} joined NATO on ${formatDay(country.nato.joined)}.`;
    const sure = doc.dateCertain && isConfident(country.nato) && !HYPOTHETICAL_RE.test(text);
    const span = { start: from, end: q.end };
    out.push(
      historyAnnotation(
        doc,
        span,
        'membership',
        ok ? 'supported' : sure ? 'contradicted' : 'context',
        ok ? fact : `Not so: ${fact}`,
        fact,
        [country.id],
        sourcesOf(country.nato),
      ),
    );
  }
  return out;
}

// Round 39. An accession's time told inside a sentence by a participle or by the country's own noun, the joiner the one
// country the sentence names before it (else the one its paragraph's sentence before names): "The deployment signifies
// Sweden's active role within NATO following its admission as the alliance's 32nd member in March 2023" (held-out 37 rh002,
// January 2025: Sweden joined on 7 March 2024), "This marks Sweden's first time contributing its armed forces to NATO's
// defense efforts since joining the alliance in March 2023" (rh003), "Finnish troops have trained in Norway since joining
// NATO in 2022", "Poland, which hosted allied troops long before its accession to NATO in 2004". Contradicted when the year,
// the month or the day written is not the accession's (a month without its year is the nearest past one, read only when the
// accession falls within a year of it; a day more than three days off); confirmed when it is, unless a confirmation stands.
// Only for an accession on record with its day, before the page's day, not a founder's; NATO or the alliance named (or the
// noun's "as the alliance's Nth member"); no other club in the sentence; no hedge, condition or denial near; nothing when
// the sentence names several countries before the words, or a person between the country and them.
const MID_HINT_RE = compiledOnFirstRun(/\b(?:joining|(?:its|their)\s+(?:formal\s+|official\s+)?(?:admission|accession|entry))\b/);
const MONTHS = MONTH_NAMES.join('|');
const AS_NTH = String.raw`as\s+(?:NATO['\u2019]s|Nato['\u2019]s|the\s+[Aa]lliance['\u2019]s|the\s+bloc['\u2019]s|its|the)\s+(?:\d{1,2}(?:st|nd|rd|th)|thirty-\w+|twenty-\w+)\s+(?:full\s+)?(?:NATO\s+)?(?:member|ally)(?:\s+(?:state|country|nation))?`;
const MID_RE = new RegExp(
  String.raw`\b(?:after|since|following|upon|before|with)\s+(?:(?:officially|formally|finally)\s+)?(?:joining\s+${NATO_JOINED_SRC}|(?:its|their)\s+(?:formal\s+|official\s+)?(?:admission|accession|entry)\s+(?:(?:in)?to\s+${NATO_JOINED_SRC}(?:\s+${AS_NTH})?|${AS_NTH}))\s+(?:(in)\s+(?:(${MONTHS})(?:\s+((?:19|20)\d\d))?|((?:19|20)\d\d))|on\s+(?:(${MONTHS})\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTHS}))(?:,?\s+((?:19|20)\d\d))?)\b(?!\s*,?\s*(?:(?:19|20)\d\d|${MONTHS}|\d|and\b|or\b|[-\u2013]))`,
  'g',
);
const MID_DOUBT_RE =
  /\b(?:expected|expects|hopes?|hoping|aims?|aiming|plans?|planned|set\s+to|likely|could|might|would|should|if|unless|whether|not|never|n['\u2019]t|probably|possibly|will|anniversary|claim\w*|wrongly|falsely)\b|\?/i;

function midClaims(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  MID_RE.lastIndex = 0;
  for (let m = MID_RE.exec(doc.text); m; m = MID_RE.exec(doc.text)) {
    const at = m.index;
    const si = doc.sentences.findIndex((x) => x.start <= at && at < x.end);
    if (si < 0) continue;
    const sentence = doc.sentences[si];
    const text = doc.text.slice(sentence.start, sentence.end);
    if (OTHER_CLUB_JOINED_RE.test(text)) continue;
    if (MID_DOUBT_RE.test(doc.text.slice(Math.max(sentence.start, at - 60), at + m[0].length))) continue;
    let named = countriesIn(doc, { start: sentence.start, end: at });
    if (!named.length) {
      // A sentence heading with the words ("Since joining NATO in 2023, Finland ...") is the head reader's.
      if (/^\s*$/.test(doc.text.slice(sentence.start, at))) continue;
      const prev = previousInParagraph(doc, si);
      named = prev ? countriesIn(doc, prev) : [];
      if (new Set(named.map((n) => n.id)).size !== 1) continue;
    } else {
      if (new Set(named.map((n) => n.id)).size !== 1) continue;
      const last = named[named.length - 1];
      if (matchesIn(doc, { start: last.end, end: at }, 'person').length) continue;
    }
    const country = doc.facts.jurisdictions.get(named[0].id);
    if (!country?.nato || !isConfident(country.nato) || country.nato.joined.length < 10) continue;
    const joined = factRange(country.nato.joined).first;
    if (joined.startsWith('1949') || joined > doc.asOf) continue;
    const monthName = m[2] ?? m[5] ?? m[8];
    const year = m[3] ?? m[4] ?? m[9];
    const dd = m[6] ?? m[7];
    let wrong = false;
    if (!monthName) wrong = year !== joined.slice(0, 4);
    else {
      const month = MONTH_NAMES.indexOf(monthName) + 1;
      let ym: string;
      if (year) ym = `${year}-${String(month).padStart(2, '0')}`;
      else {
        const y = Number(doc.asOf.slice(0, 4));
        ym = `${month <= Number(doc.asOf.slice(5, 7)) ? y : y - 1}-${String(month).padStart(2, '0')}`;
        if (!doc.dateCertain || Math.abs(daysBetween(joined, `${ym}-15`)) > 366) continue;
      }
      if (dd) wrong = Math.abs(daysBetween(joined, `${ym}-${String(Number(dd)).padStart(2, '0')}`)) > 3;
      else {
        const ok = [joined.slice(0, 7)];
        if (joined.endsWith('-01')) ok.push(addDays(joined, -1).slice(0, 7));
        if (addDays(joined, 1).slice(8) === '01') ok.push(addDays(joined, 1).slice(0, 7));
        wrong = !ok.includes(ym);
      }
    }
    const fact = `${country.name} joined NATO on ${formatDay(country.nato.joined)}.`;
    // With the place in line told ("its admission as the alliance's 32nd member in March 2023"), a wrong time is the time's
    // alone: the place may be right (held-out 37 rh002).
    const timeAt = Math.max(m[0].lastIndexOf(' in '), m[0].lastIndexOf(' on ')) + 1;
    const span = { start: wrong && / as /.test(m[0].slice(0, timeAt)) ? at + timeAt : at, end: at + m[0].length };
    out.push(
      historyAnnotation(
        doc,
        span,
        'membership',
        wrong ? 'contradicted' : 'supported',
        wrong ? `Not so: ${fact}` : fact,
        fact,
        [country.id],
        sourcesOf(country.nato),
      ),
    );
  }
  return out;
}
